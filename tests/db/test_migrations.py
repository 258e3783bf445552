"""Migrations: each released schema's fixture log opens, a failed step rolls back, a backup first."""

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from kbtdesk.composition import build_service
from kbtdesk.db import migrations
from kbtdesk.db.engine import connect, migrate, open_log
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"


def _copy_fixture(version: int, tmp_path) -> LogPaths:
    folder = tmp_path / f"v{version}"
    shutil.copytree(FIXTURES / f"v{version}", folder)
    return LogPaths(folder / "kbtdesk-log.db")


def released_versions():
    return sorted(int(p.name[1:]) for p in FIXTURES.iterdir() if p.name.startswith("v"))


def test_there_is_a_fixture_for_every_schema_version():
    assert released_versions() == [m.version for m in migrations.MIGRATIONS]


@pytest.mark.parametrize("version", released_versions())
def test_fixture_log_of_each_released_version_opens_at_latest(tmp_path, version):
    paths = _copy_fixture(version, tmp_path)
    log = open_log(paths, PASSPHRASE)
    try:
        with log.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrations.latest_version()
        service = build_service(log)
        counts = service.counts()
        assert (counts.patients, counts.episodes, counts.contacts, counts.measures) == (3, 3, 7, 3)
        assert service.profile().care_unit == "Fixturmottagningen"
        assert {p.name for p in [service.patient_by_identity("640823-3234")]} == {"Åsa Öberg"}
    finally:
        log.close()
    if version < migrations.latest_version():
        assert list(paths.backups.glob("pre-migration-v*.db")), "no backup before migrating"


NEXT = migrations.latest_version() + 1
EXTRA = migrations.Migration(NEXT, "test step", ("ALTER TABLE patient ADD COLUMN nickname VARCHAR",))
BROKEN = migrations.Migration(NEXT, "broken step", ("ALTER TABLE patient ADD COLUMN nickname VARCHAR",
                                                    "THIS IS NOT SQL"))


def test_a_new_step_backs_up_first_then_migrates(tmp_path, log, log_paths):
    log.close()
    conn = connect(log_paths.log, log.data_key)
    try:
        assert migrate(conn, log_paths, log.data_key, migrations.MIGRATIONS + (EXTRA,)) == [NEXT]
        assert migrations.user_version(conn) == NEXT
        columns = [r[1] for r in conn.execute("PRAGMA table_info(patient)")]
        assert "nickname" in columns
    finally:
        conn.close()
    backups = list(log_paths.backups.glob(f"pre-migration-v{NEXT - 1}-*.db"))
    assert len(backups) == 1
    old = connect(backups[0], log.data_key)  # encrypted with the same key, at the old version
    assert migrations.user_version(old) == NEXT - 1
    old.close()


def test_a_failing_step_leaves_the_log_at_the_old_version(tmp_path, log, log_paths):
    log.close()
    conn = connect(log_paths.log, log.data_key)
    try:
        with pytest.raises(sqlcipher3.OperationalError, match="syntax error"):
            migrate(conn, log_paths, log.data_key, migrations.MIGRATIONS + (BROKEN,))
        assert migrations.user_version(conn) == NEXT - 1
        assert "nickname" not in [r[1] for r in conn.execute("PRAGMA table_info(patient)")]
    finally:
        conn.close()


def test_pending_refuses_newer():
    with pytest.raises(migrations.LogTooNew):
        migrations.pending(migrations.latest_version() + 1)
