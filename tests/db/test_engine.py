"""Opening the encrypted log: pragmas, refusal of a newer log, plaintext never on disk."""

import os
import sqlite3
from datetime import datetime

import pytest
import sqlcipher3
from sqlalchemy import inspect

from kbtdesk.core.models import SQLModel
from kbtdesk.core.service import ContactDraft
from kbtdesk.db import migrations
from kbtdesk.db.engine import LogOpenError, connect, create_log, open_log, open_with_key
from kbtdesk.db.keyfile import TEST_KDF
from tests.helpers.fixtures import NOW, PASSPHRASE


def test_new_log_is_at_latest_version_with_pragmas(log):
    with log.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrations.latest_version()
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA cipher_version").scalar()


def test_the_file_is_not_readable_as_plain_sqlite(log, log_paths):
    log.close()
    assert not log_paths.log.read_bytes().startswith(b"SQLite format 3")
    plain = sqlite3.connect(log_paths.log)
    with pytest.raises(sqlite3.DatabaseError):
        plain.execute("SELECT * FROM sqlite_master").fetchall()
    plain.close()


def test_create_refuses_an_existing_log(log, log_paths):
    before = log_paths.log.read_bytes()
    with pytest.raises(LogOpenError, match="already exists"):
        create_log(log_paths, PASSPHRASE, TEST_KDF)
    assert log_paths.log.read_bytes() == before


def test_a_newer_log_is_refused_and_left_byte_identical(log, log_paths):
    log.close()
    raw = connect(log_paths.log, log.data_key)
    raw.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    before = log_paths.log.read_bytes()
    with pytest.raises(migrations.LogTooNew) as raised:
        open_log(log_paths, PASSPHRASE)
    assert "newer kbtdesk" in str(raised.value)
    assert log_paths.log.read_bytes() == before


def test_a_foreign_file_is_refused_untouched(tmp_path, log, log_paths):
    log.close()
    log_paths.log.write_bytes(b"hello, this is not a database" * 100)
    before = log_paths.log.read_bytes()
    with pytest.raises(LogOpenError, match="Nothing was changed") as raised:
        open_with_key(log_paths, log.data_key)
    assert raised.value.kind == "truncated" and raised.value.offer_restore
    assert log_paths.log.read_bytes() == before
    # Whole pages of noise: the key does not open page 1.
    log_paths.log.write_bytes(os.urandom(4096 * 3))
    before = log_paths.log.read_bytes()
    with pytest.raises(LogOpenError, match="could not be opened") as raised:
        open_with_key(log_paths, log.data_key)
    assert raised.value.kind == "not-a-log"
    assert log_paths.log.read_bytes() == before


def test_models_mirror_the_migrated_schema(log):
    """The SQLModel classes and the migrations must describe the same tables and columns."""
    actual = inspect(log.engine)
    for table in SQLModel.metadata.sorted_tables:
        assert table.name in actual.get_table_names()
        columns = {c["name"]: c for c in actual.get_columns(table.name)}
        assert set(columns) == {c.name for c in table.columns}, table.name
        for column in table.columns:
            assert bool(columns[column.name]["nullable"]) == bool(column.nullable) or column.primary_key, \
                f"{table.name}.{column.name}"


def _all_bytes(folder) -> bytes:
    data = b""
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(root, name), "rb") as handle:
                data += handle.read()
    return data


def test_no_patient_data_reaches_disk_in_plaintext(tmp_path, log, log_paths, service, episode):
    """Known identity and name are absent from the log, its -wal/-journal and every file written."""
    service.save_contact(ContactDraft(episode.id, datetime(2026, 10, 8, 9, 0, tzinfo=NOW.tzinfo), "BR",
                                      codes=("DU011", "ZV044", "ZV051"), note="Samtal med Åsa Öberg"))
    service.add_patient("701063-2391", "Örjan Ängström")
    # Before the checkpoint the data sit in the -wal file: look at both states.
    needles = ["196408233234", "640823-3234", "6408233234", "Åsa Öberg", "Öberg", "Ängström"]
    for phase in ("wal", "checkpointed"):
        if phase == "checkpointed":
            with log.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        raw = _all_bytes(tmp_path)
        assert raw, "nothing written?"
        for needle in needles:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                assert needle.encode(encoding) not in raw, (phase, needle, encoding)


def test_connect_with_wrong_key_fails(log, log_paths):
    log.close()
    with pytest.raises(sqlcipher3.DatabaseError, match="file is not a database"):
        connect(log_paths.log, b"\x01" * 32)
