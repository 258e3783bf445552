"""Subprocess side of the trust suite: runs the real code paths so the test can kill or watch them.

    python -m tests.trust.worker zygote       # forks one child per JSON command read from stdin
    python -m tests.trust.worker fuzz LOG KEYHEX N SEED

The zygote imports everything once and forks per command, so 50 kills cost milliseconds each, not
an interpreter start-up each. Lines go out with one os.write (atomic on a pipe, unbuffered): an
"ack" line exists only after its commit returned.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sys
import traceback
from datetime import UTC, datetime, timedelta
from pathlib import Path


def say(line: str) -> None:
    os.write(1, (line + "\n").encode("utf-8"))


def _service(log):
    from kbtdesk.composition import build_service

    return build_service(log)


def run_child(cmd: dict) -> None:
    from kbtdesk.base.files import write_atomically
    from kbtdesk.core.interchange import dumps, export_log
    from kbtdesk.core.service import ContactDraft
    from kbtdesk.db.backup import backup_now
    from kbtdesk.db.engine import open_with_key
    from kbtdesk.paths import LogPaths

    paths, key = LogPaths(Path(cmd["log"])), bytes.fromhex(cmd["key"])
    if cmd["op"] == "restore":
        restore_in_steps(paths, key, Path(cmd["backup"]), cmd.get("pause_at"))
        return
    if cmd["op"] in ("passphrase", "recover"):
        change_key_in_steps(paths, cmd)
        return
    log = open_with_key(paths, key)
    say("open")
    service = _service(log)
    op = cmd["op"]
    if op == "migrate":
        pass  # opening migrated it
    elif op == "save":
        if cmd.get("hold_reader"):
            # A long read (the window's backup thread, an export) keeps checkpoints from passing
            # its snapshot: the saves made meanwhile are only in the -wal when the kill comes.
            from kbtdesk.db.connection import connect

            reader = connect(paths.log, key, readonly=True)
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM contact").fetchone()
        episode_id = service.episode_rows("all")[0].episode_id
        at = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)
        for i in range(100000):
            contact = service.save_contact(ContactDraft(
                episode_id, at + timedelta(minutes=i), "BR", codes=("DU011", "ZV044", "ZV051"),
                note=f"{cmd['tag']}-{i}", id=f"{cmd['tag']}-{i}"))
            say(f"ack {contact.id}")
    elif op == "backup":
        while True:
            info = backup_now(paths, key, source=None)
            say(f"backup {info.path.name}")
    elif op == "export_in_chunks":
        # The export's bytes written 64 KiB at a time, "writing" said after the first: a kill
        # then lands while the plaintext temporary exists.
        from kbtdesk.base.files import replacing

        data = dumps(export_log(service)).encode("utf-8")
        with replacing(Path(cmd["out"])) as tmp, open(tmp, "wb") as handle:
            for start in range(0, len(data), 65536):
                handle.write(data[start:start + 65536])
                handle.flush()
                if start == 0:
                    say("writing")
    elif op == "export":
        out = Path(cmd["out"])
        while True:
            write_atomically(out, dumps(export_log(service)).encode("utf-8"))
            say("exported")
    log.close()


def restore_in_steps(paths, key: bytes, backup: Path, pause_at: str | None) -> None:
    """`restore_backup` as the program runs it, announcing each step ("step NAME") and, at
    `pause_at`, waiting there for the test's SIGKILL: a kill at that exact moment."""
    import time

    import kbtdesk.db.backup as backup_module
    from kbtdesk.db.engine import restore_backup

    def step(name: str) -> None:
        say(f"step {name}")
        if name == pause_at:
            time.sleep(120)

    real_copy, real_aside, real_replace = backup_module.copy_database, backup_module.set_aside, os.replace

    def copy_database(source, target, *args, **kwargs):
        done = real_copy(source, target, *args, **kwargs)
        # (before issue 12.5 the backup was copied straight over the log: the same step there)
        staging = getattr(backup_module, "restore_staging", lambda p: p.log)(paths)
        if Path(target) == staging:
            step("copied")
        return done

    def set_aside(*args, **kwargs):
        aside = real_aside(*args, **kwargs)
        step("set-aside")
        return aside

    def replace(source, target):
        if Path(target) == paths.log:
            step("before-rename")
        real_replace(source, target)
        if Path(target) == paths.log:
            step("renamed")

    backup_module.copy_database, backup_module.set_aside, os.replace = copy_database, set_aside, replace
    log, _aside = restore_backup(paths, key, backup)
    say("restored")
    log.close()


def change_key_in_steps(paths, cmd: dict) -> None:
    """`kbtdesk passphrase` / `kbtdesk recover` as the command line runs them (test KDF), saying
    each step of the key change ("step NAME") and waiting at `pause_at` for the test's SIGKILL.
    A recovery says its new code ("code …") before putting it in force, as the command prints it."""
    import time

    import kbtdesk.db.keystore as keystore
    from kbtdesk.db import keyfile
    from kbtdesk.db.engine import change_passphrase, commit_recovery, open_log, open_with_recovery_code

    pause_at = cmd.get("pause_at")

    def step(name: str) -> None:
        say(f"step {name}")
        if name == pause_at:
            time.sleep(120)

    real_write, real_replace, real_finish = keystore.write_atomically, os.replace, keystore.finish

    def write_atomically(path, data):
        if Path(path) == keystore.switch_path(paths):
            step("staged")
        real_write(path, data)

    def finish(p):
        if keystore.switch_path(p).exists():
            step("committed")
        return real_finish(p)

    renames = [0]

    def replace(source, target):
        real_replace(source, target)
        if ".next-" in Path(source).name and not str(source).endswith(".tmp"):
            renames[0] += 1
            if renames[0] == 1:
                step("one-renamed")

    keystore.write_atomically, keystore.finish, os.replace = write_atomically, finish, replace
    say("start")
    if cmd["op"] == "passphrase":
        log = open_log(paths, cmd["old"])
        say("open")
        change_passphrase(log, cmd["old"], cmd["new"], keyfile.TEST_KDF)
        say("changed")
    else:
        log = open_with_recovery_code(paths, cmd["code"], cmd["new"], keyfile.TEST_KDF)
        say("open")
        say(f"code {log.recovery_code}")
        commit_recovery(log)
        say("changed")
    log.close()


def zygote() -> None:
    # Import before forking: the children start warm.
    import kbtdesk.composition  # noqa: F401
    import kbtdesk.core.interchange  # noqa: F401
    import kbtdesk.db.backup  # noqa: F401
    import kbtdesk.db.engine  # noqa: F401

    say("ready")
    for line in sys.stdin:
        cmd = json.loads(line)
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                run_child(cmd)
            except BaseException:
                say("error " + traceback.format_exc().replace("\n", " | "))
                code = 3
            os._exit(code)
        say(f"child {pid}")
        _, status = os.waitpid(pid, 0)
        say(f"done {pid} {status}")


def fuzz(log: str, key_hex: str, n: int, seed: int) -> None:
    """Open n damaged copies; each must be refused and left as it was. Prints one line per copy."""
    import hashlib

    from kbtdesk.db.engine import LogOpenError, open_with_key
    from kbtdesk.paths import LogPaths

    rng = random.Random(seed)
    original = Path(log).read_bytes()
    key = bytes.fromhex(key_hex)
    work = Path(log).parent / "fuzz"
    work.mkdir(exist_ok=True)
    cases = []
    for i in range(n):
        raw = bytearray(original)
        for _ in range(rng.choice((1, 1, 1, 2, 8))):
            raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
        cases.append((f"flip{i}", bytes(raw)))
    cases += [("empty", b""), ("truncated-half", original[: len(original) // 2 + 7]),
              ("truncated-pages", original[: 4096 * 2]), ("one-page", original[:4096]),
              ("zeros", bytes(len(original))), ("random", rng.randbytes(len(original))),
              ("text", b"patient list\n" * 1000), ("plain-sqlite", b"SQLite format 3\x00" + bytes(4080))]
    for name, data in cases:
        folder = work / name
        folder.mkdir()
        paths = LogPaths(folder / "kbtdesk-log.db")
        paths.log.write_bytes(data)
        digest = hashlib.sha256(data).hexdigest()
        try:
            open_with_key(paths, key).close()
            outcome = "ACCEPTED"
        except LogOpenError as exc:
            outcome = f"refused:{exc.kind}"
        changed = hashlib.sha256(paths.log.read_bytes()).hexdigest() != digest
        extra = sorted(p.name for p in folder.iterdir() if p.name not in ("kbtdesk-log.db", "kbtdesk-log.db.lock"))
        say(f"{name} {outcome} {'CHANGED' if changed else 'same'} {','.join(extra) or '-'}")
        shutil.rmtree(folder)
    say("end")


if __name__ == "__main__":
    if sys.argv[1] == "zygote":
        zygote()
    elif sys.argv[1] == "fuzz":
        fuzz(sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5]))
