"""A rough passphrase strength for the meter in the setup dialog: length plus character classes.

It only guides; the hard rule (minimum length) is keyfile.passphrase_problem.
"""

from __future__ import annotations

import unicodedata

MAX_STRENGTH = 4


def character_classes(passphrase: str) -> int:
    classes = set()
    for ch in passphrase:
        if ch.islower():
            classes.add("lower")
        elif ch.isupper():
            classes.add("upper")
        elif ch.isdigit():
            classes.add("digit")
        elif ch.isspace():
            classes.add("space")
        else:
            classes.add("symbol")
    return len(classes)


def passphrase_strength(passphrase: str, minimum: int = 10) -> int:
    """0 (too short) to 4 (strong)."""
    text = unicodedata.normalize("NFC", passphrase)
    if len(text) < minimum:
        return 0
    score = 1
    if len(text) >= 14:
        score += 1
    if len(text) >= 20:
        score += 1
    if character_classes(text) >= 3:
        score += 1
    return min(score, MAX_STRENGTH)
