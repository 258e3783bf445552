"""A patient's log extract: every audit entry about one patient (HSLF-FS 2016:40, GDPR art. 15).

Entries name records by id, never by name; the extract names the patient in its header, on every
page, because a page of it is about that patient once it is printed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import audit
from kbtdesk.core.reports import common
from kbtdesk.core.reports.model import KIND_AUDIT, Cell, Column, FieldItem, Report, Section, Table, literal, message

AUDIT_COLUMNS = [
    Column("seq", message(QT_TRANSLATE_NOOP("Report", "Entry")), numeric=True),
    Column("time", message(QT_TRANSLATE_NOOP("Report", "Time")), nowrap=True),
    Column("action", message(QT_TRANSLATE_NOOP("Report", "Action"))),
    Column("record", message(QT_TRANSLATE_NOOP("Report", "Record"))),
    Column("record_id", message(QT_TRANSLATE_NOOP("Report", "Record id")), printed=False),
    Column("by", message(QT_TRANSLATE_NOOP("Report", "By"))),
    Column("detail", message(QT_TRANSLATE_NOOP("Report", "Detail"))),
]


def local_time(stamp: str) -> datetime:
    """An entry's UTC stamp in this computer's local time, as the window shows it."""
    return datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()


def build_audit_extract(service, patient_id: str, *, mask: bool = False, lang: str = "sv") -> Report:
    """Every audit entry about the patient, oldest first: changes, and every export and print
    that held the patient's data (list exports included)."""
    with service.session() as s:
        found = s.exec(text("SELECT name, identity FROM patient WHERE id = :id").bindparams(id=patient_id)).first()
    name, identity = (found[0], common.ShownIdentities(mask)[found[1]]) if found else ("", patient_id)
    entries = service.audit_trail(patient_id)
    table = Table(list(AUDIT_COLUMNS), empty=message(QT_TRANSLATE_NOOP("Report", "No entries.")))
    for entry in entries:
        action = audit.action_text(entry.action)
        record = audit.record_text(entry.record_kind)
        table.rows.append((
            entry.seq, local_time(entry.at), action or literal(entry.action),
            record or literal(entry.record_kind or ""), entry.record_id or "", entry.profile,
            entry.detail))
    fields = [
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Patient")), name),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Identity number")), identity),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Entries")), len(entries)),
    ]
    if entries:
        first, last = local_time(entries[0].at).date(), local_time(entries[-1].at).date()
        fields.append(FieldItem(message(QT_TRANSLATE_NOOP("Report", "Period")), f"{first} – {last}"))
    notes: list[Cell] = [message(QT_TRANSLATE_NOOP(
        "Report", "Every recorded change, export and print of this patient's data in this log, oldest first. "
                  "The entries name records by id, never by name; an export of a list (registration list, "
                  "SibeR basis, coverage, the whole log) is listed for every patient it held."))]
    return common.new_report(service, KIND_AUDIT, message(QT_TRANSLATE_NOOP("Report", "Log extract")), lang,
                             fields=fields, subject=(name, identity), patient_ids=frozenset({patient_id}),
                             # What the list holds, said before it; the CSV writes the entries (section 1).
                             sections=[Section(notes=notes), Section(table=table)], csv_section=1)
