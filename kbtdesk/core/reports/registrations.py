"""The registration list: one row per contact in a period, what to register and whether it is."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.base.progress import IsCancelled, Progress
from kbtdesk.core import contact_text
from kbtdesk.core.reports import common
from kbtdesk.core.reports.model import KIND_REGISTRATIONS, Cell, Column, Report, Section, Table, message

#: Rows between two progress reports / cancel checks (tests patch it to see every batch).
STEP = common.STEP

REGISTRATION_COLUMNS = [
    Column("date", message(QT_TRANSLATE_NOOP("Report", "Date")), nowrap=True),
    Column("time", message(QT_TRANSLATE_NOOP("Report", "Time")), nowrap=True),
    Column("patient", message(QT_TRANSLATE_NOOP("Report", "Patient"))),
    Column("identity", message(QT_TRANSLATE_NOOP("Report", "Identity number")), nowrap=True),
    Column("type", message(QT_TRANSLATE_NOOP("Report", "Contact type"))),
    Column("mode", message(QT_TRANSLATE_NOOP("Report", "Mode"))),
    Column("codes", message(QT_TRANSLATE_NOOP("Report", "KVÅ codes"))),
    Column("registered", message(QT_TRANSLATE_NOOP("Report", "Registered"))),
    Column("registration", message(QT_TRANSLATE_NOOP("Report", "Registration text")), printed=False),
    Column("system", message(QT_TRANSLATE_NOOP("Report", "Register in")), printed=False),
    Column("episode", message(QT_TRANSLATE_NOOP("Report", "Episode")), printed=False),
    Column("contact", message(QT_TRANSLATE_NOOP("Report", "Contact")), printed=False),
]


@dataclass(frozen=True)
class ContactShape:
    type: str
    mode: str | None
    codes: str


class ShapeTexts(dict):
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
            common.mode_name(rules, ctype, mode, lang),
            " ".join(codes.split()),
            contact_text.registration_text(rules, ContactShape(ctype, mode, codes), lang),
            contact_text.registration_system(rules, care_level, ehr),
        )
        return texts


#: The registration list's rows: first the cells that go into the report as they come (date,
#: time and registration date cut to size here), then what the shape texts and the row need.
ROWS_SQL = (
    "SELECT substr(c.at, 1, 10), substr(c.at, 12, 5), p.name, p.identity, substr(c.registered, 1, 10), "
    "c.type, c.mode, c.codes, e.care_level, e.ehr, c.episode_id, c.id, p.id "
    "FROM contact c JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
    "WHERE c.at_utc >= ? AND c.at_utc < ? AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending} "
    "ORDER BY c.at_utc, c.id")
#: The same rows counted, for the progress bar, without reading most of them: a contact whose UTC
#: time is at least a day after `start` and before `end` has its local date in the period
#: (offsets are −12…+14 hours), so those are counted in the index alone; only the edges (up to
#: two days at each end) are read to check their local date.
COUNT_SQL = (
    "SELECT (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?{pending})"
    " + (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?"
    " AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending})"
    " + (SELECT count(*) FROM contact c WHERE c.at_utc >= ? AND c.at_utc < ?"
    " AND substr(c.at, 1, 10) BETWEEN ? AND ?{pending})")


def build_registrations(service, start: date, end: date, *, pending: bool = False, mask: bool = False,
                        lang: str = "sv", progress: Progress | None = None,
                        cancelled: IsCancelled | None = None) -> Report:
    """One row per contact in [start, end] (local dates): what to register, and whether it is."""
    lo, hi = common.utc_bounds(start, end)
    first, last = start.isoformat(), end.isoformat()
    inner_lo = (start + timedelta(days=1)).isoformat() + "T00:00:00"
    inner_hi = max(end.isoformat() + "T00:00:00", inner_lo)
    only_pending = " AND c.registered IS NULL" if pending else ""
    table = Table(list(REGISTRATION_COLUMNS), empty=message(QT_TRANSLATE_NOOP("Report", "No contacts in the period.")))
    shown_identity = common.ShownIdentities(mask).__getitem__
    shape_texts = ShapeTexts(service.rules, lang).__getitem__
    # One Message for every unregistered row: rendered once per file, not once per row.
    not_registered = message(common.NOT_REGISTERED)
    rows_out, marked = table.rows, table.marked
    patients: set[str] = set()
    with service.session() as s:
        conn = s.connection()
        total = conn.exec_driver_sql(COUNT_SQL.format(pending=only_pending), (
            inner_lo, inner_hi, lo, inner_lo, first, last, inner_hi, hi, first, last)).scalar_one()
        common.tick(progress, cancelled, 0, total)
        result = conn.exec_driver_sql(ROWS_SQL.format(pending=only_pending), (lo, hi, first, last))
        done = 0
        # Column by column, a block of rows at a time: the per-row work is done by zip and map in
        # C, and Python code runs once per patient (identity) and once per contact shape (texts).
        for block in result.partitions(STEP):
            if done:
                common.tick(progress, cancelled, done, total)
            (dates, times, names, identities, registered, types, modes, codes, care_levels, ehrs,
             episode_ids, contact_ids, patient_ids) = zip(*block, strict=True)
            patients.update(patient_ids)
            type_names, mode_names, code_lists, texts, systems = zip(
                *map(shape_texts, zip(types, modes, codes, care_levels, ehrs, strict=True)), strict=True)
            registration: Sequence[Cell] = registered
            if None in registered:
                marked.update(n for n, value in enumerate(registered, done) if value is None)
                registration = [not_registered if value is None else value for value in registered]
            rows_out.extend(zip(dates, times, names, map(shown_identity, identities), type_names, mode_names,
                                code_lists, registration, texts, systems, episode_ids, contact_ids, strict=True))
            done += len(block)
        common.tick(progress, cancelled, done, done)
    title = (message(QT_TRANSLATE_NOOP("Report", "Registration list: not yet registered")) if pending
             else message(QT_TRANSLATE_NOOP("Report", "Registration list")))
    notes: list[Cell] = [message(QT_TRANSLATE_NOOP("Report", "{count} contacts, {pending} not registered."),
                                 count=len(table.rows), pending=len(table.marked))]
    # Landscape: eight columns of dates, names, identity numbers and codes fit on one line each.
    return common.new_report(service, KIND_REGISTRATIONS, title, lang, period=common.period_message(start, end),
                             sections=[Section(table=table, notes=notes)], landscape=True,
                             patient_ids=frozenset(patients))
