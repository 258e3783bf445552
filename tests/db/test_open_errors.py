"""Opening a damaged or foreign file: a clear message and a `kind`, never a crash, nothing changed."""

import os
import sqlite3
import subprocess

import pytest

from kbtdesk.db import migrations
from kbtdesk.db.engine import LogOpenError, connect, open_log, open_with_key
from kbtdesk.db.errors import is_disk_full
from tests.helpers.fixtures import PASSPHRASE


def _refused(log_paths, data_key, kind):
    before = log_paths.log.read_bytes()
    with pytest.raises(LogOpenError) as raised:
        open_with_key(log_paths, data_key)
    assert raised.value.kind == kind, str(raised.value)
    assert "Nothing was changed" in str(raised.value) or "nothing was changed" in str(raised.value)
    assert log_paths.log.read_bytes() == before
    assert not os.path.exists(str(log_paths.log) + "-wal")
    return raised.value


@pytest.fixture
def closed(log, log_paths, service, episode):
    log.close()
    return log


def test_empty_file(closed, log_paths):
    log_paths.log.write_bytes(b"")
    assert _refused(log_paths, closed.data_key, "empty").offer_restore


def test_truncated_file(closed, log_paths):
    raw = log_paths.log.read_bytes()
    log_paths.log.write_bytes(raw[: len(raw) // 2 + 100])
    assert _refused(log_paths, closed.data_key, "truncated").offer_restore


def test_truncated_on_a_page_boundary_is_damaged(closed, log_paths):
    raw = log_paths.log.read_bytes()
    log_paths.log.write_bytes(raw[: 4096 * 3])
    error = _refused(log_paths, closed.data_key, "damaged")
    assert error.offer_restore


def test_plain_sqlite_file(closed, log_paths):
    log_paths.log.unlink()
    plain = sqlite3.connect(log_paths.log)
    plain.execute("CREATE TABLE x (a)")
    plain.commit()
    plain.close()
    _refused(log_paths, closed.data_key, "foreign")


def test_a_flipped_byte_in_a_page_is_damage(closed, log_paths):
    raw = bytearray(log_paths.log.read_bytes())
    raw[4096 * 2 + 100] ^= 1
    log_paths.log.write_bytes(bytes(raw))
    _refused(log_paths, closed.data_key, "damaged")


def test_newer_version(closed, log_paths):
    raw = connect(log_paths.log, closed.data_key)
    raw.execute(f"PRAGMA user_version = {migrations.latest_version() + 1}")
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    error = _refused(log_paths, closed.data_key, "too-new")
    assert isinstance(error, migrations.LogTooNew)


def test_missing_file(closed, log_paths):
    log_paths.log.unlink()
    with pytest.raises(LogOpenError) as raised:
        open_log(log_paths, PASSPHRASE)
    assert raised.value.kind == "missing"


def test_a_folder_is_not_a_log(closed, tmp_path):
    from kbtdesk.paths import LogPaths

    with pytest.raises(LogOpenError) as raised:
        open_with_key(LogPaths(tmp_path), closed.data_key)
    assert raised.value.kind == "foreign"


def _mount_read_only(src, target):
    target.mkdir()
    done = subprocess.run(["mount", "--bind", "-o", "ro", str(src), str(target)], capture_output=True)
    if done.returncode != 0:
        target.rmdir()
        pytest.skip("cannot make a read-only mount here")


def test_a_read_only_folder_offers_read_only_and_changes_nothing(closed, log_paths, tmp_path):
    target = tmp_path / "ro"
    _mount_read_only(log_paths.log.parent, target)
    try:
        from kbtdesk.paths import LogPaths

        paths = LogPaths(target / log_paths.log.name)
        if os.access(paths.log.parent, os.W_OK):
            # root sees no read-only bit: the mount is what refuses writes
            pass
        before = paths.log.read_bytes()
        with pytest.raises(LogOpenError) as raised:
            open_log(paths, PASSPHRASE)
        assert raised.value.kind == "read-only" and raised.value.offer_read_only
        reader = open_log(paths, PASSPHRASE, readonly=True)
        try:
            from kbtdesk.composition import build_service

            assert build_service(reader).counts().patients == 1
        finally:
            reader.close()
        assert paths.log.read_bytes() == before
    finally:
        subprocess.run(["umount", str(target)], check=True)


def test_is_disk_full_recognises_the_errors():
    assert is_disk_full(OSError(28, "No space left on device"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    assert not is_disk_full(ValueError("x"))
