"""SIGKILL at random moments during saves, migration, backup and export: nothing acknowledged is
lost, nothing is duplicated, the log is whole, and no partial file sits under a final name."""

import json
import random
import shutil
from pathlib import Path

import pytest

from kbtdesk.composition import build_service
from kbtdesk.core.interchange import import_document
from kbtdesk.db import keyfile, migrations
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import create_log, open_with_key
from kbtdesk.db.health import check_database
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
KILLS_DURING_SAVES = 50

pytestmark = pytest.mark.slow  # each test kills and reopens dozens of processes (5-8 s)


def _new_log(folder: Path, contacts: int = 0) -> tuple[LogPaths, bytes]:
    paths = LogPaths(folder / "kbtdesk-log.db")
    log = create_log(paths, PASSPHRASE, keyfile.TEST_KDF)
    service = build_service(log)
    service.save_profile("Tove", "Psykolog", "Mottagningen", "specialist", "webdoc")
    doc = json.loads((FIXTURES / "sample-v1.json").read_text(encoding="utf-8"))
    base = doc["contacts"][0]
    doc["contacts"] += [dict(base, id=f"bulk-{i}", note="x" * 200) for i in range(contacts)]
    import_document(service, json.dumps(doc))
    key = log.data_key
    log.close()
    return paths, key


def _whole(paths: LogPaths, key: bytes) -> None:
    """Open as the program does (takes over the killed writer's lock), check pages, b-tree, chain."""
    log = open_with_key(paths, key)
    try:
        assert build_service(log).verify_audit().ok
    finally:
        log.close()
    report = check_database(paths.log, key, immutable=True)
    assert report.ok, report.problems


def test_kill_during_saves_loses_no_acknowledged_contact(tmp_path, zygote):
    paths, key = _new_log(tmp_path)
    rng = random.Random(1)
    acknowledged: list[str] = []
    for run in range(KILLS_DURING_SAVES):
        pid = zygote.start(op="save", log=str(paths.log), key=key.hex(), tag=f"k{run}")
        lines = zygote.run_and_kill(pid, after_lines=rng.randint(0, 6), prefix="ack",
                                    delay=rng.uniform(0, 0.03))
        acknowledged += [line.split()[1] for line in lines if line.startswith("ack")]
        conn = connect(paths.log, key, readonly=True)
        try:
            assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA cipher_integrity_check").fetchall() == []
        finally:
            conn.close()
    _whole(paths, key)
    conn = connect(paths.log, key, readonly=True)
    try:
        stored = [r[0] for r in conn.execute("SELECT note FROM contact WHERE note LIKE 'k%'")]
        audited = {r[0] for r in conn.execute("SELECT record_id FROM audit WHERE record_kind = 'contact'")}
    finally:
        conn.close()
    lost = set(acknowledged) - set(stored)
    duplicates = len(stored) - len(set(stored))
    assert not lost and duplicates == 0
    assert set(stored) <= audited  # every saved contact has its audit entry (same transaction)
    print(f"\n{KILLS_DURING_SAVES} SIGKILLs during saves: {len(acknowledged)} acknowledged, "
          f"{len(stored)} stored (unacknowledged commits: {len(stored) - len(acknowledged)}), "
          f"0 lost, 0 duplicates, integrity ok after each")


def test_kill_during_migration_backup_and_export(tmp_path, zygote):
    rng = random.Random(2)
    outcomes = {"migration": [], "backup": [], "export": []}
    v1_key = keyfile.unwrap_data_key(FIXTURES / "logs" / "v1" / "kbtdesk-log.db.key", PASSPHRASE)
    for run in range(8):  # migration v1 -> latest, killed anywhere from before to after
        folder = tmp_path / f"m{run}"
        shutil.copytree(FIXTURES / "logs" / "v1", folder)
        paths = LogPaths(folder / "kbtdesk-log.db")
        pid = zygote.start(op="migrate", log=str(paths.log), key=v1_key.hex())
        zygote.run_and_kill(pid, delay=rng.uniform(0, 0.15))
        conn = connect(paths.log, v1_key, readonly=True)
        try:
            version = migrations.user_version(conn)
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        finally:
            conn.close()
        # Each step commits with its version bump: any whole version, with exactly its tables.
        assert 1 <= version <= migrations.latest_version() and contacts == 7
        assert ("audit" in tables) == (version >= 2)
        for backup_file in paths.backups.glob("*.db"):
            assert check_database(backup_file, v1_key, immutable=True).ok  # no partial file under a final name
        outcomes["migration"].append(version)
        _whole(paths, v1_key)  # and the next start finishes the job

    paths, key = _new_log(tmp_path / "big", contacts=3000)
    for _run in range(6):
        pid = zygote.start(op="backup", log=str(paths.log), key=key.hex())
        zygote.run_and_kill(pid, delay=rng.uniform(0.05, 0.6))
        finals = list(paths.backups.glob("*.db"))
        for backup_file in finals:
            assert check_database(backup_file, key, immutable=True).ok, backup_file
        outcomes["backup"].append(len(finals))
    out = tmp_path / "export.json"
    for _run in range(6):
        pid = zygote.start(op="export", log=str(paths.log), key=key.hex(), out=str(out))
        zygote.run_and_kill(pid, delay=rng.uniform(0.05, 0.6))
        if out.exists():
            assert len(json.loads(out.read_text(encoding="utf-8"))["contacts"]) == 3007
        outcomes["export"].append(out.exists())
    leftovers = [p.name for p in tmp_path.rglob("*") if p.name.endswith(".tmp")]
    print(f"\n20 SIGKILLs: migration ended at versions {outcomes['migration']} (never between); "
          f"backups complete after each kill {outcomes['backup']}; export whole or absent "
          f"{outcomes['export']}; temporary leftovers (cleaned on the next backup): {len(leftovers)}")
