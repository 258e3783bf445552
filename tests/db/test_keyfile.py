"""The key file: wrong passphrases change nothing, passphrase changes never rewrite the log."""

import json

import pytest

from kbtdesk.db import keyfile
from kbtdesk.db.engine import change_passphrase, open_log
from tests.helpers.fixtures import PASSPHRASE


def test_wrong_passphrase_is_clear_and_leaves_both_files_untouched(log, log_paths):
    log.close()
    before = (log_paths.log.read_bytes(), log_paths.key.read_bytes())
    with pytest.raises(keyfile.WrongPassphrase) as raised:
        open_log(log_paths, "not the passphrase")
    assert "Wrong passphrase" in str(raised.value)
    assert (log_paths.log.read_bytes(), log_paths.key.read_bytes()) == before


def test_key_file_holds_no_raw_key(log, log_paths):
    text = log_paths.key.read_text()
    assert log.data_key.hex() not in text
    doc = json.loads(text)
    assert doc["wraps"][0]["kdf"]["name"] == "argon2id"


def test_changing_the_passphrase_rewraps_without_rewriting_the_log(log, log_paths):
    with log.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    count = "SELECT count(*) FROM contact"
    with log.engine.connect() as conn:
        before = conn.exec_driver_sql(count).scalar()
    change_passphrase(log, PASSPHRASE, "a brand new passphrase", keyfile.TEST_KDF)
    log.close()
    with pytest.raises(keyfile.WrongPassphrase):
        open_log(log_paths, PASSPHRASE)
    reopened = open_log(log_paths, "a brand new passphrase")
    with reopened.engine.connect() as conn:
        assert conn.exec_driver_sql(count).scalar() == before
    reopened.close()


@pytest.mark.parametrize("content", [b"", b"not json", b'{"format": "something-else"}',
                                     b'{"format": "kbtdesk-key", "version": 1, "wraps": [{"kind": "passphrase"}]}'])
def test_a_damaged_key_file_is_a_clear_error(log, log_paths, content):
    log.close()
    log_paths.key.write_bytes(content)
    with pytest.raises(keyfile.KeyFileError) as raised:
        open_log(log_paths, PASSPHRASE)
    assert str(log_paths.key) in str(raised.value)


def test_missing_key_file_says_so(log, log_paths):
    log.close()
    log_paths.key.unlink()
    with pytest.raises(keyfile.KeyFileError, match="missing"):
        open_log(log_paths, PASSPHRASE)


@pytest.mark.parametrize("passphrase, repeated, ok", [
    ("short", None, False), ("exactly10!", None, True), ("long enough one", "long enough two", False),
    ("long enough one", "long enough one", True)])
def test_passphrase_rules(passphrase, repeated, ok):
    assert (keyfile.passphrase_problem(passphrase, repeated) is None) == ok


def test_default_kdf_is_memory_hard():
    kdf = keyfile.KdfParams()
    assert kdf.memory_kib >= 64 * 1024 and kdf.iterations >= 3


# -- HKDF: cryptography's (issue 13.6), with the output the hand-written one gave ------------------

from pathlib import Path  # noqa: E402

FIXTURE_LOGS = Path(__file__).resolve().parents[1] / "fixtures" / "logs"


def test_hkdf_matches_rfc_5869_test_case_1():
    okm = keyfile.hkdf_sha256(bytes.fromhex("0b" * 22), salt=bytes.fromhex("000102030405060708090a0b0c"),
                              info=bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"), length=42)
    assert okm.hex() == ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                         "34007208d5b887185865")


def test_hkdf_is_cryptographys_not_a_hand_written_one():
    import inspect

    source = inspect.getsource(keyfile.hkdf_sha256)
    assert "cryptography.hazmat.primitives.kdf.hkdf" in source and "hmac.digest" not in source


def test_audit_key_is_unchanged_for_existing_logs():
    # The audit chains of every log written so far were keyed with this derivation.
    # Pinned from cryptography's HKDF, which derived them before.
    assert keyfile.audit_key(bytes(range(32))).hex() == \
        "0f1775f8373dd3f733ccb9b747b484ec0acc2c385dda0a8e5434631a9687d537"


@pytest.mark.parametrize("version", ["v2", "v3", "v4", "v5", "v6"])
def test_the_audit_chains_of_the_fixture_logs_still_verify(tmp_path, version):
    """Logs written with the hand-written HKDF: their chains verify with cryptography's."""
    import shutil

    from kbtdesk.composition import build_service
    from kbtdesk.db import audit
    from kbtdesk.paths import LogPaths

    shutil.copytree(FIXTURE_LOGS / version, tmp_path / version)
    paths = LogPaths(tmp_path / version / "kbtdesk-log.db")
    data_key = keyfile.unwrap_data_key(paths.key, PASSPHRASE)
    from kbtdesk.db.connection import connect

    conn = connect(paths.log, data_key, readonly=True, immutable=True)
    try:
        chain = audit.verify(lambda sql, p=(): conn.execute(sql, p), keyfile.audit_key(data_key))
    finally:
        conn.close()
    assert chain.first_bad_seq is None and chain.entries > 0, chain
    # The same chain under a key derived any other way fails at its first entry.
    conn = connect(paths.log, data_key, readonly=True, immutable=True)
    try:
        wrong = audit.verify(lambda sql, p=(): conn.execute(sql, p), bytes(32))
    finally:
        conn.close()
    assert wrong.first_bad_seq == 1
    log = open_log(paths, PASSPHRASE)  # migrates to the current schema, then the whole check
    try:
        result = build_service(log).verify_audit([])
        assert result.ok and result.first_bad_seq is None, result
    finally:
        log.close()
