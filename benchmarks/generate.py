"""Deterministic synthetic logs for the benchmarks: S, M and L, cached under benchmarks/cache/.

    python -m benchmarks.generate L          # writes benchmarks/cache/L/kbtdesk-log.db (+ .key, .rawkey)

The log is created by `engine.create_log` (so the schema, key file and migrations are the real
ones), then filled with raw sqlcipher3 `executemany` in one transaction. Every derived column is
filled as the service would: `name_folded`, `programme_folded`, `search_term` (kbtdesk.base.search_text: words of the
folded name, the folded name, the identity in 12 and 10 digits), `episode.last_contact_at`.

The synthetic rows are covered in the audit trail by one `migrate` entry recording every record's
content (`db.audit.cover_existing`, what migrating a log from before content hashes writes), so
`kbtdesk audit verify` checks every record of these logs as it would a real one. The raw data key is
kept beside the log in `<log>.rawkey` (hex) for the benchmark entry point only; these logs hold
fictitious people (valid personnummer check digits, random birth dates) and never real data.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import time
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

CACHE = Path(__file__).resolve().parent / "cache"
SEED = 20261126
PASSPHRASE = "benchmark passphrase, not a secret"
#: Today as the synthetic logs see it: contacts run up to this day.
TODAY = date(2026, 11, 26)
STOCKHOLM = timezone(timedelta(hours=1))
#: The episode the "open an episode with 50 contacts" figure opens (first episode, always 50).
BENCH_CONTACTS = 50
#: Bumped when the generated content changes, so a stale cache is rebuilt.
GENERATOR_VERSION = 7


@dataclass(frozen=True)
class Size:
    name: str
    patients: int
    episodes: int
    contacts: int


SIZES = {
    "S": Size("S", 100, 200, 1_000),
    "M": Size("M", 10_000, 20_000, 100_000),
    "L": Size("L", 50_000, 100_000, 1_000_000),
}

FIRST = ["Åsa", "Erik", "Fatima", "Johan", "Maja", "Lars-Göran", "Elin", "Mohammed", "Karin", "Oskar",
         "Sara", "Nils", "Öllegård", "Ärla", "Anna", "Björn", "Chen", "Dragana", "Emil", "Frida",
         "Gustav", "Hanna", "Ida", "Jonas", "Kerstin", "Leila", "Mats", "Nora", "Olle", "Petra",
         "Ragnar", "Siri", "Tove", "Ulf", "Vera", "Yusuf", "Zeynep", "Ingrid", "Åke", "Örjan"]
LAST = ["Öberg", "Ängström", "Haddad", "Lindqvist", "Söderberg", "Nyström", "Åkesson", "Yusuf",
        "Björk", "Hägglund", "Ekström", "Dahlén", "Andersson", "Johansson", "Karlsson", "Nilsson",
        "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson",
        "Jansson", "Hansson", "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Lindström",
        "Olofsson", "Lindgren", "Axelsson", "Berg", "Bergström", "Lundberg", "Lind", "Lundgren",
        "Mattsson", "Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg",
        "Wallin", "Engström", "Eklund", "Danielsson", "Håkansson", "Lundin", "Björklund", "Gunnarsson"]
PROGRAMMES = ["Depressionshjälpen Plus"] * 4 + ["Oroshjälpen Plus"] * 2 + ["Ångesthjälpen Plus"] * 2 + [
    "Stresshjälpen Plus", "Ångesthjälpen Ung Plus", "Internethjälpen (Livanda)"]
#: Codes as the rule set suggests them (kbtdesk/core/checker.suggest_codes), fixed here for speed.
CODES = {
    ("BR", None, False): "DU011 ZV044 ZV051",
    ("TB", None, False): "DU011 ZV044 ZV051",
    ("planned-visit", "video", False): "DU011 ZV044 ZV051",
    ("planned-visit", "clinic", False): "DU011 ZV044",
    ("planned-visit", "video", True): "ZV044 ZV051 UV112",
    ("planned-visit", "clinic", True): "ZV044 UV112",
}
MINUTES = {"BR": 15, "TB": 20, "planned-visit": 45}


def _luhn(digits: str) -> str:
    total = 0
    for i, ch in enumerate(digits):
        n = int(ch) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return str((10 - total % 10) % 10)


def personnummer(born: date, birth_number: int) -> str:
    """The stored 12-character form, with a valid check digit."""
    short = f"{born.year % 100:02d}{born.month:02d}{born.day:02d}{birth_number:03d}"
    return f"{born.year:04d}{born.month:02d}{born.day:02d}{birth_number:03d}{_luhn(short)}"


def _fold(value: str) -> str:
    from kbtdesk.base.search_text import fold

    return fold(value)


def paths_for(size: str) -> "object":
    from kbtdesk.paths import LogPaths

    return LogPaths(CACHE / size / "kbtdesk-log.db")


def raw_key_path(paths) -> Path:
    return paths.log.with_name(paths.log.name + ".rawkey")


def _stamp_path(paths) -> Path:
    return paths.log.with_name("generated.json")


def is_cached(size: str) -> bool:
    paths = paths_for(size)
    try:
        stamp = json.loads(_stamp_path(paths).read_text())
    except (OSError, ValueError):
        return False
    return stamp.get("version") == GENERATOR_VERSION and paths.log.exists() and raw_key_path(paths).exists()


def _progress(label: str, done: int, total: int, started: float) -> None:
    if sys.stderr.isatty():
        print(f"\r  {label}: {done:,}/{total:,} ({time.perf_counter() - started:.0f} s)", end="",
              file=sys.stderr, flush=True)


def generate(size_name: str, force: bool = False, quiet: bool = False) -> tuple[object, bytes]:
    """Create (or reuse) the cached log of `size_name`; returns (LogPaths, raw data key)."""
    from kbtdesk.base.search_text import search_terms
    from kbtdesk.db import keyfile
    from kbtdesk.db.connection import connect
    from kbtdesk.db.engine import create_log

    size = SIZES[size_name]
    paths = paths_for(size_name)
    if not force and is_cached(size_name):
        return paths, bytes.fromhex(raw_key_path(paths).read_text().strip())
    folder = paths.log.parent
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    t0 = time.perf_counter()
    rng = random.Random(SEED)
    data_key = bytes(rng.getrandbits(8) for _ in range(32))
    log = create_log(paths, PASSPHRASE, keyfile.TEST_KDF, data_key=data_key, recovery=False)
    log.close()
    raw_key_path(paths).write_text(data_key.hex() + "\n")
    raw_key_path(paths).chmod(0o600)

    def new_id() -> str:
        return str(uuid.UUID(int=rng.getrandbits(128), version=4))

    conn = connect(paths.log, data_key)
    try:
        # A bulk load: one transaction, a rollback journal (the file is nearly empty, so the
        # journal is tiny) and a large cache so index pages are not spilled and re-read.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -1048576")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT OR REPLACE INTO profile (id, name, profession, care_unit, care_level, ehr) "
                     "VALUES (1, 'Tove Terapeut', 'Psykolog', 'Psykiatri Affektiva, Sahlgrenska', "
                     "'specialist', 'asynja-visph')")

        patients, terms, seen = [], [], set()
        for _ in range(size.patients):
            while True:
                born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 66))
                identity = personnummer(born, rng.randrange(1000))
                if identity not in seen:
                    seen.add(identity)
                    break
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            pid = new_id()
            folded = _fold(name)
            patients.append((pid, identity, name, folded))
            terms.extend((term, pid) for term in search_terms(folded, identity))
        conn.executemany("INSERT INTO patient (id, identity, name, name_folded) VALUES (?, ?, ?, ?)", patients)
        conn.executemany("INSERT INTO search_term (term, patient_id) VALUES (?, ?)", terms)
        if not quiet:
            _progress("patients", size.patients, size.patients, t0)

        # Contacts per episode: the first episode has exactly BENCH_CONTACTS; the rest share the
        # remainder at random (a few short dropouts, most 5-15 contacts at L).
        counts = [1] * size.episodes
        counts[0] = BENCH_CONTACTS
        rest = size.contacts - sum(counts)
        for i in rng.choices(range(1, size.episodes), k=rest):
            counts[i] += 1

        span_days = 10 * 365
        episodes, contacts, measures = [], [], []
        now = datetime(TODAY.year, TODAY.month, TODAY.day, 17, 0, tzinfo=STOCKHOLM)
        for e in range(size.episodes):
            patient = patients[e % size.patients] if e < size.patients else patients[rng.randrange(size.patients)]
            n = counts[e]
            weeks = max(n, 2)
            # About 5 % of episodes are still running (their contacts reach up to today).
            if e == 0 or rng.random() < 0.05:
                started = TODAY - timedelta(days=7 * min(weeks, 30) + rng.randrange(7))
                active = True
            else:
                started = TODAY - timedelta(days=rng.randrange(7 * weeks + 30, span_days))
                active = False
            eid = new_id()
            programme = rng.choice(PROGRAMMES)
            last_utc = None
            step = max(1, (TODAY - started).days // (n + 1)) if active else 7
            for k in range(n):
                day = started + timedelta(days=k * step + rng.randrange(3))
                if day > TODAY:
                    day = TODAY
                at = datetime(day.year, day.month, day.day, 8 + rng.randrange(9), rng.choice((0, 15, 30, 45)),
                              tzinfo=STOCKHOLM)
                final = (not active) and k == n - 1 and rng.random() < 0.9
                ctype = "planned-visit" if (k == 0 or final) else ("TB" if k % 4 == 2 else "BR")
                mode = rng.choice(("video", "clinic")) if ctype == "planned-visit" else None
                recent = (now - at) < timedelta(days=9)
                outage = recent and rng.random() < 0.02
                missed = rng.random() < 0.004
                journal = None if (recent or outage or missed) else (at + timedelta(hours=1)).isoformat()
                registered = None if (recent or outage or (missed and rng.random() < 0.5)) \
                    else (at + timedelta(hours=2)).isoformat()
                at_utc = at.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
                last_utc = at_utc if (last_utc is None or at_utc > last_utc) else last_utc
                contacts.append((new_id(), eid, at.isoformat(), at_utc, ctype, mode, MINUTES[ctype], final,
                                 CODES[(ctype, mode, final)], journal, registered,
                                 "Fiktiv kontakt." if ctype == "planned-visit" else "", outage))
            if active:
                ended = reason = transferred = None
            else:
                ended = (started + timedelta(days=7 * weeks)).isoformat()
                reason = "completed" if rng.random() < 0.85 else "dropout"
                transferred = None if rng.random() < 0.01 else ended
            episodes.append((eid, patient[0], programme, _fold(programme), started.isoformat(), ended, reason,
                             "specialist", "asynja-visph", started.isoformat(), transferred, last_utc))
            score = 20 + rng.randrange(15)
            for week in range(0, weeks + 1, 4):
                on = started + timedelta(weeks=week)
                if on > TODAY:
                    break
                measures.append((new_id(), eid, on.isoformat(), "madrs-s", score, None))
                score = max(4, score - rng.randrange(1, 6))
            if len(contacts) >= 50_000:
                _flush(conn, episodes, contacts, measures)
                if not quiet:
                    _progress("episodes", e + 1, size.episodes, t0)
        _flush(conn, episodes, contacts, measures)
        # The audit trail covers every record, as it does once a log from before content hashes is migrated.
        from kbtdesk.db import audit

        audit.cover_existing(conn, keyfile.audit_key(data_key), datetime(2026, 11, 26, 16, 0, tzinfo=STOCKHOLM),
                             "synthetic benchmark log: every record as generated")
        conn.execute("COMMIT")
        conn.execute("PRAGMA journal_mode = WAL")
    finally:
        conn.close()
    seconds = time.perf_counter() - t0
    _stamp_path(paths).write_text(json.dumps({"version": GENERATOR_VERSION, "size": size.__dict__,
                                              "seed": SEED, "seconds": round(seconds, 1)}))
    if not quiet:
        print(f"\r  {size_name}: {size.patients:,} patients, {size.episodes:,} episodes, {size.contacts:,} "
              f"contacts in {seconds:.1f} s ({paths.log.stat().st_size / 1e6:.0f} MB)", file=sys.stderr)
    return paths, data_key


def _flush(conn, episodes, contacts, measures) -> None:
    conn.executemany(
        "INSERT INTO episode (id, patient_id, programme, programme_folded, started, ended, end_reason, "
        "care_level, ehr, siber_start_documented, siber_transferred, last_contact_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", episodes)
    conn.executemany(
        "INSERT INTO contact (id, episode_id, at, at_utc, type, mode, minutes, final, codes, journal_done, "
        "registered, note, outage) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", contacts)
    conn.executemany('INSERT INTO measure (id, episode_id, "on", instrument, score, items) '
                     "VALUES (?, ?, ?, ?, ?, ?)", measures)
    episodes.clear()
    contacts.clear()
    measures.clear()


def bench_episode_id(paths, data_key: bytes) -> str:
    """The id of the episode with BENCH_CONTACTS contacts (the first one generated)."""
    from kbtdesk.db.connection import connect

    conn = connect(paths.log, data_key, readonly=True)
    try:
        return conn.execute("SELECT episode_id FROM contact GROUP BY episode_id HAVING count(*) = ? "
                            "ORDER BY min(rowid) LIMIT 1", (BENCH_CONTACTS,)).fetchone()[0]
    finally:
        conn.close()


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate")
    parser.add_argument("sizes", nargs="*", default=["S", "M", "L"], choices=sorted(SIZES))
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args(argv)
    for name in args.sizes:
        paths, _ = generate(name, force=args.force)
        print(paths.log)
    return 0


if __name__ == "__main__":
    sys.exit(main())
