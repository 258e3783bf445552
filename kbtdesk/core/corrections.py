"""Every mistake correctable: delete an episode, reopen one, change an ending, rename a patient,
correct an identity number, edit or delete a score.

Each correction runs in one transaction with its audit entries (through `LogService._audit`, so
they commit with the change) and returns a `Change` whose undo puts back exactly what was there
(kbtdesk.core.changes). Deleting an episode first gets `describe_episode_deletion`, which names
what goes, for the confirmation.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple

from sqlmodel import col, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import audit
from kbtdesk.core.batch import _delete_contact
from kbtdesk.core.changes import REDO_DETAIL, UNDO_DETAIL
from kbtdesk.core.identity import InvalidIdentity, mask_stored, parse_identity
from kbtdesk.core.models import END_REASONS, Contact, Episode, Measure, Patient
from kbtdesk.core.service import ContactDraft, InputError, LogService, clean_text
from kbtdesk.core.service.inputs import check_care_day


def _input(field: str, source: str, **params: object) -> InputError:
    return InputError(field, Message("Input", source, params))


def _undo_label(source: str) -> Message:
    return Message("Undo", source)


# -- deleting an episode ------------------------------------------------------------------------

@dataclass(frozen=True)
class EpisodeDeletionSummary:
    """What deleting an episode takes with it, for the confirmation the window asks."""

    episode_id: str
    patient_name: str
    masked_identity: str
    programme: str
    started: date
    ended: date | None
    contacts: int
    measures: int

    @property
    def message(self) -> Message:
        return Message("Corrections", QT_TRANSLATE_NOOP(
            "Corrections", "Delete the episode {programme} of {patient} ({identity}), started {started}? Its "
                           "{contacts} contacts and {measures} scores are deleted with it."),
            {"programme": self.programme, "patient": self.patient_name, "identity": self.masked_identity,
             "started": self.started.isoformat(), "contacts": self.contacts, "measures": self.measures})


def describe_episode_deletion(service: LogService, episode_id: str) -> EpisodeDeletionSummary:
    with service.session() as s:
        episode = service._episode(s, episode_id)
        patient = s.get(Patient, episode.patient_id)
        assert patient is not None  # an episode's patient is a foreign key, deleted never
        contacts = len(s.exec(select(Contact.id).where(Contact.episode_id == episode_id)).all())
        measures = len(s.exec(select(Measure.id).where(Measure.episode_id == episode_id)).all())
        return EpisodeDeletionSummary(episode.id, patient.name, mask_stored(patient.identity), episode.programme,
                                      episode.started, episode.ended, contacts, measures)


class MeasureRecord(NamedTuple):
    """A score's every field, to put it back exactly."""

    id: str
    episode_id: str
    on: date
    instrument: str
    score: int
    items: str | None  # JSON, as stored

    @classmethod
    def of(cls, measure: Measure) -> MeasureRecord:
        return cls(measure.id, measure.episode_id, measure.on, measure.instrument, measure.score, measure.items)

    def record(self) -> Measure:
        return Measure(**self._asdict())


_EPISODE_FIELDS = ("id", "patient_id", "programme", "programme_folded", "started", "ended", "end_reason",
                   "care_level", "ehr", "siber_start_documented", "siber_transferred", "last_contact_at")


@dataclass(frozen=True)
class EpisodeDeleted:
    episode: tuple[Any, ...]  # the episode's fields, in _EPISODE_FIELDS order
    contacts: tuple[ContactDraft, ...]
    measures: tuple[MeasureRecord, ...]

    @property
    def label(self) -> Message:
        return _undo_label(QT_TRANSLATE_NOOP("Undo", "deletion"))

    @property
    def episode_id(self) -> str:
        return str(self.episode[0])

    def undo(self, service: LogService) -> None:
        with service.session() as s:
            episode = Episode(**dict(zip(_EPISODE_FIELDS, self.episode, strict=True)))
            s.add(episode)
            service._audit(s, audit.CREATE, "episode", episode.id, episode.patient_id, UNDO_DETAIL)
            for measure in self.measures:
                s.add(measure.record())
                service._audit(s, audit.CREATE, "measure", measure.id, episode.patient_id, UNDO_DETAIL)
            # The contacts as a save writes them (their audit entries, the latest-contact date).
            for draft in self.contacts:
                service._put_contact(s, draft, UNDO_DETAIL)
            s.commit()

    def redo(self, service: LogService) -> None:
        _delete_episode(service, self.episode_id, REDO_DETAIL)


def _delete_episode(service: LogService, episode_id: str, detail: str = "") -> EpisodeDeleted:
    with service.session() as s:
        episode = service._episode(s, episode_id)
        kept = tuple(getattr(episode, name) for name in _EPISODE_FIELDS)
        contacts = s.exec(select(Contact).where(Contact.episode_id == episode_id)
                          .order_by(Contact.at_utc, Contact.id)).all()
        drafts = tuple(ContactDraft.from_contact(c) for c in contacts)
        for contact in contacts:
            _delete_contact(service, s, contact.id, detail)
        measures = s.exec(select(Measure).where(Measure.episode_id == episode_id).order_by(col(Measure.on))).all()
        records = tuple(MeasureRecord.of(m) for m in measures)
        for measure in measures:
            s.delete(measure)
            service._audit(s, audit.DELETE, "measure", measure.id, episode.patient_id, detail)
        s.flush()
        s.delete(episode)
        service._audit(s, audit.DELETE, "episode", episode.id, episode.patient_id,
                       " ".join(filter(None, (f"with {len(drafts)} contacts and {len(records)} scores", detail))))
        s.commit()
    return EpisodeDeleted(kept, drafts, records)


def delete_episode(service: LogService, episode_id: str) -> EpisodeDeleted:
    """Delete an episode with its contacts and scores (the patient stays), in one transaction."""
    return _delete_episode(service, episode_id)


# -- endings ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Ending:
    ended: date | None
    reason: str | None
    siber_transferred: date | None


@dataclass(frozen=True)
class EndingChanged:
    episode_id: str
    before: Ending
    after: Ending
    label: Message

    def undo(self, service: LogService) -> None:
        _set_ending(service, self.episode_id, self.before, UNDO_DETAIL)

    def redo(self, service: LogService) -> None:
        _set_ending(service, self.episode_id, self.after, REDO_DETAIL)


def _ending_of(episode: Episode) -> Ending:
    return Ending(episode.ended, episode.end_reason, episode.siber_transferred)


def _set_ending(service: LogService, episode_id: str, ending: Ending, detail: str) -> None:
    with service.session() as s:
        episode = service._episode(s, episode_id)
        episode.ended, episode.end_reason, episode.siber_transferred = ending.ended, ending.reason, \
            ending.siber_transferred
        s.add(episode)
        service._audit(s, audit.UPDATE, "episode", episode.id, episode.patient_id,
                       "ending " + (detail or ("reopened" if ending.ended is None else "changed")))
        s.commit()


def reopen_episode(service: LogService, episode_id: str) -> EndingChanged:
    """Reopen an ended episode: its ending, reason and SibeR transfer are cleared (undo restores them)."""
    before = _ending_of(service.episode(episode_id))
    if before.ended is None:
        raise _input("ended", QT_TRANSLATE_NOOP("Input", "The episode has not ended."))
    service.reopen_episode(episode_id)
    return EndingChanged(episode_id, before, Ending(None, None, None),
                         _undo_label(QT_TRANSLATE_NOOP("Undo", "reopening")))


def change_ending(service: LogService, episode_id: str, ended: date, reason: str) -> EndingChanged:
    """Correct an ended episode's end date and reason (its SibeR transfer tick stays), checked as
    ending it is."""
    episode = service.episode(episode_id)
    before = _ending_of(episode)
    if before.ended is None:
        raise _input("ended", QT_TRANSLATE_NOOP("Input", "The episode has not ended."))
    if reason not in END_REASONS:
        raise _input("end_reason", QT_TRANSLATE_NOOP("Input", "Unknown end reason '{value}'."), value=reason)
    check_care_day("ended", ended)
    if ended < episode.started:
        raise _input("ended", QT_TRANSLATE_NOOP("Input", "The end date is before the start date."))
    after = Ending(ended, reason, before.siber_transferred)
    _set_ending(service, episode_id, after, "")
    return EndingChanged(episode_id, before, after, _undo_label(QT_TRANSLATE_NOOP("Undo", "ending")))


# -- patients -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PatientRenamed:
    patient_id: str
    before: str
    after: str

    @property
    def label(self) -> Message:
        return _undo_label(QT_TRANSLATE_NOOP("Undo", "renaming"))

    def undo(self, service: LogService) -> None:
        service.rename_patient(self.patient_id, self.before)

    def redo(self, service: LogService) -> None:
        service.rename_patient(self.patient_id, self.after)


def rename_patient(service: LogService, patient_id: str, name: str) -> PatientRenamed:
    """A new name (validated as a new patient's; search finds the patient by it at once)."""
    with service.session() as s:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise _input("patient", QT_TRANSLATE_NOOP("Input", "Unknown patient."))
        before = patient.name
    after = service.rename_patient(patient_id, name).name
    return PatientRenamed(patient_id, before, after)


@dataclass(frozen=True)
class IdentityCorrected:
    patient_id: str
    before: str  # stored forms (12 characters)
    after: str

    @property
    def label(self) -> Message:
        return _undo_label(QT_TRANSLATE_NOOP("Undo", "identity number"))

    def undo(self, service: LogService) -> None:
        _set_identity(service, self.patient_id, self.before, UNDO_DETAIL)

    def redo(self, service: LogService) -> None:
        _set_identity(service, self.patient_id, self.after, REDO_DETAIL)


def _set_identity(service: LogService, patient_id: str, value: str, detail: str) -> None:
    with service.session() as s:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise _input("patient", QT_TRANSLATE_NOOP("Input", "Unknown patient."))
        holder = s.exec(select(Patient).where(Patient.identity == value, Patient.id != patient_id)).first()
        if holder is not None:
            raise _input("identity", QT_TRANSLATE_NOOP(
                "Input", "Another patient in the log has identity number {identity}."), identity=mask_stored(value))
        patient.identity = value
        service._put_patient(s, patient)  # the search terms follow the number
        service._audit(s, audit.UPDATE, "patient", patient.id, patient.id,
                       "identity" + (f" {detail}" if detail else ""))
        s.commit()


def correct_identity(service: LogService, patient_id: str, identity: str) -> IdentityCorrected:
    """Correct a patient's identity number: validated as a new patient's, refused if another
    patient has it."""
    try:
        parsed = parse_identity(identity, today=service.now().date())
    except InvalidIdentity as exc:
        raise InputError("identity", exc.message) from None
    with service.session() as s:
        patient = s.get(Patient, patient_id)
        if patient is None:
            raise _input("patient", QT_TRANSLATE_NOOP("Input", "Unknown patient."))
        before = patient.identity
    if parsed.value == before:
        raise _input("identity", QT_TRANSLATE_NOOP("Input", "That is already the patient's identity number."))
    _set_identity(service, patient_id, parsed.value, "")
    return IdentityCorrected(patient_id, before, parsed.value)


# -- scores -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class MeasureEdited:
    before: MeasureRecord
    after: MeasureRecord

    @property
    def label(self) -> Message:
        return _undo_label(QT_TRANSLATE_NOOP("Undo", "score"))

    def undo(self, service: LogService) -> None:
        _put_measure(service, self.before, audit.UPDATE, UNDO_DETAIL)

    def redo(self, service: LogService) -> None:
        _put_measure(service, self.after, audit.UPDATE, REDO_DETAIL)


def _put_measure(service: LogService, values: MeasureRecord, action: str, detail: str) -> None:
    with service.session() as s:
        measure = s.get(Measure, values.id) or values.record()
        for name, value in values._asdict().items():
            setattr(measure, name, value)
        s.add(measure)
        service._audit(s, action, "measure", values.id, service._patient_of_episode(s, values.episode_id), detail)
        s.commit()


def edit_measure(service: LogService, measure_id: str, on: date, instrument: str, score: int,
                 items: Sequence[int] | None = None) -> MeasureEdited:
    """Correct a score: checked against its instrument, and its date, as a new score is."""
    service.validate_measure(instrument, score, items)
    check_care_day("on", on)
    with service.session() as s:
        measure = s.get(Measure, measure_id)
        if measure is None:
            raise _input("measure", QT_TRANSLATE_NOOP("Input", "Unknown score {id}."), id=measure_id)
        before = MeasureRecord.of(measure)
    after = before._replace(on=on, instrument=clean_text(instrument), score=score,
                            items=json.dumps(list(items)) if items is not None else None)
    _put_measure(service, after, audit.UPDATE, "")
    return MeasureEdited(before, after)


@dataclass(frozen=True)
class MeasureDeleted:
    measure: MeasureRecord

    @property
    def label(self) -> Message:
        return _undo_label(QT_TRANSLATE_NOOP("Undo", "deletion"))

    def undo(self, service: LogService) -> None:
        _put_measure(service, self.measure, audit.CREATE, UNDO_DETAIL)

    def redo(self, service: LogService) -> None:
        with service.session() as s:
            measure = s.get(Measure, self.measure.id)
            if measure is not None:
                s.delete(measure)
                service._audit(s, audit.DELETE, "measure", measure.id,
                               service._patient_of_episode(s, measure.episode_id), REDO_DETAIL)
                s.commit()


def delete_measure(service: LogService, measure_id: str) -> MeasureDeleted:
    with service.session() as s:
        measure = s.get(Measure, measure_id)
        if measure is None:
            raise _input("measure", QT_TRANSLATE_NOOP("Input", "Unknown score {id}."), id=measure_id)
        kept = MeasureRecord.of(measure)
    service.delete_measure(measure_id)
    return MeasureDeleted(kept)
