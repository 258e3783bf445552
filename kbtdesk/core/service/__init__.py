"""The log's operations: what the window and the command line both call.

`LogService` is a thin facade, the way Anki's `Collection` hands work to its managers: each
concern lives in a module of its own, built over the one `Store` (engine, audited sessions, clock,
routine) that the service itself is:

    service.patients   patients.Patients       add, rename, find by identity number
    service.episodes   episodes.Episodes       start, end, reopen, detail, every finding
    service.contacts   contacts.Contacts       check, save, delete; findings and codes for a draft
    service.measures   measures.Measures       rating-scale scores
    service.work       worklist.Worklist       what is left to do elsewhere, ticks
    service.search     search.Search           the episode list and its search, counts
    service.settings   settings.Settings       profile, settings, what the unit lays over them
    service.audit      audit_trail.AuditTrail  exports and prints, extracts, verification

The service's own methods (`save_contact`, `worklist`, ...) delegate to them and stay the front
ends' API. Every method opens a short session, commits before it returns, and hands back plain
detached records or small dataclasses: no live session ever leaves the package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlmodel import Session

from kbtdesk.base.search_text import fold, search_terms
from kbtdesk.core.audit import AuditEntry, TrailCopy, Verification
from kbtdesk.core.checker import Finding, Suggestion
from kbtdesk.core.episode_list import EpisodeRow
from kbtdesk.core.models import Contact, Episode, Measure, Patient, Profile
from kbtdesk.core.service.audit_trail import AuditTrail, exported_patients_note
from kbtdesk.core.service.contacts import (
    ContactDraft,
    Contacts,
    check_contact,
    contact_shape_problem,
)
from kbtdesk.core.service.episodes import EpisodeDetail, Episodes
from kbtdesk.core.service.inputs import InputError, check_care_day, clean_text, iso, parse_moment, utc_key
from kbtdesk.core.service.measures import Measures, check_score
from kbtdesk.core.service.patients import Patients
from kbtdesk.core.service.search import Counts, Search
from kbtdesk.core.service.settings import DEFAULT_NO_FEEDBACK_DAYS, Settings
from kbtdesk.core.service.store import Store
from kbtdesk.core.service.worklist import (
    WORK_ENDING,
    WORK_JOURNAL,
    WORK_KINDS,
    WORK_REGISTRATION,
    WORK_SIBER,
    WorkItem,
    Worklist,
)

__all__ = [
    "WORK_ENDING", "WORK_JOURNAL", "WORK_KINDS", "WORK_REGISTRATION", "WORK_SIBER",
    "ContactDraft", "Counts", "EpisodeDetail", "EpisodeRow", "InputError", "LogService", "WorkItem",
    "check_care_day", "check_contact", "check_score", "clean_text", "contact_shape_problem",
    "exported_patients_note", "fold", "iso", "parse_moment", "search_terms", "utc_key",
]


@dataclass(eq=False)
class LogService(Store):
    """The log's use cases over one engine: `LogService(engine, rules, now=..., unit=...)`."""

    patients: Patients = field(init=False, repr=False)
    episodes: Episodes = field(init=False, repr=False)
    contacts: Contacts = field(init=False, repr=False)
    measures: Measures = field(init=False, repr=False)
    work: Worklist = field(init=False, repr=False)
    search: Search = field(init=False, repr=False)
    settings: Settings = field(init=False, repr=False)
    audit: AuditTrail = field(init=False, repr=False)

    DEFAULT_NO_FEEDBACK_DAYS = DEFAULT_NO_FEEDBACK_DAYS

    def __post_init__(self) -> None:
        super().__post_init__()
        self.settings = Settings(self)
        self.patients = Patients(self)
        self.episodes = Episodes(self, self.settings)
        self.contacts = Contacts(self)
        self.measures = Measures(self)
        self.work = Worklist(self)
        self.search = Search(self)
        self.audit = AuditTrail(self)

    # -- audit trail: service.audit -------------------------------------------------------

    def record_export(self, kind: str, detail: str = "", patient_id: str | None = None,
                      patient_ids: Iterable[str] | None = None) -> AuditEntry:
        """Record what left the log; see `AuditTrail.record_export`."""
        return self.audit.record_export(kind, detail, patient_id, patient_ids)

    def audit_trail(self, patient_id: str) -> list[AuditEntry]:
        return self.audit.of_patient(patient_id)

    def audit_entries(self, after: int = 0, limit: int | None = None) -> list[AuditEntry]:
        return self.audit.entries(after, limit)

    def audit_head(self) -> tuple[int, str]:
        return self.audit.head()

    def verify_audit(self, copies: Iterable[TrailCopy] = (),
                     progress: Callable[[int, int], None] | None = None) -> Verification:
        return self.audit.verify(copies, progress)

    # -- profile and settings: service.settings --------------------------------------------

    def profile(self) -> Profile | None:
        return self.settings.profile()

    def save_profile(self, name: str, profession: str, care_unit: str, care_level: str, ehr: str) -> Profile:
        return self.settings.save_profile(name, profession, care_unit, care_level, ehr)

    def setting(self, key: str, default: Any = None) -> Any:
        return self.settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        self.settings.set(key, value)

    def programmes(self) -> list[str]:
        return self.settings.programmes()

    def planned_weeks(self, programme: str) -> int | None:
        return self.settings.planned_weeks(programme)

    def template_headings(self, ehr: str) -> list[str]:
        return self.settings.template_headings(ehr)

    def no_feedback_days(self) -> int:
        return self.settings.no_feedback_days()

    def extra_codes(self) -> dict[str, list[str]]:
        return self.settings.extra_codes()

    # -- patients: service.patients ---------------------------------------------------------

    def add_patient(self, identity: str, name: str, patient_id: str | None = None) -> Patient:
        return self.patients.add(identity, name, patient_id)

    def patient_by_identity(self, identity: str) -> Patient | None:
        return self.patients.by_identity(identity)

    def rename_patient(self, patient_id: str, name: str) -> Patient:
        return self.patients.rename(patient_id, name)

    def _put_patient(self, s: Session, patient: Patient) -> None:
        self.patients.put(s, patient)

    # -- episodes: service.episodes ---------------------------------------------------------

    def add_episode(self, patient_id: str, programme: str, started: date,
                    care_level: str | None = None, ehr: str | None = None) -> Episode:
        return self.episodes.add(patient_id, programme, started, care_level, ehr)

    def end_episode(self, episode_id: str, ended: date, reason: str = "completed") -> Episode:
        return self.episodes.end(episode_id, ended, reason)

    def reopen_episode(self, episode_id: str) -> Episode:
        return self.episodes.reopen(episode_id)

    def set_siber_start_documented(self, episode_id: str, on: date | None) -> Episode:
        return self.episodes.set_siber_start_documented(episode_id, on)

    def episode(self, episode_id: str) -> Episode:
        return self.episodes.get(episode_id)

    def episode_detail(self, episode_id: str) -> EpisodeDetail:
        return self.episodes.detail(episode_id)

    def check_all(self) -> list[Finding]:
        return self.episodes.check_all()

    # -- contacts: service.contacts ---------------------------------------------------------

    def validate_contact(self, draft: ContactDraft) -> ContactDraft:
        """The draft as it will be saved, or InputError naming the field (`check_contact`)."""
        return self.contacts.validate(draft)

    def findings_for_draft(self, draft: ContactDraft) -> list[Finding]:
        return self.contacts.findings_for_draft(draft)

    def suggest_codes(self, contact_type: str, mode: str | None, final: bool,
                      on: date | None = None) -> list[Suggestion]:
        return self.contacts.suggest_codes(contact_type, mode, final, on)

    def save_contact(self, draft: ContactDraft) -> Contact:
        return self.contacts.save(draft)

    def contact(self, contact_id: str) -> Contact | None:
        return self.contacts.get(contact_id)

    def delete_contact(self, contact_id: str) -> Contact:
        return self.contacts.delete(contact_id)

    def restore_contact(self, contact: Contact) -> Contact:
        return self.contacts.restore(contact)

    def _put_contact(self, s: Session, draft: ContactDraft, detail: str = "") -> Contact:
        return self.contacts.put(s, draft, detail)

    def _refresh_last_contact(self, s: Session, episode: Episode | None) -> None:
        self.contacts.refresh_last_contact(s, episode)

    # -- measures: service.measures ---------------------------------------------------------

    def add_measure(self, episode_id: str, on: date, instrument: str, score: int,
                    items: Sequence[int] | None = None, measure_id: str | None = None) -> Measure:
        return self.measures.add(episode_id, on, instrument, score, items, measure_id)

    def validate_measure(self, instrument: str, score: int, items: Sequence[int] | None) -> None:
        self.measures.validate(instrument, score, items)

    def delete_measure(self, measure_id: str) -> None:
        self.measures.delete(measure_id)

    # -- the episode list: service.search ---------------------------------------------------

    def episode_rows(self, status: str = "active", query: str = "", limit: int | None = None,
                     offset: int = 0, plan: str | None = None) -> list[EpisodeRow]:
        """The episode list's page; see `Search.episode_rows`."""
        return self.search.episode_rows(status, query, limit, offset, plan)

    def _term_ranges(self, query: str) -> list[tuple[str, str]]:
        return self.search.term_ranges(query)

    def counts(self) -> Counts:
        return self.search.counts()

    # -- the worklist: service.work ---------------------------------------------------------

    def worklist(self) -> list[WorkItem]:
        return self.work.items()

    def open_item_count(self) -> int:
        return self.work.open_item_count()

    def tick(self, keys: Iterable[tuple[str, str]], when: datetime | None = None, done: bool = True) -> int:
        return self.work.tick(keys, when, done)
