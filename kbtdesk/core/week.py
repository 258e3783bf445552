"""The therapist's week: one row per active episode, the most due first.

What is "due now" for an active episode, in the order the rows sort by:
- an open flag: the latest score of an instrument with a flag item (MADRS-S item 9 "livslust" ≥ 4
  in the rule set) reaches the threshold;
- the closing visit: the programme's planned length is reached (planning.planned_weeks; unknown
  length, no prompt) and no contact is marked final yet;
- feedback: no contact of a feedback type (planning.feedback_types) for the threshold's days
  (planning.feedback_threshold_days, default 7), counted from the episode's start when there
  has been none;
- SibeR's measurement points: the rule set names no schedule of its own (the routine only says
  that the journal templates carry "den data som ska överföras till Siber"). What it does give
  is the start and the end: the start documented for SibeR (due from the first day, until ticked)
  and the ending (the final contact with the ending code, its registration and the transfer,
  which the closing-visit prompt and the worklist carry).

One statement reads every active episode through ix_episode_active with a few index seeks per
episode (its latest contact, its latest feedback, its latest flagged score); at 5,000 active
episodes that is well under 100 ms (benchmarks/bench.py, "week view").
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import planning
from kbtdesk.core.episodes import treatment_week
from kbtdesk.core.identity import mask_stored
from kbtdesk.core.service import LogService

DUE_FLAG = "flag"
DUE_CLOSING = "closing-visit"
DUE_FEEDBACK = "feedback"
DUE_SIBER_START = "siber-start"
#: Most pressing first; the rows sort by the weight of what is due on them.
DUE_KINDS = (DUE_FLAG, DUE_CLOSING, DUE_FEEDBACK, DUE_SIBER_START)
_WEIGHT = {kind: 1 << (len(DUE_KINDS) - n) for n, kind in enumerate(DUE_KINDS)}

_TEXTS = {
    DUE_FLAG: QT_TRANSLATE_NOOP("Week", "{instrument} item {item} at {value} ({date})"),
    DUE_CLOSING: QT_TRANSLATE_NOOP("Week", "Closing visit due: week {week} of {planned}"),
    DUE_FEEDBACK: QT_TRANSLATE_NOOP("Week", "No feedback for {days} days"),
    DUE_SIBER_START: QT_TRANSLATE_NOOP("Week", "SibeR: start not documented"),
}
_NO_FEEDBACK_YET = QT_TRANSLATE_NOOP("Week", "No feedback yet, {days} days since the start")


class Due(NamedTuple):
    """One thing due on an episode, with what its text says. Made by the thousand at a clinic's
    scale: one flat tuple each (few objects for the garbage collector), the Message only when shown."""

    kind: str
    days: int | None = None  # feedback: days without it
    never: bool = False  # feedback: none since the start
    week: int | None = None  # closing visit: treatment week and planned length
    planned: int | None = None
    instrument: str | None = None  # flag: the instrument, its flag item, the score and its date
    item: int | None = None
    value: int | None = None
    on: str | None = None

    @property
    def message(self) -> Message:
        if self.kind == DUE_FLAG:
            params = {"instrument": self.instrument, "item": self.item, "value": self.value, "date": self.on}
        elif self.kind == DUE_CLOSING:
            params = {"week": self.week, "planned": self.planned}
        elif self.kind == DUE_FEEDBACK:
            return Message("Week", _NO_FEEDBACK_YET if self.never else _TEXTS[DUE_FEEDBACK], {"days": self.days})
        else:
            params = {}
        return Message("Week", _TEXTS[self.kind], params)


_SIBER_START_DUE = Due(DUE_SIBER_START)


class WeekRow(NamedTuple):
    """One active episode in the week view (a NamedTuple: thousands at a clinic's scale)."""

    episode_id: str
    patient_id: str
    patient_name: str
    identity: str  # stored form; show `masked_identity()` unless revealed
    programme: str
    started: date
    week: int  # treatment week, the start week being week 1
    planned_weeks: int | None
    last_contact_utc: str | None  # the stored UTC key; `last_contact_at()` as an aware time
    last_contact_type: str | None
    last_contact_mode: str | None
    last_feedback_utc: str | None
    days_without_feedback: int  # since the last feedback, or since the start when there was none
    due: tuple[Due, ...]
    urgency: int  # the weight of what is due: rows sort by it, highest first
    name_folded: str  # the list's order among equally due rows

    def masked_identity(self) -> str:
        return mask_stored(self.identity)

    def is_due(self, kind: str) -> bool:
        return any(d.kind == kind for d in self.due)

    def last_contact_at(self) -> datetime | None:
        return _aware(self.last_contact_utc)

    def last_feedback_at(self) -> datetime | None:
        return _aware(self.last_feedback_utc)


def _aware(utc_text: str | None) -> datetime | None:
    return None if utc_text is None else datetime.fromisoformat(utc_text).replace(tzinfo=UTC)


def week_rows(service: LogService, today: date | None = None) -> list[WeekRow]:
    """Every active episode, the most due first (then the longest without feedback, then by name).

    Days are counted in the time zone of the service's clock (`now()`), whose date is `today`.
    """
    now = service.now()
    today = today or now.date()
    offset = now.utcoffset() or timedelta(0)
    threshold = planning.feedback_threshold_days(service)
    lengths = planning.planned_weeks_by_programme(service)
    feedback = planning.feedback_types(service)
    flagged = [(i, i.flag) for i in service.rules.instruments if i.flag is not None]

    params: dict[str, str] = {f"t{n}": t for n, t in enumerate(feedback)}
    type_marks = ",".join(f":t{n}" for n in range(len(feedback)))
    # Ordered as the index is (ties on the time broken by its next columns): no sort per episode.
    latest = ("FROM contact c INDEXED BY ix_contact_episode_at WHERE c.episode_id = e.id "
              "ORDER BY c.at_utc DESC, c.type DESC, c.mode DESC LIMIT 1")
    columns = [
        "e.id", "p.id", "p.name", "p.identity", "p.name_folded", "e.programme", "e.started",
        "e.siber_start_documented", "e.last_contact_at", f"(SELECT c.type {latest})", f"(SELECT c.mode {latest})",
        "(SELECT f.at_utc FROM contact f INDEXED BY ix_contact_episode_at WHERE f.episode_id = e.id "
        f"AND f.type IN ({type_marks}) ORDER BY f.at_utc DESC LIMIT 1)",
    ]
    for n, (instrument, _flag) in enumerate(flagged):
        params[f"i{n}"] = instrument.id
        latest_score = (f"FROM measure m INDEXED BY ix_measure_episode_id WHERE m.episode_id = e.id "
                        f"AND m.instrument = :i{n} ORDER BY m.\"on\" DESC, m.items DESC LIMIT 1")
        columns += [f'(SELECT m."on" {latest_score})', f"(SELECT m.items {latest_score})"]
    # Every subquery is one seek into an index that holds what it reads (migration 4): no table
    # row of contact or measure is read.
    sql = (f"SELECT {', '.join(columns)} FROM episode e INDEXED BY ix_episode_active "
           "JOIN patient p ON p.id = e.patient_id WHERE e.ended IS NULL")
    with service.session() as s:
        # Plain tuples from the driver: thousands of rows, each one object for the garbage collector
        # (in the window's process a full collection costs ≈60 ms; fewer objects, fewer of them).
        # Through SQLAlchemy's execute (its events see the statement: tests/db/test_query_plans.py),
        # read straight from the driver's cursor.
        result = s.connection().exec_driver_sql(sql, params)
        found = result.cursor.fetchall()
        result.close()
        # A reopened episode may already have its final contact: the closing visit was held.
        candidates = [r[0] for r in found
                      if r[5] in lengths and treatment_week(date.fromisoformat(r[6]), today) >= lengths[r[5]]]
        closed = _episodes_with_final_contact(s, candidates)

    weight_flag, weight_closing = _WEIGHT[DUE_FLAG], _WEIGHT[DUE_CLOSING]
    weight_feedback, weight_siber = _WEIGHT[DUE_FEEDBACK], _WEIGHT[DUE_SIBER_START]
    rows = []
    for row in found:
        eid, pid, name, identity, folded, programme, started_text, siber_start, last_utc, last_type, last_mode, \
            feedback_utc = row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9], row[10], \
            row[11]
        started = date.fromisoformat(started_text)
        week = treatment_week(started, today)
        planned = lengths.get(programme)
        since = (datetime.fromisoformat(feedback_utc) + offset).date() if feedback_utc else started
        days = (today - since).days
        due: tuple[Due, ...] = ()
        urgency = 0
        for n, (instrument, flag) in enumerate(flagged):
            value = _flag_value(row[13 + 2 * n], flag.item)
            if value is not None and value >= flag.threshold:
                due += (Due(DUE_FLAG, instrument=instrument.name, item=flag.item, value=value,
                            on=row[12 + 2 * n]),)
                urgency |= weight_flag
        if planned is not None and week >= planned and eid not in closed:
            due += (Due(DUE_CLOSING, week=week, planned=planned),)
            urgency |= weight_closing
        if days >= threshold:
            due += (Due(DUE_FEEDBACK, days=days, never=feedback_utc is None),)
            urgency |= weight_feedback
        if siber_start is None:
            due += (_SIBER_START_DUE,)
            urgency |= weight_siber
        rows.append(WeekRow(eid, pid, name, identity, programme, started, week, planned, last_utc, last_type,
                            last_mode, feedback_utc, days, due, urgency, folded))
    rows.sort(key=lambda r: (-r.urgency, -r.days_without_feedback, r.name_folded, r.episode_id))
    return rows


def _flag_value(items: str | None, item: int) -> int | None:
    if not items:
        return None
    values = json.loads(items)
    return int(values[item - 1]) if len(values) >= item else None


def _episodes_with_final_contact(s, episode_ids: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(episode_ids), 500):  # SQLite's bound-parameter limit, with room to spare
        chunk = episode_ids[start:start + 500]
        marks = ",".join(f":e{n}" for n in range(len(chunk)))
        found.update(r[0] for r in s.exec(text(
            f"SELECT DISTINCT episode_id FROM contact INDEXED BY ix_contact_episode_at "
            f"WHERE episode_id IN ({marks}) AND final").bindparams(**{f"e{n}": e for n, e in enumerate(chunk)})).all())
    return found


def due_counts(rows: list[WeekRow]) -> dict[str, int]:
    """How many rows have each kind of due item (the week view's summary line)."""
    return {kind: sum(1 for r in rows if r.is_due(kind)) for kind in DUE_KINDS}
