"""Contacts: the draft the checklist fills in, the one check every way in uses (`check_contact`:
the checklist's Finish through the service, the batch, the importer), the routine's findings and
suggested codes before saving, and the save itself with what it changes on the episode."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func
from sqlmodel import Session, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit, checker
from kbtdesk.core.models import Contact, Episode
from kbtdesk.core.rules import RuleBook, RuleSet, is_kva_code, normalise_code
from kbtdesk.core.service.inputs import InputError, check_care_day, clean_text, input_message, iso, utc_key
from kbtdesk.core.service.store import Store


@dataclass(frozen=True)
class ContactDraft:
    """One contact as the checklist fills it in; `id` None means a new contact."""

    episode_id: str
    at: datetime
    type: str
    mode: str | None = None
    minutes: int | None = None
    final: bool = False
    codes: tuple[str, ...] = ()
    journal_done: datetime | None = None
    registered: datetime | None = None
    note: str = ""
    outage: bool = False
    id: str | None = None

    @classmethod
    def from_contact(cls, contact: Contact) -> ContactDraft:
        return cls(
            episode_id=contact.episode_id, at=datetime.fromisoformat(contact.at), type=contact.type,
            mode=contact.mode, minutes=contact.minutes, final=contact.final,
            codes=tuple(contact.code_list),
            journal_done=datetime.fromisoformat(contact.journal_done) if contact.journal_done else None,
            registered=datetime.fromisoformat(contact.registered) if contact.registered else None,
            note=contact.note, outage=contact.outage, id=contact.id,
        )


@dataclass(frozen=True)
class CheckedContact:
    """A contact as the checker reads it: from a plain row, a record or a draft."""

    id: str
    type: str
    mode: str | None
    final: bool
    codes: list[str]
    on: date | None = None  # the contact's day: which version of the routine judges it

    @classmethod
    def of(cls, contact: Contact) -> CheckedContact:
        return cls(contact.id, contact.type, contact.mode, bool(contact.final), contact.code_list,
                   date.fromisoformat(contact.at[:10]))


def contact_shape_problem(rules: RuleSet, contact_type: str, mode: str | None) -> tuple[str, Message] | None:
    """What is wrong with a contact's type and mode under `rules` (field, message), or None.

    The rule set says which types exist, which have modes and which need one. Types and modes are
    named as the rule set names them in Swedish (the routine's own words).
    """
    ctype = rules.contact_type(contact_type)
    if ctype is None:
        known = ", ".join(t.id for t in rules.contact_types)
        return "type", input_message(QT_TRANSLATE_NOOP("Input", "Unknown contact type '{value}' (the rule set {rules} "
                                                                "knows {known})."),
                                     value=contact_type, rules=rules.label, known=known)
    name = ctype.name.get("sv")
    modes = ", ".join(m.name.get("sv") for m in ctype.modes)
    if mode is None:
        if ctype.mode_required:
            return "mode", input_message(QT_TRANSLATE_NOOP("Input", "A contact of type {type} needs a mode: {modes}."),
                                         type=name, modes=modes)
    elif not ctype.modes:
        return "mode", input_message(QT_TRANSLATE_NOOP("Input", "A contact of type {type} has no mode."), type=name)
    elif ctype.mode(mode) is None:
        return "mode", input_message(QT_TRANSLATE_NOOP("Input", "'{value}' is not a mode of {type} (known: {modes})."),
                                     value=mode, type=name, modes=", ".join(m.id for m in ctype.modes))
    return None


def check_contact(book: RuleBook, draft: ContactDraft) -> ContactDraft:
    """The draft with codes normalised (trimmed, upper case, each once) and its note in NFC, or
    InputError naming the field: the one check of a contact's values, whether it comes from the
    checklist, a batch or an imported file.

    Dates must be days of care with a UTC offset, the type and mode those of the routine's version
    valid on the contact's day, minutes within a day, codes KVÅ codes. (Whether the routine's rules
    are met is `checker`'s: a finding, not an input error.)
    """
    if draft.at.tzinfo is None:
        raise InputError("at", input_message(QT_TRANSLATE_NOOP("Input", "The contact time has no UTC offset.")))
    for name, moment in (("at", draft.at), ("journal_done", draft.journal_done), ("registered", draft.registered)):
        if moment is not None:
            check_care_day(name, moment.date())
    try:
        utc_key(draft.at)
    except OverflowError:  # 0001-01-01T00:30+01:00 is before the first day in UTC
        raise InputError("at", input_message(QT_TRANSLATE_NOOP(
            "Input", "The contact time {value} is outside the calendar."), value=draft.at.isoformat())) from None
    problem = contact_shape_problem(book.for_date(draft.at.date()), draft.type, draft.mode)
    if problem is not None:
        raise InputError(*problem)
    if draft.minutes is not None and not (0 <= draft.minutes <= 24 * 60):
        raise InputError("minutes", input_message(QT_TRANSLATE_NOOP(
            "Input", "Minutes must be between 0 and 1440.")))
    codes = tuple(dict.fromkeys(normalise_code(c) for c in draft.codes if c.strip()))
    for code in codes:
        if not is_kva_code(code):
            raise InputError("codes", input_message(QT_TRANSLATE_NOOP(
                "Input", "'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)."),
                code=code))
    return replace(draft, codes=codes, note=clean_text(draft.note))


class Contacts:
    def __init__(self, store: Store):
        self.store = store

    def validate(self, draft: ContactDraft) -> ContactDraft:
        """`check_contact` by the service's routine."""
        return check_contact(self.store.rule_book, draft)

    def findings_for_draft(self, draft: ContactDraft) -> list[checker.Finding]:
        """What the routine's rules say about a contact before it is saved (live in the checklist)."""
        probe = CheckedContact(draft.id or "", draft.type, draft.mode, draft.final,
                               [normalise_code(c) for c in draft.codes if c.strip()], draft.at.date())
        return checker.check_contact(self.store.rule_book, draft.episode_id, probe, self.store.now().date())

    def suggest_codes(self, contact_type: str, mode: str | None, final: bool,
                      on: date | None = None) -> list[checker.Suggestion]:
        """The codes the routine asks for on such a contact, by the version valid on `on` (today)."""
        probe = CheckedContact("", contact_type, mode, final, [], on or self.store.now().date())
        return checker.suggest_codes(self.store.rule_book, probe)

    def save(self, draft: ContactDraft) -> Contact:
        """Insert or update one contact, in one transaction with everything it changes.

        A final contact ends an episode that is still open (reason "completed").
        """
        draft = self.validate(draft)
        with self.store.session() as s:
            contact = self.put(s, draft)
            s.commit()
            return contact

    def put(self, s: Session, draft: ContactDraft, detail: str = "") -> Contact:
        """`save`'s work inside the caller's transaction (the batch writes many in one); `draft`
        has passed `check_contact`. `detail`: the audit entry's (an undo's or a redo's)."""
        episode = self.store.episode_in(s, draft.episode_id)
        contact = s.get(Contact, draft.id) if draft.id else None
        action = audit.CREATE if contact is None else audit.UPDATE
        if contact is None:
            contact = Contact(episode_id=draft.episode_id, at="", at_utc="", type=draft.type)
            if draft.id:
                contact.id = draft.id
        previous_episode = contact.episode_id
        contact.episode_id = draft.episode_id
        contact.at, contact.at_utc = draft.at.isoformat(), utc_key(draft.at)
        contact.type, contact.mode, contact.minutes = draft.type, draft.mode, draft.minutes
        contact.final, contact.codes = draft.final, " ".join(draft.codes)
        contact.journal_done, contact.registered = iso(draft.journal_done), iso(draft.registered)
        contact.note, contact.outage = draft.note, draft.outage
        s.add(contact)
        if draft.final and episode.ended is None:
            episode.ended = max(draft.at.date(), episode.started)
            episode.end_reason = "completed"
        s.flush()
        self.refresh_last_contact(s, episode)
        if previous_episode != episode.id:
            self.refresh_last_contact(s, s.get(Episode, previous_episode))
        self.store.write_audit(s, action, "contact", contact.id, episode.patient_id, detail)
        return contact

    def refresh_last_contact(self, s: Session, episode: Episode | None) -> None:
        """Keep the episode's latest-contact time (the list's order) after its contacts changed."""
        if episode is None:
            return
        latest = s.exec(select(func.max(Contact.at_utc)).where(Contact.episode_id == episode.id)).one()
        episode.last_contact_at = latest
        s.add(episode)

    def get(self, contact_id: str) -> Contact | None:
        with self.store.session() as s:
            return s.get(Contact, contact_id)

    def delete(self, contact_id: str) -> Contact:
        """Remove a contact; the returned record can be given to `restore` (undo)."""
        with self.store.session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise InputError("contact", input_message(QT_TRANSLATE_NOOP("Input", "Unknown contact {id}."),
                                                          id=contact_id))
            s.delete(contact)
            s.flush()
            self.refresh_last_contact(s, s.get(Episode, contact.episode_id))
            self.store.write_audit(s, audit.DELETE, "contact", contact.id,
                                   self.store.patient_of_episode(s, contact.episode_id))
            s.commit()
            return contact

    def restore(self, contact: Contact) -> Contact:
        return self.save(ContactDraft.from_contact(contact))
