"""Summaries for registration, printing and PDF, built once as data and rendered many ways.

A builder reads the log and returns a :class:`Report` (title, header fields, sections with a
table, charts and notes). Nothing in a report is translated yet: headings are
:class:`~kbtdesk.base.messages.Message` objects (source strings in English, marked with
``QT_TRANSLATE_NOOP`` so that lupdate finds them), user data are plain ``str``. The renderers
(:func:`to_html` here, :func:`kbtdesk.core.csvout.to_csv`, :mod:`kbtdesk.render.pdf`) translate
with the ``translate(context, source)`` they are given, so the same report comes out in Swedish
or English. Rule-set texts (contact type names, finding reasons) are data in both languages and
are chosen by the report's ``lang``.

Long builders take ``progress(done, total)`` and ``cancelled()``; when ``cancelled()`` turns true
they raise :class:`Cancelled` and nothing has been written anywhere.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message, Translate, untranslated
from kbtdesk.base.progress import Cancelled, IsCancelled, Progress  # noqa: F401 (exported for callers)
from kbtdesk.core import contact_text
from kbtdesk.core import episodes as episode_facts
from kbtdesk.core.identity import InvalidIdentity, parse_identity

CONTEXT = "Report"

#: A table cell: ``str`` is literal (user data, codes), ``Message`` is translated when rendered.
Cell = str | int | float | date | datetime | Message | None

#: Drawn by the PDF renderer on every page; Swedish comes from the catalogue.
PAGE_OF = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
DISCLAIMER = QT_TRANSLATE_NOOP("Report", "Printed from kbtdesk – does not replace the journal")
PRINTED_AT = QT_TRANSLATE_NOOP("Report", "Printed {time}")

KIND_REGISTRATIONS = "registrations"
KIND_EPISODE = "episode"
KIND_SIBER = "siber"
KIND_COVERAGE = "coverage"

#: Rows between two progress reports / cancel checks.
STEP = 500


def _m(source: str, **params) -> Message:
    return Message(CONTEXT, source, params)


# -- the report as data ----------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    title: Message
    numeric: bool = False
    #: False: only in CSV (copy texts, dates of first/last scores) to keep the printed page readable.
    printed: bool = True
    #: Never wrapped in print (dates, times, identity numbers).
    nowrap: bool = False


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
    labels: tuple[str, ...]  # x axis: dates or months
    series: tuple[Series, ...]
    y_max: float
    unit: str = ""  # "%" for percentages
    caption: Message | None = None


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
    #: Body text size in print; a wide table may use a smaller one.
    font_points: float = 8.5
    #: Index into `sections` of the table that CSV output writes.
    csv_section: int = 0

    @property
    def csv_table(self) -> Table:
        table = self.sections[self.csv_section].table
        assert table is not None
        return table

    def charts(self) -> list[Chart]:
        """Every chart in document order: `to_html` numbers its images the same way."""
        return [chart for section in self.sections for chart in section.charts]


# -- rendering cells -------------------------------------------------------------------------

_YES = QT_TRANSLATE_NOOP("Report", "Yes")
_NO = QT_TRANSLATE_NOOP("Report", "No")


def cell_text(value: Cell, translate: Translate = untranslated, lang: str = "sv") -> str:
    """One cell as text: ISO dates, a decimal comma in Swedish, messages translated."""
    if value is None:
        return ""
    if isinstance(value, Message):
        return value.render(translate)
    if isinstance(value, bool):
        return translate(CONTEXT, _YES if value else _NO)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        shown = f"{value:.1f}"
        return shown.replace(".", ",") if lang == "sv" else shown
    return str(value)


def is_literal(value: Cell) -> bool:
    """User data (or codes) rather than our own words: HTML isolates it against bidi reordering."""
    return isinstance(value, str)


# -- periods -----------------------------------------------------------------------------------


def period_today(now: datetime) -> tuple[date, date]:
    today = now.date()
    return today, today


def period_this_week(now: datetime) -> tuple[date, date]:
    """Monday to Sunday of the week of `now` (ISO weeks, as in Sweden)."""
    monday = now.date() - timedelta(days=now.weekday())
    return monday, monday + timedelta(days=6)


def _period(start: date | None, end: date | None) -> Message | None:
    if start is None and end is None:
        return None
    if start == end:
        return _m(QT_TRANSLATE_NOOP("Report", "Date: {date}"), date=start.isoformat())
    return _m(QT_TRANSLATE_NOOP("Report", "Period: {start} – {end}"),
              start=start.isoformat() if start else "…", end=end.isoformat() if end else "…")


def _utc_bounds(start: date, end: date) -> tuple[str, str]:
    """A UTC range that surely holds every contact whose local date is in [start, end].

    Offsets run from −12 to +14 hours, so one day of margin each side is enough; the exact
    filter is on the local date written in the contact's own time (`at`).
    """
    return (start - timedelta(days=1)).isoformat() + "T00:00:00", (end + timedelta(days=2)).isoformat() + "T00:00:00"


def _report(service, kind: str, title: Message, lang: str, **more) -> Report:
    profile = service.profile()
    return Report(kind=kind, title=title, lang=lang, generated=service.now(),
                  therapist=(profile.name if profile else ""), unit=(profile.care_unit if profile else ""),
                  **more)


def _shown_identity(stored: str, mask: bool, today: date) -> str:
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


class _ShownIdentities(dict):
    """Stored identity -> as shown, worked out once per patient on first use (`__getitem__`)."""

    def __init__(self, mask: bool) -> None:
        super().__init__()
        self.mask = mask
        self.today = date.today()

    def __missing__(self, stored: str) -> str:
        shown = self[stored] = _shown_identity(stored, self.mask, self.today)
        return shown


def _identity_formatter(mask: bool) -> Callable[[str], str]:
    return _ShownIdentities(mask).__getitem__


def _tick(progress: Progress | None, cancelled: IsCancelled | None, done: int, total: int) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(done, total)


def _mode_name(rules, contact_type: str, mode: str | None, lang: str) -> str:
    ctype = rules.contact_type(contact_type)
    found = ctype.mode(mode) if (ctype is not None and mode) else None
    return found.name.get(lang) if found is not None else ""


_NOT_REGISTERED = QT_TRANSLATE_NOOP("Report", "Not registered")
_NOT_DONE = QT_TRANSLATE_NOOP("Report", "Not done")


def _stamp_date(value: str | None) -> str | None:
    return value[:10] if value else None


# -- 1. registration list ------------------------------------------------------------------------

REGISTRATION_COLUMNS = [
    Column("date", _m(QT_TRANSLATE_NOOP("Report", "Date")), nowrap=True),
    Column("time", _m(QT_TRANSLATE_NOOP("Report", "Time")), nowrap=True),
    Column("patient", _m(QT_TRANSLATE_NOOP("Report", "Patient"))),
    Column("identity", _m(QT_TRANSLATE_NOOP("Report", "Identity number")), nowrap=True),
    Column("type", _m(QT_TRANSLATE_NOOP("Report", "Contact type"))),
    Column("mode", _m(QT_TRANSLATE_NOOP("Report", "Mode"))),
    Column("codes", _m(QT_TRANSLATE_NOOP("Report", "KVÅ codes"))),
    Column("registered", _m(QT_TRANSLATE_NOOP("Report", "Registered"))),
    Column("registration", _m(QT_TRANSLATE_NOOP("Report", "Registration text")), printed=False),
    Column("system", _m(QT_TRANSLATE_NOOP("Report", "Register in")), printed=False),
    Column("episode", _m(QT_TRANSLATE_NOOP("Report", "Episode")), printed=False),
    Column("contact", _m(QT_TRANSLATE_NOOP("Report", "Contact")), printed=False),
]


@dataclass(frozen=True)
class _ContactShape:
    type: str
    mode: str | None
    codes: str


class _ShapeTexts(dict):
    """(type, mode, codes, care level, EHR) -> (type name, mode name, codes, registration text,
    system): the texts that depend only on a contact's shape, made once per shape (`__getitem__`)."""

    def __init__(self, rules, lang: str) -> None:
        super().__init__()
        self.rules, self.lang = rules, lang

    def __missing__(self, key: tuple) -> tuple[str, str, str, str, str]:
        ctype, mode, codes, care_level, ehr = key
        rules, lang = self.rules, self.lang
        texts = self[key] = (
            contact_text.contact_type_label(rules, ctype, None, lang),
            _mode_name(rules, ctype, mode, lang),
            " ".join(codes.split()),
            contact_text.registration_text(rules, _ContactShape(ctype, mode, codes), lang),
            contact_text.registration_system(rules, care_level, ehr),
        )
        return texts


#: The registration list's rows: first the cells that go into the report as they come (date,
#: time and registration date cut to size here), then what the shape texts and the row need.
_REGISTRATION_ROWS = (
    "SELECT substr(c.at, 1, 10), substr(c.at, 12, 5), p.name, p.identity, substr(c.registered, 1, 10), "
    "c.type, c.mode, c.codes, e.care_level, e.ehr, c.episode_id, c.id "
    "FROM contact c JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
    "WHERE c.at_utc >= ? AND c.at_utc < ? AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending} "
    "ORDER BY c.at_utc, c.id")
#: The same rows counted, for the progress bar, without reading most of them: a contact whose UTC
#: time is at least a day after `start` and before `end` has its local date in the period
#: (offsets are −12…+14 hours), so those are counted in the index alone; only the edges (up to
#: two days at each end) are read to check their local date.
_REGISTRATION_COUNT = (
    "SELECT (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?{pending})"
    " + (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?"
    " AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending})"
    " + (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?"
    " AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending})")


def build_registrations(service, start: date, end: date, *, pending: bool = False, mask: bool = False,
                        lang: str = "sv", progress: Progress | None = None,
                        cancelled: IsCancelled | None = None) -> Report:
    """One row per contact in [start, end] (local dates): what to register, and whether it is."""
    lo, hi = _utc_bounds(start, end)
    first, last = start.isoformat(), end.isoformat()
    inner_lo = (start + timedelta(days=1)).isoformat() + "T00:00:00"
    inner_hi = max(end.isoformat() + "T00:00:00", inner_lo)
    only_pending = " AND c.registered IS NULL" if pending else ""
    table = Table(list(REGISTRATION_COLUMNS), empty=_m(QT_TRANSLATE_NOOP("Report", "No contacts in the period.")))
    shown_identity = _ShownIdentities(mask).__getitem__
    shape_texts = _ShapeTexts(service.rules, lang).__getitem__
    # One Message for every unregistered row: rendered once per file, not once per row.
    not_registered = _m(_NOT_REGISTERED)
    rows_out, marked = table.rows, table.marked
    with service.session() as s:
        conn = s.connection()
        total = conn.exec_driver_sql(_REGISTRATION_COUNT.format(pending=only_pending), (
            inner_lo, inner_hi, lo, inner_lo, first, last, inner_hi, hi, first, last)).scalar_one()
        _tick(progress, cancelled, 0, total)
        result = conn.exec_driver_sql(_REGISTRATION_ROWS.format(pending=only_pending), (lo, hi, first, last))
        done = 0
        # Column by column, a block of rows at a time: the per-row work is done by zip and map in
        # C, and Python code runs once per patient (identity) and once per contact shape (texts).
        for block in result.partitions(STEP):
            if done:
                _tick(progress, cancelled, done, total)
            (dates, times, names, identities, registered,
             types, modes, codes, care_levels, ehrs, episode_ids, contact_ids) = zip(*block, strict=False)
            type_names, mode_names, code_lists, texts, systems = zip(
                *map(shape_texts, zip(types, modes, codes, care_levels, ehrs, strict=False)), strict=False)
            if None in registered:
                marked.update(n for n, value in enumerate(registered, done) if value is None)
                registered = [not_registered if value is None else value for value in registered]
            rows_out.extend(zip(dates, times, names, map(shown_identity, identities), type_names, mode_names,
                                code_lists, registered, texts, systems, episode_ids, contact_ids, strict=False))
            done += len(block)
        _tick(progress, cancelled, done, done)
    title = (_m(QT_TRANSLATE_NOOP("Report", "Registration list: not yet registered")) if pending
             else _m(QT_TRANSLATE_NOOP("Report", "Registration list")))
    notes: list[Cell] = [_m(QT_TRANSLATE_NOOP("Report", "{count} contacts, {pending} not registered."),
                            count=len(table.rows), pending=len(table.marked))]
    return _report(service, KIND_REGISTRATIONS, title, lang, period=_period(start, end),
                   sections=[Section(table=table, notes=notes)])


# -- 2. episode summary ------------------------------------------------------------------------------

END_REASON_TEXT = {
    "completed": QT_TRANSLATE_NOOP("Report", "Completed"),
    "dropout": QT_TRANSLATE_NOOP("Report", "Dropped out"),
    "other": QT_TRANSLATE_NOOP("Report", "Other reason"),
}
FINAL_STATE_TEXT = {
    episode_facts.FINAL_MISSING: QT_TRANSLATE_NOOP("Report", "No contact is marked as final"),
    episode_facts.FINAL_WITHOUT_CODE: QT_TRANSLATE_NOOP("Report", "Final contact without {code}"),
    episode_facts.FINAL_DONE: QT_TRANSLATE_NOOP("Report", "Final contact with {code}"),
}
SEVERITY_TEXT = {"error": QT_TRANSLATE_NOOP("Report", "Error"), "warning": QT_TRANSLATE_NOOP("Report", "Warning")}

CONTACT_COLUMNS = [
    Column("when", _m(QT_TRANSLATE_NOOP("Report", "Date and time")), nowrap=True),
    Column("type", _m(QT_TRANSLATE_NOOP("Report", "Contact type"))),
    Column("minutes", _m(QT_TRANSLATE_NOOP("Report", "Min")), numeric=True),
    Column("codes", _m(QT_TRANSLATE_NOOP("Report", "KVÅ codes"))),
    Column("journal", _m(QT_TRANSLATE_NOOP("Report", "Journal"))),
    Column("registered", _m(QT_TRANSLATE_NOOP("Report", "Registered"))),
    Column("final", _m(QT_TRANSLATE_NOOP("Report", "Final"))),
    Column("note", _m(QT_TRANSLATE_NOOP("Report", "Note"))),
    Column("registration", _m(QT_TRANSLATE_NOOP("Report", "Registration text")), printed=False),
]
FINDING_COLUMNS = [
    Column("severity", _m(QT_TRANSLATE_NOOP("Report", "Severity"))),
    Column("when", _m(QT_TRANSLATE_NOOP("Report", "Contact")), nowrap=True),
    Column("finding", _m(QT_TRANSLATE_NOOP("Report", "Finding"))),
    Column("reason", _m(QT_TRANSLATE_NOOP("Report", "Why"))),
]
MEASURE_COLUMNS = [
    Column("on", _m(QT_TRANSLATE_NOOP("Report", "Date")), nowrap=True),
    Column("instrument", _m(QT_TRANSLATE_NOOP("Report", "Instrument"))),
    Column("score", _m(QT_TRANSLATE_NOOP("Report", "Score")), numeric=True),
    Column("max", _m(QT_TRANSLATE_NOOP("Report", "Max")), numeric=True),
    Column("flag", _m(QT_TRANSLATE_NOOP("Report", "Flag"))),
]


def build_episode_summary(service, episode_id: str, *, mask: bool = False, lang: str = "sv") -> Report:
    """Everything about one episode on a few pages: for a colleague, or the paper folder."""
    rules = service.rules
    detail = service.episode_detail(episode_id)
    patient, episode = detail.patient, detail.episode
    profile = service.profile()
    today = service.now().date()
    template = rules.template(episode.ehr)
    registration_system = contact_text.registration_system(rules, episode.care_level, episode.ehr)

    fields = [
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Patient")), patient.name),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Identity number")), _identity_formatter(mask)(patient.identity)),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Programme")), episode.programme),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Started")), episode.started),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Ended")),
                  episode.ended or _m(QT_TRANSLATE_NOOP("Report", "Ongoing, week {week}"),
                                      week=episode_facts.treatment_week(episode.started, today))),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Therapist")),
                  ", ".join(p for p in ((profile.name, profile.profession) if profile else ()) if p)),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Care unit")), profile.care_unit if profile else ""),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "EHR")), template.name if template else episode.ehr),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Register in")), registration_system),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Judged by rule set")), ", ".join(
            v.label for v in episode_facts.judging_versions(service.rule_book, episode, detail.contacts, today))),
    ]
    outside = next((f.note for f in detail.findings if f.note is not None), None)
    if outside is not None:
        fields.append(FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Note on the rule set")), outside))

    contacts = Table(list(CONTACT_COLUMNS), empty=_m(QT_TRANSLATE_NOOP("Report", "No contacts yet.")))
    when_of: dict[str, str] = {}
    for contact in detail.contacts:
        when = contact_text.display_when(contact.at)
        when_of[contact.id] = when
        if contact.journal_done is None or contact.registered is None:
            contacts.marked.add(len(contacts.rows))
        contacts.rows.append((
            when, contact_text.contact_type_label(rules, contact.type, contact.mode, lang), contact.minutes,
            " ".join(contact.code_list), _stamp_date(contact.journal_done) or _m(_NOT_DONE),
            _stamp_date(contact.registered) or _m(_NOT_REGISTERED),
            _m(_YES) if contact.final else None, contact.note,
            contact_text.registration_text(rules, contact, lang),
        ))

    findings = Table(list(FINDING_COLUMNS), empty=_m(QT_TRANSLATE_NOOP("Report", "No findings: the contacts follow the routine's rules.")))
    for finding in detail.findings:
        if finding.severity == "error":
            findings.marked.add(len(findings.rows))
        findings.rows.append((_m(SEVERITY_TEXT.get(finding.severity, finding.severity)),
                              when_of.get(finding.contact or "", ""), finding.message,
                              finding.reason.get(lang)))

    measures = Table(list(MEASURE_COLUMNS), empty=_m(QT_TRANSLATE_NOOP("Report", "No rating-scale scores.")))
    charts: list[Chart] = []
    by_instrument: dict[str, list] = {}
    for measure in detail.measures:
        instrument = rules.instrument(measure.instrument)
        flag_value = episode_facts.flag_item_value(measure, rules)
        is_flagged = episode_facts.flagged(measure, rules)
        flag_text: Cell = None
        if flag_value is not None and instrument is not None and instrument.flag is not None:
            source = (QT_TRANSLATE_NOOP("Report", "Item {item}: {value} (flag at {threshold} or more)") if is_flagged
                      else QT_TRANSLATE_NOOP("Report", "Item {item}: {value}"))
            flag_text = _m(source, item=instrument.flag.item, value=flag_value, threshold=instrument.flag.threshold)
        if is_flagged:
            measures.marked.add(len(measures.rows))
        measures.rows.append((measure.on, instrument.name if instrument else measure.instrument, measure.score,
                              instrument.total_max if instrument else None, flag_text))
        by_instrument.setdefault(measure.instrument, []).append((measure, is_flagged))
    for instrument_id, points in by_instrument.items():
        instrument = rules.instrument(instrument_id)
        name = instrument.name if instrument else instrument_id
        top = max([p.score for p, _ in points] + [instrument.total_max if instrument else 0, 1])
        caption = None
        if any(f for _, f in points) and instrument is not None and instrument.flag is not None:
            caption = _m(QT_TRANSLATE_NOOP("Report", "Red: item {item} at {threshold} or more."),
                         item=instrument.flag.item, threshold=instrument.flag.threshold)
        charts.append(Chart("line", name, tuple(p.on.isoformat() for p, _ in points),
                            (Series(name, tuple(float(p.score) for p, _ in points), tuple(f for _, f in points)),),
                            y_max=float(top), caption=caption))

    state = episode_facts.end_checklist(episode, detail.contacts, service.rule_book, today)
    ending = [
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Ended")), episode.ended or _m(QT_TRANSLATE_NOOP("Report", "Not ended"))),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "End reason")),
                  _m(END_REASON_TEXT[episode.end_reason]) if episode.end_reason in END_REASON_TEXT else episode.end_reason),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "Final contact")), _m(FINAL_STATE_TEXT[state.final_contact], code=state.ending_code)),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "SibeR start documented")),
                  state.start_documented or _m(QT_TRANSLATE_NOOP("Report", "Not documented"))),
        FieldItem(_m(QT_TRANSLATE_NOOP("Report", "SibeR transfer (Medrave)")),
                  state.siber_transferred or _m(QT_TRANSLATE_NOOP("Report", "Not transferred"))),
    ]
    return _report(service, KIND_EPISODE, _m(QT_TRANSLATE_NOOP("Report", "Episode summary")), lang,
                   period=_period(episode.started, episode.ended) if episode.ended else None,
                   fields=fields, sections=[
                       Section(_m(QT_TRANSLATE_NOOP("Report", "Contacts")), table=contacts),
                       Section(_m(QT_TRANSLATE_NOOP("Report", "Rule findings")), table=findings),
                       Section(_m(QT_TRANSLATE_NOOP("Report", "Rating scales")), table=measures, charts=charts),
                       Section(_m(QT_TRANSLATE_NOOP("Report", "Ending and SibeR transfer")), fields=ending),
                   ])


# -- 3. SibeR basis ----------------------------------------------------------------------------------

SIBER_NOTICE = QT_TRANSLATE_NOOP(
    "Report", "A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): "
              "check each value against your unit's lathund before you enter it.")


def _chunks(values: Sequence[str], size: int = 900) -> Iterable[list[str]]:
    for i in range(0, len(values), size):
        yield list(values[i:i + size])


def _in(values: Sequence[str]) -> tuple[str, dict[str, str]]:
    marks = ",".join(f":v{n}" for n in range(len(values)))
    return marks, {f"v{n}": v for n, v in enumerate(values)}


def build_siber_basis(service, start: date | None = None, end: date | None = None, *,
                      episode_id: str | None = None, pending: bool = False, mask: bool = False,
                      lang: str = "sv", progress: Progress | None = None,
                      cancelled: IsCancelled | None = None) -> Report:
    """One row per ended episode (ended in [start, end], or the one episode): what SibeR asks about."""
    rules = service.rules
    show_identity = _identity_formatter(mask)
    conditions, params = ["e.ended IS NOT NULL"], {}
    if episode_id is not None:
        conditions.append("e.id = :episode")
        params["episode"] = episode_id
    if start is not None:
        conditions.append("e.ended >= :start")
        params["start"] = start.isoformat()
    if end is not None:
        conditions.append("e.ended <= :end")
        params["end"] = end.isoformat()
    if pending:
        conditions.append("e.siber_transferred IS NULL")
    with service.session() as s:
        episodes = s.exec(text(
            "SELECT e.id, p.identity, p.name, e.programme, e.started, e.ended, e.end_reason, e.siber_transferred "
            "FROM episode e JOIN patient p ON p.id = e.patient_id WHERE " + " AND ".join(conditions)
            + " ORDER BY e.ended, e.started, e.id").bindparams(**params)).all()
        total = len(episodes)
        _tick(progress, cancelled, 0, total)
        counts: dict[str, dict[str, int]] = {}
        minutes: dict[str, int] = {}
        scores: dict[str, dict[str, list[tuple[str, int]]]] = {}
        done = 0
        for part in _chunks([row[0] for row in episodes]):
            marks, values = _in(part)
            for eid, ctype, n, mins in s.exec(text(
                    f"SELECT episode_id, type, COUNT(*), SUM(minutes) FROM contact WHERE episode_id IN ({marks}) "
                    "GROUP BY episode_id, type").bindparams(**values)):
                counts.setdefault(eid, {})[ctype] = n
                minutes[eid] = minutes.get(eid, 0) + (mins or 0)
            for eid, on, instrument, score in s.exec(text(
                    f"SELECT episode_id, \"on\", instrument, score FROM measure WHERE episode_id IN ({marks}) "
                    "ORDER BY episode_id, \"on\", id").bindparams(**values)):
                scores.setdefault(eid, {}).setdefault(instrument, []).append((str(on), score))
            done += len(part)
            _tick(progress, cancelled, done, total)

    known = [i.id for i in rules.instruments]
    present = {inst for per in scores.values() for inst in per}
    instruments = [i for i in known if i in present] + sorted(present - set(known))
    types = [t.id for t in rules.contact_types]
    type_names = {t.id: (t.registration_code or t.name.get(lang)) for t in rules.contact_types}

    columns = [
        Column("identity", _m(QT_TRANSLATE_NOOP("Report", "Identity number")), nowrap=True),
        Column("patient", _m(QT_TRANSLATE_NOOP("Report", "Patient"))),
        Column("programme", _m(QT_TRANSLATE_NOOP("Report", "Programme"))),
        Column("started", _m(QT_TRANSLATE_NOOP("Report", "Start")), nowrap=True),
        Column("ended", _m(QT_TRANSLATE_NOOP("Report", "End")), nowrap=True),
        Column("end_reason", _m(QT_TRANSLATE_NOOP("Report", "End reason"))),
    ]
    columns += [Column(f"contacts_{t}", _m(QT_TRANSLATE_NOOP("Report", "Contacts: {type}"), type=type_names[t]),
                       numeric=True) for t in types]
    columns += [
        Column("contacts", _m(QT_TRANSLATE_NOOP("Report", "Contacts in all")), numeric=True, printed=False),
        Column("minutes", _m(QT_TRANSLATE_NOOP("Report", "Therapist minutes")), numeric=True),
    ]
    for inst in instruments:
        found = rules.instrument(inst)
        name = found.name if found else inst
        columns += [
            Column(f"{inst}_first", _m(QT_TRANSLATE_NOOP("Report", "{instrument} first"), instrument=name), numeric=True),
            Column(f"{inst}_first_on", _m(QT_TRANSLATE_NOOP("Report", "{instrument} first date"), instrument=name), printed=False),
            Column(f"{inst}_last", _m(QT_TRANSLATE_NOOP("Report", "{instrument} last"), instrument=name), numeric=True),
            Column(f"{inst}_last_on", _m(QT_TRANSLATE_NOOP("Report", "{instrument} last date"), instrument=name), printed=False),
        ]
    columns += [
        Column("transferred", _m(QT_TRANSLATE_NOOP("Report", "Transferred to SibeR"))),
        Column("episode", _m(QT_TRANSLATE_NOOP("Report", "Episode")), printed=False),
    ]
    table = Table(columns, empty=_m(QT_TRANSLATE_NOOP("Report", "No ended episodes in the selection.")))
    for eid, identity, name, programme, started, ended, reason, transferred in episodes:
        per_type = counts.get(eid, {})
        row: list[Cell] = [show_identity(identity), name, programme, str(started), str(ended),
                           _m(END_REASON_TEXT[reason]) if reason in END_REASON_TEXT else reason]
        row += [per_type.get(t, 0) for t in types]
        row += [sum(per_type.values()), minutes.get(eid, 0)]
        for inst in instruments:
            series = scores.get(eid, {}).get(inst)
            if series:
                row += [series[0][1], series[0][0], series[-1][1], series[-1][0]]
            else:
                row += [None, None, None, None]
        row += [str(transferred) if transferred else _m(QT_TRANSLATE_NOOP("Report", "Not transferred")), eid]
        table.rows.append(tuple(row))
    return _report(service, KIND_SIBER, _m(QT_TRANSLATE_NOOP("Report", "SibeR basis")), lang,
                   period=_period(start, end), notice=_m(SIBER_NOTICE), landscape=True, font_points=7.5,
                   sections=[Section(table=table)])


# -- 4. coverage -----------------------------------------------------------------------------------------


def _months(start: date, end: date) -> list[str]:
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _percent(part: int, whole: int) -> float | None:
    return round(100.0 * part / whole, 1) if whole else None


def _has_code(column: str, param: str) -> str:
    """SQL: the space-separated code list in `column` holds the code bound as `param`."""
    return f"(' ' || {column} || ' ') LIKE '% ' || :{param} || ' %'"


def build_coverage(service, start: date, end: date, *, lang: str = "sv",
                   progress: Progress | None = None, cancelled: IsCancelled | None = None) -> Report:
    """Täckningsgrad per month: how often the codes that feed the statistics were registered.

    The codes followed, which contacts count as distance contacts and which as visits are the rule
    set's (`coverage`, `contact_types`).
    """
    rules = service.rules
    distance_code = rules.coverage_code("distance_contacts")
    visit_code = rules.coverage_code("visits")
    ending_code = rules.coverage_code("ended_episodes")
    lo, hi = _utc_bounds(start, end)
    months = _months(start, end)
    distance = {m: [0, 0] for m in months}  # distance contacts, of which with distance_code
    internet = {m: [0, 0] for m in months}  # visits, of which with visit_code
    ended = {m: [0, 0] for m in months}  # ended episodes, of which with ending_code
    _tick(progress, cancelled, 0, 3)
    with service.session() as s:
        rows = s.exec(text(
            f"SELECT substr(at, 1, 7), type, mode, {_has_code('codes', 'd')}, {_has_code('codes', 'v')}, COUNT(*) "
            "FROM contact WHERE at_utc >= :lo AND at_utc < :hi AND substr(at, 1, 10) BETWEEN :first AND :last "
            "GROUP BY 1, 2, 3, 4, 5").bindparams(lo=lo, hi=hi, first=start.isoformat(), last=end.isoformat(),
                                                 d=distance_code, v=visit_code)).all()
        _tick(progress, cancelled, 1, 3)
        for month, ctype, mode, with_distance_code, with_visit_code, n in rows:
            if rules.is_visit(ctype):
                internet[month][0] += n
                internet[month][1] += n if with_visit_code else 0
            try:
                is_distance = rules.is_distance(ctype, mode)
            except ValueError:
                is_distance = False
            if is_distance:
                distance[month][0] += n
                distance[month][1] += n if with_distance_code else 0
        episode_rows = s.exec(text(
            "SELECT substr(e.ended, 1, 7), EXISTS (SELECT 1 FROM contact c WHERE c.episode_id = e.id AND "
            f"{_has_code('c.codes', 'e')}), COUNT(*) FROM episode e "
            "WHERE e.ended IS NOT NULL AND e.ended BETWEEN :first AND :last GROUP BY 1, 2"
        ).bindparams(first=start.isoformat(), last=end.isoformat(), e=ending_code)).all()
        _tick(progress, cancelled, 2, 3)
        for month, with_code, n in episode_rows:
            ended[month][0] += n
            ended[month][1] += n if with_code else 0

    columns = [
        Column("month", _m(QT_TRANSLATE_NOOP("Report", "Month")), nowrap=True),
        Column("distance", _m(QT_TRANSLATE_NOOP("Report", "Distance contacts")), numeric=True),
        Column("zv051", _m(QT_TRANSLATE_NOOP("Report", "with {code}"), code=distance_code), numeric=True),
        Column("zv051_pct", _m(QT_TRANSLATE_NOOP("Report", "% {code}"), code=distance_code), numeric=True),
        Column("contacts", _m(QT_TRANSLATE_NOOP("Report", "Visits")), numeric=True),
        Column("zv044", _m(QT_TRANSLATE_NOOP("Report", "with {code}"), code=visit_code), numeric=True),
        Column("zv044_pct", _m(QT_TRANSLATE_NOOP("Report", "% {code}"), code=visit_code), numeric=True),
        Column("ended", _m(QT_TRANSLATE_NOOP("Report", "Ended episodes")), numeric=True),
        Column("uv112", _m(QT_TRANSLATE_NOOP("Report", "with {code}"), code=ending_code), numeric=True),
        Column("uv112_pct", _m(QT_TRANSLATE_NOOP("Report", "% {code}"), code=ending_code), numeric=True),
    ]
    table = Table(columns)

    def line(label: Cell, d: list[int], i: list[int], e: list[int]) -> tuple[Cell, ...]:
        return (label, d[0], d[1], _percent(d[1], d[0]), i[0], i[1], _percent(i[1], i[0]),
                e[0], e[1], _percent(e[1], e[0]))

    for month in months:
        table.rows.append(line(month, distance[month], internet[month], ended[month]))
    if len(months) > 1:
        def total(per: dict[str, list[int]]) -> list[int]:
            return [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
        table.totals.add(len(table.rows))
        table.rows.append(line(_m(QT_TRANSLATE_NOOP("Report", "Total")), total(distance), total(internet), total(ended)))
    chart = Chart("bar", _m(QT_TRANSLATE_NOOP("Report", "Coverage per month (%)")), tuple(months), (
        Series(_m(QT_TRANSLATE_NOOP("Report", "{code} on distance contacts"), code=distance_code),
               tuple(_percent(distance[m][1], distance[m][0]) for m in months)),
        Series(_m(QT_TRANSLATE_NOOP("Report", "{code} on visits"), code=visit_code),
               tuple(_percent(internet[m][1], internet[m][0]) for m in months)),
        Series(_m(QT_TRANSLATE_NOOP("Report", "{code} on ended episodes"), code=ending_code),
               tuple(_percent(ended[m][1], ended[m][0]) for m in months)),
    ), y_max=100.0, unit="%")
    notes: list[Cell] = [_m(QT_TRANSLATE_NOOP(
        "Report", "Distance contacts and visits are the contact types the rule set {rules} counts as such; it "
                  "asks for {distance_code} on each distance contact, {visit_code} on every visit and "
                  "{ending_code} when an episode ends. An empty percentage means nothing to count that month."),
        rules=rules.label, distance_code=distance_code, visit_code=visit_code, ending_code=ending_code)]
    _tick(progress, cancelled, 3, 3)
    return _report(service, KIND_COVERAGE, _m(QT_TRANSLATE_NOOP("Report", "Coverage (täckningsgrad)")), lang,
                   period=_period(start, end), sections=[Section(table=table, charts=[chart], notes=notes)])


# -- HTML ------------------------------------------------------------------------------------------------

#: Lines of user text are isolated (FSI … PDI) so that a right-to-left mark or override inside a
#: name or note cannot reorder the rest of the row.
_FSI, _PDI = "\u2068", "\u2069"

_CSS = """
body { font-size: %(points)spt; color: #111; }
h1 { font-size: 15pt; font-weight: bold; margin: 0 0 2px 0; }
h2 { font-size: 11pt; font-weight: bold; margin: 6px 0 4px 0; }
p.period { font-size: 10pt; margin: 0 0 6px 0; }
p.notice { background-color: #fff4d6; margin: 4px 0 8px 0; }
p.spacer { font-size: 4pt; margin: 0; }
p.note { margin: 4px 0 4px 0; }
p.caption { font-size: 7.5pt; color: #444; margin: 0 0 6px 0; }
table.data { border-collapse: collapse; }
table.data th { background-color: #e4e8ee; font-weight: bold; text-align: left; border: 1px solid #9aa3ad;
                font-size: %(heading_points)spt; }
table.data td { border: 1px solid #b9c0c8; vertical-align: top; }
table.data td.num, table.data th.num { text-align: right; }
table.data tr.marked td { background-color: #fdecea; }
table.data tr.total td { font-weight: bold; background-color: #f1f3f5; }
table.fields td.label { font-weight: bold; color: #333; padding-right: 10px; }
"""


#: Column headings are a little smaller than the cells: Swedish headings are long compound words
#: ("Behandlarminuter", "Identitetsnummer") that must not break inside a word in a narrow column.
HEADING_SCALE = 0.88

#: A word longer than this gets zero-width spaces (break opportunities) so it wraps in its column.
LONG_WORD = 24
_ZWSP = "\u200b"
_LONG_RUN = re.compile(r"\S{%d,}" % (LONG_WORD + 1))


def _breakable(value: str) -> str:
    return _LONG_RUN.sub(lambda m: _ZWSP.join(m.group()[i:i + LONG_WORD]
                                             for i in range(0, len(m.group()), LONG_WORD)), value)


def _user_text(value: str) -> str:
    """A literal value as escaped, isolated HTML that keeps its spaces, tabs and line breaks.

    Rendered text equals the value except: CR/CRLF become line breaks, and words longer than
    LONG_WORD characters get zero-width spaces so that they wrap (strip U+200B to compare).
    """
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    escaped = html.escape(_breakable(value), quote=True)
    return f'<span style="white-space: pre-wrap">{_FSI}{escaped}{_PDI}</span>'


def _cell_html(value: Cell, translate: Translate, lang: str) -> str:
    if value is None:
        return ""
    if is_literal(value):
        return _user_text(value)
    return html.escape(cell_text(value, translate, lang))


def _fields_html(fields: Sequence[FieldItem], translate: Translate, lang: str) -> str:
    rows = "".join(
        f'<tr><td class="label">{html.escape(f.label.render(translate))}</td>'
        f"<td>{_cell_html(f.value, translate, lang)}</td></tr>" for f in fields)
    return f'<table class="fields" cellspacing="0" cellpadding="2">{rows}</table>'


#: Rows looked at to size the printed columns.
SIZING_ROWS = 400
#: A wrapping column is not widened past this share of the page for its longest text.
WIDEST_SHARE = 0.34
#: `measure(text, bold) -> width` in the unit of `available` (the renderer's font metrics).
Measure = Callable[[str, bool], float]


def _column_percents(table: Table, shown: list[int], translate: Translate, lang: str,
                     measure: Measure, available: float, padding: float) -> list[float]:
    """Column widths (percent) from the text they hold: short fixed values never wrap, words never break.

    Each column needs at least its longest word (its whole text if `nowrap`); the space left is
    shared in proportion to how much more each column would like (its longest text, capped).
    """
    need, want = [], []
    for i in shown:
        column = table.columns[i]
        title = column.title.render(translate)
        low = max((measure(w, True) for w in title.split()), default=0.0)
        high = measure(title, True)
        for row in table.rows[:SIZING_ROWS]:
            value = cell_text(row[i], translate, lang)
            if not value:
                continue
            if column.nowrap:
                low = max(low, measure(value, False))
            else:
                low = max(low, max((measure(w, False) for w in _breakable(value).replace(_ZWSP, " ").split()),
                                   default=0.0))
            high = max(high, measure(value, False))
        low += padding
        need.append(low)
        want.append(max(low, min(high + padding, available * WIDEST_SHARE)))
    total_need = sum(need)
    if total_need >= available:
        widths = need
    else:
        extra = sum(want) - total_need
        room = available - total_need
        if extra > room:
            widths = [n + (w - n) * room / extra for n, w in zip(need, want, strict=False)]
        else:
            # What is left goes to the columns that wrap: a date column gains nothing from it.
            spare = room - extra
            grows = [0.0 if table.columns[i].nowrap else w for i, w in zip(shown, want, strict=False)]
            if not any(grows):
                grows = list(want)
            total_grow = sum(grows)
            widths = [w + spare * g / total_grow for w, g in zip(want, grows, strict=False)]
    whole = sum(widths) or 1.0
    return [100.0 * w / whole for w in widths]


NOWRAP = ' style="white-space: nowrap"'


def _table_html(table: Table, translate: Translate, lang: str, layout: TableLayout | None) -> str:
    shown = [i for i, c in enumerate(table.columns) if c.printed]
    if not table.rows and table.empty is not None:
        return f'<p class="note">{html.escape(table.empty.render(translate))}</p>'
    if layout is not None:
        widths = [f' width="{p:.1f}%"' for p in _column_percents(
            table, shown, translate, lang, layout.measure, layout.available, layout.padding)]
    else:
        widths = [""] * len(shown)
    head = "".join(
        f'<th{" class=num" if table.columns[i].numeric else ""}{width}>'
        f"{html.escape(table.columns[i].title.render(translate))}</th>" for i, width in zip(shown, widths, strict=False))
    body = []
    for n, row in enumerate(table.rows):
        cells = "".join(
            f'<td{" class=num" if table.columns[i].numeric else ""}'
            f'{NOWRAP if table.columns[i].nowrap else ""}>{_cell_html(row[i], translate, lang)}</td>' for i in shown)
        css = "marked" if n in table.marked else "total" if n in table.totals else ""
        body.append(f'<tr class="{css}">{cells}</tr>' if css else f"<tr>{cells}</tr>")
    return (f'<table class="data" width="100%" border="1" cellspacing="0" cellpadding="3">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


#: Size of a chart image in the page, in CSS pixels (96 per inch); the image itself is sharper.
CHART_SIZE = {"line": (620, 190), "bar": (640, 240)}
CHART_URL = "kbtdesk-chart:{n}"


@dataclass(frozen=True)
class TableLayout:
    """How wide text is on the target page: lets `to_html` size table columns (the renderer knows)."""

    measure: Measure
    available: float
    padding: float  # cell padding and borders of one column, same unit


def to_html(report: Report, translate: Translate = untranslated, layout: TableLayout | None = None) -> str:
    """The report as one HTML document that QTextDocument lays out (escaped, simple CSS).

    With a `layout`, table columns get widths from the real text widths; without, the layout
    engine decides. Charts are ``<img src="kbtdesk-chart:N">``; :mod:`kbtdesk.render.pdf` supplies the images.
    Page header, footer and page numbers are drawn by the renderer on every page.
    """
    lang = report.lang
    css = (_CSS.replace("%(points)s", f"{report.font_points:g}")
           .replace("%(heading_points)s", f"{report.font_points * HEADING_SCALE:g}"))
    parts = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>",
             f"<h1>{html.escape(report.title.render(translate))}</h1>"]
    if report.period is not None:
        parts.append(f'<p class="period">{html.escape(report.period.render(translate))}</p>')
    if report.notice is not None:
        parts.append(f'<p class="notice">{html.escape(report.notice.render(translate))}</p>')
    if report.fields:
        parts.append(_fields_html(report.fields, translate, lang))
    chart_number = 0
    for section in report.sections:
        if section.title is not None:
            # QTextDocument drops a heading's top margin after a table: a small spacer keeps it.
            parts.append(f'<p class="spacer">&nbsp;</p><h2>{html.escape(section.title.render(translate))}</h2>')
        if section.fields:
            parts.append(_fields_html(section.fields, translate, lang))
        if section.table is not None:
            parts.append(_table_html(section.table, translate, lang, layout))
        for chart in section.charts:
            width, height = CHART_SIZE.get(chart.kind, (620, 200))
            parts.append(f'<p><img src="{CHART_URL.format(n=chart_number)}" width="{width}" height="{height}"></p>')
            if chart.caption is not None:
                parts.append(f'<p class="caption">{html.escape(chart.caption.render(translate))}</p>')
            chart_number += 1
        for note in section.notes:
            parts.append(f'<p class="note">{_cell_html(note, translate, lang)}</p>')
    parts.append("</body></html>")
    return "".join(parts)


__all__ = [
    "Cancelled", "Cell", "Chart", "Column", "FieldItem", "Report", "Section", "Series", "Table",
    "build_coverage", "build_episode_summary", "build_registrations", "build_siber_basis",
    "cell_text", "period_this_week", "period_today", "to_html", "PAGE_OF", "DISCLAIMER", "PRINTED_AT",
]
