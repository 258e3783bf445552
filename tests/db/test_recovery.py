"""Recovery code: shown once at creation, sets a new passphrase, then stops working; unlock is fast."""

import json
import time

import pytest

from kbtdesk.core import audit
from kbtdesk.db import keyfile
from kbtdesk.db.engine import LogOpenError, commit_recovery, create_log, open_log, open_with_recovery_code
from tests.helpers.fixtures import PASSPHRASE


def test_create_log_gives_a_printable_200_bit_code(log, log_paths):
    code = log.recovery_code
    groups = code.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert set(code.replace("-", "")) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    assert keyfile.has_recovery_code(log_paths.key)
    text = log_paths.key.read_text()
    assert code not in text and code.replace("-", "") not in text and log.data_key.hex() not in text
    kinds = [w["kind"] for w in json.loads(text)["wraps"]]
    assert kinds == ["passphrase", "recovery"]


def test_the_code_is_forgiving_about_case_spaces_and_lookalikes(log, log_paths):
    sloppy = log.recovery_code.lower().replace("-", " ").replace("o", "0").replace("i", "1")
    assert keyfile.unwrap_with_recovery_code(log_paths.key, sloppy) == log.data_key


def test_forgotten_passphrase_recovery_sets_a_new_one_and_replaces_the_code(log, log_paths):
    old_code = log.recovery_code
    log.close()
    recovered = open_with_recovery_code(log_paths, old_code, "my new passphrase", keyfile.TEST_KDF)
    try:
        new_code = recovered.recovery_code
        assert new_code and new_code != old_code
        assert recovered.data_key == log.data_key
        commit_recovery(recovered)  # once the new code has been shown
    finally:
        recovered.close()
    with pytest.raises(keyfile.WrongPassphrase):
        open_log(log_paths, PASSPHRASE)
    with pytest.raises(keyfile.WrongRecoveryCode):
        keyfile.unwrap_with_recovery_code(log_paths.key, old_code)
    reopened = open_log(log_paths, "my new passphrase")
    try:
        actions = [e.action for e in reopened_entries(reopened)]
        assert audit.RECOVER in actions
        assert actions.count(audit.FAILED_UNLOCK) == 1  # the old passphrase tried above
    finally:
        reopened.close()
    assert keyfile.unwrap_with_recovery_code(log_paths.key, new_code) == log.data_key


def test_a_new_code_never_shown_is_not_in_force(log, log_paths):
    """Issue 12.9: a killed recover left a new code that was never shown. Until the new code has
    been shown (commit_recovery) the used code and the old passphrase still open the log."""
    old_code = log.recovery_code
    log.close()
    recovered = open_with_recovery_code(log_paths, old_code, "my new passphrase", keyfile.TEST_KDF)
    unshown = recovered.recovery_code
    recovered.close()  # stopped before the code was shown
    assert keyfile.unwrap_with_recovery_code(log_paths.key, old_code) == log.data_key
    with pytest.raises(keyfile.WrongRecoveryCode):
        keyfile.unwrap_with_recovery_code(log_paths.key, unshown)
    open_log(log_paths, PASSPHRASE).close()
    with pytest.raises(keyfile.WrongPassphrase):
        open_log(log_paths, "my new passphrase")
    assert not [p for p in log_paths.log.parent.iterdir() if ".next-" in p.name]


def reopened_entries(log):
    from kbtdesk.composition import build_service

    return build_service(log).audit_entries()


def test_a_wrong_code_changes_nothing(log, log_paths):
    log.close()
    before = (log_paths.log.read_bytes(), log_paths.key.read_bytes())
    for bad in ("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA", "too short", ""):
        with pytest.raises(keyfile.WrongRecoveryCode):
            open_with_recovery_code(log_paths, bad, "my new passphrase", keyfile.TEST_KDF)
    assert (log_paths.log.read_bytes(), log_paths.key.read_bytes()) == before


def test_recovery_refuses_a_short_new_passphrase(log, log_paths):
    log.close()
    with pytest.raises(LogOpenError) as raised:
        open_with_recovery_code(log_paths, log.recovery_code, "short", keyfile.TEST_KDF)
    assert raised.value.kind == "bad-passphrase"
    open_log(log_paths, PASSPHRASE).close()


def test_a_key_file_without_recovery_says_so(tmp_path):
    from kbtdesk.paths import LogPaths

    paths = LogPaths(tmp_path / "plain" / "log.db")
    create_log(paths, PASSPHRASE, keyfile.TEST_KDF, recovery=False).close()
    with pytest.raises(keyfile.NoRecoveryCode):
        keyfile.unwrap_with_recovery_code(paths.key, "A" * 40)


def test_unlock_with_the_real_kdf_takes_well_under_a_second(tmp_path):
    """Argon2id at the shipped cost (64 MiB, 3 passes) plus opening the log."""
    from kbtdesk.paths import LogPaths

    paths = LogPaths(tmp_path / "real" / "log.db")
    created = create_log(paths, PASSPHRASE)
    code = created.recovery_code
    created.close()
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        opened = open_log(paths, PASSPHRASE)
        timings.append(time.perf_counter() - started)
        opened.close()
    started = time.perf_counter()
    data_key = keyfile.unwrap_with_recovery_code(paths.key, code)
    recovery_seconds = time.perf_counter() - started
    assert data_key
    print(f"\nunlock with passphrase (Argon2id 64 MiB x3 + open): median {sorted(timings)[1]:.3f} s; "
          f"recovery-code unwrap {recovery_seconds * 1000:.1f} ms")
    assert sorted(timings)[1] < 1.0
