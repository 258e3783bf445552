"""The log's operations: what the window and the command line both call.

Every method opens a short session, commits before it returns, and hands back plain detached
records or small dataclasses: no live session ever leaves this module.
"""

from __future__ import annotations

import hashlib
import json
import math
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from typing import NamedTuple

from sqlalchemy import event, func, text
from sqlmodel import Session, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.search_text import fold, search_terms  # noqa: F401 - part of this module's API
from kbtdesk.core import audit, checker, episode_list
from kbtdesk.core.episode_list import EpisodeRow  # noqa: F401 - part of this module's API
from kbtdesk.core.identity import InvalidIdentity, fold_identity, parse_identity
from kbtdesk.core.limits import EARLIEST_CARE_DAY, LATEST_CARE_DAY, is_care_day
from kbtdesk.core.models import (
    END_REASONS,
    Contact,
    Episode,
    Measure,
    Patient,
    Profile,
    SearchTerm,
    Setting,
)
from kbtdesk.core.rules import Placement, RuleBook, RuleSet, is_kva_code, normalise_code
from kbtdesk.core.unit_config import UnitConfig


class InputError(ValueError):
    """A value the user gave cannot be saved; `field` names which one."""

    def __init__(self, field_name: str, message: Message, record: str | None = None):
        super().__init__(str(message))
        self.field = field_name
        self.message = message
        self.record = record


def _msg(source: str, **params) -> Message:
    return Message("Input", source, params)


def clean_text(value: str) -> str:
    """User text is kept as given, only normalised to NFC (NFD input must compare equal)."""
    return unicodedata.normalize("NFC", value)


def exported_patients_note(patient_ids: Sequence[str]) -> str:
    """What an export's audit detail says about whom it held: how many, and a digest of their
    sorted ids (so that the hash chain covers the list kept in `audit_patient`)."""
    digest = hashlib.sha256("\n".join(sorted(patient_ids)).encode("utf-8")).hexdigest()[:16]
    return f"patients {len(patient_ids)} #{digest}"


def utc_key(moment: datetime) -> str:
    """Sortable UTC text for an aware date-time."""
    # isoformat, not strftime("%Y"): glibc writes the year 1 as "1", which sorts after "2026".
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


def parse_moment(value: str, field_name: str = "at") -> datetime:
    try:
        moment = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise InputError(field_name, _msg(QT_TRANSLATE_NOOP(
            "Input", "'{value}' is not a date and time (ISO 8601 with offset)."), value=str(value))) from None
    if moment.tzinfo is None:
        raise InputError(field_name, _msg(QT_TRANSLATE_NOOP(
            "Input", "'{value}' has no UTC offset (for example +01:00)."), value=value))
    check_care_day(field_name, moment.date())
    return moment


def check_care_day(field_name: str, day: date) -> None:
    """Refuse a date of care outside the years kbtdesk keeps (kbtdesk/core/limits.py)."""
    if not is_care_day(day):
        raise InputError(field_name, _msg(QT_TRANSLATE_NOOP(
            "Input", "{value} is outside the dates kbtdesk keeps ({earliest} to {latest})."),
            value=day.isoformat(), earliest=EARLIEST_CARE_DAY.isoformat(), latest=LATEST_CARE_DAY.isoformat()))


def check_score(rules: RuleSet, instrument: str, score: int, items: Sequence[int] | None) -> None:
    """A score against its instrument in the rule set: known instrument, total in range, item count
    and item range, items adding up to the total. The one check for the window's score dialog,
    `LogService.add_measure` and the importer; InputError names the field."""
    known = rules.instrument(instrument)
    if known is None:
        raise InputError("instrument", _msg(QT_TRANSLATE_NOOP(
            "Input", "'{instrument}' is not a rating scale of the rule set ({known})."),
            instrument=instrument, known=", ".join(i.id for i in rules.instruments)))
    if not 0 <= score <= known.total_max:
        raise InputError("score", _msg(QT_TRANSLATE_NOOP(
            "Input", "The score {score} is outside the range of {instrument} (0–{max})."),
            score=score, instrument=known.name, max=known.total_max))
    if items is None:
        return
    if known.items is not None and len(items) != known.items:
        raise InputError("items", _msg(QT_TRANSLATE_NOOP(
            "Input", "{instrument} has {n} items, not {m}."), instrument=known.name, n=known.items, m=len(items)))
    low = known.item_min if known.item_min is not None else 0
    high = known.item_max if known.item_max is not None else known.total_max
    if any(not (low <= v <= high) for v in items):
        raise InputError("items", _msg(QT_TRANSLATE_NOOP(
            "Input", "An item score of {instrument} is outside {lo}–{hi}."),
            instrument=known.name, lo=low, hi=high))
    if sum(items) != score:
        raise InputError("score", _msg(QT_TRANSLATE_NOOP(
            "Input", "The item scores add up to {total}, not {score}."), total=sum(items), score=score))


def iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def contact_shape_problem(rules: RuleSet, contact_type: str, mode: str | None) -> tuple[str, Message] | None:
    """What is wrong with a contact's type and mode under `rules` (field, message), or None.

    The rule set says which types exist, which have modes and which need one; the window, the
    command line and the importer all ask here. Types and modes are named as the rule set names
    them in Swedish (the routine's own words).
    """
    ctype = rules.contact_type(contact_type)
    if ctype is None:
        known = ", ".join(t.id for t in rules.contact_types)
        return "type", _msg(QT_TRANSLATE_NOOP("Input", "Unknown contact type '{value}' (the rule set {rules} "
                                                       "knows {known})."), value=contact_type, rules=rules.label,
                            known=known)
    name = ctype.name.get("sv")
    modes = ", ".join(m.name.get("sv") for m in ctype.modes)
    if mode is None:
        if ctype.mode_required:
            return "mode", _msg(QT_TRANSLATE_NOOP("Input", "A contact of type {type} needs a mode: {modes}."),
                                type=name, modes=modes)
    elif not ctype.modes:
        return "mode", _msg(QT_TRANSLATE_NOOP("Input", "A contact of type {type} has no mode."), type=name)
    elif ctype.mode(mode) is None:
        return "mode", _msg(QT_TRANSLATE_NOOP("Input", "'{value}' is not a mode of {type} (known: {modes})."),
                            value=mode, type=name, modes=", ".join(m.id for m in ctype.modes))
    return None


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
class EpisodeDetail:
    patient: Patient
    episode: Episode
    contacts: list[Contact]
    measures: list[Measure]
    findings: list[checker.Finding]


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


@dataclass
class Counts:
    patients: int = 0
    episodes: int = 0
    contacts: int = 0
    measures: int = 0


#: The records whose content the audit trail covers, by their ORM class.
_CONTENT_KINDS = {Profile: "profile", Setting: "setting", Patient: "patient", Episode: "episode",
                  Contact: "contact", Measure: "measure"}


class _AuditedSession(Session):
    """A session that remembers, per record it writes, the content the log held before."""


def _content_key(obj) -> tuple[str, str] | None:
    kind = _CONTENT_KINDS.get(type(obj))
    return None if kind is None else (kind, str(getattr(obj, audit.RECORDS[kind].key)))


@event.listens_for(_AuditedSession, "before_flush")
def _note_content_before(session, _flush_context, _instances) -> None:
    """Before the first write of a record in this transaction, read what the log holds: the entry
    says what the record held before the change, as the log had it (not as the last entry says:
    a change made outside kbtdesk in between would be laundered)."""
    key = session.info.get("audit_key")
    if key is None:
        return
    seen = session.info.setdefault("audit_before", {})
    conn = session.connection()
    for obj in (*session.new, *session.dirty, *session.deleted):
        record = _content_key(obj)
        if record is not None and record not in seen:
            seen[record] = audit.record_hash(lambda sql, p: conn.execute(text(sql), p), key, *record)


@event.listens_for(_AuditedSession, "before_commit")
def _no_change_without_entry(session) -> None:
    """A change to a covered record must commit with its entry (`LogService._audit`)."""
    session.flush()
    pending = session.info.get("audit_before")
    if not pending:
        return
    conn = session.connection()
    key = session.info["audit_key"]
    for record, was in pending.items():
        if audit.record_hash(lambda sql, p: conn.execute(text(sql), p), key, *record) != was:
            raise RuntimeError(f"{record[0]} {record[1]} changed without an audit entry")


@dataclass
class LogService:
    """The log's use cases over one engine. `now` is injectable for tests."""

    engine: object
    #: The rule set valid today. Given a RuleBook (several versions), the service keeps the book
    #: in `rule_book` and this becomes the version valid on the service's today.
    rules: RuleSet
    now: Callable[[], datetime] = field(default=lambda: datetime.now().astimezone())
    #: HMAC key of the audit chain; by default the one the engine was built with (db/engine.py).
    audit_key: bytes | None = None
    #: Every version of the routine: each contact is judged by the version valid on its day.
    rule_book: RuleBook | None = None
    #: The unit's configuration (unit.json); already laid over the rules by composition.load_rules.
    unit: UnitConfig = field(default_factory=UnitConfig)

    def __post_init__(self) -> None:
        if self.audit_key is None:
            self.audit_key = getattr(self.engine, "kbtdesk_audit_key", b"")
        if isinstance(self.rules, RuleBook):
            self.rule_book = self.rules
        if self.rule_book is None:
            self.rule_book = RuleBook.of(self.rules)
        self.rules = self.rule_book.for_date(self.now().date())

    def rules_for(self, day: date) -> RuleSet:
        """The version of the routine that judges `day`."""
        return self.rule_book.for_date(day)

    def placement(self, day: date) -> Placement:
        """The version that judges `day`, and whether the day lies outside every version's period."""
        return self.rule_book.placement(day)

    def session(self) -> Session:
        s = _AuditedSession(self.engine, expire_on_commit=False)
        s.info["audit_key"] = self.audit_key
        return s

    # -- audit trail ------------------------------------------------------------------------

    def _audit(self, s: Session, action: str, record_kind: str | None = None, record_id: str | None = None,
               patient_id: str | None = None, detail: str = "") -> audit.AuditEntry:
        """Append an audit entry inside the session's transaction: it commits with the change.

        The entry covers every record the session changed since the last entry: the content
        each held before (read from the log as the session first wrote it, see
        `_note_content_before`) and holds now."""
        s.flush()

        def execute(sql, p):
            return s.execute(text(sql), p)

        before = s.info.pop("audit_before", {})
        changes = [audit.Change(kind, rid, was, audit.record_hash(execute, self.audit_key, kind, rid))
                   for (kind, rid), was in before.items()]
        return audit.append(execute, self.audit_key, self.now(), action, record_kind, record_id, patient_id,
                            detail, changes=changes)

    def _patient_of_episode(self, s: Session, episode_id: str | None) -> str | None:
        episode = s.get(Episode, episode_id) if episode_id else None
        return episode.patient_id if episode is not None else None

    def record_export(self, kind: str, detail: str = "", patient_id: str | None = None,
                      patient_ids: Iterable[str] | None = None) -> audit.AuditEntry:
        """For exporters and printing: record what left the log (`kind` "print" records a print).

        `detail` says what (e.g. "csv contacts 2026-01..2026-06"); never put names or identity
        numbers in it. `patient_ids` are the patients whose data the export held (a list export
        holds many): they are stored with the entry in the same transaction, so that each one's
        log extract lists the export, and their number and digest go into the detail, so that the
        hash chain covers the list. Call it once the file is written or the print job is sent.
        """
        action = audit.PRINT if kind == "print" else audit.EXPORT
        held = sorted(set(patient_ids or ()) | ({patient_id} if patient_id else set()))
        detail = clean_text(detail)
        if patient_ids is not None:
            detail = f"{detail}; {exported_patients_note(held)}" if detail else exported_patients_note(held)
        with self.session() as s:
            entry = self._audit(s, action, kind, None, patient_id, detail)
            if patient_ids is not None and held:
                s.execute(text("INSERT INTO audit_patient (seq, patient_id) VALUES (:seq, :patient)"),
                          [{"seq": entry.seq, "patient": held_id} for held_id in held])
            s.commit()
            return entry

    def audit_trail(self, patient_id: str) -> list[audit.AuditEntry]:
        """Every audit entry about one patient, oldest first (the patient's right to a log extract):
        the entries about their records and every export or print that held their data."""
        with self.session() as s:
            direct = audit.entries(lambda sql, p: s.execute(text(sql), p), patient_id=patient_id)
            listed = [audit.AuditEntry(*row) for row in s.execute(text(
                f"SELECT {', '.join(audit.COLUMNS)} FROM audit WHERE seq IN "
                "(SELECT seq FROM audit_patient WHERE patient_id = :p) "
                "AND (patient_id IS NULL OR patient_id != :p) ORDER BY seq"), {"p": patient_id})]
        return sorted(direct + listed, key=lambda entry: entry.seq) if listed else direct

    def audit_entries(self, after: int = 0, limit: int | None = None) -> list[audit.AuditEntry]:
        with self.session() as s:
            return audit.entries(lambda sql, p: s.execute(text(sql), p), after=after, limit=limit)

    def audit_head(self) -> tuple[int, str]:
        """The newest entry's (seq, hash): what an export carries so that a later rewrite shows."""
        with self.session() as s:
            return audit.head(lambda sql, p: s.execute(text(sql), p))

    def verify_audit(self, copies: Iterable[audit.TrailCopy] = (),
                     progress: Callable[[int, int], None] | None = None) -> audit.Verification:
        """Walk the whole chain (naming the first edited or missing entry), recompute the content
        of every record against the entries, and compare the chain with earlier `copies` (backups,
        exports: `audit.backup_copy`, `audit.export_copy`)."""
        with self.session() as s:
            return audit.verify(lambda sql, p: s.execute(text(sql), p), self.audit_key, copies=copies,
                                progress=progress)

    # -- profile and settings -------------------------------------------------------------

    def profile(self) -> Profile | None:
        with self.session() as s:
            return s.get(Profile, 1)

    def _check_care_level_and_ehr(self, care_level: str, ehr: str) -> None:
        if care_level not in self.rules.care_levels:
            raise InputError("care_level", _msg(QT_TRANSLATE_NOOP("Input", "Unknown care level '{value}'."),
                                                value=care_level))
        if ehr not in self.rules.ehr_ids:
            raise InputError("ehr", _msg(QT_TRANSLATE_NOOP("Input", "Unknown EHR system '{value}'."), value=ehr))

    def save_profile(self, name: str, profession: str, care_unit: str, care_level: str, ehr: str) -> Profile:
        self._check_care_level_and_ehr(care_level, ehr)
        with self.session() as s:
            profile = s.get(Profile, 1) or Profile(id=1)
            profile.name, profile.profession, profile.care_unit = (
                clean_text(name).strip(), clean_text(profession).strip(), clean_text(care_unit).strip())
            profile.care_level, profile.ehr = care_level, ehr
            s.add(profile)
            self._audit(s, audit.UPDATE, "profile", "1")
            s.commit()
            return profile

    def setting(self, key: str, default=None):
        with self.session() as s:
            row = s.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set_setting(self, key: str, value) -> None:
        with self.session() as s:
            row = s.get(Setting, key) or Setting(key=key, value="null")
            row.value = json.dumps(value, ensure_ascii=False)
            s.add(row)
            self._audit(s, audit.UPDATE, "setting", key)
            s.commit()

    def programmes(self) -> list[str]:
        """The programme names offered for a new episode: the user's list (unless the unit fixes
        it), else the unit's or the rule set's."""
        names = None if self.unit.locked("programmes") else self.setting("programmes")
        if names:
            return list(names)
        return [p.name for p in self.rules.programmes]

    def planned_weeks(self, programme: str) -> int | None:
        """A programme's planned length in weeks, where the unit or the rule set gives it."""
        return next((p.planned_weeks for p in self.rules.programmes if p.name == programme), None)

    def template_headings(self, ehr: str) -> list[str]:
        """The note skeleton's headings: the user's own (unless the unit fixes them), else the
        unit's or the rule set's."""
        fixed = self.unit.locked("template_headings") and ehr in (self.unit.value("template_headings") or {})
        custom = None if fixed else (self.setting("template_headings") or {}).get(ehr)
        return list(custom) if custom else list(self.rules.template(ehr).headings)

    # Days without written feedback before an active episode counts as due (the week view uses it).
    DEFAULT_NO_FEEDBACK_DAYS = 7

    def no_feedback_days(self) -> int:
        own = None if self.unit.locked("no_feedback_days") else self.setting("no_feedback_days")
        return int(own or self.unit.value("no_feedback_days") or self.DEFAULT_NO_FEEDBACK_DAYS)

    def extra_codes(self) -> dict[str, list[str]]:
        """KVÅ codes the unit uses beside the routine's: {"allowed": [...], "suggested": [...]}."""
        own = None if self.unit.locked("extra_codes") else self.setting("extra_codes")
        chosen = own or self.unit.value("extra_codes") or {}
        return {"allowed": list(chosen.get("allowed", [])), "suggested": list(chosen.get("suggested", []))}

    # -- patients and episodes ------------------------------------------------------------

    def _search_terms(self, patient: Patient) -> set[str]:
        return search_terms(patient.name_folded, patient.identity)

    def _put_patient(self, s: Session, patient: Patient) -> None:
        s.add(patient)
        s.flush()
        s.exec(text("DELETE FROM search_term WHERE patient_id = :p").bindparams(p=patient.id))
        for term in self._search_terms(patient):
            s.add(SearchTerm(term=term, patient_id=patient.id))

    def add_patient(self, identity: str, name: str, patient_id: str | None = None) -> Patient:
        try:
            parsed = parse_identity(identity, today=self.now().date())
        except InvalidIdentity as exc:
            raise InputError("identity", exc.message) from None
        name = clean_text(name).strip()
        if not name:
            raise InputError("name", _msg(QT_TRANSLATE_NOOP("Input", "The patient's name is empty.")))
        with self.session() as s:
            existing = s.exec(select(Patient).where(Patient.identity == parsed.value)).first()
            if existing is not None:
                raise InputError("identity", _msg(QT_TRANSLATE_NOOP(
                    "Input", "A patient with identity number {identity} is already in the log."),
                    identity=parsed.display()))
            patient = Patient(identity=parsed.value, name=name, name_folded=fold(name))
            if patient_id:
                patient.id = patient_id
            self._put_patient(s, patient)
            self._audit(s, audit.CREATE, "patient", patient.id, patient.id)
            s.commit()
            return patient

    def patient_by_identity(self, identity: str) -> Patient | None:
        try:
            value = parse_identity(identity, today=self.now().date()).value
        except InvalidIdentity:
            return None
        with self.session() as s:
            return s.exec(select(Patient).where(Patient.identity == value)).first()

    def rename_patient(self, patient_id: str, name: str) -> Patient:
        name = clean_text(name).strip()
        if not name:
            raise InputError("name", _msg(QT_TRANSLATE_NOOP("Input", "The patient's name is empty.")))
        with self.session() as s:
            patient = s.get(Patient, patient_id)
            if patient is None:
                raise InputError("patient", _msg(QT_TRANSLATE_NOOP("Input", "Unknown patient.")))
            patient.name, patient.name_folded = name, fold(name)
            self._put_patient(s, patient)
            self._audit(s, audit.UPDATE, "patient", patient.id, patient.id, "name")
            s.commit()
            return patient

    def add_episode(self, patient_id: str, programme: str, started: date,
                    care_level: str | None = None, ehr: str | None = None) -> Episode:
        profile = self.profile() or Profile()
        care_level = care_level or profile.care_level or self.rules.care_levels[0]
        ehr = ehr or profile.ehr or self.rules.ehr_ids[0]
        programme = clean_text(programme).strip()
        if not programme:
            raise InputError("programme", _msg(QT_TRANSLATE_NOOP("Input", "Choose a programme.")))
        check_care_day("started", started)
        self._check_care_level_and_ehr(care_level, ehr)
        with self.session() as s:
            if s.get(Patient, patient_id) is None:
                raise InputError("patient", _msg(QT_TRANSLATE_NOOP("Input", "Unknown patient.")))
            episode = Episode(patient_id=patient_id, programme=programme, programme_folded=fold(programme),
                              started=started, care_level=care_level, ehr=ehr)
            s.add(episode)
            self._audit(s, audit.CREATE, "episode", episode.id, patient_id)
            s.commit()
            return episode

    def end_episode(self, episode_id: str, ended: date, reason: str = "completed") -> Episode:
        if reason not in END_REASONS:
            raise InputError("end_reason", _msg(QT_TRANSLATE_NOOP("Input", "Unknown end reason '{value}'."), value=reason))
        with self.session() as s:
            episode = self._episode(s, episode_id)
            check_care_day("ended", ended)
            if ended < episode.started:
                raise InputError("ended", _msg(QT_TRANSLATE_NOOP("Input", "The end date is before the start date.")))
            episode.ended, episode.end_reason = ended, reason
            s.add(episode)
            self._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id, "ended")
            s.commit()
            return episode

    def reopen_episode(self, episode_id: str) -> Episode:
        with self.session() as s:
            episode = self._episode(s, episode_id)
            episode.ended = episode.end_reason = episode.siber_transferred = None
            s.add(episode)
            self._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id, "reopened")
            s.commit()
            return episode

    def set_siber_start_documented(self, episode_id: str, on: date | None) -> Episode:
        if on is not None:
            check_care_day("siber_start_documented", on)
        with self.session() as s:
            episode = self._episode(s, episode_id)
            episode.siber_start_documented = on
            s.add(episode)
            self._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id, "siber_start_documented")
            s.commit()
            return episode

    def _episode(self, s: Session, episode_id: str) -> Episode:
        episode = s.get(Episode, episode_id)
        if episode is None:
            raise InputError("episode", _msg(QT_TRANSLATE_NOOP("Input", "Unknown episode {id}."), id=episode_id))
        return episode

    def episode(self, episode_id: str) -> Episode:
        with self.session() as s:
            return self._episode(s, episode_id)

    # -- contacts -----------------------------------------------------------------------------

    def validate_contact(self, draft: ContactDraft) -> ContactDraft:
        """The draft with codes normalised, or InputError naming the field.

        The type and mode are checked against the version of the routine valid on the contact's day.
        """
        if draft.at.tzinfo is None:
            raise InputError("at", _msg(QT_TRANSLATE_NOOP("Input", "The contact time has no UTC offset.")))
        for name, moment in (("at", draft.at), ("journal_done", draft.journal_done), ("registered", draft.registered)):
            if moment is not None:
                check_care_day(name, moment.date())
        try:
            utc_key(draft.at)
        except OverflowError:  # 0001-01-01T00:30+01:00 is before the first day in UTC
            raise InputError("at", _msg(QT_TRANSLATE_NOOP(
                "Input", "The contact time {value} is outside the calendar."), value=draft.at.isoformat())) from None
        problem = contact_shape_problem(self.rules_for(draft.at.date()), draft.type, draft.mode)
        if problem is not None:
            raise InputError(*problem)
        if draft.minutes is not None and not (0 <= draft.minutes <= 24 * 60):
            raise InputError("minutes", _msg(QT_TRANSLATE_NOOP(
                "Input", "Minutes must be between 0 and 1440.")))
        codes = tuple(dict.fromkeys(normalise_code(c) for c in draft.codes if c.strip()))
        for code in codes:
            if not is_kva_code(code):
                raise InputError("codes", _msg(QT_TRANSLATE_NOOP(
                    "Input", "'{code}' is not a KVÅ code (2 letters and 3 digits, or 3 letters and 2 digits)."),
                    code=code))
        return replace(draft, codes=codes, note=clean_text(draft.note))

    def findings_for_draft(self, draft: ContactDraft) -> list[checker.Finding]:
        """What the routine's rules say about a contact before it is saved (live in the checklist)."""
        probe = _CheckedContact(draft.id or "", draft.type, draft.mode, draft.final,
                                [normalise_code(c) for c in draft.codes if c.strip()], draft.at.date())
        return checker.check_contact(self.rule_book, draft.episode_id, probe, self.now().date())

    def suggest_codes(self, contact_type: str, mode: str | None, final: bool,
                      on: date | None = None) -> list[checker.Suggestion]:
        """The codes the routine asks for on such a contact, by the version valid on `on` (today)."""
        probe = _CheckedContact("", contact_type, mode, final, [], on or self.now().date())
        return checker.suggest_codes(self.rule_book, probe)

    def save_contact(self, draft: ContactDraft) -> Contact:
        """Insert or update one contact, in one transaction with everything it changes.

        A final contact ends an episode that is still open (reason "completed").
        """
        draft = self.validate_contact(draft)
        with self.session() as s:
            contact = self._put_contact(s, draft)
            s.commit()
            return contact

    def _put_contact(self, s: Session, draft: ContactDraft) -> Contact:
        """`save_contact`'s work inside the caller's transaction (the batch writes many in one);
        `draft` has passed `validate_contact`."""
        episode = self._episode(s, draft.episode_id)
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
        self._refresh_last_contact(s, episode)
        if previous_episode != episode.id:
            self._refresh_last_contact(s, s.get(Episode, previous_episode))
        self._audit(s, action, "contact", contact.id, episode.patient_id)
        return contact

    def _refresh_last_contact(self, s: Session, episode: Episode | None) -> None:
        if episode is None:
            return
        latest = s.exec(select(func.max(Contact.at_utc)).where(Contact.episode_id == episode.id)).one()
        episode.last_contact_at = latest
        s.add(episode)

    def contact(self, contact_id: str) -> Contact | None:
        with self.session() as s:
            return s.get(Contact, contact_id)

    def delete_contact(self, contact_id: str) -> Contact:
        """Remove a contact; the returned record can be given to `restore_contact` (undo)."""
        with self.session() as s:
            contact = s.get(Contact, contact_id)
            if contact is None:
                raise InputError("contact", _msg(QT_TRANSLATE_NOOP("Input", "Unknown contact {id}."), id=contact_id))
            s.delete(contact)
            s.flush()
            self._refresh_last_contact(s, s.get(Episode, contact.episode_id))
            self._audit(s, audit.DELETE, "contact", contact.id, self._patient_of_episode(s, contact.episode_id))
            s.commit()
            return contact

    def restore_contact(self, contact: Contact) -> Contact:
        return self.save_contact(ContactDraft.from_contact(contact))

    # -- measures -----------------------------------------------------------------------------

    def add_measure(self, episode_id: str, on: date, instrument: str, score: int,
                    items: Sequence[int] | None = None, measure_id: str | None = None) -> Measure:
        self.validate_measure(instrument, score, items)
        check_care_day("on", on)
        with self.session() as s:
            episode = self._episode(s, episode_id)
            measure = Measure(episode_id=episode_id, on=on, instrument=instrument, score=score,
                              items=json.dumps(list(items)) if items is not None else None)
            if measure_id:
                measure.id = measure_id
            s.add(measure)
            self._audit(s, audit.CREATE, "measure", measure.id, episode.patient_id)
            s.commit()
            return measure

    def validate_measure(self, instrument: str, score: int, items: Sequence[int] | None) -> None:
        check_score(self.rules, instrument, score, items)

    def delete_measure(self, measure_id: str) -> None:
        with self.session() as s:
            measure = s.get(Measure, measure_id)
            if measure is not None:
                s.delete(measure)
                self._audit(s, audit.DELETE, "measure", measure.id, self._patient_of_episode(s, measure.episode_id))
                s.commit()

    # -- reading --------------------------------------------------------------------------

    def _term_ranges(self, query: str) -> list[tuple[str, str]]:
        """The search_term prefix ranges a query looks up: the folded text, and the identity
        number as typed with its separators dropped ("19640823-32" finds "1964082332…")."""
        folded = fold(query).strip()
        id_query = fold_identity(query).lower()
        # Only a query with a digit is read as an identity number: "bjö" must not find "Bjarne".
        numeric = any(ch.isdigit() for ch in id_query)
        terms = [folded] + ([id_query] if numeric and id_query != folded else [])
        return [(term, term + "\U0010ffff") for term in terms]

    #: Relative cost of one episode stepped over while walking the list's index (an index step, a
    #: row and one search_term seek) against one matching term in the sorted plan (a term, an
    #: episode seek, a row and its share of the sort), per episode. Measured at L: ≈2.5 µs against
    #: ≈4 µs (tests/benchmarks and benchmarks/README.md).
    _WALK_COST, _SORT_COST = 2, 3

    def _programmes_containing(self, s: Session, folded: str) -> list[str]:
        """Programme names containing `folded`: few distinct values, read by skipping through
        ix_episode_programme_folded (one seek per distinct name, not a scan of every episode)."""
        names = s.exec(text(
            "WITH RECURSIVE p(v) AS (SELECT min(programme_folded) FROM episode UNION ALL "
            "SELECT (SELECT min(programme_folded) FROM episode WHERE programme_folded > p.v) FROM p "
            "WHERE p.v IS NOT NULL) SELECT v FROM p WHERE v IS NOT NULL")).all()
        return [r[0] for r in names if folded in r[0]]

    def _search_plan(self, s: Session, status: str, ranges, programmes, params: dict, wanted: int) -> str:
        """"walk" or "sort": which of two plans answers a search page with less work.

        walk: read the list's own index in list order, keep the episodes whose patient has a
          matching term (one seek each) and stop at the page's end. Cheap when many match.
        sort: collect the matching patients' episodes (prefix range → patient → episodes), sort
          them, keep the page. Cheap when few match.
        Both give exactly the list order; the estimate only needs the right order of magnitude,
        so every count here stops early (LIMIT) and reads an index.
        """
        episodes = s.exec(text("SELECT max(rowid) FROM episode")).one()[0] or 0
        patients = s.exec(text("SELECT max(rowid) FROM patient")).one()[0] or 0
        if not episodes or not patients:
            return "sort"
        # Walking wins once WALK·wanted·E/matched < SORT·matched: counting past that point is waste.
        cap = int(math.sqrt(self._WALK_COST * wanted * episodes / self._SORT_COST) * patients / episodes) + 1
        terms = 0
        for n in range(len(ranges)):
            # Distinct patients: "ö" matches both the word "örjan" and the whole name "örjan öberg".
            terms += s.exec(text(
                "SELECT count(DISTINCT patient_id) FROM (SELECT patient_id FROM search_term "
                "WHERE term >= :lo AND term < :hi LIMIT :cap)"
            ).bindparams(lo=params[f"lo{n}"], hi=params[f"hi{n}"], cap=cap)).one()[0]
        matched = terms * episodes / patients
        if programmes:
            marks = ",".join(f":g{n}" for n in range(len(programmes)))
            matched += s.exec(text(
                f"SELECT count(*) FROM (SELECT 1 FROM episode WHERE programme_folded IN ({marks}) LIMIT :cap)"
            ).bindparams(cap=cap, **{f"g{n}": params[f"g{n}"] for n in range(len(programmes))})).one()[0]
        if not matched:
            return "sort"
        listed = episodes
        if status == "active":
            listed = s.exec(text(
                "SELECT count(*) FROM (SELECT 1 FROM episode INDEXED BY ix_episode_active "
                "WHERE ended IS NULL LIMIT :cap)").bindparams(cap=episodes)).one()[0]
        stepped = min(listed, wanted * episodes / min(matched, episodes))
        return "walk" if self._WALK_COST * stepped < self._SORT_COST * matched else "sort"

    def episode_rows(self, status: str = "active", query: str = "", limit: int | None = None,
                     offset: int = 0, plan: str | None = None) -> list[EpisodeRow]:
        """The episode list: `status` active / ended / all, `query` a name, identity or programme prefix.

        `limit` and `offset` page through the list (the window loads it in batches as it scrolls).
        One statement picks the page's episodes (by index, in list order, stopping at the page's
        end) and one reads what the page shows of them; the open-item count is one seek per row in
        the partial index ix_contact_open. `plan` ("walk" / "sort") is for tests: by default the
        cheaper plan for this query is chosen (see `_search_plan`); both give the same rows.
        """
        where, index = episode_list.status_filter(status)
        page = episode_list.PAGE
        params = episode_list.page_params(limit, offset)
        with self.session() as s:
            if query.strip():
                ranges = self._term_ranges(query)
                # Programmes are few: match anywhere in the name ("hjälpen", "ung").
                programmes = self._programmes_containing(s, fold(query).strip())
                for n, (lo, hi) in enumerate(ranges):
                    params.update({f"lo{n}": lo, f"hi{n}": hi})
                params.update({f"g{n}": v for n, v in enumerate(programmes)})
                by_programme = (f"e.programme_folded IN ({','.join(f':g{n}' for n in range(len(programmes)))})"
                                if programmes else None)
                wanted = (limit or 0) + offset
                chosen = plan or ("walk" if not limit else
                                  self._search_plan(s, status, ranges, programmes, params, wanted))
                if chosen == "walk":
                    matches = [f"EXISTS (SELECT 1 FROM search_term t INDEXED BY ix_search_term_patient "
                               f"WHERE t.patient_id = e.patient_id AND t.term >= :lo{n} AND t.term < :hi{n})"
                               for n in range(len(ranges))]
                    if by_programme:
                        matches.insert(0, by_programme)
                    pick = (f"SELECT e.rowid AS r FROM episode e INDEXED BY {index} WHERE "
                            + " AND ".join(where + ["(" + " OR ".join(matches) + ")"])
                            + f" ORDER BY {episode_list.ORDER}" + page)
                else:
                    status_filter = "".join(f" AND {w}" for w in where)
                    # IN (a semi-join): a patient found by several of its terms gives its episodes once.
                    parts = [f"SELECT e.rowid AS r, e.last_contact_at AS l, e.started AS d, e.id AS i "
                             f"FROM episode e INDEXED BY ix_episode_patient_id WHERE e.patient_id IN "
                             f"(SELECT t.patient_id FROM search_term t WHERE t.term >= :lo{n} AND t.term < :hi{n})"
                             + status_filter for n in range(len(ranges))]
                    if by_programme:
                        parts.append("SELECT e.rowid AS r, e.last_contact_at AS l, e.started AS d, e.id AS i "
                                     f"FROM episode e INDEXED BY ix_episode_programme_folded WHERE {by_programme}"
                                     + status_filter)
                    # UNION (not ALL): an episode found by name and identity, or also by programme, once.
                    pick = ("SELECT r FROM (" + " UNION ".join(parts) + ") ORDER BY l DESC, d DESC, i DESC" + page)
            else:
                pick = episode_list.unsearched_pick(status)
            # What the list shows of the picked page, in its order (the window's first page runs
            # the same statement without the ORM: kbtdesk.composition.read_first_page).
            return episode_list.rows(lambda sql, values: s.exec(text(sql).bindparams(**values)).all(), pick, params)

    def episode_detail(self, episode_id: str) -> EpisodeDetail:
        with self.session() as s:
            episode = self._episode(s, episode_id)
            patient = s.get(Patient, episode.patient_id)
            contacts = list(s.exec(select(Contact).where(Contact.episode_id == episode_id)
                                   .order_by(Contact.at_utc, Contact.id)).all())
            measures = list(s.exec(select(Measure).where(Measure.episode_id == episode_id)
                                   .order_by(Measure.on, Measure.id)).all())
        findings = checker.check_episode(self.rule_book, episode, [_CheckedContact.of(c) for c in contacts],
                                         self.now().date())
        return EpisodeDetail(patient, episode, contacts, measures, findings)

    def check_all(self) -> list[checker.Finding]:
        """Every rule finding in the log, episode by episode.

        Reads plain rows (no ORM objects: at a million contacts those would cost gigabytes) and
        checks one episode at a time, in the order of the episodes' start. Each contact is judged
        by the version of the routine valid on its day (the date written in its own offset), each
        episode by the version valid on its end day, or today while it is open.
        """
        findings: list[checker.Finding] = []
        today = self.now().date()
        with self.session() as s:
            episodes = s.exec(text("SELECT id, ended FROM episode ORDER BY started, id")).all()
            rows = s.exec(text(
                "SELECT episode_id, id, type, mode, final, codes, substr(at, 1, 10) FROM contact "
                "ORDER BY episode_id, at_utc, id")).all()
        by_episode: dict[str, list[_CheckedContact]] = {}
        days: dict[str, date] = {}  # a few hundred distinct days, a million contacts
        for episode_id, cid, ctype, mode, final, codes, day in rows:
            on = days.get(day)
            if on is None:
                on = days[day] = date.fromisoformat(day)
            by_episode.setdefault(episode_id, []).append(
                _CheckedContact(cid, ctype, mode, bool(final), codes.split(), on))
        for episode_id, ended in episodes:
            episode = _CheckedEpisode(episode_id, date.fromisoformat(ended) if ended else None)
            findings.extend(checker.check_episode(self.rule_book, episode, by_episode.pop(episode_id, []), today))
        return findings

    def worklist(self) -> list[WorkItem]:
        """Everything not yet journaled, registered or transferred, oldest first; outage items first."""
        items: list[WorkItem] = []
        with self.session() as s:
            rows = s.exec(text(
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
            ended = s.exec(text(
                "SELECT e.id, p.name, p.identity, e.programme, e.ended FROM episode e "
                "JOIN patient p ON p.id = e.patient_id "
                "WHERE e.ended IS NOT NULL AND e.siber_transferred IS NULL ORDER BY e.ended, e.id")).all()
            for eid, name, identity, programme, ended_on in ended:
                items.append(WorkItem(WORK_SIBER, eid, None, name, identity, programme,
                                      date.fromisoformat(ended_on).isoformat()))
        items.sort(key=lambda item: not item.outage)
        return items

    def open_item_count(self) -> int:
        with self.session() as s:
            contacts = s.exec(text(
                "SELECT COALESCE(SUM(journal_done IS NULL) + SUM(registered IS NULL), 0) "
                "FROM contact INDEXED BY ix_contact_open WHERE journal_done IS NULL OR registered IS NULL")).one()[0]
            episodes = s.exec(select(func.count()).select_from(Episode).where(
                Episode.ended.is_not(None), Episode.siber_transferred.is_(None))).one()
        return int(contacts) + int(episodes)

    def tick(self, keys: Iterable[tuple[str, str]], when: datetime | None = None, done: bool = True) -> int:
        """Mark worklist items done (time-stamped) or, with done=False, open again. One transaction."""
        when = when or self.now()
        changed = 0
        with self.session() as s:
            for kind, record_id in keys:
                if kind == WORK_SIBER:
                    episode = s.get(Episode, record_id)
                    if episode is None:
                        continue
                    episode.siber_transferred = when.date() if done else None
                    s.add(episode)
                    self._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id,
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
                    self._audit(s, audit.UPDATE, "contact", contact.id,
                                self._patient_of_episode(s, contact.episode_id),
                                f"{kind} {'done' if done else 'reopened'}")
                changed += 1
            s.commit()
        return changed

    def counts(self) -> Counts:
        with self.session() as s:
            return Counts(*(s.exec(select(func.count()).select_from(t)).one()
                            for t in (Patient, Episode, Contact, Measure)))


@dataclass(frozen=True)
class _CheckedContact:
    """A contact as the checker reads it: from a plain row, a record or a draft."""

    id: str
    type: str
    mode: str | None
    final: bool
    codes: list[str]
    on: date | None = None  # the contact's day: which version of the routine judges it

    @classmethod
    def of(cls, contact: Contact) -> _CheckedContact:
        return cls(contact.id, contact.type, contact.mode, bool(contact.final), contact.code_list,
                   date.fromisoformat(contact.at[:10]))


@dataclass(frozen=True)
class _CheckedEpisode:
    id: str
    ended: date | None
