"""A full disk on each kind of write: nothing partial is left, and the retry succeeds once space
returns. (The window keeping the form's input after a failed save is the window's part.)"""

import json
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime

import pytest
import sqlalchemy.exc
from sqlalchemy import event

from kbtdesk.core.interchange import import_document
from kbtdesk.core.service import ContactDraft
from kbtdesk.db.errors import is_disk_full
from tests.helpers.fixtures import NOW, PASSPHRASE
from tests.trust.harness import ROOT

FIXTURES = ROOT / "tests" / "fixtures"


def _limit_pages(engine, extra_pages: int):
    """Every new connection may grow the log by `extra_pages` at most (PRAGMA max_page_count)."""
    with engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_conn, _record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages + extra_pages}")

    engine.dispose()
    event.listen(engine, "connect", limit)
    return limit


def _unlimit(engine, limit):
    event.remove(engine, "connect", limit)
    engine.dispose()


def test_service_writes_on_a_full_log_leave_nothing_partial(log, service):
    patient = service.add_patient("19450829K088", "Karin Fullsson")
    episode = service.add_episode(patient.id, "Oroshjälpen Plus", NOW.date())
    big = "Ö" * 300_000
    draft = ContactDraft(episode.id, datetime(2026, 10, 8, 9, 0, tzinfo=NOW.tzinfo), "BR",
                         codes=("DU011",), note=big)
    doc = json.loads((FIXTURES / "sample-v1.json").read_text(encoding="utf-8"))
    doc["contacts"][0]["note"] = big
    writes = {
        "save contact": lambda: service.save_contact(draft),
        "import": lambda: import_document(service, json.dumps(doc)),
        "rename patient": lambda: service.rename_patient(patient.id, big),
    }
    before = (service.counts(), len(service.audit_entries()))
    failed = []
    limit = _limit_pages(log.engine, 0)
    try:
        for name, write in writes.items():
            with pytest.raises(sqlalchemy.exc.OperationalError) as raised:
                write()
            assert is_disk_full(raised.value), (name, raised.value)
            failed.append(name)
            assert (service.counts(), len(service.audit_entries())) == before, name
    finally:
        _unlimit(log.engine, limit)
    for write in writes.values():
        write()  # space is back: the same call succeeds
    assert service.counts().contacts == before[0].contacts + 1 + 7
    assert service.patient_by_identity("19450829K088").name == big
    assert service.verify_audit().ok
    print(f"\nfull log (max_page_count) on {', '.join(failed)}: refused as disk-full, 0 partial rows, "
          f"retry ok")


# In a subprocess: RLIMIT_FSIZE caps how large any file may grow (SIGXFSZ ignored, so writes get
# EFBIG like a full disk); after each failure the limit is lifted and the same write is retried.
SCRIPT = textwrap.dedent("""
    import json, os, resource, signal, sys
    from pathlib import Path
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from kbtdesk.composition import build_service
    from kbtdesk.core.interchange import dumps, export_log
    from kbtdesk.db import keyfile
    from kbtdesk.db.backup import backup_now
    from kbtdesk.db.engine import LogOpenError, change_passphrase, open_log, open_with_key
    from kbtdesk.db.errors import is_disk_full, sqlite_error_kind
    from kbtdesk.base.files import write_atomically
    from kbtdesk.paths import LogPaths

    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    paths = LogPaths(folder / "kbtdesk-log.db")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    out = {}

    def attempt(name, action, limit, check):
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
        try:
            action()
            out[name] = "no failure"
            return
        except LogOpenError as exc:
            kind = exc.kind
        except Exception as exc:
            kind = "disk-full" if is_disk_full(exc) else (sqlite_error_kind(exc) or repr(exc))
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
        partial = check()
        action()
        out[name] = {"error": kind, "partial": partial, "retry": "ok"}

    log_bytes = paths.log.read_bytes()
    # migration v1 -> v2 (its backup first): the log stays byte-identical at v1
    holder = {}
    attempt("migration", lambda: holder.setdefault("log", open_log(paths, passphrase)), 40_000,
            lambda: paths.log.read_bytes() != log_bytes
                    or [p.name for p in folder.rglob("*") if p.name.endswith(".tmp")])
    log = holder["log"]
    attempt("backup", lambda: backup_now(paths, log.data_key), 40_000,
            lambda: [p.name for p in paths.backups.glob("*")] if paths.backups.exists()
                    and [p for p in paths.backups.glob("*.db") if p.stat().st_size < 40_001] else False)
    service = build_service(log)
    target = folder / "export.json"
    attempt("export json", lambda: write_atomically(target, dumps(export_log(service)).encode()), 2_000,
            lambda: target.exists() or [p.name for p in folder.glob(".export.json*")])
    kept = lambda: {p: p.read_bytes() for p in [paths.key, *sorted(paths.backups.glob("*.key"))]}
    keys_before = kept()
    attempt("key file", lambda: change_passphrase(log, passphrase, "another passphrase", keyfile.TEST_KDF), 100,
            lambda: kept() != keys_before or [p.name for p in folder.rglob("*") if ".next-" in p.name])
    log.close()
    print(json.dumps(out))
""")


def test_file_size_limit_on_migration_backup_export_and_key_file(tmp_path):
    folder = tmp_path / "v1"
    shutil.copytree(FIXTURES / "logs" / "v1", folder)
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(folder), PASSPHRASE], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-3000:]
    results = json.loads(done.stdout.splitlines()[-1])
    for name, result in results.items():
        assert result != "no failure", name
        # EFBIG reaches SQLite as an I/O error (a real full disk is SQLITE_FULL: see the test above)
        assert result["error"] in ("disk-full", "unreadable") and not result["partial"], (name, result)
        assert result["retry"] == "ok"
    summary = ", ".join(f"{name} ({r['error']})" for name, r in results.items())
    print(f"\nRLIMIT_FSIZE on {summary}: each refused with a clear error, nothing partial under a "
          f"final name, the log and key file unchanged, retry ok")
