"""The worklist: what is still to do in other systems (the journal, the registration, SIBER), how
many, and ticking items done or open again."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import func, text
from sqlmodel import col, select

from kbtdesk.core import audit
from kbtdesk.core.models import Contact, Episode
from kbtdesk.core.service.inputs import iso
from kbtdesk.core.service.store import Store

WORK_JOURNAL = "journal"
WORK_REGISTRATION = "registration"
WORK_ENDING = "ending-registration"
WORK_SIBER = "siber"
WORK_KINDS = (WORK_JOURNAL, WORK_REGISTRATION, WORK_ENDING, WORK_SIBER)


class WorkItem(NamedTuple):
    """Something still to do in another system: the worklist is made of these (thousands at a
    clinic's scale: a NamedTuple is made ≈4× faster than a frozen dataclass)."""

    kind: str
    episode_id: str
    contact_id: str | None
    patient_name: str
    identity: str
    programme: str
    when: str  # contact time (ISO with offset) or the episode's end date
    contact_type: str | None = None
    codes: tuple[str, ...] = ()
    outage: bool = False

    @property
    def key(self) -> tuple[str, str]:
        return (self.kind, self.contact_id or self.episode_id)


class Worklist:
    def __init__(self, store: Store):
        self.store = store

    def items(self) -> list[WorkItem]:
        """Everything not yet journaled, registered or transferred, oldest first; outage items first."""
        items: list[WorkItem] = []
        with self.store.session() as s:
            rows = s.execute(text(
                "SELECT c.id, c.episode_id, c.at, c.type, c.codes, c.final, c.outage, "
                "c.journal_done IS NULL, c.registered IS NULL, p.name, p.identity, e.programme "
                "FROM contact c INDEXED BY ix_contact_open "
                "JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
                "WHERE c.journal_done IS NULL OR c.registered IS NULL ORDER BY c.at_utc, c.id")).all()
            split_codes: dict[str, tuple[str, ...]] = {}  # a few distinct code lists, thousands of rows
            for cid, eid, at, ctype, codes, final, outage, no_journal, no_reg, name, identity, programme in rows:
                code_list = split_codes.get(codes)
                if code_list is None:
                    code_list = split_codes[codes] = tuple(codes.split())
                if no_journal:
                    items.append(WorkItem(WORK_JOURNAL, eid, cid, name, identity, programme, at, ctype,
                                          code_list, bool(outage)))
                if no_reg:
                    items.append(WorkItem(WORK_ENDING if final else WORK_REGISTRATION, eid, cid, name, identity,
                                          programme, at, ctype, code_list, bool(outage)))
            # Plain rows, not ORM objects: a log holds thousands of ended episodes to transfer.
            ended = s.execute(text(
                "SELECT e.id, p.name, p.identity, e.programme, e.ended FROM episode e "
                "JOIN patient p ON p.id = e.patient_id "
                "WHERE e.ended IS NOT NULL AND e.siber_transferred IS NULL ORDER BY e.ended, e.id")).all()
            for eid, name, identity, programme, ended_on in ended:
                items.append(WorkItem(WORK_SIBER, eid, None, name, identity, programme,
                                      date.fromisoformat(ended_on).isoformat()))
        items.sort(key=lambda item: not item.outage)
        return items

    def open_item_count(self) -> int:
        with self.store.session() as s:
            contacts = s.execute(text(
                "SELECT COALESCE(SUM(journal_done IS NULL) + SUM(registered IS NULL), 0) "
                "FROM contact INDEXED BY ix_contact_open WHERE journal_done IS NULL OR registered IS NULL")).one()[0]
            episodes = s.exec(select(func.count()).select_from(Episode).where(
                col(Episode.ended).is_not(None), col(Episode.siber_transferred).is_(None))).one()
        return int(contacts) + int(episodes)

    def tick(self, keys: Iterable[tuple[str, str]], when: datetime | None = None, done: bool = True) -> int:
        """Mark worklist items done (time-stamped) or, with done=False, open again. One transaction."""
        when = when or self.store.now()
        changed = 0
        with self.store.session() as s:
            for kind, record_id in keys:
                if kind == WORK_SIBER:
                    episode = s.get(Episode, record_id)
                    if episode is None:
                        continue
                    episode.siber_transferred = when.date() if done else None
                    s.add(episode)
                    self.store.write_audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id,
                                           f"{kind} {'done' if done else 'reopened'}")
                else:
                    contact = s.get(Contact, record_id)
                    if contact is None:
                        continue
                    stamp = iso(when) if done else None
                    if kind == WORK_JOURNAL:
                        contact.journal_done = stamp
                    elif kind in (WORK_REGISTRATION, WORK_ENDING):
                        contact.registered = stamp
                    else:
                        raise ValueError(kind)
                    s.add(contact)
                    self.store.write_audit(s, audit.UPDATE, "contact", contact.id,
                                           self.store.patient_of_episode(s, contact.episode_id),
                                           f"{kind} {'done' if done else 'reopened'}")
                changed += 1
            s.commit()
        return changed
