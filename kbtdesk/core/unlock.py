"""The owner of an open log proving it is them: unlocking the locked window, the recovery code,
a new passphrase. No Qt: the window's lock screen and settings call this, and so could a command.

While the window is locked the log stays open (its engine, data key and writer lock stay in this
process); unlocking checks the passphrase against the key file. A wrong passphrase is noted in
`<log>.events` exactly as `engine.open_log` does; the next successful unlock moves those notes
into the audit trail with its own `unlock` entry.
"""

from __future__ import annotations

from kbtdesk.core import audit
from kbtdesk.db import engine, keyfile

#: The window locks after this many minutes without a key press or mouse event (Settings, the log's
#: `setting` table), within AUTO_LOCK_RANGE.
AUTO_LOCK_SETTING = "auto_lock_minutes"
DEFAULT_AUTO_LOCK_MINUTES = 10
AUTO_LOCK_RANGE = (1, 120)


class Unlocker:
    """Checks the passphrase of an open log against its key file, and records the result."""

    def __init__(self, log: engine.Log | None, kdf: keyfile.KdfParams | None = None):
        self.log = log
        self.kdf = kdf or keyfile.KdfParams()

    def _keyed_log(self) -> engine.Log | None:
        """The log whose key file the passphrase is checked against; None for a demo log, or a
        window without a log (tests, previews): no key file to check."""
        log = self.log
        return log if log is not None and not log.demo and log.paths.key.exists() else None

    def _writable_log(self) -> engine.Log:
        """The keyed, writable log that recovery and a passphrase change need. The window offers
        them only when `can_recover` / `can_change_passphrase` say so; anything else is a bug."""
        log = self._keyed_log()
        if log is None or log.readonly:
            raise RuntimeError("this log has no key file that can be changed")
        return log

    @property
    def needs_passphrase(self) -> bool:
        return self._keyed_log() is not None

    @property
    def can_recover(self) -> bool:
        log = self._keyed_log()
        return log is not None and not log.readonly and keyfile.has_recovery_code(log.paths.key)

    @property
    def can_change_passphrase(self) -> bool:
        log = self._keyed_log()
        return log is not None and not log.readonly

    @staticmethod
    def _failed(log: engine.Log) -> None:
        engine.note_event(log.paths, audit.FAILED_UNLOCK)

    @staticmethod
    def _succeeded(log: engine.Log, action: str = audit.UNLOCK, detail: str = "") -> None:
        if log.readonly:
            engine.note_event(log.paths, audit.UNLOCK_READ_ONLY)
        else:
            engine.record_unlock(log, action, detail)

    def unlock(self, passphrase: str) -> None:
        """Returns when the passphrase opens this log's key; raises WrongPassphrase otherwise."""
        log = self._keyed_log()
        if log is None:
            return
        try:
            data_key = keyfile.unwrap_data_key(log.paths.key, passphrase)
        except keyfile.WrongPassphrase:
            self._failed(log)
            raise
        if not keyfile.same_key(data_key, log.data_key):  # the key file was replaced meanwhile
            self._failed(log)
            raise keyfile.WrongPassphrase()
        self._succeeded(log)

    def recover(self, code: str, new_passphrase: str) -> str:
        """Forgotten passphrase while locked: set a new one with the recovery code; the new code."""
        problem = keyfile.passphrase_problem(new_passphrase)
        if problem:
            raise keyfile.KeyFileError(problem)
        log = self._writable_log()
        try:
            data_key = keyfile.unwrap_with_recovery_code(log.paths.key, code)
        except keyfile.WrongRecoveryCode:
            self._failed(log)
            raise
        if not keyfile.same_key(data_key, log.data_key):
            self._failed(log)
            raise keyfile.WrongRecoveryCode()
        _, fresh = keyfile.recover(log.paths.key, code, new_passphrase, self.kdf)
        self._succeeded(log, audit.RECOVER, "new passphrase set with the recovery code;")
        return fresh

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the key with `new`; raises WrongPassphrase for a wrong `old`, KeyFileError for a weak `new`."""
        engine.change_passphrase(self._writable_log(), old, new, self.kdf)
