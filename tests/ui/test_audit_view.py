"""A patient's log extract: the audit entries about one patient, listed and printable."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from kbtdesk.core import reports
from kbtdesk.core.demo import personnummer
from kbtdesk.core.reports import ReportRequest
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import printing
from kbtdesk.ui.audit_view import AuditTrailDialog, AuditTrailModel
from kbtdesk.ui.main_window import MainWindow
from kbtdesk.ui.operations import LogOperations
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def other_patient(service):
    patient = service.add_patient(personnummer(date(1985, 3, 14), 982), "Erik Ängström")
    return service.add_episode(patient.id, "Oroshjälpen Plus", NOW.date())


@pytest.fixture
def contact(service, episode):
    at = NOW - timedelta(days=1)
    return service.save_contact(ContactDraft(episode_id=episode.id, at=at, type="BR", codes=("DU011",)))


def test_lists_this_patients_entries_only(qtbot, qtmodeltester, service, episode, contact, other_patient):
    patient_id = service.episode(episode.id).patient_id
    dialog = AuditTrailDialog(service, patient_id, "en")
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    expected = service.audit_trail(patient_id)
    assert dialog.model.rowCount() == len(expected) >= 3  # patient, episode, contact
    actions = [dialog.model.text(r, AuditTrailModel.COL_ACTION) for r in range(dialog.model.rowCount())]
    kinds = [dialog.model.text(r, AuditTrailModel.COL_KIND) for r in range(dialog.model.rowCount())]
    assert actions[:3] == ["created", "created", "created"]
    assert kinds[:3] == ["patient", "episode", "contact"]
    assert all(dialog.model.text(r, AuditTrailModel.COL_PROFILE) == "Tove Terapeut"
               for r in range(dialog.model.rowCount()))
    texts = [dialog.model.text(r, c) for r in range(dialog.model.rowCount()) for c in range(5)]
    assert not any("Ängström" in t or "Öberg" in t for t in texts)


def test_window_action_opens_the_extract_for_the_selected_patient(qtbot, service, episode, contact, monkeypatch,
                                                                  tmp_path):
    window = MainWindow(lambda: service, log_location=str(tmp_path / "log.db"), language="en",
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert not window.act.audit.isEnabled()
    window.select_episode(episode.id)
    assert window.act.audit.objectName() == "auditTrail" and window.act.audit.isEnabled()
    opened = []
    monkeypatch.setattr(AuditTrailDialog, "ask", classmethod(
        lambda cls, parent, svc, patient_id, language="sv", read_only=False: opened.append(patient_id)))
    window.act.audit.trigger()
    assert opened == [service.episode(episode.id).patient_id]


def test_print_writes_the_extract_and_records_the_print(qtbot, service, episode, contact, monkeypatch, tmp_path):
    pdf = tmp_path / "extract.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(pdf))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    patient_id = service.episode(episode.id).patient_id
    dialog = AuditTrailDialog(service, patient_id, "en")
    qtbot.addWidget(dialog)
    before = len(service.audit_trail(patient_id))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert LogOperations.of(dialog).wait(20000)  # printed in the background
    assert pdf.exists() and pdf.stat().st_size > 0
    after = service.audit_trail(patient_id)
    assert len(after) == before + 1 and after[-1].action == "print"
    assert after[-1].detail.startswith("audit-extract masked")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_extract_is_a_report_like_the_others(qtbot, service, episode, contact, other_patient, monkeypatch,
                                                  tmp_path):
    """Header, footer, "Page X of Y" and the patient named on every page; and complete: a list
    export that held the patient's data is in it, one that did not is not."""
    patient_id = service.episode(episode.id).patient_id
    for n in range(60):  # enough entries for several pages
        service.record_export("print", f"worklist {n}", patient_id=patient_id)
    week = ReportRequest(reports.KIND_REGISTRATIONS, NOW.date() - timedelta(days=7), NOW.date())
    week.record(service, "csv", week.build(service, "en"))
    other_week = ReportRequest(reports.KIND_SIBER)
    other_week.record(service, "pdf", other_week.build(service, "en"))  # no ended episode: held nobody
    target = tmp_path / "extract.pdf"
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: target)
    dialog = AuditTrailDialog(service, patient_id, "en")
    qtbot.addWidget(dialog)
    dialog.hide_identity.setChecked(False)
    qtbot.mouseClick(dialog.pdf_button, Qt.MouseButton.LeftButton)
    assert LogOperations.of(dialog).wait(20000)  # written in the background
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = [page for page in text.split("\f") if page.strip()]
    assert len(pages) >= 2
    for number, page in enumerate(pages, 1):
        assert "Åsa Öberg" in page and "19640823-3234" in page
        assert f"Page {number} of {len(pages)}" in page and "Printed from kbtdesk" in page
        assert "Psykiatri Affektiva, Sahlgrenska" in page and "Log extract" in page
    everything = "\n".join(pages)
    assert "registrations" in everything and "siber" not in everything
    assert "Ängström" not in everything
    assert service.audit_trail(patient_id)[-1].action == "export"  # the PDF itself is recorded


def test_list_exports_are_in_the_model_too(service, episode, contact, other_patient):
    patient_id = service.episode(episode.id).patient_id
    week = ReportRequest(reports.KIND_REGISTRATIONS, NOW.date() - timedelta(days=7), NOW.date())
    week.record(service, "csv", week.build(service, "en"))
    model = AuditTrailModel(service.audit_trail(patient_id), "en")
    assert model.text(model.rowCount() - 1, AuditTrailModel.COL_ACTION) == "exported"
    assert "registrations" in model.text(model.rowCount() - 1, AuditTrailModel.COL_DETAIL)
