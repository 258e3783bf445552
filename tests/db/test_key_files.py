"""Every key file kbtdesk keeps: checked before use, carried by every backup, changed all at once.

Issue 12: init replaced the key of an existing log (12.1); after a passphrase change or a recovery
the backups' key file kept the old wraps (12.4); a damaged or hostile key file gave tracebacks,
hangs (2^31 Argon2 passes) or "wrong passphrase" (12.8).
"""

from __future__ import annotations

import json
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kbtdesk.db import backup, keyfile, keystore
from kbtdesk.db.engine import (
    LogOpenError,
    change_passphrase,
    commit_recovery,
    create_log,
    open_log,
    open_with_recovery_code,
)
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE

NEW = "a brand new passphrase"


def _kept(paths: LogPaths) -> list[Path]:
    return keystore.kept_key_files(paths)


def _opens(path: Path, passphrase: str | None = None, code: str | None = None) -> bool:
    try:
        if code is not None:
            keyfile.unwrap_with_recovery_code(path, code)
        else:
            keyfile.unwrap_data_key(path, passphrase or "")
    except (keyfile.WrongPassphrase, keyfile.WrongRecoveryCode):
        return False
    return True


@pytest.fixture
def backed_up(log, log_paths):
    """A log with three backups, and an older kbtdesk's folder-wide key copy beside them."""
    for hour in (8, 9, 10):
        backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 2, hour, tzinfo=UTC))
    (log_paths.backups / log_paths.key.name).write_bytes(log_paths.key.read_bytes())
    return log


# -- 12.1: a key is never replaced behind the user's back --------------------------------------

def test_init_refuses_when_the_log_is_gone_but_its_backups_are_there(backed_up, log_paths):
    backed_up.close()
    log_paths.log.unlink()
    before = {p: p.read_bytes() for p in _kept(log_paths)}
    with pytest.raises(LogOpenError) as raised:
        create_log(log_paths, "another passphrase entirely", keyfile.TEST_KDF)
    assert raised.value.kind == "exists"
    assert "kbtdesk restore" in str(raised.value) and "-backups" in str(raised.value)
    assert {p: p.read_bytes() for p in _kept(log_paths)} == before
    assert not log_paths.log.exists()


def test_init_refuses_over_a_key_file_alone(log, log_paths):
    log.close()
    log_paths.log.unlink()
    key = log_paths.key.read_bytes()
    with pytest.raises(LogOpenError, match="key file"):
        create_log(log_paths, "another passphrase entirely", keyfile.TEST_KDF)
    assert log_paths.key.read_bytes() == key


def test_every_backup_opens_with_its_own_key_file_after_the_live_one_is_gone(backed_up, log_paths):
    backed_up.close()
    log_paths.key.unlink()
    (log_paths.backups / log_paths.key.name).unlink()
    for info in backup.list_backups(log_paths):
        own = keystore.backup_key_path(info.path)
        assert keyfile.unwrap_data_key(own, PASSPHRASE) == backed_up.data_key
        assert keyfile.unwrap_with_recovery_code(own, backed_up.recovery_code) == backed_up.data_key


def test_thinning_never_removes_the_only_backup_of_a_key(log, log_paths):
    """An older backup made under another data key (an older kbtdesk's init) is kept however old."""
    now = datetime(2026, 11, 30, 12, tzinfo=UTC)
    old = [backup.backup_now(log_paths, log.data_key, now - timedelta(days=3, hours=h)) for h in (1, 2)]
    other_key = keyfile.new_data_key()
    keyfile.write_key_file(keystore.backup_key_path(old[1].path), other_key, "the old passphrase", keyfile.TEST_KDF)
    newer = [backup.backup_now(log_paths, log.data_key, now - timedelta(days=3, minutes=m)) for m in (5, 1)]
    removed = backup.thin(log_paths, now)
    assert old[1].path not in removed and old[1].path.exists()  # the only backup of the other key
    assert old[0].path in removed and newer[0].path in removed  # the same day, the same key
    assert not keystore.backup_key_path(old[0].path).exists()  # removed with its backup


def test_older_backups_get_their_own_key_file_at_the_next_backup(log, log_paths):
    info = backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 2, 8, tzinfo=UTC))
    keystore.backup_key_path(info.path).unlink()  # as an older kbtdesk left it
    backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 2, 9, tzinfo=UTC))
    assert keyfile.unwrap_data_key(keystore.backup_key_path(info.path), PASSPHRASE) == log.data_key


# -- 12.4: key changes reach every copy at once -------------------------------------------------

def test_a_passphrase_change_rewraps_every_kept_key_file(backed_up, log_paths):
    kept = _kept(log_paths)
    assert len(kept) == 5  # live, three backups', the older folder-wide copy
    change_passphrase(backed_up, PASSPHRASE, NEW, keyfile.TEST_KDF)
    for path in kept:
        assert not _opens(path, PASSPHRASE), path
        assert keyfile.unwrap_data_key(path, NEW) == backed_up.data_key
        assert _opens(path, code=backed_up.recovery_code)  # the code was not used: it stays
    assert not switch_leftovers(log_paths)


def switch_leftovers(paths: LogPaths) -> list[Path]:
    folders = [paths.log.parent, paths.backups]
    return [p for f in folders for p in f.iterdir() if ".next-" in p.name or p.name.endswith(".key-switch")]


def test_a_recovery_supersedes_the_used_code_and_old_passphrase_everywhere(backed_up, log_paths):
    used = backed_up.recovery_code
    backed_up.close()
    recovered = open_with_recovery_code(log_paths, used, NEW, keyfile.TEST_KDF)
    fresh = recovered.recovery_code
    commit_recovery(recovered)
    recovered.close()
    for path in _kept(log_paths):
        assert not _opens(path, code=used) and not _opens(path, PASSPHRASE), path
        assert _opens(path, NEW) and _opens(path, code=fresh), path


def test_a_change_killed_after_its_commit_point_is_finished_by_the_next_reader(backed_up, log_paths, monkeypatch):
    calls = []
    real_finish = keystore.finish

    def killed(paths):  # the switch file is in place; the process dies before any rename
        if not keystore.switch_path(paths).exists():
            return real_finish(paths)
        calls.append(paths)
        raise KeyboardInterrupt

    monkeypatch.setattr(keystore, "finish", killed)
    with pytest.raises(KeyboardInterrupt):
        change_passphrase(backed_up, PASSPHRASE, NEW, keyfile.TEST_KDF)
    monkeypatch.setattr(keystore, "finish", real_finish)
    assert keystore.switch_path(log_paths).exists() and calls
    backed_up.close()
    open_log(log_paths, NEW).close()  # finishes, and the writer's start settles it
    for path in _kept(log_paths):
        assert _opens(path, NEW) and not _opens(path, PASSPHRASE)
    assert not switch_leftovers(log_paths)


def test_a_change_killed_before_its_commit_point_leaves_the_old_files(backed_up, log_paths, monkeypatch):
    real = keystore.write_atomically

    def killed_at_the_switch(path, data):
        if path == keystore.switch_path(log_paths):
            raise KeyboardInterrupt
        real(path, data)

    monkeypatch.setattr(keystore, "write_atomically", killed_at_the_switch)
    with pytest.raises(KeyboardInterrupt):
        change_passphrase(backed_up, PASSPHRASE, NEW, keyfile.TEST_KDF)
    monkeypatch.undo()
    assert [p for p in log_paths.log.parent.iterdir() if ".next-" in p.name]  # written, not in force
    backed_up.close()
    open_log(log_paths, PASSPHRASE).close()
    for path in _kept(log_paths):
        assert _opens(path, PASSPHRASE) and not _opens(path, NEW)
    assert not switch_leftovers(log_paths)


# -- 12.8: the key file is input --------------------------------------------------------------

def _mutations(doc: dict) -> list[tuple[str, object]]:
    """(name, new document or raw bytes): structural changes of every field."""
    def changed(path: tuple, value):
        new = json.loads(json.dumps(doc))
        where = new
        for part in path[:-1]:
            where = where[part]
        if value is _DELETE:
            del where[path[-1]]
        else:
            where[path[-1]] = value
        return new

    pw = ("wraps", 0)
    cases = [
        ("wraps not a list", changed(("wraps",), {"kind": "passphrase"})),
        ("wraps a string", changed(("wraps",), "passphrase")),
        ("wraps empty", changed(("wraps",), [])),
        ("wraps null", changed(("wraps",), None)),
        ("wraps missing", changed(("wraps",), _DELETE)),
        ("wrap a number", changed(("wraps", 0), 7)),
        ("wrap a list", changed(("wraps", 0), [])),
        ("wrap kind unknown", changed((*pw, "kind"), "fingerprint")),
        ("wrap kind a number", changed((*pw, "kind"), 1)),
        ("kdf not an object", changed((*pw, "kdf"), "argon2id")),
        ("kdf missing", changed((*pw, "kdf"), _DELETE)),
        ("kdf name other", changed((*pw, "kdf", "name"), "scrypt")),
        ("iterations 2^31", changed((*pw, "kdf", "iterations"), 2 ** 31)),
        ("iterations 4", changed((*pw, "kdf", "iterations"), 4)),
        ("iterations 0", changed((*pw, "kdf", "iterations"), 0)),
        ("iterations negative", changed((*pw, "kdf", "iterations"), -3)),
        ("iterations a string", changed((*pw, "kdf", "iterations"), "3")),
        ("iterations a float", changed((*pw, "kdf", "iterations"), 1.5)),
        ("iterations true", changed((*pw, "kdf", "iterations"), True)),
        ("iterations 10^400", b"IT"),
        ("memory 4 GiB", changed((*pw, "kdf", "memory_kib"), 4 * 1024 * 1024)),
        ("memory 1 KiB", changed((*pw, "kdf", "memory_kib"), 1)),
        ("lanes 2^24", changed((*pw, "kdf", "lanes"), 2 ** 24)),
        ("lanes null", changed((*pw, "kdf", "lanes"), None)),
        ("salt not base64", changed((*pw, "kdf", "salt"), "not base64!")),
        ("salt too short", changed((*pw, "kdf", "salt"), "AAAA")),
        ("salt a number", changed((*pw, "kdf", "salt"), 12)),
        ("nonce 16 bytes", changed((*pw, "nonce"), "A" * 24)),
        ("nonce missing", changed((*pw, "nonce"), _DELETE)),
        ("key 32 bytes (no tag)", changed((*pw, "key"), "A" * 44)),
        ("key 1 MB", changed((*pw, "key"), "A" * 1_000_000)),
        ("key a list", changed((*pw, "key"), ["A"])),
        ("extra field in a wrap", changed((*pw, "extra"), 1)),
        ("extra field at the top", changed(("extra",), 1)),
        ("two passphrase wraps", changed(("wraps",), [doc["wraps"][0], doc["wraps"][0]])),
        ("recovery wrap only", changed(("wraps",), [doc["wraps"][1]])),
        ("recovery kdf argon2id", changed(("wraps", 1, "kdf", "name"), "argon2id")),
        ("version 0", changed(("version",), 0)),
        ("version a string", changed(("version",), "1")),
        ("cipher other", changed(("cipher",), "aes-ecb")),
        ("key_id not hex", changed(("key_id",), "z" * 32)),
        ("key_id of another key", changed(("key_id",), "0" * 32)),
        ("checksum wrong", changed(("checksum",), "0" * 64)),
        ("checksum a number", changed(("checksum",), 5)),
        ("top level a list", [doc]),
        ("nested 100,000 deep", b'{"format": "kbtdesk-key", "wraps": ' + b"[" * 100_000 + b"]" * 100_000 + b"}"),
        ("a field twice", b"TWICE"),
        ("not UTF-8", b'{"format": "kbtdesk-key", "\xff\xfe": 1}'),
        ("lone surrogate", b'{"format": "kbtdesk-key", "version": 1, "cipher": "\\ud800", "wraps": []}'),
        ("2 MB of spaces", b" " * 2_000_000),
    ]
    return cases


_DELETE = object()


def _raw(doc, name: str, value) -> bytes:
    if value == b"IT":
        text = keyfile.encode(doc).decode()
        return text.replace('"iterations": 1', '"iterations": 1' + "0" * 400, 1).encode()
    if value == b"TWICE":
        text = keyfile.encode(doc).decode()
        return text.replace('"cipher": "sqlcipher4"', '"cipher": "sqlcipher4", "cipher": "sqlcipher4"', 1).encode()
    if isinstance(value, bytes):
        return value
    if isinstance(value, dict) and name not in ("checksum wrong", "checksum a number"):
        return keyfile.encode(value)  # a valid checksum: the structure itself must be refused
    return json.dumps(value).encode()


def test_every_structural_change_is_damaged_never_a_traceback_hang_or_wrong_passphrase(log, log_paths):
    doc = json.loads(log_paths.key.read_bytes())
    cases = _mutations(doc)
    assert len(cases) >= 30
    outcomes = {}
    for name, value in cases:
        log_paths.key.write_bytes(_raw(doc, name, value))
        started = time.perf_counter()
        try:
            keyfile.unwrap_data_key(log_paths.key, PASSPHRASE)
            outcome = "opened"
        except keyfile.WrongPassphrase:
            outcome = "WRONG PASSPHRASE"
        except keyfile.DamagedKeyFile:
            outcome = "damaged"
        except keyfile.KeyFileError as exc:
            outcome = "not a key file" if "not a kbtdesk key file" in str(exc) else f"other: {exc}"
        seconds = time.perf_counter() - started
        assert seconds < 2, (name, seconds)
        outcomes[name] = outcome
    wrong = {n: o for n, o in outcomes.items() if o != "damaged"}
    print(f"\n{len(cases)} structural changes: {sum(o == 'damaged' for o in outcomes.values())} damaged, "
          f"{sum(o == 'not a key file' for o in outcomes.values())} not a key file, {len(wrong)} other")
    assert not wrong, wrong


def test_byte_flips_are_damaged_or_harmless_never_wrong_passphrase(log, log_paths):
    original = log_paths.key.read_bytes()
    rng = random.Random(12)
    tally = {"damaged": 0, "harmless": 0}
    for _ in range(320):
        raw = bytearray(original)
        raw[rng.randrange(len(raw))] ^= rng.randrange(1, 256)
        log_paths.key.write_bytes(bytes(raw))
        try:
            assert keyfile.unwrap_data_key(log_paths.key, PASSPHRASE) == log.data_key
            tally["harmless"] += 1
        except keyfile.DamagedKeyFile:
            tally["damaged"] += 1
        except keyfile.WrongPassphrase:
            pytest.fail(f"a flipped byte was taken for a wrong passphrase: {bytes(raw)!r}")
    print(f"\n320 byte flips in the key file: {tally}")
    assert tally["harmless"] + tally["damaged"] == 320


def test_a_key_file_of_an_older_kbtdesk_still_opens(tmp_path):
    """Without key_id or checksum (every key file written before this change): opens, and is
    still checked field by field."""
    import shutil

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "logs" / "v6"
    shutil.copytree(fixture, tmp_path / "v6")
    paths = LogPaths(tmp_path / "v6" / "kbtdesk-log.db")
    assert "checksum" not in json.loads(paths.key.read_bytes())
    open_log(paths, PASSPHRASE).close()
    change = json.loads(paths.key.read_bytes())
    change["wraps"][0]["kdf"]["iterations"] = 2 ** 31
    paths.key.write_text(json.dumps(change))
    with pytest.raises(keyfile.DamagedKeyFile, match="more than kbtdesk writes"):
        keyfile.unwrap_data_key(paths.key, PASSPHRASE)
