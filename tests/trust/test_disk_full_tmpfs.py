"""A real full disk (a 5 MiB tmpfs) met by `kbtdesk import`: every failure is a clear error with
exit 2, and once space is back the log opens with every acknowledged contact (issue 12.2).

Before the fix the open's check read the main file alone (`immutable=1`) while the newest pages
were still in the -wal (the checkpoint at close had run out of space halfway), and every later
open called the intact log "malformed" and advised restoring the last backup.
"""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from kbtdesk.composition import build_service
from kbtdesk.db import keyfile
from kbtdesk.db.engine import create_log, open_log
from kbtdesk.db.health import check_database
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE
from tests.trust.harness import ROOT

pytestmark = pytest.mark.slow  # ≈15 CLI runs

FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture
def small_disk(tmp_path):
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=5m", "tmpfs", str(mount)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a 5 MiB tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _import(paths: LogPaths, doc: dict, folder: Path) -> subprocess.CompletedProcess:
    source = folder / "batch.json"  # outside the small disk: only the log fills it
    source.write_text(json.dumps(doc), encoding="utf-8")
    env = dict(os.environ, KBTDESK_PASSPHRASE=PASSPHRASE, KBTDESK_LOG=str(paths.log), KBTDESK_LANG="en")
    return subprocess.run([sys.executable, "-m", "kbtdesk.cli", "import", str(source)], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_full_disk_during_imports_loses_no_acknowledged_contact(small_disk, tmp_path):
    paths = LogPaths(small_disk / "kbtdesk-log.db")
    log = create_log(paths, PASSPHRASE, keyfile.TEST_KDF)
    build_service(log).save_profile("Tove", "Psykolog", "Mottagningen", "specialist", "webdoc")
    log.close()
    # Room to give back later: a small slice (so that the next open fits but the import does not)
    # and a big one (so that everything fits again).
    small_slice, big_slice = small_disk / "slice-small", small_disk / "slice-big"
    small_slice.write_bytes(os.urandom(96 * 1024))
    big_slice.write_bytes(os.urandom(1024 * 1024))

    doc = json.loads((FIXTURES / "sample-v1.json").read_text(encoding="utf-8"))
    template = doc["contacts"][0]
    acknowledged: list[str] = []
    failures: list[subprocess.CompletedProcess] = []
    first = True
    for _batch in range(40):
        batch = [dict(template, id=str(uuid.uuid4()), note="Ö" * 300) for _ in range(400)]
        done = _import(paths, dict(doc, contacts=(doc["contacts"] if first else []) + batch), tmp_path)
        if done.returncode == 0:
            acknowledged += [c["id"] for c in batch] + ([c["id"] for c in doc["contacts"]] if first else [])
            first = False
            continue
        failures.append(done)
        if small_slice.exists():
            small_slice.unlink()  # a little space back: the next import gets further
            continue
        break
    assert len(failures) == 2, [f.stderr for f in failures]
    for failed in failures:
        assert failed.returncode == 2 and "Traceback" not in failed.stderr, failed.stderr
        assert "disk is full" in failed.stderr or "not enough free space" in failed.stderr, failed.stderr
        assert "restore" not in failed.stderr.lower(), failed.stderr  # an intact log is not "damaged"

    big_slice.unlink()  # space is back
    log = open_log(paths, PASSPHRASE)
    try:
        with log.engine.connect() as conn:
            stored = {r[0] for r in conn.execute(text("SELECT id FROM contact"))}
        assert build_service(log).verify_audit().ok
    finally:
        log.close()
    lost = set(acknowledged) - stored
    assert not lost, f"{len(lost)} of {len(acknowledged)} acknowledged contacts lost"
    report = check_database(paths.log, log.data_key, full=True)
    assert report.ok, report.problems
    print(f"\n5 MiB tmpfs filled by `kbtdesk import`: {len(acknowledged)} contacts acknowledged, "
          f"{len(failures)} imports refused with exit 2 (no traceback), after freeing space "
          f"{len(stored)} stored, 0 lost, integrity_check ok")
