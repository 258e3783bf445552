"""Why a log cannot be opened or written, as a message for the user and a `kind` for the window.

The window uses `kind` to choose what to offer next: restore from the newest good backup
(damaged, truncated), open read-only (in-use, read-only), free space (disk-full), update kbtdesk
(too-new). The message always says that nothing was changed when that is true.
"""

from __future__ import annotations

from kbtdesk.base.messages import Message

MISSING = "missing"            # no file at the path
EMPTY = "empty"                # a file of 0 bytes
TRUNCATED = "truncated"        # not a whole number of pages: cut short by a copy or a crash
FOREIGN = "foreign"            # a plain SQLite file or something else that is not a kbtdesk log
NOT_A_LOG = "not-a-log"        # the key does not open it: damaged first page or another key file
DAMAGED = "damaged"            # pages fail their SQLCipher HMAC or the b-tree check
TOO_NEW = "too-new"            # written by a newer kbtdesk
IN_USE = "in-use"              # another kbtdesk holds the writer lock (see `owner`)
READ_ONLY = "read-only"        # the file or its folder cannot be written
DISK_FULL = "disk-full"        # no space to write
UNREADABLE = "unreadable"      # permission denied or an I/O error
EXISTS = "exists"              # create_log: a log is already there
BAD_PASSPHRASE = "bad-passphrase"  # create_log: the new passphrase is not acceptable

#: Kinds for which restoring the newest good backup is the sensible offer.
RESTORE_KINDS = frozenset({EMPTY, TRUNCATED, NOT_A_LOG, DAMAGED})
#: Kinds for which opening read-only is the sensible offer.
READ_ONLY_KINDS = frozenset({IN_USE, READ_ONLY, DISK_FULL})


class LogOpenError(Exception):
    """The log could not be opened; `message` for the user, `kind` (one of the above) for code."""

    def __init__(self, message: Message, kind: str = NOT_A_LOG):
        super().__init__(str(message))
        self.message = message
        self.kind = kind

    @property
    def offer_restore(self) -> bool:
        return self.kind in RESTORE_KINDS

    @property
    def offer_read_only(self) -> bool:
        return self.kind in READ_ONLY_KINDS


def sqlite_error_kind(exc: BaseException) -> str | None:
    """Classify an SQLite/SQLCipher error by its text (the driver gives no error codes)."""
    text = str(exc).lower()
    if "disk is full" in text or "disk full" in text or "file too large" in text:
        return DISK_FULL
    if "readonly" in text or "read-only" in text:
        return READ_ONLY
    if "malformed" in text or "hmac" in text:
        return DAMAGED
    if "not a database" in text:
        return NOT_A_LOG
    if "unable to open" in text or "disk i/o" in text or "permission" in text:
        return UNREADABLE
    return None


def is_disk_full(exc: BaseException) -> bool:
    """For the window: did a save fail because the disk (or its quota) is full? Nothing was saved."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, OSError) and current.errno in (28, 27, 122):  # ENOSPC, EFBIG, EDQUOT
            return True
        if sqlite_error_kind(current) == DISK_FULL:
            return True
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return False
