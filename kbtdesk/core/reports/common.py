"""What the report builders share: the report's header from the profile, identity numbers as
shown, UTC bounds of a local period, progress and cancel."""

from __future__ import annotations

from datetime import date, timedelta

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.progress import Cancelled, IsCancelled, Progress
from kbtdesk.core import contact_text
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.reports.model import Report, message

#: Rows between two progress reports / cancel checks.
STEP = 500

NOT_REGISTERED = QT_TRANSLATE_NOOP("Report", "Not registered")
NOT_DONE = QT_TRANSLATE_NOOP("Report", "Not done")
NOT_TRANSFERRED = QT_TRANSLATE_NOOP("Report", "Not transferred")
END_REASON_TEXT = {
    "completed": QT_TRANSLATE_NOOP("Report", "Completed"),
    "dropout": QT_TRANSLATE_NOOP("Report", "Dropped out"),
    "other": QT_TRANSLATE_NOOP("Report", "Other reason"),
}


def period_message(start: date | None, end: date | None) -> Message | None:
    if start is None and end is None:
        return None
    if start is not None and start == end:
        return message(QT_TRANSLATE_NOOP("Report", "Date: {date}"), date=start.isoformat())
    return message(QT_TRANSLATE_NOOP("Report", "Period: {start} – {end}"),
                   start=start.isoformat() if start else "…", end=end.isoformat() if end else "…")


def utc_bounds(start: date, end: date) -> tuple[str, str]:
    """A UTC range that surely holds every contact whose local date is in [start, end].

    Offsets run from −12 to +14 hours, so one day of margin each side is enough; the exact
    filter is on the local date written in the contact's own time (`at`).
    """
    return (start - timedelta(days=1)).isoformat() + "T00:00:00", (end + timedelta(days=2)).isoformat() + "T00:00:00"


def new_report(service, kind: str, title: Message, lang: str, **more) -> Report:
    """A report headed with the therapist and care unit of the log's profile."""
    profile = service.profile()
    return Report(kind=kind, title=title, lang=lang, generated=service.now(),
                  therapist=(profile.name if profile else ""), unit=(profile.care_unit if profile else ""),
                  **more)


def shown_identity(stored: str, mask: bool, today: date) -> str:
    """A stored identity as a report shows it: validated, then displayed or masked; as stored
    (or masked as stored) when it does not validate."""
    if len(stored) == 12 and stored.isascii() and stored.isalnum():
        # The stored form (12 ASCII letters and digits): here validating cannot change the answer.
        # Masked, a valid number and an invalid one both show their first eight characters.
        if mask:
            return contact_text.masked_identity(stored)
        # A reservnummer is displayed as stored (upper case), and so is an invalid number.
        if stored.isupper():
            return stored
    try:
        parsed = parse_identity(stored, today)
        return parsed.masked() if mask else parsed.display()
    except InvalidIdentity:
        return contact_text.masked_identity(stored) if mask else stored


class ShownIdentities(dict):
    """Stored identity -> as shown, worked out once per patient on first use (`__getitem__`)."""

    def __init__(self, mask: bool) -> None:
        super().__init__()
        self.mask = mask
        self.today = date.today()

    def __missing__(self, stored: str) -> str:
        shown = self[stored] = shown_identity(stored, self.mask, self.today)
        return shown


def tick(progress: Progress | None, cancelled: IsCancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(done, total)


def mode_name(rules, contact_type: str, mode: str | None, lang: str) -> str:
    ctype = rules.contact_type(contact_type)
    found = ctype.mode(mode) if (ctype is not None and mode) else None
    return found.name.get(lang) if found is not None else ""


def stamp_date(value: str | None) -> str | None:
    return value[:10] if value else None
