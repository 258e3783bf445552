"""Episodes of care: started, ended, reopened, marked in SIBER; read with everything the episode
view shows, and judged by the routine's rules (one episode, or every one in the log)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import text
from sqlmodel import Session, col, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message, Translate
from kbtdesk.base.search_text import fold
from kbtdesk.core import audit, checker
from kbtdesk.core.models import END_REASONS, Contact, Episode, Measure, Patient, Profile
from kbtdesk.core.rules import RuleBook

if TYPE_CHECKING:
    from kbtdesk.core.episodes import Scored
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
    started: date | None = None
    end_reason: str | None = None
    programme: str = ""
    siber_start_documented: date | None = None
    siber_transferred: date | None = None

    @classmethod
    def of(cls, episode: Episode, **changes: Any) -> CheckedEpisode:
        checked = cls(episode.id, episode.ended, episode.started, episode.end_reason, episode.programme,
                      episode.siber_start_documented, episode.siber_transferred)
        return replace(checked, **changes)


class TransferRefused(InputError):
    """The SibeR transfer cannot be ticked: `findings` say why (the rule set's reasons)."""

    def __init__(self, episode_id: str, findings: list[checker.Finding]):
        super().__init__("siber_transferred", input_message(QT_TRANSLATE_NOOP(
            "Input", "Not marked as transferred to SibeR:")), episode_id)
        self.findings = findings

    def text(self, translate: Translate, lang: str) -> str:
        """The refusal and each reason, one a line, as the window and the command line show it."""
        lines = [self.message.render(translate)]
        for finding in self.findings:
            what = finding.message.params.get("what")
            head = what.render(translate) if isinstance(what, Message) else finding.message.render(translate)
            reason = finding.reason.get(lang)
            lines.append(f"• {head}: {reason}" if reason else f"• {head}")
        return "\n".join(lines)


def flag_days(book: RuleBook, measures: Iterable[Scored]) -> list[date]:
    """The days of the scores whose flag item reaches its threshold (each judged by its day's version)."""
    from kbtdesk.core.episodes import flagged

    return [m.on for m in measures if flagged(m, book.for_date(m.on))]


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

    def siblings(self, s: Session, patient_id: str) -> list[CheckedEpisode]:
        """The patient's episodes as the checker reads them (a second active one is a finding)."""
        rows = s.execute(text("SELECT id, ended, started, programme FROM episode WHERE patient_id = :p"),
                         {"p": patient_id}).all()
        return [CheckedEpisode(eid, _day(ended), _day(started), None, programme)
                for eid, ended, started, programme in rows]

    def second_episode_findings(self, patient_id: str, programme: str, started: date) -> list[checker.Finding]:
        """What the rule set says about starting this episode beside the patient's others (asked
        in the new-episode dialog before the episode is added)."""
        probe = CheckedEpisode("", None, started, None, clean_text(programme).strip())
        with self.store.session() as s:
            siblings = self.siblings(s, patient_id)
        return checker.check_episode_rules(self.store.rule_book, probe, [], started, siblings=siblings,
                                           kinds=("second-active-episode",))

    def transfer_findings(self, episode_id: str, on: date,
                          registering: frozenset[str] = frozenset()) -> list[checker.Finding]:
        """Why the episode may not be ticked as transferred to SibeR on `on`: the errors of the
        rule set's `siber-transfer-premature` rules, judged as if it were ticked. `registering`:
        contacts ticked as registered in the same step."""
        detail = self.detail(episode_id)
        episode = CheckedEpisode.of(detail.episode, siber_transferred=on)
        contacts = [replace(checked, registered=True) if checked.id in registering else checked
                    for checked in (CheckedContact.of(c) for c in detail.contacts)]
        return [f for f in checker.check_episode_rules(self.store.rule_book, episode, contacts, on,
                                                       kinds=("siber-transfer-premature",))
                if f.severity == "error"]

    def refuse_premature_transfer(self, episode_ids: Iterable[str],
                                  registering: Iterable[str] = ()) -> None:
        """TransferRefused for the first episode that may not be ticked as transferred today."""
        today = self.store.now().date()
        registering = frozenset(registering)
        for episode_id in episode_ids:
            findings = self.transfer_findings(episode_id, today, registering)
            if findings:
                raise TransferRefused(episode_id, findings)

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
            siblings = self.siblings(s, episode.patient_id)
        findings = checker.check_episode(self.store.rule_book, episode, [CheckedContact.of(c) for c in contacts],
                                         self.store.now().date(), siblings=siblings,
                                         flags=flag_days(self.store.rule_book, measures))
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
        book = self.store.rule_book
        with self.store.session() as s:
            episodes = s.execute(text(
                "SELECT id, ended, started, end_reason, programme, siber_start_documented, siber_transferred, "
                "patient_id FROM episode ORDER BY started, id")).all()
            rows = s.execute(text(
                "SELECT episode_id, id, type, mode, final, codes, substr(at, 1, 10), registered IS NOT NULL "
                "FROM contact ORDER BY episode_id, at_utc, id")).all()
            scores = s.execute(text(
                "SELECT episode_id, \"on\", instrument, items FROM measure WHERE items IS NOT NULL")).all()
        by_episode: dict[str, list[CheckedContact]] = {}
        days: dict[str, date] = {}  # a few hundred distinct days, a million contacts
        for episode_id, cid, ctype, mode, final, codes, day, registered in rows:
            on = days.get(day)
            if on is None:
                on = days[day] = date.fromisoformat(day)
            by_episode.setdefault(episode_id, []).append(
                CheckedContact(cid, ctype, mode, bool(final), codes.split(), on, bool(registered)))
        flags: dict[str, list[date]] = {}
        for episode_id, on, instrument, items in scores:
            score = _Score(date.fromisoformat(str(on)[:10]), instrument, items)
            flags.setdefault(episode_id, []).extend(flag_days(book, [score]))
        checked = [(CheckedEpisode(eid, _day(ended), _day(started), reason, programme or "", _day(documented),
                                   _day(transferred)), patient)
                   for eid, ended, started, reason, programme, documented, transferred, patient in episodes]
        by_patient: dict[str, list[CheckedEpisode]] = {}
        for episode, patient in checked:
            by_patient.setdefault(patient, []).append(episode)
        for episode, patient in checked:
            siblings = by_patient[patient] if len(by_patient[patient]) > 1 else ()
            findings.extend(checker.check_episode(book, episode, by_episode.pop(episode.id, []), today,
                                                  siblings=siblings, flags=flags.get(episode.id, ())))
        return findings


@dataclass(frozen=True)
class _Score:
    """A score row as `flagged` reads it."""

    on: date
    instrument: str
    items: str | None


def _day(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
