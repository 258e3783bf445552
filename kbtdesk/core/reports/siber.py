"""The SibeR basis: one row per ended episode with what SibeR asks about (not SibeR's own format)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.base.progress import IsCancelled, Progress
from kbtdesk.core.reports import common
from kbtdesk.core.reports.model import KIND_SIBER, Cell, Column, Report, Section, Table, literal, message

SIBER_NOTICE = QT_TRANSLATE_NOOP(
    "Report", "A basis for the transfer to SibeR via Medrave, not SibeR's own format (which is not known): "
              "check each value against your unit's lathund before you enter it.")
FIRST_AND_LAST = QT_TRANSLATE_NOOP("Report", "First\nLast")


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
    """One row per ended episode (ended in [start, end], or the one episode): what SibeR asks about.

    The CSV has a column for each first and last score and its date; the printed page puts an
    instrument's first and last score one above the other in one column, so that every
    instrument of the rule set fits a landscape page at a readable size.
    """
    rules = service.rules
    show_identity = common.ShownIdentities(mask).__getitem__
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
            "SELECT e.id, p.identity, p.name, e.programme, e.started, e.ended, e.end_reason, e.siber_transferred, "
            "p.id FROM episode e JOIN patient p ON p.id = e.patient_id WHERE " + " AND ".join(conditions)
            + " ORDER BY e.ended, e.started, e.id").bindparams(**params)).all()
        total = len(episodes)
        common.tick(progress, cancelled, 0, total)
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
            common.tick(progress, cancelled, done, total)

    known = [i.id for i in rules.instruments]
    present = {inst for per in scores.values() for inst in per}
    instruments = [i for i in known if i in present] + sorted(present - set(known))
    names = {inst: found.name if (found := rules.instrument(inst)) else inst for inst in instruments}
    types = [t.id for t in rules.contact_types]
    type_names = {t.id: (t.registration_code or t.name.get(lang)) for t in rules.contact_types}
    contacts_group = message(QT_TRANSLATE_NOOP("Report", "Contacts"))
    scores_group = message(QT_TRANSLATE_NOOP("Report", "Rating scales"))

    columns = [
        Column("identity", message(QT_TRANSLATE_NOOP("Report", "Identity number")), nowrap=True),
        Column("patient", message(QT_TRANSLATE_NOOP("Report", "Patient"))),
        Column("programme", message(QT_TRANSLATE_NOOP("Report", "Programme"))),
        Column("started", message(QT_TRANSLATE_NOOP("Report", "Start")), nowrap=True),
        Column("ended", message(QT_TRANSLATE_NOOP("Report", "End")), nowrap=True),
        Column("end_reason", message(QT_TRANSLATE_NOOP("Report", "End reason"))),
    ]
    columns += [Column(f"contacts_{t}", message(QT_TRANSLATE_NOOP("Report", "Contacts: {type}"), type=type_names[t]),
                       numeric=True, group=contacts_group,
                       print_title=literal(type_names[t]))
                for t in types]
    columns += [
        Column("contacts", message(QT_TRANSLATE_NOOP("Report", "Contacts in all")), numeric=True, printed=False),
        Column("minutes", message(QT_TRANSLATE_NOOP("Report", "Therapist minutes")), numeric=True,
               print_title=message(QT_TRANSLATE_NOOP("Report", "Min"))),
    ]
    for inst in instruments:
        name = names[inst]
        columns += [
            Column(f"{inst}_first", message(QT_TRANSLATE_NOOP("Report", "{instrument} first"), instrument=name),
                   numeric=True, printed=False),
            Column(f"{inst}_first_on", message(QT_TRANSLATE_NOOP("Report", "{instrument} first date"),
                                               instrument=name), printed=False),
            Column(f"{inst}_last", message(QT_TRANSLATE_NOOP("Report", "{instrument} last"), instrument=name),
                   numeric=True, printed=False),
            Column(f"{inst}_last_on", message(QT_TRANSLATE_NOOP("Report", "{instrument} last date"),
                                              instrument=name), printed=False),
        ]
    columns += [
        Column("transferred", message(QT_TRANSLATE_NOOP("Report", "Transferred to SibeR")), nowrap=True),
        Column("episode", message(QT_TRANSLATE_NOOP("Report", "Episode")), printed=False),
    ]
    if instruments:
        columns.append(Column("scores", message(QT_TRANSLATE_NOOP("Report", "Score")), exported=False,
                              group=scores_group))
        columns += [Column(f"{inst}_scores", literal(names[inst]), numeric=True, exported=False, group=scores_group)
                    for inst in instruments]
    first_and_last = message(FIRST_AND_LAST)
    table = Table(columns, empty=message(QT_TRANSLATE_NOOP("Report", "No ended episodes in the selection.")))
    for eid, identity, name, programme, started, ended, reason, transferred, _patient in episodes:
        per_type = counts.get(eid, {})
        row: list[Cell] = [show_identity(identity), name, programme, str(started), str(ended),
                           message(common.END_REASON_TEXT[reason]) if reason in common.END_REASON_TEXT else reason]
        row += [per_type.get(t, 0) for t in types]
        row += [sum(per_type.values()), minutes.get(eid, 0)]
        printed_scores: list[Cell] = []
        for inst in instruments:
            series = scores.get(eid, {}).get(inst)
            if series:
                row += [series[0][1], series[0][0], series[-1][1], series[-1][0]]
                printed_scores.append(f"{series[0][1]}\n{series[-1][1]}")
            else:
                row += [None, None, None, None]
                printed_scores.append(None)
        row += [str(transferred) if transferred else message(common.NOT_TRANSFERRED), eid]
        if instruments:
            row += [first_and_last, *printed_scores]
        table.rows.append(tuple(row))
    return common.new_report(service, KIND_SIBER, message(QT_TRANSLATE_NOOP("Report", "SibeR basis")), lang,
                             period=common.period_message(start, end), notice=message(SIBER_NOTICE), landscape=True,
                             font_points=7.5, sections=[Section(table=table)],
                             patient_ids=frozenset(row[-1] for row in episodes))

