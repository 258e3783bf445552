"""Swedish patient identity numbers: personnummer, samordningsnummer and VGR reservnummer.

Everything is stored in one 12-character form with the century written out, so that the same
person typed as ``640823-3234``, ``6408233234`` or ``19640823-3234`` is one patient. Validation is
strict (ASCII digits only, a real birth date, the check digit) and every rejection carries a
translatable :class:`~kbtdesk.base.messages.Message` that says what is wrong.
"""

from __future__ import annotations

import datetime
import enum
import string
import unicodedata
from dataclasses import dataclass
from typing import NoReturn

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message

_CONTEXT = "Identity"
_ASCII_DIGITS = frozenset(string.digits)
_ASCII_LETTERS = frozenset(string.ascii_letters)
_SEPARATORS = frozenset("-+")
_FOLD_KEEP = frozenset(string.digits + string.ascii_letters)

def _luhn_ok(number: str) -> bool:
    """The Luhn check over ASCII digits, by python-stdnum."""
    # Imported on first validation, not with the module: stdnum costs ≈20 ms (it imports ssl and
    # pydoc), and the window masks stored numbers (mask_stored) before its first paint.
    from stdnum import luhn

    return bool(number) and all(ch in _ASCII_DIGITS for ch in number) and luhn.is_valid(number)


def mask_stored(value: str) -> str:
    """A stored (normalised, 12-character) identity with the last four characters hidden.

    Needs no validation: what the log holds was validated when it was saved.
    """
    if len(value) != 12:
        return "*" * len(value)
    return f"{value[:8]}-****" if value.isdigit() else f"{value[:8]}****"


#: Skatteverket stores the century as 18, 19 or 20; nothing older can be a real number.
_EARLIEST_YEAR = 1800
_SAMORDNING_DAY_OFFSET = 60
#: Digit that stands for the reservnummer letter in its check-digit calculation (Inera, VGR).
_RESERV_LETTER_DIGIT = {"K": "5", "M": "7", "X": "8"}
_RESERV_LETTER_POSITION = 8


class IdentityKind(enum.StrEnum):
    PERSONNUMMER = "personnummer"
    SAMORDNINGSNUMMER = "samordningsnummer"
    RESERVNUMMER = "reservnummer"


@dataclass(frozen=True, repr=False)
class Identity:
    """A validated identity number.

    ``value`` is always 12 characters: ``"196408233234"`` or ``"19810829M071"``.
    """

    value: str
    kind: IdentityKind
    birth_date: datetime.date

    def display(self) -> str:
        if self.kind is IdentityKind.RESERVNUMMER:
            return self.value
        return f"{self.value[:8]}-{self.value[8:]}"

    def masked(self) -> str:
        if self.kind is IdentityKind.RESERVNUMMER:
            return f"{self.value[:8]}****"
        return f"{self.value[:8]}-****"

    def __repr__(self) -> str:
        # Reprs end up in logs and tracebacks, which are read on shared screens.
        return f"Identity({self.masked()!r}, {self.kind.value})"


class InvalidIdentity(ValueError):
    """The text is not a valid identity number; ``message`` says why, ready to translate."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def parse_identity(text: str, today: datetime.date | None = None) -> Identity:
    """Validate ``text`` and return the identity it names.

    ``today`` decides the century of a 10-digit number and what counts as a future birth date;
    it defaults to the local date.
    """
    if today is None:
        today = datetime.date.today()
    cleaned = unicodedata.normalize("NFC", text).strip()
    if not cleaned:
        _fail(QT_TRANSLATE_NOOP("Identity", "Enter a personnummer, samordningsnummer or reservnummer."))
    _check_characters(cleaned)
    letters = [i for i, ch in enumerate(cleaned) if ch in _ASCII_LETTERS]
    if letters:
        return _parse_reservnummer(cleaned, letters, today)
    return _parse_personnummer(cleaned, today)


def normalise_identity(text: str, today: datetime.date | None = None) -> str:
    """The stored 12-character form of ``text``; raises :class:`InvalidIdentity`."""
    return parse_identity(text, today).value


def fold_identity(text: str) -> str:
    """Reduce partial input to ASCII digits and uppercase letters, for prefix search as one types.

    Never raises: separators, spaces and anything else are dropped.
    """
    # Filter before upper-casing: "ß".upper() is "SS" and "ı".upper() is "I".
    normalised = unicodedata.normalize("NFC", text)
    return "".join(ch for ch in normalised if ch in _FOLD_KEEP).upper()


def _fail(source: str, **params: object) -> NoReturn:
    raise InvalidIdentity(Message(_CONTEXT, source, params))


def _check_characters(text: str) -> None:
    for ch in text:
        if ch in _ASCII_DIGITS or ch in _ASCII_LETTERS or ch in _SEPARATORS:
            continue
        codepoint = f"U+{ord(ch):04X}"
        if ch.isspace():
            _fail(
                QT_TRANSLATE_NOOP("Identity", "Remove the space inside the number: only a - or + may stand before "
                                              "the last four digits."),
            )
        if ch.isdigit() or ch.isnumeric():
            _fail(
                QT_TRANSLATE_NOOP("Identity", "The number contains the character “{character}” ({codepoint}), which "
                                              "is not one of the digits 0–9. Type the number with ordinary digits."),
                character=ch,
                codepoint=codepoint,
            )
        if not ch.isprintable():
            _fail(
                QT_TRANSLATE_NOOP("Identity", "The number contains an invisible character ({codepoint}), which does "
                                              "not belong in an identity number."),
                codepoint=codepoint,
            )
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The number contains the character “{character}” ({codepoint}), which does "
                                          "not belong in an identity number."),
            character=ch,
            codepoint=codepoint,
        )


def _parse_personnummer(text: str, today: datetime.date) -> Identity:
    separators = [i for i, ch in enumerate(text) if ch in _SEPARATORS]
    digits = "".join(ch for ch in text if ch not in _SEPARATORS)
    if len(digits) not in (10, 12):
        _fail(
            QT_TRANSLATE_NOOP("Identity", "A personnummer or samordningsnummer has 10 or 12 digits, but this number "
                                          "has {count}."),
            count=len(digits),
        )
    separator = ""
    if separators:
        if len(separators) > 1 or separators[0] != len(text) - 5:
            _fail(QT_TRANSLATE_NOOP("Identity", "A - or + may only stand once, just before the last four digits."))
        separator = text[separators[0]]
    short = digits[-10:]
    day = int(short[4:6])
    kind = IdentityKind.PERSONNUMMER
    if day > _SAMORDNING_DAY_OFFSET:
        kind = IdentityKind.SAMORDNINGSNUMMER
        day -= _SAMORDNING_DAY_OFFSET
    year = int(digits[:4]) if len(digits) == 12 else _infer_year(int(short[:2]), separator == "+", today)
    birth_date = _real_date(year, int(short[2:4]), day, kind)
    if birth_date > today:
        if len(digits) == 10 and separator != "+" and year == today.year:
            _fail(QT_TRANSLATE_NOOP("Identity", "The birth date is in the future. For someone who turns 100 this "
                                                "year, write + before the last four digits, or give all 12 digits."))
        _fail(QT_TRANSLATE_NOOP("Identity", "The birth date is in the future."))
    if not _luhn_ok(short):
        _fail(QT_TRANSLATE_NOOP("Identity", "The check digit (the last digit) does not match the rest of the number. "
                                            "Check it for a typing error."))
    return Identity(f"{year:04d}{digits[-8:]}", kind, birth_date)


def _infer_year(two_digit_year: int, plus: bool, today: datetime.date) -> int:
    # Skatteverket (18 § FOL): "-" becomes "+" from the start of the year the person turns 100,
    # so "-" covers birth years today.year-99 .. today.year and "+" the hundred years before.
    earliest = today.year - (199 if plus else 99)
    return earliest + (two_digit_year - earliest) % 100


def _real_date(year: int, month: int, day: int, kind: IdentityKind) -> datetime.date:
    try:
        birth_date: datetime.date | None = datetime.date(year, month, day)
    except ValueError:
        birth_date = None
    if birth_date is None:
        if kind is IdentityKind.SAMORDNINGSNUMMER:
            _fail(QT_TRANSLATE_NOOP("Identity", "The date in this samordningsnummer is not a real calendar date (its "
                                                "day is the day of birth plus 60)."))
        _fail(QT_TRANSLATE_NOOP("Identity", "The date in this number is not a real calendar date."))
    if year < _EARLIEST_YEAR:
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The birth year {year} is before 1800, which no identity number has."),
            year=year,
        )
    return birth_date


def _parse_reservnummer(text: str, letters: list[int], today: datetime.date) -> Identity:
    if any(ch in _SEPARATORS for ch in text):
        compact = "".join(ch for ch in text if ch not in _SEPARATORS)
        if len(compact) == 12 and compact[_RESERV_LETTER_POSITION] in _ASCII_LETTERS:
            _fail(QT_TRANSLATE_NOOP("Identity", "Write a reservnummer without - or +, as 12 characters together: "
                                                "yyyymmddGggC."))
    elif letters == [_RESERV_LETTER_POSITION] and len(text) != 12:
        _fail(
            QT_TRANSLATE_NOOP("Identity", "A reservnummer has exactly 12 characters written together (yyyymmddGggC), "
                                          "but this one has {count}."),
            count=len(text),
        )
    if letters != [_RESERV_LETTER_POSITION] or len(text) != 12:
        stray = next((i for i in letters if i != _RESERV_LETTER_POSITION), letters[0])
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The letter “{letter}” is where a digit belongs. Only a reservnummer has a "
                                          "letter (K, M or X), as its 9th character: yyyymmddGggC."),
            letter=text[stray],
        )
    value = text.upper()
    letter = value[_RESERV_LETTER_POSITION]
    if letter not in _RESERV_LETTER_DIGIT:
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The letter in a reservnummer must be K (woman), M (man) or X (sex "
                                          "unknown), not “{letter}”."),
            letter=letter,
        )
    number = int(value[9:11])
    if not 6 <= number <= 89:
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The two digits after the letter in a reservnummer must be 06–89, not "
                                          "{number}."),
            number=value[9:11],
        )
    expected = "X" if number >= 80 else ("M" if number % 2 else "K")
    if letter != expected:
        _fail(
            QT_TRANSLATE_NOOP("Identity", "The letter {letter} does not agree with the number {number} after it: "
                                          "06–79 odd goes with M, 06–79 even with K, and 80–89 with X."),
            letter=letter,
            number=value[9:11],
        )
    birth_date = _real_date(int(value[:4]), int(value[4:6]), int(value[6:8]), IdentityKind.RESERVNUMMER)
    if birth_date > today:
        _fail(QT_TRANSLATE_NOOP("Identity", "The birth date is in the future."))
    checked = value[2:11].replace(letter, _RESERV_LETTER_DIGIT[letter]) + value[11]
    if not _luhn_ok(checked):
        _fail(QT_TRANSLATE_NOOP("Identity", "The check digit (the last digit) does not match the rest of the number. "
                                            "Check it for a typing error."))
    return Identity(value, IdentityKind.RESERVNUMMER, birth_date)
