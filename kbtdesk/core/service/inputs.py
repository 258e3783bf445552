"""What user input must be before it is saved: the error that names the field, and the checks on
text and dates that every concern of the service shares (and the importer, and the batch)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core.limits import EARLIEST_CARE_DAY, LATEST_CARE_DAY, is_care_day


class InputError(ValueError):
    """A value the user gave cannot be saved; `field` names which one."""

    def __init__(self, field_name: str, message: Message, record: str | None = None):
        super().__init__(str(message))
        self.field = field_name
        self.message = message
        self.record = record


def input_message(source: str, **params: object) -> Message:
    """A message of the "Input" context (mark `source` with QT_TRANSLATE_NOOP("Input", ...))."""
    return Message("Input", source, params)


def clean_text(value: str) -> str:
    """User text is kept as given, only normalised to NFC (NFD input must compare equal)."""
    return unicodedata.normalize("NFC", value)


def utc_key(moment: datetime) -> str:
    """Sortable UTC text for an aware date-time."""
    # isoformat, not strftime("%Y"): glibc writes the year 1 as "1", which sorts after "2026".
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def parse_moment(value: str, field_name: str = "at") -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(field_name, input_message(QT_TRANSLATE_NOOP(
            "Input", "'{value}' is not a date and time (ISO 8601 with offset)."), value=str(value))) from None
    if moment.tzinfo is None:
        raise InputError(field_name, input_message(QT_TRANSLATE_NOOP(
            "Input", "'{value}' has no UTC offset (for example +01:00)."), value=value))
    check_care_day(field_name, moment.date())
    return moment


def check_care_day(field_name: str, day: date) -> None:
    """Refuse a date of care outside the years kbtdesk keeps (kbtdesk/core/limits.py)."""
    if not is_care_day(day):
        raise InputError(field_name, input_message(QT_TRANSLATE_NOOP(
            "Input", "{value} is outside the dates kbtdesk keeps ({earliest} to {latest})."),
            value=day.isoformat(), earliest=EARLIEST_CARE_DAY.isoformat(), latest=LATEST_CARE_DAY.isoformat()))
