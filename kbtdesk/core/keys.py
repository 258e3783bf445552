"""What the front ends know of the key file: the passphrase rule (minimum length, the repeat must
match), the KDF's parameters, and the errors of a wrong passphrase, a wrong recovery code or a
damaged key file. The key file itself is storage's (kbtdesk.db.keyfile); these are its own names,
re-exported so that the window and the command line never import kbtdesk.db."""

from kbtdesk.db.keyfile import (
    MIN_PASSPHRASE_LENGTH,
    KdfParams,
    KeyFileError,
    NoRecoveryCode,
    WrongPassphrase,
    WrongRecoveryCode,
    passphrase_problem,
)

__all__ = ["MIN_PASSPHRASE_LENGTH", "KdfParams", "KeyFileError", "NoRecoveryCode", "WrongPassphrase",
           "WrongRecoveryCode", "passphrase_problem"]
