"""Every export records which patients it held, so that each one's log extract lists it (issue 15)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from kbtdesk.core import reports
from kbtdesk.core.reports import ReportRequest
from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW


@pytest.fixture
def three(service):
    """Three patients with a contact each this week; the third's episode ended."""
    made = []
    for n, (identity, name) in enumerate((("640823-3234", "Åsa Öberg"), ("701063-2391", "Örjan Ängström"),
                                          ("19810829M071", "Maj-Britt Söderhielm-Ekström"))):
        patient = service.add_patient(identity, name)
        episode = service.add_episode(patient.id, "Oroshjälpen Plus", date(2026, 11, 2))
        service.save_contact(ContactDraft(episode_id=episode.id, at=NOW.replace(day=23 + n), type="BR",
                                          codes=("DU011", "ZV044", "ZV051")))
        made.append((patient, episode))
    service.end_episode(made[2][1].id, date(2026, 11, 25))
    return made


def exports_in(trail):
    return [e for e in trail if e.action in ("export", "print")]


def test_a_list_export_is_in_the_extract_of_every_patient_it_held(service, three):
    week = ReportRequest(reports.KIND_REGISTRATIONS, date(2026, 11, 23), date(2026, 11, 24), mask=True)
    report = week.build(service, "sv")
    assert len(report.csv_table.rows) == 2  # the first two patients only
    week.record(service, "csv", report)
    first, second, third = (patient.id for patient, _ in three)
    for patient_id in (first, second):
        (entry,) = exports_in(service.audit_trail(patient_id))
        assert (entry.action, entry.record_kind) == ("export", "csv")
        assert entry.detail.startswith("registrations 2026-11-23..2026-11-24 masked; patients 2 #")
        assert entry.patient_id is None  # a list names nobody in the entry itself
    assert exports_in(service.audit_trail(third)) == []
    # the digest in the chained detail is of the stored list: the chain covers who was in it
    digest = hashlib.sha256("\n".join(sorted((first, second))).encode()).hexdigest()[:16]
    assert entry.detail.endswith(f"#{digest}")
    assert service.verify_audit().ok


def test_every_kind_records_its_patients(service, three):
    ids = {patient.id for patient, _ in three}
    kinds = {
        "siber": ReportRequest(reports.KIND_SIBER),
        "coverage": ReportRequest(reports.KIND_COVERAGE, date(2026, 11, 1), date(2026, 11, 30)),
        "episode": ReportRequest(reports.KIND_EPISODE, episode_id=three[1][1].id),
        "audit": ReportRequest(reports.KIND_AUDIT, patient_id=three[0][0].id),
    }
    held = {}
    for name, request in kinds.items():
        report = request.build(service, "sv")
        request.record(service, "pdf", report)
        held[name] = report.patient_ids
    assert held == {"siber": {three[2][0].id}, "coverage": ids, "episode": {three[1][0].id},
                    "audit": {three[0][0].id}}
    # the episode summary and the extract are about one patient: the entry names them directly too
    episode_entry = exports_in(service.audit_trail(three[1][0].id))[-1]
    assert episode_entry.patient_id == three[1][0].id and episode_entry.detail.startswith("episode")
    assert len(exports_in(service.audit_trail(three[2][0].id))) == 2  # SibeR basis and coverage


def test_the_patients_are_written_in_the_same_transaction_as_the_entry(service, three):
    before = len(service.audit_entries())
    with service.engine.begin() as conn:  # a write of the list that fails
        conn.exec_driver_sql("CREATE TEMP TRIGGER refuse BEFORE INSERT ON audit_patient "
                             "BEGIN SELECT RAISE(ABORT, 'disk full'); END")
    try:
        with pytest.raises(DatabaseError, match="disk full"):
            service.record_export("csv", "registrations", patient_ids=[three[0][0].id])
    finally:
        with service.engine.begin() as conn:
            conn.exec_driver_sql("DROP TRIGGER IF EXISTS temp.refuse")
    assert len(service.audit_entries()) == before  # no entry without its list


def test_the_list_is_append_only(service, three):
    service.record_export("json", "whole log", patient_ids=[p.id for p, _ in three])
    with service.engine.begin() as conn:
        assert conn.exec_driver_sql("SELECT COUNT(*) FROM audit_patient").scalar() == 3
    for statement in ("UPDATE audit_patient SET patient_id = 'x'", "DELETE FROM audit_patient"):
        with pytest.raises(DatabaseError, match="append-only"), service.engine.begin() as conn:
            conn.execute(text(statement))
