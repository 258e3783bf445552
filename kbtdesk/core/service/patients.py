"""Patients: added by identity number (one patient per number), renamed, found again; each with
the search terms the episode list's search looks up (kbtdesk.core.service.search)."""

from __future__ import annotations

from sqlalchemy import text
from sqlmodel import Session, select

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.base.search_text import fold, search_terms
from kbtdesk.core import audit
from kbtdesk.core.identity import InvalidIdentity, parse_identity
from kbtdesk.core.models import Patient, SearchTerm
from kbtdesk.core.service.inputs import InputError, clean_text, input_message
from kbtdesk.core.service.store import Store


def _checked_name(name: str) -> str:
    name = clean_text(name).strip()
    if not name:
        raise InputError("name", input_message(QT_TRANSLATE_NOOP("Input", "The patient's name is empty.")))
    return name


class Patients:
    def __init__(self, store: Store):
        self.store = store

    def put(self, s: Session, patient: Patient) -> None:
        """Write `patient` with its search terms, inside the caller's transaction."""
        s.add(patient)
        s.flush()
        s.execute(text("DELETE FROM search_term WHERE patient_id = :p").bindparams(p=patient.id))
        for term in search_terms(patient.name_folded, patient.identity):
            s.add(SearchTerm(term=term, patient_id=patient.id))

    def add(self, identity: str, name: str, patient_id: str | None = None) -> Patient:
        try:
            parsed = parse_identity(identity, today=self.store.now().date())
        except InvalidIdentity as exc:
            raise InputError("identity", exc.message) from None
        name = _checked_name(name)
        with self.store.session() as s:
            existing = s.exec(select(Patient).where(Patient.identity == parsed.value)).first()
            if existing is not None:
                raise InputError("identity", input_message(QT_TRANSLATE_NOOP(
                    "Input", "A patient with identity number {identity} is already in the log."),
                    identity=parsed.display()))
            patient = Patient(identity=parsed.value, name=name, name_folded=fold(name))
            if patient_id:
                patient.id = patient_id
            self.put(s, patient)
            self.store.write_audit(s, audit.CREATE, "patient", patient.id, patient.id)
            s.commit()
            return patient

    def by_identity(self, identity: str) -> Patient | None:
        try:
            value = parse_identity(identity, today=self.store.now().date()).value
        except InvalidIdentity:
            return None
        with self.store.session() as s:
            return s.exec(select(Patient).where(Patient.identity == value)).first()

    def rename(self, patient_id: str, name: str) -> Patient:
        name = _checked_name(name)
        with self.store.session() as s:
            patient = s.get(Patient, patient_id)
            if patient is None:
                raise InputError("patient", input_message(QT_TRANSLATE_NOOP("Input", "Unknown patient.")))
            patient.name, patient.name_folded = name, fold(name)
            self.put(s, patient)
            self.store.write_audit(s, audit.UPDATE, "patient", patient.id, patient.id, "name")
            s.commit()
            return patient
