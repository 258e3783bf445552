"""The errors the front ends catch, under core's name: the window and the command line never
name kbtdesk.db (issue 13: ui, cli → composition → core → db). They are storage's own types,
re-exported so that `except LogOpenError` here and in db/ catch the same thing."""

from kbtdesk.db.errors import LogOpenError, is_disk_full
from kbtdesk.db.keyfile import KeyFileError, NoRecoveryCode, WrongPassphrase, WrongRecoveryCode
from kbtdesk.db.lock import LogInUse

__all__ = ["KeyFileError", "LogInUse", "LogOpenError", "NoRecoveryCode", "WrongPassphrase", "WrongRecoveryCode",
           "is_disk_full"]
