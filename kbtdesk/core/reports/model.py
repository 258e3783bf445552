"""A report as data: title, header fields, sections with a table, charts and notes.

Nothing here is translated yet: our own words are :class:`~kbtdesk.base.messages.Message`
objects (source strings in English, marked with ``QT_TRANSLATE_NOOP``), user data are plain
``str``. The CSV writer (:mod:`kbtdesk.core.csvout`) and the page layout (:mod:`kbtdesk.render`)
translate with the ``translate(context, source)`` they are given, so the same report comes out in
Swedish or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated

CONTEXT = "Report"

#: A table cell: ``str`` is literal (user data, codes), ``Message`` is translated when rendered,
#: a tuple of messages is shown joined by "; " (two flags on one day).
Cell = str | int | float | date | datetime | Message | tuple[Message, ...] | None

#: Drawn on every page by the page layout; Swedish comes from the catalogue.
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
DISCLAIMER = QT_TRANSLATE_NOOP("Report", "Printed from kbtdesk – does not replace the journal")
PRINTED_AT = QT_TRANSLATE_NOOP("Report", "Printed {time}")

KIND_REGISTRATIONS = "registrations"
KIND_EPISODE = "episode"
KIND_SIBER = "siber"
KIND_COVERAGE = "coverage"
KIND_AUDIT = "audit-extract"


def message(source: str, **params) -> Message:
    return Message(CONTEXT, source, params)


def literal(value: str) -> Message:
    """Data where a Message is expected (a heading that is an instrument's name): shown as it is."""
    return Message(CONTEXT, "{value}", {"value": value})


@dataclass(frozen=True)
class Column:
    key: str
    title: Message
    numeric: bool = False
    #: False: only in the CSV (copy texts, dates of first/last scores) to keep the printed page readable.
    printed: bool = True
    #: False: only in print (a layout of values the CSV holds in columns of their own).
    exported: bool = True
    #: Never wrapped in print: dates, times, identity numbers.
    nowrap: bool = False
    #: A heading over consecutive printed columns of the same group ("Contacts" over BR, TB, …).
    group: Message | None = None
    #: The heading in print when it differs from the CSV's (under a group heading, shorter).
    print_title: Message | None = None


@dataclass
class Table:
    columns: list[Column]
    rows: list[tuple[Cell, ...]] = field(default_factory=list)
    #: Row indexes shown emphasised in print (not registered, flagged score, …).
    marked: set[int] = field(default_factory=set)
    #: Row indexes of totals (bold in print).
    totals: set[int] = field(default_factory=set)
    empty: Message | None = None


@dataclass(frozen=True)
class FieldItem:
    label: Message
    value: Cell


@dataclass(frozen=True)
class Series:
    name: Cell
    values: tuple[float | None, ...]
    #: Per value: drawn as a warning (MADRS-S item 9 ≥ 4).
    flagged: tuple[bool, ...] = ()


@dataclass(frozen=True)
class Chart:
    kind: str  # "line" | "bar"
    title: Cell
    #: x axis of a bar chart (months); of a line chart, the ISO date of each value.
    labels: tuple[str, ...]
    series: tuple[Series, ...]
    #: Top of the y axis: the instrument's own maximum, 100 for percentages.
    y_max: float
    unit: str = ""  # "%" for percentages
    caption: Message | None = None
    #: A line chart's x positions: the dates of its values (time runs evenly along the axis).
    dates: tuple[date, ...] = ()


@dataclass
class Section:
    title: Message | None = None
    fields: list[FieldItem] = field(default_factory=list)
    table: Table | None = None
    charts: list[Chart] = field(default_factory=list)
    notes: list[Cell] = field(default_factory=list)


@dataclass
class Report:
    kind: str
    title: Message
    lang: str
    generated: datetime
    therapist: str = ""
    unit: str = ""
    period: Message | None = None
    notice: Message | None = None
    fields: list[FieldItem] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    landscape: bool = False
    #: Body text size in print; the layout goes smaller only when a table needs it.
    font_points: float = 8.5
    #: Index into `sections` of the table that CSV output writes.
    csv_section: int = 0
    #: Whom the report is about, printed in the header of every page (patient, episode): a page
    #: of a long summary must say whose it is once it is out of the folder.
    subject: tuple[str, ...] = ()
    #: Whose data the report holds (patient ids): recorded with the export in the audit trail.
    patient_ids: frozenset[str] = frozenset()

    @property
    def csv_table(self) -> Table:
        table = self.sections[self.csv_section].table
        assert table is not None
        return table

    def charts(self) -> list[Chart]:
        """Every chart in document order."""
        return [chart for section in self.sections for chart in section.charts]


# -- cells as text -------------------------------------------------------------------------------

YES = QT_TRANSLATE_NOOP("Report", "Yes")
NO = QT_TRANSLATE_NOOP("Report", "No")


def number_text(value: float, lang: str = "sv") -> str:
    """A decimal with one digit after a decimal comma in Swedish, a point in English."""
    shown = f"{value:.1f}"
    return shown.replace(".", ",") if lang == "sv" else shown


def cell_text(value: Cell, translate: Translate = untranslated, lang: str = "sv") -> str:
    """One cell as text: ISO dates, a decimal comma in Swedish, messages translated."""
    if value is None:
        return ""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, tuple):
        return "; ".join(part.render(translate) for part in value)
    if isinstance(value, bool):
        return translate(CONTEXT, YES if value else NO)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return number_text(value, lang)
    return str(value)


def is_literal(value: Cell) -> bool:
    """User data (or codes) rather than our own words: print isolates it against bidi reordering."""
    return isinstance(value, str)
