"""Many contacts at once: one contact for each of several episodes, all or nothing, undoable.

The therapist's Monday: this week's written feedback (BR) for thirty patients. Each contact is
made as the checklist makes it (the codes the rule set suggests for its type, mode and ending,
plus any added by hand) and judged by the same two calls as the checklist's Finish:
`LogService.validate_contact` (bad input: InputError naming the field) and
`LogService.findings_for_draft` (the routine's rules: an error refuses the contact). If any one
contact is refused, none is written. The contacts are written in one transaction by the same code
as a single save (`LogService._put_contact`), each with its audit entry.

Rules about a contact and its episode (a contact before the episode's start, after its end) belong
in `findings_for_draft`, so that the checklist and the batch both get them from that one place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit
from kbtdesk.core.changes import REDO_DETAIL, UNDO_DETAIL
from kbtdesk.core.checker import Finding
from kbtdesk.core.contact_steps import add_code
from kbtdesk.core.models import END_REASONS, Contact, Episode, new_id
from kbtdesk.core.service import ContactDraft, InputError, LogService


@dataclass(frozen=True)
class ContactBatch:
    """What the therapist asks for: one contact of this kind on each of these episodes."""

    episode_ids: tuple[str, ...]
    type: str
    mode: str | None = None
    at: datetime | None = None  # None: the service's "now"
    final: bool = False
    end_reason: str | None = None  # how a final contact ends the treatment (asked, never assumed)
    journal_done: bool = False  # ticked as journaled at the time of logging
    registered: bool = False
    extra_codes: tuple[str, ...] = ()  # after the suggested ones
    minutes: int | None = None
    note: str = ""
    outage: bool = False


@dataclass(frozen=True)
class PlannedContact:
    """One contact of the batch as it would be saved, and what the rules say about it."""

    draft: ContactDraft
    findings: tuple[Finding, ...]

    @property
    def refused(self) -> bool:
        return any(f.severity == "error" for f in self.findings)


class BatchRefused(Exception):
    """The rules refuse at least one contact of the batch; nothing was written."""

    def __init__(self, planned: Sequence[PlannedContact]):
        super().__init__("the rules refuse a contact of the batch")
        self.planned = tuple(planned)

    @property
    def findings(self) -> list[Finding]:
        """The error findings of every refused contact, in the batch's order."""
        return [f for p in self.planned for f in p.findings if f.severity == "error"]


def _input(field: str, source: str, **params) -> InputError:
    return InputError(field, Message("Input", source, params))


def plan(service: LogService, batch: ContactBatch) -> list[PlannedContact]:
    """The batch's contacts with their findings, written nowhere; InputError on bad input."""
    if not batch.episode_ids:
        raise _input("episode", QT_TRANSLATE_NOOP("Input", "Choose at least one episode."))
    seen: set[str] = set()
    for episode_id in batch.episode_ids:
        if episode_id in seen:
            raise _input("episode", QT_TRANSLATE_NOOP("Input", "Episode {id} is given twice."), id=episode_id)
        seen.add(episode_id)
    if batch.final and batch.end_reason not in END_REASONS:
        # As the checklist asks it: a final contact never ends the treatment as completed by default.
        raise _input("end_reason", QT_TRANSLATE_NOOP(
            "Input", "A contact that ends the treatment needs the end reason: {reasons}."),
            reasons=", ".join(END_REASONS))
    now = service.now()
    at = batch.at or now
    # The type, mode and time are checked before codes are suggested for them.
    first = service.validate_contact(ContactDraft(episode_id=batch.episode_ids[0], at=at, type=batch.type,
                                                  mode=batch.mode, minutes=batch.minutes, final=batch.final,
                                                  end_reason=batch.end_reason if batch.final else None))
    codes: tuple[str, ...] = tuple(s.code for s in service.suggest_codes(first.type, first.mode, first.final))
    for code in batch.extra_codes:
        codes = add_code(codes, code)
    known = _existing_episodes(service, batch.episode_ids)
    planned = []
    for episode_id in batch.episode_ids:
        if episode_id not in known:
            raise _input("episode", QT_TRANSLATE_NOOP("Input", "Unknown episode {id}."), id=episode_id)
        draft = service.validate_contact(replace(
            first, episode_id=episode_id, codes=codes, note=batch.note, outage=batch.outage, id=new_id(),
            journal_done=now if batch.journal_done else None, registered=now if batch.registered else None))
        planned.append(PlannedContact(draft, tuple(service.findings_for_draft(draft))))
    return planned


def _existing_episodes(service: LogService, episode_ids: Iterable[str]) -> set[str]:
    with service.session() as s:
        return {e for e in episode_ids if s.get(Episode, e) is not None}


@dataclass(frozen=True)
class EndingState:
    """An episode's ending fields, to put back exactly."""

    episode_id: str
    ended: date | None
    end_reason: str | None


@dataclass(frozen=True)
class ContactsLogged:
    """The batch as written: its undo deletes these contacts and gives back any ending they made."""

    drafts: tuple[ContactDraft, ...]
    endings_before: tuple[EndingState, ...]

    @property
    def contact_ids(self) -> tuple[str, ...]:
        return tuple(_saved_id(d) for d in self.drafts)

    @property
    def label(self) -> Message:
        if len(self.drafts) == 1:
            return Message("Undo", QT_TRANSLATE_NOOP("Undo", "contact"))
        return Message("Undo", QT_TRANSLATE_NOOP("Undo", "{n} contacts"), {"n": len(self.drafts)})

    def undo(self, service: LogService) -> None:
        with service.session() as s:
            for contact_id in self.contact_ids:
                _delete_contact(service, s, contact_id, UNDO_DETAIL)
            for before in self.endings_before:
                episode = s.get(Episode, before.episode_id)
                if episode is not None and (episode.ended, episode.end_reason) != (before.ended, before.end_reason):
                    episode.ended, episode.end_reason = before.ended, before.end_reason
                    s.add(episode)
                    service._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id,
                                   f"ending {UNDO_DETAIL}")
            s.commit()

    def redo(self, service: LogService) -> None:
        _write(service, self.drafts)


def log_contacts(service: LogService, batch: ContactBatch) -> ContactsLogged:
    """Write the batch in one transaction, or nothing: InputError on bad input, BatchRefused when
    the rules refuse any one of its contacts (as the checklist's Finish refuses it)."""
    planned = plan(service, batch)
    refused = [p for p in planned if p.refused]
    if refused:
        raise BatchRefused(refused)
    drafts = tuple(p.draft for p in planned)
    with service.session() as s:
        episodes = [s.get(Episode, d.episode_id) for d in drafts]  # plan() found every one
        endings = tuple(EndingState(e.id, e.ended, e.end_reason) for e in episodes if e is not None)
    _write(service, drafts)
    return ContactsLogged(drafts, endings)


def _write(service: LogService, drafts: Sequence[ContactDraft]) -> None:
    with service.session() as s:
        for draft in drafts:
            service._put_contact(s, draft)
        s.commit()


def _saved_id(draft: ContactDraft) -> str:
    """The id of a draft that was or is being written: plan() and ContactDraft.from_contact give one."""
    if draft.id is None:
        raise ValueError("a written contact has an id")
    return draft.id


def _delete_contact(service: LogService, s, contact_id: str, detail: str = "") -> Contact | None:
    """Remove one contact inside the caller's transaction (as `LogService.delete_contact` does)."""
    contact = s.get(Contact, contact_id)
    if contact is None:
        return None
    s.delete(contact)
    s.flush()
    service._refresh_last_contact(s, s.get(Episode, contact.episode_id))
    service._audit(s, audit.DELETE, "contact", contact.id, service._patient_of_episode(s, contact.episode_id),
                   detail)
    return contact


@dataclass(frozen=True)
class ContactsDeleted:
    """Several contacts removed at once; the undo puts each back exactly (same id, same ticks)."""

    drafts: tuple[ContactDraft, ...]

    @property
    def label(self) -> Message:
        return Message("Undo", QT_TRANSLATE_NOOP("Undo", "deletion"))

    def undo(self, service: LogService) -> None:
        _write(service, self.drafts)

    def redo(self, service: LogService) -> None:
        with service.session() as s:
            for draft in self.drafts:
                _delete_contact(service, s, _saved_id(draft), REDO_DETAIL)
            s.commit()


def delete_contacts(service: LogService, contact_ids: Sequence[str]) -> ContactsDeleted:
    """Remove these contacts in one transaction; InputError (nothing removed) if one is unknown."""
    with service.session() as s:
        drafts = []
        for contact_id in dict.fromkeys(contact_ids):
            contact = _delete_contact(service, s, contact_id)
            if contact is None:
                raise _input("contact", QT_TRANSLATE_NOOP("Input", "Unknown contact {id}."), id=contact_id)
            drafts.append(ContactDraft.from_contact(contact))
        s.commit()
    return ContactsDeleted(tuple(drafts))
