"""Personnummer, samordningsnummer and VGR reservnummer: what is accepted, stored and refused."""

from __future__ import annotations

import ast
import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.base.messages import Message
from kbtdesk.core import identity as identity_module
from kbtdesk.core.identity import (
    Identity,
    IdentityKind,
    InvalidIdentity,
    fold_identity,
    normalise_identity,
    parse_identity,
)

TODAY = datetime.date(2025, 6, 15)
LETTER_DIGIT = {"K": 5, "M": 7, "X": 8}


def luhn_digit(digits: str) -> str:
    """Check digit for ``digits`` with weights 2, 1, 2, … from the left (Skatteverket)."""
    total = 0
    for position, char in enumerate(digits):
        product = int(char) * (2 if position % 2 == 0 else 1)
        total += product // 10 + product % 10
    return str(-total % 10)


def with_check(date_part: str, birth_number: str, separator: str = "-") -> str:
    """A 10-digit number (plus separator) with the right check digit."""
    return f"{date_part}{separator}{birth_number}{luhn_digit(date_part + birth_number)}"


def reserv_check(yymmdd: str, letter: str, number: str) -> str:
    return luhn_digit(yymmdd + str(LETTER_DIGIT[letter]) + number)


def rejection(text: str, today: datetime.date = TODAY) -> Message:
    with pytest.raises(InvalidIdentity) as caught:
        parse_identity(text, today)
    return caught.value.message


# Accepted forms


@pytest.mark.parametrize(
    "text",
    ["640823-3234", "640823+3234", "6408233234", "19640823-3234", "196408233234", "19640823+3234"],
)
def test_personnummer_forms_normalise_to_twelve_digits(text: str) -> None:
    expected_century = "18" if "+" in text and len(text) == 11 else "19"
    parsed = parse_identity(text, TODAY)
    assert parsed.value == f"{expected_century}6408233234"
    assert parsed.kind is IdentityKind.PERSONNUMMER
    assert parsed.birth_date == datetime.date(int(expected_century + "64"), 8, 23)


def test_samordningsnummer_undoes_day_plus_sixty() -> None:
    parsed = parse_identity("701063-2391", TODAY)
    assert parsed == Identity("197010632391", IdentityKind.SAMORDNINGSNUMMER, datetime.date(1970, 10, 3))
    assert parse_identity("197010632391", TODAY) == parsed


@pytest.mark.parametrize(
    ("text", "birth_date"),
    [
        ("19810829M071", datetime.date(1981, 8, 29)),
        ("19450829K088", datetime.date(1945, 8, 29)),
        ("19930829X802", datetime.date(1993, 8, 29)),
    ],
)
def test_inera_reservnummer_examples_validate(text: str, birth_date: datetime.date) -> None:
    parsed = parse_identity(text, TODAY)
    assert parsed == Identity(text, IdentityKind.RESERVNUMMER, birth_date)


@pytest.mark.parametrize("text", ["19810829m071", "19450829k088", "19930829x802"])
def test_reservnummer_letter_is_case_insensitive_and_stored_uppercase(text: str) -> None:
    assert normalise_identity(text, TODAY) == text.upper()


def test_normalise_identity_is_the_parsed_value() -> None:
    assert normalise_identity("640823-3234", TODAY) == "196408233234"


def test_default_today_is_the_current_date() -> None:
    assert normalise_identity("640823-3234") == "196408233234"
    next_year = datetime.date.today() + datetime.timedelta(days=366)
    with pytest.raises(InvalidIdentity) as caught:
        parse_identity(f"{next_year:%Y%m%d}-0000")
    assert "future" in caught.value.message.source


# Century of a 10-digit number: "+" from the start of the year the person turns 100 (Skatteverket)


@pytest.mark.parametrize(
    ("today", "date_part", "separator", "year"),
    [
        (datetime.date(2025, 3, 1), "250823", "+", 1925),  # turns 100 later this year: already "+"
        (datetime.date(2025, 1, 1), "250823", "+", 1925),
        (datetime.date(2024, 12, 31), "250823", "-", 1925),  # turns 100 next year: still "-"
        (datetime.date(2024, 12, 31), "250823", "+", 1825),
        (datetime.date(2025, 3, 1), "260823", "-", 1926),
        (datetime.date(2025, 3, 1), "260823", "", 1926),
        (datetime.date(2025, 3, 1), "260823", "+", 1826),
        (datetime.date(2025, 3, 1), "241231", "-", 2024),
        (datetime.date(2025, 3, 1), "241231", "+", 1924),
        (datetime.date(2025, 3, 1), "250301", "-", 2025),  # born today
        (datetime.date(2025, 3, 1), "000229", "-", 2000),
    ],
)
def test_ten_digit_century_around_the_hundred_year_boundary(
    today: datetime.date, date_part: str, separator: str, year: int
) -> None:
    text = with_check(date_part, "123", separator)
    digits = text.replace(separator, "") if separator else text
    assert parse_identity(text, today).birth_date.year == year
    assert normalise_identity(text, today) == str(year)[:2] + digits


def test_dash_for_someone_turning_100_this_year_is_refused_with_a_hint() -> None:
    message = rejection(with_check("250823", "123", "-"), today=datetime.date(2025, 3, 1))
    assert "future" in message.source
    assert "turns 100" in message.source


def test_twelve_digit_form_keeps_its_century_whatever_today_is() -> None:
    text = "19250823-" + "123" + luhn_digit("250823123")
    for today in (datetime.date(2024, 12, 31), datetime.date(2025, 3, 1), datetime.date(2030, 1, 1)):
        assert parse_identity(text, today).birth_date == datetime.date(1925, 8, 23)
    assert normalise_identity("18" + text[2:], TODAY)[:4] == "1825"


def test_plus_puts_a_leap_day_in_a_century_without_one() -> None:
    message = rejection(with_check("000229", "123", "+"), today=datetime.date(2025, 3, 1))
    assert "not a real calendar date" in message.source


# Rejections, each with a message that names the problem


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "Enter a personnummer"),
        ("   \t ", "Enter a personnummer"),
        ("640823-3235", "check digit"),
        ("196408233235", "check digit"),
        ("701063-2392", "check digit"),
        ("19810829M072", "check digit"),
        ("640231-3234", "not a real calendar date"),
        ("641323-3234", "not a real calendar date"),
        ("640800-3234", "not a real calendar date"),
        ("640840-3234", "not a real calendar date"),
        ("701093-2391", "samordningsnummer is not a real calendar date"),
        ("19810229M071", "not a real calendar date"),
        ("00000101-0000", "not a real calendar date"),
        ("17640823-3234", "before 1800"),
        ("20300101-0000", "future"),
        ("20300101M071", "future"),
        ("64O823-3234", "where a digit belongs"),
        ("640823-323A", "where a digit belongs"),
        ("abc", "where a digit belongs"),
        ("19810829MM71", "where a digit belongs"),
        ("٦٤٠٨٢٣-٣٢٣٤", "not one of the digits 0–9"),  # Arabic-Indic
        ("６４０８２３-３２３４", "not one of the digits 0–9"),  # fullwidth
        ("640823_3234", "does not belong"),
        ("640823/3234", "does not belong"),
        ("640823-3234\u200b", "invisible character"),
        ("640823 3234", "Remove the space"),
        ("640823\u00a03234", "Remove the space"),
        ("64082-33234", "just before the last four digits"),
        ("640823--3234", "just before the last four digits"),
        ("640823-+3234", "just before the last four digits"),
        ("1964-0823-3234", "just before the last four digits"),
        ("640823-323", "10 or 12 digits"),
        ("6408233234123", "10 or 12 digits"),
        ("19640823323412", "10 or 12 digits"),
        ("19810829-M071", "without - or +"),
        ("19810829M07", "exactly 12 characters"),
        ("19810829M0711", "exactly 12 characters"),
        ("19810829A071", "must be K (woman), M (man) or X"),
        ("19810829K071", "does not agree"),
        ("19810829M072", "check digit"),
        ("19450829M088", "does not agree"),
        ("19930829K802", "does not agree"),
        ("19810829X071", "does not agree"),
        ("19810829M051", "must be 06–89"),
        ("19810829X901", "must be 06–89"),
    ],
)
def test_rejections_say_what_is_wrong(text: str, fragment: str) -> None:
    message = rejection(text)
    assert message.context == "Identity"
    assert fragment in message.source


def test_non_ascii_digit_message_names_the_character() -> None:
    assert "١٢٣".isdigit()  # why an explicit ASCII check is needed
    message = rejection("١٢٣")
    assert message.render() == (
        "The number contains the character “١” (U+0661), which is not one of the digits 0–9. "
        "Type the number with ordinary digits."
    )


def test_messages_go_through_the_translator_and_never_echo_the_number() -> None:
    seen: list[tuple[str, str]] = []

    def translate(context: str, source: str) -> str:
        seen.append((context, source))
        return "ÖVERSATT"

    with pytest.raises(InvalidIdentity) as caught:
        parse_identity("640823-3235", TODAY)
    assert isinstance(caught.value, ValueError)
    assert caught.value.message.render(translate) == "ÖVERSATT"
    assert seen == [("Identity", caught.value.message.source)]
    assert "3235" not in str(caught.value)
    assert "640823" not in str(caught.value)


def test_every_message_source_is_an_inline_qt_translate_noop_literal() -> None:
    tree = ast.parse(Path(identity_module.__file__).read_text(encoding="utf-8"))
    marked = {
        call.args[1].value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id == "QT_TRANSLATE_NOOP"
        and [type(arg) for arg in call.args] == [ast.Constant, ast.Constant]
        and call.args[0].value == "Identity"
    }
    samples = ["", "640823-3235", "640231-3234", "20300101-0000", "64O823-3234", "١", "640823 3234",
               "6408-233234", "123", "19810829A071", "19810829K071", "19810829M051", "19810829-M071",
               "19810829M07", "17640823-3234", "701093-2391", "\x07", "_", with_check("250823", "123")]
    sources = {rejection(text, datetime.date(2025, 3, 1)).source for text in samples}
    assert len(sources) >= 15
    assert sources <= marked


# NFC and surrounding whitespace


@pytest.mark.parametrize("text", [" 640823-3234", "640823-3234\n", "\t 19640823-3234 \r\n", "\u00a06408233234\u3000"])
def test_surrounding_whitespace_is_ignored(text: str) -> None:
    assert normalise_identity(text, TODAY) == "196408233234"


def test_input_is_normalised_to_nfc_before_checking() -> None:
    # U+212A KELVIN SIGN is canonically equivalent to K, so NFC turns it into the reservnummer letter.
    assert normalise_identity("19450829\u212a088", TODAY) == "19450829K088"


def test_decomposed_accent_is_composed_before_the_character_check() -> None:
    # Without NFC the "e" of "e" + COMBINING ACUTE would be reported as a stray letter.
    message = rejection("640823-323e\u0301")
    assert message.params["character"] == "é"
    assert "does not belong" in message.source


def test_compatibility_forms_are_not_folded_into_digits() -> None:
    # NFKC would turn these into ASCII digits; the number must be refused instead.
    assert "not one of the digits" in rejection("６４０８２３-３２３４").source
    assert "not one of the digits" in rejection("640823-323⁴").source


# display() and masked()


def test_display_and_masked_for_personnummer_and_samordningsnummer() -> None:
    parsed = parse_identity("640823-3234", TODAY)
    assert parsed.display() == "19640823-3234"
    assert parsed.masked() == "19640823-****"
    samordning = parse_identity("701063-2391", TODAY)
    assert samordning.display() == "19701063-2391"
    assert samordning.masked() == "19701063-****"


def test_display_and_masked_for_reservnummer() -> None:
    parsed = parse_identity("19810829m071", TODAY)
    assert parsed.display() == "19810829M071"
    assert parsed.masked() == "19810829****"


def test_repr_does_not_show_the_last_four() -> None:
    parsed = parse_identity("640823-3234", TODAY)
    assert "3234" not in repr(parsed)
    assert "19640823-****" in repr(parsed)


def test_identity_is_frozen() -> None:
    parsed = parse_identity("640823-3234", TODAY)
    with pytest.raises(AttributeError):
        parsed.value = "196408233242"  # type: ignore[misc]


# fold_identity


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("640823-3234", "6408233234"),
        (" 19640823-32", "1964082332"),
        ("19810829m0", "19810829M0"),
        ("640823+", "640823"),
        ("١٢٣ 64", "64"),
        ("６４0", "0"),
        ("straße", "STRAE"),
        ("", ""),
        ("19450829\u212a", "19450829K"),
    ],
)
def test_fold_identity_keeps_ascii_digits_and_letters_uppercased(text: str, folded: str) -> None:
    assert fold_identity(text) == folded


def test_folded_full_number_is_a_prefix_key_for_its_stored_value() -> None:
    for text in ("19640823-3234", "19810829m071"):
        assert fold_identity(text) == normalise_identity(text, TODAY)
        assert normalise_identity(text, TODAY).startswith(fold_identity(text[:10]))


# Property tests

EARLIEST = datetime.date(1800, 1, 1)


@st.composite
def personnummer_cases(draw: st.DrawFn) -> tuple[str, str, IdentityKind, datetime.date]:
    """(text as typed, expected stored value, kind, birth date), check digit computed here."""
    birth_date = draw(st.dates(min_value=EARLIEST, max_value=TODAY))
    kind = draw(st.sampled_from([IdentityKind.PERSONNUMMER, IdentityKind.SAMORDNINGSNUMMER]))
    day = birth_date.day + (60 if kind is IdentityKind.SAMORDNINGSNUMMER else 0)
    date_part = f"{birth_date.year % 100:02d}{birth_date.month:02d}{day:02d}"
    birth_number = f"{draw(st.integers(0, 999)):03d}"
    check = luhn_digit(date_part + birth_number)
    value = f"{birth_date.year // 100}{date_part}{birth_number}{check}"
    forms = ["12", "12-"]
    if TODAY.year - birth_date.year < 100:
        forms += ["10-", "10"]
    elif TODAY.year - birth_date.year < 200:
        forms += ["10+"]
    form = draw(st.sampled_from(forms))
    body = value if form.startswith("12") else value[2:]
    separator = form[2:]
    text = f"{body[:-4]}{separator}{body[-4:]}"
    return text, value, kind, birth_date


@st.composite
def reservnummer_cases(draw: st.DrawFn) -> tuple[str, str, IdentityKind, datetime.date]:
    birth_date = draw(st.dates(min_value=EARLIEST, max_value=TODAY))
    number = draw(st.integers(6, 89))
    letter = "X" if number >= 80 else ("M" if number % 2 else "K")
    yymmdd = f"{birth_date:%Y%m%d}"[2:]
    value = f"{birth_date:%Y%m%d}{letter}{number:02d}{reserv_check(yymmdd, letter, f'{number:02d}')}"
    typed_letter = draw(st.sampled_from([letter, letter.lower()]))
    text = value[:8] + typed_letter + value[9:]
    return text, value, IdentityKind.RESERVNUMMER, birth_date


valid_cases = st.one_of(personnummer_cases(), reservnummer_cases())


@given(valid_cases)
def test_every_valid_number_parses_normalises_and_round_trips(
    case: tuple[str, str, IdentityKind, datetime.date],
) -> None:
    text, value, kind, birth_date = case
    parsed = parse_identity(text, TODAY)
    assert parsed == Identity(value, kind, birth_date)
    assert len(parsed.value) == 12
    assert parse_identity(parsed.display(), TODAY) == parsed
    assert normalise_identity(f"  {parsed.display()}\n", TODAY) == value
    assert parsed.masked() == parsed.display()[: len(parsed.masked()) - 4] + "****"


def checked_digit_positions(text: str) -> list[int]:
    """Positions of digits that the check digit covers: all but the century of a 12-digit form."""
    digits = [i for i, ch in enumerate(text) if ch.isascii() and ch.isdigit()]
    return digits[2:] if len(text.replace("-", "").replace("+", "")) == 12 else digits


@given(valid_cases)
def test_every_single_digit_change_is_rejected(case: tuple[str, str, IdentityKind, datetime.date]) -> None:
    text = case[0]
    for position in checked_digit_positions(text):
        for digit in "0123456789":
            if digit == text[position]:
                continue
            changed = text[:position] + digit + text[position + 1:]
            with pytest.raises(InvalidIdentity):
                parse_identity(changed, TODAY)


@given(personnummer_cases())
def test_single_digit_changes_in_the_short_form_are_rejected_too(
    case: tuple[str, str, IdentityKind, datetime.date],
) -> None:
    value = case[1]
    year = int(value[:4])
    separator = "+" if TODAY.year - year >= 100 else "-"
    if TODAY.year - year >= 200:
        return
    short = value[2:8] + separator + value[8:]
    assert normalise_identity(short, TODAY) == value
    for position in checked_digit_positions(short):
        for digit in "0123456789":
            if digit != short[position]:
                with pytest.raises(InvalidIdentity):
                    parse_identity(short[:position] + digit + short[position + 1:], TODAY)


@given(reservnummer_cases(), st.sampled_from("KMXkmx"))
def test_changing_the_reservnummer_letter_is_rejected(
    case: tuple[str, str, IdentityKind, datetime.date], letter: str
) -> None:
    text = case[0]
    if letter.upper() == text[8].upper():
        return
    with pytest.raises(InvalidIdentity):
        parse_identity(text[:8] + letter + text[9:], TODAY)


identity_like_text = st.text(alphabet="0123456789-+KMXkmxA \u00a0\u212a١６", max_size=16)


@given(st.one_of(st.text(), identity_like_text))
def test_arbitrary_text_raises_nothing_but_invalid_identity(text: str) -> None:
    try:
        parsed = parse_identity(text, TODAY)
    except InvalidIdentity as error:
        assert error.message.context == "Identity"
        assert error.message.render()
    else:
        assert len(parsed.value) == 12
        assert parsed.birth_date <= TODAY
    folded = fold_identity(text)
    assert all(ch in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" for ch in folded)
