"""The key file: wrong passphrases change nothing, passphrase changes never rewrite the log."""

import json

import pytest

from kbtdesk.db import keyfile
from kbtdesk.db.engine import open_log
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
    log.close()
    log_bytes = log_paths.log.read_bytes()
    keyfile.change_passphrase(log_paths.key, PASSPHRASE, "a brand new passphrase", keyfile.TEST_KDF)
    assert log_paths.log.read_bytes() == log_bytes
    with pytest.raises(keyfile.WrongPassphrase):
        open_log(log_paths, PASSPHRASE)
    open_log(log_paths, "a brand new passphrase").close()


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


# -- HKDF-SHA256 over the standard library (keeps cryptography off the path to the first paint) --

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def test_hkdf_matches_rfc_5869_test_case_1():
    okm = keyfile.hkdf_sha256(bytes.fromhex("0b" * 22), salt=bytes.fromhex("000102030405060708090a0b0c"),
                              info=bytes.fromhex("f0f1f2f3f4f5f6f7f8f9"), length=42)
    assert okm.hex() == ("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                         "34007208d5b887185865")


@settings(max_examples=300)
@given(key_material=st.binary(max_size=80), salt=st.none() | st.binary(max_size=80),
       info=st.binary(max_size=40), length=st.integers(1, 200))
def test_hkdf_gives_what_cryptography_gives(key_material, salt, info, length):
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    expected = HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(key_material)
    assert keyfile.hkdf_sha256(key_material, salt=salt, info=info, length=length) == expected


def test_audit_key_is_unchanged_for_existing_logs():
    # The audit chains of every log written so far were keyed with this derivation.
    # Pinned from cryptography's HKDF, which derived them before.
    assert keyfile.audit_key(bytes(range(32))).hex() == \
        "0f1775f8373dd3f733ccb9b747b484ec0acc2c385dda0a8e5434631a9687d537"
