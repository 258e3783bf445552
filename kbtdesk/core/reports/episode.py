"""The episode summary: everything about one episode on a few pages, for a colleague or the folder."""

from __future__ import annotations

from datetime import date

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import contact_text
from kbtdesk.core import episodes as episode_facts
from kbtdesk.core.checker import outside_note
from kbtdesk.core.reports import common
from kbtdesk.core.reports.model import (
    KIND_EPISODE,
    YES,
    Cell,
    Chart,
    Column,
    FieldItem,
    Report,
    Section,
    Series,
    Table,
    literal,
    message,
)

FINAL_STATE_TEXT = {
    episode_facts.FINAL_MISSING: QT_TRANSLATE_NOOP("Report", "No contact is marked as final"),
    episode_facts.FINAL_WITHOUT_CODE: QT_TRANSLATE_NOOP("Report", "Final contact without {code}"),
    episode_facts.FINAL_DONE: QT_TRANSLATE_NOOP("Report", "Final contact with {code}"),
}
SEVERITY_TEXT = {"error": QT_TRANSLATE_NOOP("Report", "Error"), "warning": QT_TRANSLATE_NOOP("Report", "Warning")}

CONTACT_COLUMNS = [
    Column("when", message(QT_TRANSLATE_NOOP("Report", "Date and time")), nowrap=True),
    Column("type", message(QT_TRANSLATE_NOOP("Report", "Contact type"))),
    Column("minutes", message(QT_TRANSLATE_NOOP("Report", "Min")), numeric=True),
    Column("codes", message(QT_TRANSLATE_NOOP("Report", "KVÅ codes"))),
    Column("journal", message(QT_TRANSLATE_NOOP("Report", "Journal"))),
    Column("registered", message(QT_TRANSLATE_NOOP("Report", "Registered"))),
    Column("final", message(QT_TRANSLATE_NOOP("Report", "Final"))),
    # In print the notes have a table of their own (NOTE_COLUMNS), where a note has the page's width.
    Column("note", message(QT_TRANSLATE_NOOP("Report", "Note")), printed=False),
    Column("registration", message(QT_TRANSLATE_NOOP("Report", "Registration text")), printed=False),
]
NOTE_COLUMNS = [
    Column("when", message(QT_TRANSLATE_NOOP("Report", "Contact")), nowrap=True),
    Column("note", message(QT_TRANSLATE_NOOP("Report", "Note"))),
]
FINDING_COLUMNS = [
    Column("severity", message(QT_TRANSLATE_NOOP("Report", "Severity"))),
    Column("when", message(QT_TRANSLATE_NOOP("Report", "Contact")), nowrap=True),
    Column("finding", message(QT_TRANSLATE_NOOP("Report", "Finding"))),
    Column("reason", message(QT_TRANSLATE_NOOP("Report", "Why"))),
]


def _measures(rules, measures) -> tuple[Table, list[Chart]]:
    """One row per date with a column per instrument (its scores side by side, as a therapist
    reads a trend), the flag column filled only where an instrument's flag item is reached; one
    chart per instrument, its y axis from 0 to the instrument's own maximum."""
    order = {instrument.id: n for n, instrument in enumerate(rules.instruments)}
    present = sorted({m.instrument for m in measures}, key=lambda i: (order.get(i, len(order)), i))
    columns = [Column("on", message(QT_TRANSLATE_NOOP("Report", "Date")), nowrap=True)]
    for instrument_id in present:
        instrument = rules.instrument(instrument_id)
        if instrument is not None:
            title = message(QT_TRANSLATE_NOOP("Report", "{instrument} (max {max})"), instrument=instrument.name,
                            max=instrument.total_max)
        else:
            title = literal(instrument_id)
        columns.append(Column(instrument_id, title, numeric=True))
    columns.append(Column("flag", message(QT_TRANSLATE_NOOP("Report", "Flag"))))
    table = Table(columns, empty=message(QT_TRANSLATE_NOOP("Report", "No rating-scale scores.")))

    rows: list[list[Cell]] = []
    flags: list[list[Message]] = []
    row_of_date: dict = {}
    by_instrument: dict[str, list[tuple]] = {}
    for measure in sorted(measures, key=lambda m: (m.on, order.get(m.instrument, len(order)), m.instrument)):
        slot = 1 + present.index(measure.instrument)
        # Two scores of one instrument on one day get a row each.
        candidates = row_of_date.setdefault(measure.on, [])
        row = next((r for r in candidates if rows[r][slot] is None), None)
        if row is None:
            row = len(rows)
            candidates.append(row)
            rows.append([measure.on] + [None] * (len(present) + 1))
            flags.append([])
        rows[row][slot] = measure.score
        is_flagged = episode_facts.flagged(measure, rules)
        instrument = rules.instrument(measure.instrument)
        if is_flagged and instrument is not None and instrument.flag is not None:
            flags[row].append(message(QT_TRANSLATE_NOOP(
                "Report", "{instrument} item {item}: {value} (flag at {threshold} or more)"),
                instrument=instrument.name, item=instrument.flag.item,
                value=episode_facts.flag_item_value(measure, rules), threshold=instrument.flag.threshold))
        by_instrument.setdefault(measure.instrument, []).append((measure, is_flagged))
    for n, (row, flag_texts) in enumerate(zip(rows, flags, strict=True)):
        if flag_texts:
            table.marked.add(n)
            row[-1] = flag_texts[0] if len(flag_texts) == 1 else tuple(flag_texts)
        table.rows.append(tuple(row))

    charts = []
    for instrument_id in present:
        points = by_instrument[instrument_id]
        instrument = rules.instrument(instrument_id)
        name = instrument.name if instrument else instrument_id
        caption = None
        if any(f for _, f in points) and instrument is not None and instrument.flag is not None:
            caption = message(QT_TRANSLATE_NOOP("Report", "Red: item {item} at {threshold} or more."),
                              item=instrument.flag.item, threshold=instrument.flag.threshold)
        top = instrument.total_max if instrument else max(p.score for p, _ in points)
        charts.append(Chart("line", name, tuple(p.on.isoformat() for p, _ in points),
                            (Series(name, tuple(float(p.score) for p, _ in points), tuple(f for _, f in points)),),
                            y_max=float(max(top, 1)), caption=caption, dates=tuple(p.on for p, _ in points)))
    return table, charts


def build_episode_summary(service, episode_id: str, *, mask: bool = False, lang: str = "sv") -> Report:
    """Everything about one episode on a few pages: for a colleague, or the paper folder."""
    rules = service.rules
    detail = service.episode_detail(episode_id)
    patient, episode = detail.patient, detail.episode
    profile = service.profile()
    today = service.now().date()
    template = rules.template(episode.ehr)
    registration_system = contact_text.registration_system(rules, episode.care_level, episode.ehr)
    identity = common.ShownIdentities(mask)[patient.identity]

    fields = [
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Patient")), patient.name),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Identity number")), identity),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Programme")), episode.programme),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Started")), episode.started),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Ended")),
                  episode.ended or message(QT_TRANSLATE_NOOP("Report", "Ongoing, week {week}"),
                                           week=episode_facts.treatment_week(episode.started, today))),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Therapist")),
                  ", ".join(p for p in ((profile.name, profile.profession) if profile else ()) if p)),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Care unit")), profile.care_unit if profile else ""),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "EHR")), template.name if template else episode.ehr),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Register in")), registration_system),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Judged by rule set")), ", ".join(
            v.label for v in episode_facts.judging_versions(service.rule_book, episode, detail.contacts, today))),
    ]
    outside = next((f.note for f in detail.findings if f.note is not None), None)
    if outside is None:  # no finding to carry it: a contact or the end may still lie outside every version
        days = [date.fromisoformat(c.at[:10]) for c in detail.contacts] + [episode.ended or today]
        outside = next((note for day in days if (note := outside_note(service.placement(day))) is not None), None)
    if outside is not None:
        fields.append(FieldItem(message(QT_TRANSLATE_NOOP("Report", "Note on the rule set")), outside))

    contacts = Table(list(CONTACT_COLUMNS), empty=message(QT_TRANSLATE_NOOP("Report", "No contacts yet.")))
    when_of: dict[str, str] = {}
    for contact in detail.contacts:
        when = contact_text.display_when(contact.at)
        when_of[contact.id] = when
        if contact.journal_done is None or contact.registered is None:
            contacts.marked.add(len(contacts.rows))
        contacts.rows.append((
            when, contact_text.contact_type_label(rules, contact.type, contact.mode, lang), contact.minutes,
            " ".join(contact.code_list), common.stamp_date(contact.journal_done) or message(common.NOT_DONE),
            common.stamp_date(contact.registered) or message(common.NOT_REGISTERED),
            message(YES) if contact.final else None, contact.note,
            contact_text.registration_text(rules, contact, lang),
        ))

    notes = Table(list(NOTE_COLUMNS), rows=[(when_of[c.id], c.note) for c in detail.contacts if c.note.strip()])

    findings = Table(list(FINDING_COLUMNS), empty=message(QT_TRANSLATE_NOOP(
        "Report", "No findings: the contacts follow the routine's rules.")))
    for finding in detail.findings:
        if finding.severity == "error":
            findings.marked.add(len(findings.rows))
        findings.rows.append((message(SEVERITY_TEXT.get(finding.severity, finding.severity)),
                              when_of.get(finding.contact or "", ""), finding.message,
                              finding.reason.get(lang)))

    measures, charts = _measures(rules, detail.measures)

    state = episode_facts.end_checklist(episode, detail.contacts, service.rule_book, today)
    ending = [
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Ended")),
                  episode.ended or message(QT_TRANSLATE_NOOP("Report", "Not ended"))),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "End reason")),
                  message(common.END_REASON_TEXT[episode.end_reason]) if episode.end_reason in common.END_REASON_TEXT
                  else episode.end_reason),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "Final contact")),
                  message(FINAL_STATE_TEXT[state.final_contact], code=state.ending_code)),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "SibeR start documented")),
                  state.start_documented or message(QT_TRANSLATE_NOOP("Report", "Not documented"))),
        FieldItem(message(QT_TRANSLATE_NOOP("Report", "SibeR transfer (Medrave)")),
                  state.siber_transferred or message(common.NOT_TRANSFERRED)),
    ]
    span = f"{episode.started.isoformat()} – {episode.ended.isoformat() if episode.ended else ''}".rstrip()
    return common.new_report(
        service, KIND_EPISODE, message(QT_TRANSLATE_NOOP("Report", "Episode summary")), lang,
        period=common.period_message(episode.started, episode.ended) if episode.ended else None,
        fields=fields, subject=(patient.name, identity, episode.programme, span),
        patient_ids=frozenset({patient.id}), sections=[
            Section(message(QT_TRANSLATE_NOOP("Report", "Contacts")), table=contacts),
            *([Section(message(QT_TRANSLATE_NOOP("Report", "Notes")), table=notes)] if notes.rows else []),
            Section(message(QT_TRANSLATE_NOOP("Report", "Rule findings")), table=findings),
            Section(message(QT_TRANSLATE_NOOP("Report", "Rating scales")), table=measures, charts=charts),
            Section(message(QT_TRANSLATE_NOOP("Report", "Ending and SibeR transfer")), fields=ending),
        ])
