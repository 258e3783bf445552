"""A patient's log extract: the audit entries about one patient, listed and printable."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog

from kbtdesk.core.demo import personnummer
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import audit_view
from kbtdesk.ui.audit_view import AuditTrailDialog, AuditTrailModel
from kbtdesk.ui.main_window import MainWindow
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
    assert pdf.exists() and pdf.stat().st_size > 0
    after = service.audit_trail(patient_id)
    assert len(after) == before + 1 and after[-1].action == "print"


def test_html_for_printing_escapes_text_from_the_log():
    entry = audit_view.AuditEntry(1, "2026-11-26T09:30:00Z", "update", "contact", "c1", "p1",
                                  "<b>Tove</b>", "<script>x</script>", "0" * 64, "1" * 64)
    html = AuditTrailModel([entry], "en").as_html("Extract")
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;Tove" in html
