"""Episodes of care: started, ended, reopened, marked in SIBER; read with everything the episode
view shows, and judged by the routine's rules (one episode, or every one in the log)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlmodel import col, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.base.search_text import fold
from kbtdesk.core import audit, checker
from kbtdesk.core.models import END_REASONS, Contact, Episode, Measure, Patient, Profile
from kbtdesk.core.service.contacts import CheckedContact
from kbtdesk.core.service.inputs import InputError, check_care_day, clean_text, input_message
from kbtdesk.core.service.settings import Settings, check_care_level_and_ehr
from kbtdesk.core.service.store import Store


@dataclass(frozen=True)
class EpisodeDetail:
    patient: Patient
    episode: Episode
    contacts: list[Contact]
    measures: list[Measure]
    findings: list[checker.Finding]


@dataclass(frozen=True)
class CheckedEpisode:
    """An episode as the checker reads it."""

    id: str
    ended: date | None


class Episodes:
    def __init__(self, store: Store, settings: Settings):
        self.store = store
        self.settings = settings  # the profile's care level and EHR system are a new episode's defaults

    def add(self, patient_id: str, programme: str, started: date,
            care_level: str | None = None, ehr: str | None = None) -> Episode:
        rules = self.store.rules
        profile = self.settings.profile() or Profile()
        care_level = care_level or profile.care_level or rules.care_levels[0]
        ehr = ehr or profile.ehr or rules.ehr_ids[0]
        programme = clean_text(programme).strip()
        if not programme:
            raise InputError("programme", input_message(QT_TRANSLATE_NOOP("Input", "Choose a programme.")))
        check_care_day("started", started)
        check_care_level_and_ehr(rules, care_level, ehr)
        with self.store.session() as s:
            if s.get(Patient, patient_id) is None:
                raise InputError("patient", input_message(QT_TRANSLATE_NOOP("Input", "Unknown patient.")))
            episode = Episode(patient_id=patient_id, programme=programme, programme_folded=fold(programme),
                              started=started, care_level=care_level, ehr=ehr)
            s.add(episode)
            self.store.write_audit(s, audit.CREATE, "episode", episode.id, patient_id)
            s.commit()
            return episode

    def end(self, episode_id: str, ended: date, reason: str = "completed") -> Episode:
        if reason not in END_REASONS:
            raise InputError("end_reason", input_message(QT_TRANSLATE_NOOP("Input", "Unknown end reason '{value}'."),
                                                         value=reason))
        with self.store.session() as s:
            episode = self.store.episode_in(s, episode_id)
            check_care_day("ended", ended)
            if ended < episode.started:
                raise InputError("ended", input_message(QT_TRANSLATE_NOOP(
                    "Input", "The end date is before the start date.")))
            episode.ended, episode.end_reason = ended, reason
            s.add(episode)
            self.store.write_audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id, "ended")
            s.commit()
            return episode

    def reopen(self, episode_id: str) -> Episode:
        with self.store.session() as s:
            episode = self.store.episode_in(s, episode_id)
            episode.ended = episode.end_reason = episode.siber_transferred = None
            s.add(episode)
            self.store.write_audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id, "reopened")
            s.commit()
            return episode

    def set_siber_start_documented(self, episode_id: str, on: date | None) -> Episode:
        if on is not None:
            check_care_day("siber_start_documented", on)
        with self.store.session() as s:
            episode = self.store.episode_in(s, episode_id)
            episode.siber_start_documented = on
            s.add(episode)
            self.store.write_audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id,
                                   "siber_start_documented")
            s.commit()
            return episode

    def get(self, episode_id: str) -> Episode:
        with self.store.session() as s:
            return self.store.episode_in(s, episode_id)

    def detail(self, episode_id: str) -> EpisodeDetail:
        with self.store.session() as s:
            episode = self.store.episode_in(s, episode_id)
            patient = s.get(Patient, episode.patient_id)
            assert patient is not None  # an episode's patient is a foreign key, deleted never
            contacts = list(s.exec(select(Contact).where(Contact.episode_id == episode_id)
                                   .order_by(Contact.at_utc, Contact.id)).all())
            measures = list(s.exec(select(Measure).where(Measure.episode_id == episode_id)
                                   .order_by(col(Measure.on), col(Measure.id))).all())
        findings = checker.check_episode(self.store.rule_book, episode, [CheckedContact.of(c) for c in contacts],
                                         self.store.now().date())
        return EpisodeDetail(patient, episode, contacts, measures, findings)

    def check_all(self) -> list[checker.Finding]:
        """Every rule finding in the log, episode by episode.

        Reads plain rows (no ORM objects: at a million contacts those would cost gigabytes) and
        checks one episode at a time, in the order of the episodes' start. Each contact is judged
        by the version of the routine valid on its day (the date written in its own offset), each
        episode by the version valid on its end day, or today while it is open.
        """
        findings: list[checker.Finding] = []
        today = self.store.now().date()
        with self.store.session() as s:
            episodes = s.execute(text("SELECT id, ended FROM episode ORDER BY started, id")).all()
            rows = s.execute(text(
                "SELECT episode_id, id, type, mode, final, codes, substr(at, 1, 10) FROM contact "
                "ORDER BY episode_id, at_utc, id")).all()
        by_episode: dict[str, list[CheckedContact]] = {}
        days: dict[str, date] = {}  # a few hundred distinct days, a million contacts
        for episode_id, cid, ctype, mode, final, codes, day in rows:
            on = days.get(day)
            if on is None:
                on = days[day] = date.fromisoformat(day)
            by_episode.setdefault(episode_id, []).append(
                CheckedContact(cid, ctype, mode, bool(final), codes.split(), on))
        for episode_id, ended in episodes:
            episode = CheckedEpisode(episode_id, date.fromisoformat(ended) if ended else None)
            findings.extend(checker.check_episode(self.store.rule_book, episode, by_episode.pop(episode_id, []),
                                                  today))
        return findings
