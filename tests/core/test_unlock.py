"""The locked window's unlock without Qt: the passphrase checked against the key file, and recorded."""

from __future__ import annotations

import pytest

from kbtdesk.core import audit
from kbtdesk.core.unlock import Unlocker
from kbtdesk.db import engine, keyfile
from tests.helpers.fixtures import PASSPHRASE


def test_a_wrong_passphrase_is_refused_and_recorded_at_the_next_unlock(log, service):
    unlocker = Unlocker(log, keyfile.TEST_KDF)
    assert unlocker.needs_passphrase and unlocker.can_change_passphrase
    before = len(service.audit_entries())
    with pytest.raises(keyfile.WrongPassphrase):
        unlocker.unlock("not the passphrase")
    assert engine.pending_events_path(log.paths).exists()
    unlocker.unlock(PASSPHRASE)
    assert [e.action for e in service.audit_entries()[before:]] == [audit.FAILED_UNLOCK, audit.UNLOCK]
    assert service.verify_audit().ok


def test_a_replaced_key_file_does_not_unlock_the_open_log(log, tmp_path):
    other = engine.create_log(type(log.paths)(tmp_path / "other" / "kbtdesk-log.db"), PASSPHRASE, keyfile.TEST_KDF)
    other.close()
    log.paths.key.write_bytes(other.paths.key.read_bytes())  # same passphrase, another data key
    with pytest.raises(keyfile.WrongPassphrase):
        Unlocker(log, keyfile.TEST_KDF).unlock(PASSPHRASE)


def test_recovering_sets_a_new_passphrase_and_gives_a_new_code(log, service):
    code = keyfile.add_recovery_code(log.paths.key, log.data_key)
    unlocker = Unlocker(log, keyfile.TEST_KDF)
    with pytest.raises(keyfile.KeyFileError):
        unlocker.recover(code, "short")
    fresh = unlocker.recover(code, "a brand new long passphrase")
    assert fresh != code
    unlocker.unlock("a brand new long passphrase")
    assert service.audit_entries()[-2].action == audit.RECOVER


def test_a_window_without_a_log_needs_no_passphrase():
    unlocker = Unlocker(None)
    assert not unlocker.needs_passphrase and not unlocker.can_recover
    unlocker.unlock("anything")  # nothing to check


def test_a_read_only_log_keeps_its_key_file(log):
    """A log opened read-only (another kbtdesk writes it) cannot record a passphrase change in its
    audit trail, so the key file is not rewritten behind the writer's back."""
    readonly = engine.open_log(log.paths, PASSPHRASE, readonly=True)
    try:
        unlocker = Unlocker(readonly, keyfile.TEST_KDF)
        assert unlocker.needs_passphrase and not unlocker.can_change_passphrase
        key_file = log.paths.key.read_bytes()
        with pytest.raises(RuntimeError):
            unlocker.change_passphrase(PASSPHRASE, "a brand new long passphrase")
        assert log.paths.key.read_bytes() == key_file
        unlocker.unlock(PASSPHRASE)  # unlocking a read-only log still works
    finally:
        readonly.close()
