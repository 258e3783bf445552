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
