"""The adversarial figures of docs/trust.md: kills during saves and restores, damaged logs and
damaged -wal files, each counted as tried / lost / crashes.

    python -m tests.trust.adversarial                 # the figures in docs/trust.md (≈5 min)
    python -m tests.trust.adversarial --scale 0.1     # a quick look

The slow tests (tests/trust/test_adversarial.py) run the same functions at a small scale and
require 0 lost and 0 crashes. "Lost" is an acknowledged save missing after the next start;
"crash" is anything but a clear refusal (`LogOpenError`) or a clean open: a traceback, a hang,
an intact log refused, a damaged one accepted.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kbtdesk.db.backup import backup_now
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import LogOpenError, open_with_key
from kbtdesk.db.health import check_database
from kbtdesk.db.wal import inspect_wal, shm_path, wal_path
from kbtdesk.paths import LogPaths
from tests.trust.harness import ROOT, Zygote

RESTORE_STEPS = ("copied", "set-aside", "before-rename", "renamed")


@dataclass
class Tally:
    what: str
    tried: int = 0
    lost: int = 0        # acknowledged saves missing afterwards
    crashes: int = 0     # anything but a clear refusal or a clean open
    acknowledged: int = 0
    outcomes: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def line(self) -> str:
        extra = ", ".join(f"{k} {v}" for k, v in sorted(self.outcomes.items()))
        return (f"{self.what}: {self.tried} tried, {self.lost} lost, {self.crashes} crashes "
                f"({self.acknowledged} saves acknowledged; {extra}; {self.seconds:.0f} s)")


def _ids(path: Path, key: bytes, immutable: bool = False) -> set[str]:
    conn = connect(path, key, readonly=True, immutable=immutable)
    try:
        return {r[0] for r in conn.execute("SELECT id FROM contact")}
    finally:
        conn.close()


def _next_start(paths: LogPaths, key: bytes) -> set[str]:
    """Open as the program does (the killed writer's lock is free), then read what is stored."""
    open_with_key(paths, key).close()
    return _ids(paths.log, key)


def _crashed_writer(zygote: Zygote, paths: LogPaths, key: bytes, tag: str, rng: random.Random,
                    hold_reader: bool, most: int = 6) -> list[str]:
    pid = zygote.start(op="save", log=str(paths.log), key=key.hex(), tag=tag, hold_reader=hold_reader)
    lines = zygote.run_and_kill(pid, after_lines=rng.randint(0, most), prefix="ack", delay=rng.uniform(0, 0.03))
    return [line.split()[1] for line in lines if line.startswith("ack")]


def kills_during_saves(zygote: Zygote, folder: Path, runs: int, seed: int = 11) -> Tally:
    """SIGKILL at random moments of a writer saving contacts; half the runs with a long reader
    holding checkpoints back (the saves then live in the -wal when the kill comes)."""
    from tests.trust.test_kill import _new_log

    tally, started = Tally("SIGKILL during saves"), time.perf_counter()
    paths, key = _new_log(folder / "saves")
    rng = random.Random(seed)
    acknowledged: set[str] = set()
    for run in range(runs):
        acked = _crashed_writer(zygote, paths, key, f"s{run}", rng, hold_reader=bool(run % 2))
        acknowledged |= set(acked)
        tally.tried += 1
        try:
            stored = _next_start(paths, key)
        except LogOpenError as exc:
            tally.crashes += 1  # an intact log refused
            tally.outcomes[f"refused {exc.kind}"] += 1
            break
        missing = acknowledged - stored
        tally.lost += len(missing)
        acknowledged -= missing
        tally.outcomes["whole" if not missing else "lost saves"] += 1
    tally.acknowledged = len(acknowledged) + tally.lost
    if not check_database(paths.log, key, full=True).ok:
        tally.crashes += 1
    tally.seconds = time.perf_counter() - started
    return tally


def kills_during_restore(zygote: Zygote, folder: Path, runs_per_step: int, random_runs: int,
                         seed: int = 12) -> Tally:
    """A writer killed with saves only in its -wal, then `restore` killed at each exact step and at
    random moments; the next start must find the old log with all its saves or the restored one."""
    from tests.trust.test_kill import _new_log

    tally, started = Tally("SIGKILL during restore"), time.perf_counter()
    template, key = _new_log(folder / "restore-template")
    backup = backup_now(template, key)
    in_backup = _ids(backup.path, key, immutable=True)
    rng = random.Random(seed)
    plans = [s for s in RESTORE_STEPS for _ in range(runs_per_step)] + [None] * random_runs
    for run, step in enumerate(plans):
        work = folder / f"restore-{run}"
        shutil.copytree(template.log.parent, work)
        paths = LogPaths(work / template.log.name)
        acked = set(_crashed_writer(zygote, paths, key, f"r{run}", rng, hold_reader=True, most=8))
        tally.acknowledged += len(acked)
        old = _ids(paths.log, key)
        pid = zygote.start(op="restore", log=str(paths.log), key=key.hex(),
                           backup=str(work / backup.path.relative_to(template.log.parent)), pause_at=step)
        if step:
            zygote.run_and_kill(pid, after_lines=1, prefix=f"step {step}")
        else:
            zygote.run_and_kill(pid, delay=rng.uniform(0.0, 0.12))
        tally.tried += 1
        try:
            stored = _next_start(paths, key)
        except LogOpenError as exc:
            tally.crashes += 1
            tally.outcomes[f"refused {exc.kind}"] += 1
            continue
        leftovers = [p.name for p in work.rglob(".*")]
        if stored == in_backup:
            asides = sorted(work.glob(f"{paths.log.name}.before-restore-*[0-9Z]"))
            kept = _ids(asides[0], key) if len(asides) == 1 else set()
            tally.lost += len(acked - kept)
            tally.outcomes["restored, old log kept whole beside it" if acked <= kept else "restored, old lost"] += 1
        elif stored == old:
            tally.outcomes["old log whole"] += 1
        else:
            tally.lost += len(acked - stored)
            tally.crashes += 1
            tally.outcomes["a mix"] += 1
        if leftovers:
            tally.outcomes["temporaries left: " + ",".join(leftovers)] += 1
        if not check_database(paths.log, key).ok:
            tally.crashes += 1
        shutil.rmtree(work)
    tally.seconds = time.perf_counter() - started
    return tally


def damaged_logs(folder: Path, copies: int, seed: int = 7) -> Tally:
    """Byte-flipped copies of a log (plus empty, truncated and foreign files) opened in a
    subprocess with a timeout: each must be refused and left unchanged (worker `fuzz`)."""
    from tests.trust.test_kill import _new_log

    tally, started = Tally("damaged logs"), time.perf_counter()
    paths, key = _new_log(folder / "fuzz", contacts=200)
    done = subprocess.run([sys.executable, "-m", "tests.trust.worker", "fuzz", str(paths.log), key.hex(),
                           str(copies), str(seed)], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    lines = done.stdout.splitlines()
    results = [line.split() for line in lines if line != "end"]
    tally.tried = len(results)
    tally.crashes = (done.returncode != 0) + (lines[-1:] != ["end"])
    for name, outcome, changed, litter in results:
        tally.outcomes[outcome] += 1
        tally.crashes += outcome == "ACCEPTED" or changed != "same" or litter != "-"
        del name
    tally.seconds = time.perf_counter() - started
    return tally


def damaged_wals(zygote: Zygote, folder: Path, flips: int, hold_reader: bool, seed: int = 13) -> Tally:
    """One-byte flips in a killed writer's -wal: each copy must open with every acknowledged save
    or be refused as damaged, never open with saves silently missing (issue 12.7)."""
    from tests.trust.test_kill import _new_log

    label = "damaged -wal, reader holding checkpoints" if hold_reader else "damaged -wal"
    tally, started = Tally(label), time.perf_counter()
    paths, key = _new_log(folder / f"wal-{hold_reader}")
    rng = random.Random(seed)
    acked: list[str] = []
    while len(acked) < 100:  # a writer killed after at least 100 acknowledged saves
        pid = zygote.start(op="save", log=str(paths.log), key=key.hex(), tag=f"w{len(acked)}",
                           hold_reader=hold_reader)
        lines = zygote.run_and_kill(pid, after_lines=120, prefix="ack", timeout=60)
        acked = [line.split()[1] for line in lines if line.startswith("ack")]
    tally.acknowledged = len(acked)
    crashed = folder / f"crashed-{hold_reader}"
    crashed.mkdir()
    shutil.copyfile(paths.log, crashed / paths.log.name)
    shutil.copyfile(wal_path(paths.log), wal_path(crashed / paths.log.name))
    shutil.copyfile(shm_path(paths.log), shm_path(crashed / paths.log.name))  # a kill leaves all three
    wal = wal_path(crashed / paths.log.name).read_bytes()
    tally.outcomes[f"-wal {len(wal) // 1024} KiB, {inspect_wal(crashed / paths.log.name).frames} frames"] += 0
    for n in range(flips):
        work = folder / f"flip-{hold_reader}-{n}"
        work.mkdir()
        copy = LogPaths(work / paths.log.name)
        shutil.copyfile(crashed / paths.log.name, copy.log)
        shutil.copyfile(shm_path(crashed / paths.log.name), shm_path(copy.log))
        raw = bytearray(wal)
        raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
        wal_path(copy.log).write_bytes(bytes(raw))
        tally.tried += 1
        try:
            stored = _next_start(copy, key)
        except LogOpenError as exc:
            tally.outcomes[f"refused {exc.kind}"] += 1
            if exc.kind != "damaged":
                tally.crashes += 1
        except Exception:  # noqa: BLE001 - counted: anything but a clear refusal is a crash
            tally.crashes += 1
            tally.outcomes["crash"] += 1
        else:
            missing = set(acked) - stored
            tally.lost += len(missing)
            tally.outcomes["opened whole" if not missing else "opened with saves missing"] += 1
        shutil.rmtree(work)
    tally.seconds = time.perf_counter() - started
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    def n(count: int) -> int:
        return max(1, round(count * args.scale))

    results = []
    with tempfile.TemporaryDirectory(prefix="kbtdesk-adversarial-") as tmp:
        folder = Path(tmp)
        zygote = Zygote()
        try:
            results.append(kills_during_saves(zygote, folder, n(110)))
            results.append(kills_during_restore(zygote, folder, n(20), n(40)))
            results.append(damaged_wals(zygote, folder, n(160), hold_reader=False))
            results.append(damaged_wals(zygote, folder, n(160), hold_reader=True))
        finally:
            zygote.close()
        results.append(damaged_logs(folder, n(1000)))
    for tally in results:
        print(tally.line())
    if args.json:
        print(json.dumps([{"what": t.what, "tried": t.tried, "lost": t.lost, "crashes": t.crashes,
                           "acknowledged": t.acknowledged, "outcomes": dict(t.outcomes)} for t in results]))
    return 0 if all(t.lost == 0 and t.crashes == 0 for t in results) else 1


if __name__ == "__main__":
    sys.exit(main())
