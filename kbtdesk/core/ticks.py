"""The worklist as one row per contact with its open ticks as columns, and ticks set in bulk.

A contact is one row (not one per open item), so that it is found once and both its ticks can be
set from the same line; an ended episode still to transfer to SibeR is a row of its own. Ticking
and unticking many items is one transaction and hands back a `TicksChanged` whose undo puts back
the exact previous timestamps.

The keys are the worklist's: (kind, record id) with the kinds of kbtdesk.core.service
(WORK_JOURNAL, WORK_REGISTRATION and WORK_ENDING on a contact, WORK_SIBER on an episode).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import text

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit
from kbtdesk.core.changes import REDO_DETAIL, UNDO_DETAIL
from kbtdesk.core.identity import mask_stored
from kbtdesk.core.models import Contact, Episode
from kbtdesk.core.service import (
    WORK_ENDING,
    WORK_JOURNAL,
    WORK_KINDS,
    WORK_REGISTRATION,
    WORK_SIBER,
    InputError,
    LogService,
    iso,
)


class WorklistRow(NamedTuple):
    """One line of the worklist: a contact with what is still open on it, or an ended episode
    still to transfer (`contact_id` None). Thousands at a clinic's scale: a NamedTuple."""

    episode_id: str
    contact_id: str | None
    patient_id: str
    patient_name: str
    identity: str
    programme: str
    when: str  # the contact's time (ISO 8601 with its offset), or the episode's end date
    contact_type: str | None
    contact_mode: str | None
    codes: tuple[str, ...]
    final: bool
    outage: bool
    journal_open: bool
    registration_open: bool
    siber_open: bool

    def masked_identity(self) -> str:
        return mask_stored(self.identity)

    @property
    def registration_kind(self) -> str:
        """A final contact's registration is the ending's (it carries the ending code)."""
        return WORK_ENDING if self.final else WORK_REGISTRATION

    def open_keys(self) -> tuple[tuple[str, str], ...]:
        if self.contact_id is None:
            return ((WORK_SIBER, self.episode_id),) if self.siber_open else ()
        keys = []
        if self.journal_open:
            keys.append((WORK_JOURNAL, self.contact_id))
        if self.registration_open:
            keys.append((self.registration_kind, self.contact_id))
        return tuple(keys)


def _patients_matching(service: LogService, s, query: str) -> list[str]:
    """Patients found by a name or identity prefix, through the search index (as the episode list)."""
    found: dict[str, None] = {}
    for lo, hi in service._term_ranges(query):
        for (pid,) in s.exec(text("SELECT DISTINCT patient_id FROM search_term WHERE term >= :lo AND term < :hi")
                             .bindparams(lo=lo, hi=hi)).all():
            found[pid] = None
    return list(found)


def worklist_rows(service: LogService, patient_id: str | None = None, query: str = "",
                  start: date | None = None, end: date | None = None, limit: int | None = None) -> list[WorklistRow]:
    """What is not yet journaled, registered or transferred, one row per contact (outage contacts
    first, then oldest first), then the ended episodes to transfer (oldest ending first).

    `patient_id` keeps one patient, `query` the patients a name or identity prefix finds, and
    `start` / `end` the contacts of those days (their own calendar date) and the episodes ended
    then. Reads the open contacts through the partial index ix_contact_open. `limit`: the first
    rows of that list only (a screenful at once: ≈10 ms where the whole list takes ≈60 at L).
    """
    where: list[str] = []
    params: dict[str, str | int] = {}
    if start is not None:
        # The stored UTC key brackets the local date by a day either way; the date itself decides.
        where.append("c.at_utc >= :lo_utc AND substr(c.at, 1, 10) >= :lo")
        params.update(lo=start.isoformat(), lo_utc=(start - timedelta(days=1)).isoformat())
    if end is not None:
        where.append("c.at_utc < :hi_utc AND substr(c.at, 1, 10) <= :hi")
        params.update(hi=end.isoformat(), hi_utc=(end + timedelta(days=2)).isoformat())
    ended_where = ["e.ended IS NOT NULL", "e.siber_transferred IS NULL"]
    if start is not None:
        ended_where.append("e.ended >= :lo")
    if end is not None:
        ended_where.append("e.ended <= :hi")
    rows: list[WorklistRow] = []
    with service.session() as s:
        patients: list[str] | None = None
        if query.strip():
            patients = _patients_matching(service, s, query)
        if patient_id is not None:
            patients = [patient_id] if patients is None or patient_id in patients else []
        if patients is not None:
            if not patients:
                return []
            marks = ",".join(f":p{n}" for n in range(len(patients)))
            params.update({f"p{n}": p for n, p in enumerate(patients)})
            where.append(f"e.patient_id IN ({marks})")
            ended_where.append(f"e.patient_id IN ({marks})")
        columns = ("SELECT c.episode_id, c.id, p.id, p.name, p.identity, e.programme, c.at, c.type, c.mode, "
                   "c.codes, c.final, c.outage, c.journal_done IS NULL, c.registered IS NULL ")
        joins = "JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
        conditions = "WHERE (c.journal_done IS NULL OR c.registered IS NULL)" + "".join(f" AND {w}" for w in where)
        order = " ORDER BY c.outage DESC, c.at_utc, c.id"
        if limit is None:
            statement = columns + "FROM contact c INDEXED BY ix_contact_open " + joins + conditions + order
        else:
            # The first rows by the contact's own columns, then their episodes and patients: the
            # joins for a screenful, not for every open contact.
            chosen = ("SELECT c.id FROM contact c INDEXED BY ix_contact_open "
                      + ("JOIN episode e ON e.id = c.episode_id " if patients is not None else "")
                      + conditions + order + " LIMIT :limit")
            statement = columns + f"FROM ({chosen}) chosen JOIN contact c ON c.id = chosen.id " + joins + order
            params["limit"] = limit
        found = s.execute(text(statement).bindparams(**params)).all()
        split_codes: dict[str, tuple[str, ...]] = {}  # a few distinct code lists, thousands of rows
        for eid, cid, pid, name, identity, programme, at, ctype, mode, codes, final, outage, no_journal, no_reg \
                in found:
            code_list = split_codes.get(codes)
            if code_list is None:
                code_list = split_codes[codes] = tuple(codes.split())
            rows.append(WorklistRow(eid, cid, pid, name, identity, programme, at, ctype, mode, code_list,
                                    bool(final), bool(outage), bool(no_journal), bool(no_reg), False))
        if limit is not None and len(rows) >= limit:
            return rows[:limit]
        ended = s.execute(text(
            "SELECT e.id, p.id, p.name, p.identity, e.programme, e.ended FROM episode e "
            "JOIN patient p ON p.id = e.patient_id WHERE " + " AND ".join(ended_where) + " ORDER BY e.ended, e.id"
            + (f" LIMIT {int(limit) - len(rows)}" if limit is not None else "")
        ).bindparams(**{k: v for k, v in params.items() if k in ("lo", "hi") or k.startswith("p")})).all()
        for eid, pid, name, identity, programme, ended_on in ended:
            rows.append(WorklistRow(eid, None, pid, name, identity, programme, ended_on, None, None, (), False,
                                    False, False, False, True))
    return rows


class TickState(NamedTuple):
    """One tick's stored value: a contact's journal or registration time (ISO), an episode's
    SibeR transfer date (ISO), or None when open."""

    kind: str
    record_id: str
    stamp: str | None


def _contact_column(kind: str) -> str:
    if kind == WORK_JOURNAL:
        return "journal_done"
    if kind in (WORK_REGISTRATION, WORK_ENDING):
        return "registered"
    raise ValueError(kind)


def _record(s, kind: str, record_id: str):
    if kind not in WORK_KINDS:
        raise ValueError(f"unknown worklist kind {kind!r}")
    return s.get(Episode if kind == WORK_SIBER else Contact, record_id)


def _stamp_of(record, kind: str) -> str | None:
    if kind == WORK_SIBER:
        return record.siber_transferred.isoformat() if record.siber_transferred else None
    return getattr(record, _contact_column(kind))


def tick_states(service: LogService, keys: Iterable[tuple[str, str]]) -> list[TickState]:
    """The current value of each tick (keys of records no longer in the log are left out)."""
    with service.session() as s:
        states = []
        for kind, record_id in dict.fromkeys(keys):
            record = _record(s, kind, record_id)
            if record is not None:
                states.append(TickState(kind, record_id, _stamp_of(record, kind)))
        return states


def _apply(service: LogService, states: Iterable[TickState], detail: str) -> None:
    with service.session() as s:
        for kind, record_id, stamp in states:
            record = _record(s, kind, record_id)
            if record is None:
                continue
            if kind == WORK_SIBER:
                record.siber_transferred = date.fromisoformat(stamp) if stamp else None
                patient_id = record.patient_id
            else:
                setattr(record, _contact_column(kind), stamp)
                patient_id = service._patient_of_episode(s, record.episode_id)
            s.add(record)
            state = "done" if stamp else "reopened"
            service._audit(s, audit.UPDATE, "episode" if kind == WORK_SIBER else "contact", record_id, patient_id,
                           f"{kind} {state}" + (f" ({detail})" if detail else ""))
        s.commit()


@dataclass(frozen=True)
class TicksChanged:
    """Ticks set or cleared at once; the undo restores the exact previous values."""

    before: tuple[TickState, ...]
    after: tuple[TickState, ...]

    def __bool__(self) -> bool:
        return bool(self.after)

    @property
    def label(self) -> Message:
        return Message("Undo", QT_TRANSLATE_NOOP("Undo", "ticks"))

    def undo(self, service: LogService) -> None:
        _apply(service, self.before, UNDO_DETAIL)

    def redo(self, service: LogService) -> None:
        _apply(service, self.after, REDO_DETAIL)


def set_ticks(service: LogService, keys: Iterable[tuple[str, str]], done: bool = True,
              when: datetime | None = None) -> TicksChanged:
    """Tick (time-stamped `when`, default now) or clear these items in one transaction.

    A tick already set keeps its time; only what changes is written and audited. The result is
    false when nothing changed (nothing to undo).
    """
    when = when or service.now()
    if when.tzinfo is None:
        raise InputError("at", Message("Input", QT_TRANSLATE_NOOP("Input", "The contact time has no UTC offset.")))
    before, after = [], []
    for state in tick_states(service, keys):
        if (state.stamp is None) != done:
            continue
        before.append(state)
    # The rule set says when an episode is ready for SibeR: a premature transfer is refused
    # (TransferRefused, with the rules' reasons) before anything is written.
    if done:
        service.episodes.refuse_premature_transfer(
            (s.record_id for s in before if s.kind == WORK_SIBER),
            registering=(s.record_id for s in before if s.kind in (WORK_REGISTRATION, WORK_ENDING)))
    for state in before:
        stamp = (when.date().isoformat() if state.kind == WORK_SIBER else iso(when)) if done else None
        after.append(state._replace(stamp=stamp))
    change = TicksChanged(tuple(before), tuple(after))
    if change:
        _apply(service, change.after, "")
    return change


def toggle_ticks(service: LogService, keys: Iterable[tuple[str, str]], when: datetime | None = None) -> TicksChanged:
    """One key for a selection: ticks what is open, or clears all when every one is ticked."""
    keys = list(dict.fromkeys(keys))
    states = tick_states(service, keys)
    done = any(state.stamp is None for state in states)
    return set_ticks(service, keys, done=done, when=when)


#: The worklist's periods, by the contact's own calendar date: weeks run Monday to Sunday.
PERIOD_ALL, PERIOD_THIS_WEEK, PERIOD_LAST_WEEK, PERIOD_THIS_MONTH, PERIOD_LAST_MONTH = (
    "all", "this-week", "last-week", "this-month", "last-month")
PERIODS = (PERIOD_ALL, PERIOD_THIS_WEEK, PERIOD_LAST_WEEK, PERIOD_THIS_MONTH, PERIOD_LAST_MONTH)


def period_dates(period: str, today: date) -> tuple[date | None, date | None]:
    """The first and last day of a period (None, None for all), for `worklist_rows(start, end)`."""
    if period == PERIOD_ALL:
        return None, None
    if period in (PERIOD_THIS_WEEK, PERIOD_LAST_WEEK):
        monday = today - timedelta(days=today.weekday())
        if period == PERIOD_LAST_WEEK:
            monday -= timedelta(days=7)
        return monday, monday + timedelta(days=6)
    if period in (PERIOD_THIS_MONTH, PERIOD_LAST_MONTH):
        first = today.replace(day=1)
        if period == PERIOD_LAST_MONTH:
            first = (first - timedelta(days=1)).replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return first, following - timedelta(days=1)
    raise ValueError(f"unknown worklist period {period!r}")
