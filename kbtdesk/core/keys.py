"""What the front ends know of the key file: the new-passphrase check, the KDF's parameters, and
the errors of a wrong passphrase, a wrong recovery code or a damaged key file. The key files
themselves are storage's (kbtdesk.db.keyfile, one file; kbtdesk.db.keystore, every copy kept
together); these are its own names, re-exported so that the window and the command line never
import kbtdesk.db.

A new passphrase is judged by zxcvbn (Dropbox's strength estimator: dictionaries, repeats,
sequences, keyboard patterns, dates, and the words the user gives it), not by its length alone
(issue 12.9: "aaaaaaaaaa" and ten spaces passed). It must have MIN_PASSPHRASE_LENGTH characters and
an estimate of at least 10^MIN_GUESS_DIGITS guesses (zxcvbn's score 3: "safely unguessable" against
an offline attack on a slow hash, which Argon2id is). The window's form and `kbtdesk init`,
`passphrase` and `recover` all call `new_passphrase_problem`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.db.keyfile import (
    MIN_PASSPHRASE_LENGTH,
    DamagedKeyFile,
    KdfParams,
    KeyFileError,
    NoRecoveryCode,
    WrongPassphrase,
    WrongRecoveryCode,
    passphrase_problem,
)
from kbtdesk.db.keystore import install_key_file

#: zxcvbn's score 3 starts at 10^8 guesses (8 digits); below that a passphrase is refused.
MIN_GUESS_DIGITS = 8
MIN_SCORE = 3

# zxcvbn's own feedback is English only: the reason shown is chosen from what it found.
_REASONS = {
    "repeat": QT_TRANSLATE_NOOP("Unlock", "The passphrase repeats the same characters or words: it is easy to "
                                          "guess. Use several unrelated words."),
    "sequence": QT_TRANSLATE_NOOP("Unlock", "The passphrase is a sequence such as abcd or 1234: it is easy to "
                                            "guess. Use several unrelated words."),
    "spatial": QT_TRANSLATE_NOOP("Unlock", "The passphrase follows the keyboard (like qwerty): it is easy to "
                                           "guess. Use several unrelated words."),
    "date": QT_TRANSLATE_NOOP("Unlock", "The passphrase is or holds a date or a year: it is easy to guess. Use "
                                        "several unrelated words."),
    "user_inputs": QT_TRANSLATE_NOOP("Unlock", "The passphrase holds your name or your care unit's: anyone nearby "
                                               "would try those first. Use several unrelated words."),
    "dictionary": QT_TRANSLATE_NOOP("Unlock", "The passphrase is a common word or password, or close to one: it is "
                                              "easy to guess. Add more unrelated words."),
    "weak": QT_TRANSLATE_NOOP("Unlock", "The passphrase is too easy to guess. Use three or four unrelated words, "
                                        "or a longer sentence only you would think of."),
}


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> dict[str, Any]:
    """zxcvbn's estimate (score 0–4, guesses_log10, the matched sequence)."""
    from zxcvbn import zxcvbn

    words = [w for text in user_inputs if text for w in [text, *text.split()]]
    # zxcvbn costs grow with length; beyond 100 characters the first 100 decide.
    estimate: dict[str, Any] = zxcvbn(passphrase[:100], user_inputs=words)
    return estimate


def _reason(estimate: dict[str, Any]) -> str:
    sequence = [m for m in estimate.get("sequence", []) if m.get("pattern") != "bruteforce"]
    if not sequence:
        return _REASONS["weak"]
    longest = max(sequence, key=lambda m: len(m.get("token", "")))
    pattern = longest.get("pattern")
    if pattern == "dictionary" and longest.get("dictionary_name") == "user_inputs":
        return _REASONS["user_inputs"]
    return _REASONS.get(pattern, _REASONS["weak"])


def new_passphrase_problem(passphrase: str, repeated: str | None = None,
                           user_inputs: Iterable[str] = ()) -> Message | None:
    """Why `passphrase` may not become the log's passphrase, or None. `user_inputs`: words
    anyone near the user would try first and that hold no patient data (the care unit, the
    therapist's name)."""
    problem = passphrase_problem(passphrase, repeated)
    if problem is not None:
        return problem
    estimate = strength(passphrase, user_inputs)
    if estimate["score"] < MIN_SCORE or estimate["guesses_log10"] < MIN_GUESS_DIGITS:
        return Message("Unlock", _reason(estimate))
    return None


def meter(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    """0 (refused) to 4 (strong), for the form's strength bar: 0 whenever the check refuses it."""
    if not passphrase or passphrase_problem(passphrase) is not None:
        return 0
    estimate = strength(passphrase, user_inputs)
    if estimate["score"] < MIN_SCORE or estimate["guesses_log10"] < MIN_GUESS_DIGITS:
        return 1
    return int(estimate["score"])


__all__ = ["MIN_GUESS_DIGITS", "MIN_PASSPHRASE_LENGTH", "MIN_SCORE", "DamagedKeyFile", "KdfParams",
           "KeyFileError", "NoRecoveryCode", "WrongPassphrase", "WrongRecoveryCode", "install_key_file", "meter",
           "new_passphrase_problem", "passphrase_problem", "strength"]
