"""The contact checklist with real widgets over a real encrypted log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
)

from kbtdesk.core.service import ContactDraft
from kbtdesk.ui.checklist import STEP_CODES, STEP_CONTACT, STEP_REGISTRATION, ContactChecklist
from tests.helpers.fixtures import NOW

SKELETON = "Kontaktorsak:\n\nAktuellt:\n\nSkattningar:\n\nBedömning:\n\nÅtgärd/Planering:\n"


# The offscreen platform warns whenever a window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def swedish(monkeypatch):
    monkeypatch.delenv("KBTDESK_LANG", raising=False)


@pytest.fixture
def open_checklist(qtbot, service, episode):
    def make(contact_id=None, outage=False, episode_id=None):
        dialog = ContactChecklist(None, service, episode_id or episode.id, contact_id=contact_id, outage=outage)
        qtbot.addWidget(dialog)
        return dialog
    return make


def show_active(dialog, qtbot) -> None:
    """Shortcuts fire only in the active window."""
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()


def child(dialog, kind, name):
    found = dialog.findChild(kind, name)
    assert found is not None, name
    return found


def listed_codes(dialog) -> list[str]:
    codes = child(dialog, QListWidget, "codeList")
    return [codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(codes.count())
            if codes.item(i).data(Qt.ItemDataRole.UserRole)]


def finding_texts(dialog) -> list[str]:
    findings = child(dialog, QListWidget, "findingsList")
    return [findings.item(i).text() for i in range(findings.count())]


def select_code(dialog, code: str) -> None:
    codes = child(dialog, QListWidget, "codeList")
    for i in range(codes.count()):
        if codes.item(i).data(Qt.ItemDataRole.UserRole) == code:
            codes.setCurrentRow(i)
            return
    raise AssertionError(f"{code} not listed")


def test_message_contact_end_to_end(open_checklist, service, episode, qtbot):
    dialog = open_checklist()
    assert dialog.objectName() == "contactChecklist"
    assert child(dialog, QRadioButton, "contactType_BR").isChecked()
    assert "Meddelandekontakt med patient" in child(dialog, QLabel, "contactTypeUse_BR").text()
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051"]
    codes_text = child(dialog, QListWidget, "codeList").item(1).text()
    assert "Behandling administrerad via internet" in codes_text and "alltid registreras" in codes_text
    assert finding_texts(dialog) == ["No findings: the codes follow the routine."]
    assert child(dialog, QPushButton, "finishButton").isEnabled()

    child(dialog, QSpinBox, "contactMinutes").setValue(15)
    child(dialog, QCheckBox, "journalDone").setChecked(True)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(child(dialog, QPushButton, "finishButton"), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = service.contact(dialog.saved_contact.id)
    assert saved.type == "BR" and saved.mode is None and saved.minutes == 15
    assert saved.code_list == ["DU011", "ZV044", "ZV051"]
    assert saved.at == NOW.isoformat()
    assert saved.journal_done == NOW.isoformat()
    assert saved.registered is None  # left for later: the contact waits on the worklist
    assert [item.kind for item in service.worklist()] == ["registration"]


def test_planned_clinic_visit_needs_a_mode_and_no_telemedicine_code(open_checklist, service, qtbot):
    dialog = open_checklist()
    clinic = child(dialog, QRadioButton, "contactMode_clinic")
    assert not clinic.isEnabled()
    child(dialog, QRadioButton, "contactType_planned_visit").setChecked(True)
    assert clinic.isEnabled()
    assert listed_codes(dialog) == ["DU011", "ZV044"]
    assert "Besök via videolänk eller på mottagningen." in child(
        dialog, QLabel, "contactTypeUse_planned_visit").text()

    assert dialog.finish() is None
    error = child(dialog, QLabel, "contactModeError")
    assert error.isVisibleTo(dialog)
    assert "A contact of type Mottagningsbesök planerat needs a mode: Videolänk, På mottagningen." in error.text()
    assert dialog.pages.currentIndex() == STEP_CONTACT
    assert service.counts().contacts == 0

    child(dialog, QRadioButton, "contactMode_video").setChecked(True)
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051"]  # video is a distance contact
    assert not error.isVisibleTo(dialog)
    clinic.setChecked(True)
    assert listed_codes(dialog) == ["DU011", "ZV044"]
    assert "Rutinen anger ingen registreringskod" in child(dialog, QLabel, "registrationTypeNote").text()
    assert child(dialog, QLabel, "registrationType").text() == "Mottagningsbesök planerat (På mottagningen)"

    saved = dialog.finish()
    assert saved is not None
    stored = service.contact(saved.id)
    assert (stored.type, stored.mode, stored.code_list) == ("planned-visit", "clinic", ["DU011", "ZV044"])


def test_removing_zv044_blocks_finishing(open_checklist, service, qtbot):
    dialog = open_checklist()
    select_code(dialog, "ZV044")
    qtbot.mouseClick(child(dialog, QPushButton, "removeCode"), Qt.MouseButton.LeftButton)

    assert listed_codes(dialog) == ["DU011", "ZV051"]
    texts = finding_texts(dialog)
    assert any(t.startswith("Error: Code ZV044 is missing") and "alltid registreras" in t for t in texts)
    findings = child(dialog, QListWidget, "findingsList")
    assert findings.item(0).foreground().color().name() == "#a4000f"  # the one red of errors
    assert not child(dialog, QPushButton, "finishButton").isEnabled()
    assert "Finish is blocked" in child(dialog, QLabel, "checklistStatus").text()
    assert "error" in dialog.steps.item(STEP_CODES).text()

    assert dialog.finish() is None
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert service.counts().contacts == 0

    child(dialog, QLineEdit, "newCode").setText("zv044")
    qtbot.mouseClick(child(dialog, QPushButton, "addCode"), Qt.MouseButton.LeftButton)
    assert listed_codes(dialog) == ["DU011", "ZV051", "ZV044"]
    assert child(dialog, QPushButton, "finishButton").isEnabled()


def test_delete_key_removes_the_selected_code(open_checklist, qtbot):
    dialog = open_checklist()
    show_active(dialog, qtbot)
    dialog.go_to(STEP_CODES)
    select_code(dialog, "ZV051")
    codes = child(dialog, QListWidget, "codeList")
    codes.setFocus()
    qtbot.keyClick(codes, Qt.Key.Key_Delete)
    assert listed_codes(dialog) == ["DU011", "ZV044"]


def test_a_malformed_code_shows_an_invalid_code_finding(open_checklist, service, qtbot):
    dialog = open_checklist()
    show_active(dialog, qtbot)
    field = child(dialog, QLineEdit, "newCode")
    field.setFocus()
    qtbot.keyClicks(field, "du01")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert dialog.isVisible()  # Enter added the code; it did not finish the dialog
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051", "DU01"]
    assert any(t.startswith("Error: DU01 is not a valid KVÅ code") for t in finding_texts(dialog))
    assert "not a valid KVÅ code" in child(dialog, QLabel, "newCodeError").text()
    assert field.text() == ""
    assert dialog.finish() is None
    assert service.counts().contacts == 0


def test_adding_a_known_code_outside_the_routine_says_so(open_checklist):
    dialog = open_checklist()
    assert dialog.add_code("au118")
    assert listed_codes(dialog)[-1] == "AU118"
    assert "Inte en del av rutinen" in child(dialog, QListWidget, "codeList").item(3).text()
    assert not dialog.add_code("AU118")
    assert "already listed" in child(dialog, QLabel, "newCodeError").text()


def test_final_contact_suggests_uv112_and_ends_the_episode(open_checklist, service, episode):
    dialog = open_checklist()
    reminder = child(dialog, QLabel, "siberReminder")
    assert reminder.isHidden()
    dialog.add_code("AU118")
    child(dialog, QCheckBox, "contactFinal").setChecked(True)

    # DU011 stays on the final contact, as on every treatment contact (issue 14.5)
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051", "UV112", "AU118"]  # hand-added code kept
    assert not [t for t in finding_texts(dialog) if t.startswith("Error")]
    assert not reminder.isHidden()
    assert "SibeR" in reminder.text() and "Medrave" in reminder.text()
    assert "UV112" in child(dialog, QLineEdit, "registrationText").text()

    # The end reason is asked: Finish refuses until it is chosen, and never assumes "completed".
    reason = child(dialog, QComboBox, "contactEndReason")
    assert reason.isVisibleTo(dialog) and reason.currentData() == ""
    assert dialog.finish() is None
    error = child(dialog, QLabel, "contactEndError")
    assert error.isVisibleTo(dialog) and "Choose how the treatment ends" in error.text()
    assert dialog.current_step() == STEP_CONTACT
    assert service.episode(episode.id).ended is None and service.counts().contacts == 0

    reason.setCurrentIndex(reason.findData("completed"))
    assert not error.isVisibleTo(dialog)
    advice = child(dialog, QLabel, "contactEndAdvice")
    rule = next(r for r in service.rules.rules if r.kind == "missing-final-contact" and "completed" in r.when)
    assert rule.reason["sv"] in advice.text()
    saved = dialog.finish()
    assert saved is not None and service.contact(saved.id).final
    ended = service.episode(episode.id)
    assert ended.ended == NOW.date() and ended.end_reason == "completed"
    assert "siber" in {item.kind for item in service.worklist()}


def test_the_final_contact_ends_the_episode_for_the_reason_and_day_chosen(open_checklist, service, episode):
    dialog = open_checklist()
    child(dialog, QCheckBox, "contactFinal").setChecked(True)
    reason = child(dialog, QComboBox, "contactEndReason")
    reason.setCurrentIndex(reason.findData("dropout"))
    advice = child(dialog, QLabel, "contactEndAdvice").text()
    assert "Rutinen säger inte" in advice and "Justera efter din enhet" in advice  # a warning's words
    day = NOW.date() - timedelta(days=2)
    child(dialog, QDateEdit, "contactEndDate").setDate(QDate(day.year, day.month, day.day))
    assert dialog.finish() is not None
    ended = service.episode(episode.id)
    assert (ended.ended, ended.end_reason) == (day, "dropout")
    # the contact lies after the end it gave: the rule set's warning says so under the episode
    assert "contact-after-end" in [f.kind for f in service.episode_detail(episode.id).findings]


def test_unticking_final_brings_du011_back(open_checklist):
    dialog = open_checklist()
    final = child(dialog, QCheckBox, "contactFinal")
    final.setChecked(True)
    final.setChecked(False)
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051"]


def test_editing_reopens_with_the_same_values_and_saves_changes(open_checklist, service, episode):
    journaled = NOW - timedelta(days=2)
    original = service.save_contact(ContactDraft(
        episode_id=episode.id, at=NOW - timedelta(days=2, hours=3), type="TB", minutes=25,
        codes=("DU011", "ZV044", "ZV051", "AU118"), journal_done=journaled, note="Ringde om modul 3",
        outage=True))

    dialog = open_checklist(contact_id=original.id)
    assert dialog.windowTitle() == "Edit contact"
    assert child(dialog, QRadioButton, "contactType_TB").isChecked()
    assert child(dialog, QSpinBox, "contactMinutes").value() == 25
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051", "AU118"]
    assert child(dialog, QCheckBox, "journalDone").isChecked()
    assert not child(dialog, QCheckBox, "registered").isChecked()
    assert child(dialog, QLabel, "outageBanner").isVisibleTo(dialog)  # its own flag, not the default
    assert dialog.findChild(QLabel, "checklistPatient").text().startswith("Åsa Öberg")

    child(dialog, QSpinBox, "contactMinutes").setValue(40)
    child(dialog, QRadioButton, "contactType_BR").setChecked(True)
    assert listed_codes(dialog) == ["DU011", "ZV044", "ZV051", "AU118"]
    child(dialog, QCheckBox, "registered").setChecked(True)
    saved = dialog.finish()

    assert saved.id == original.id
    stored = service.contact(original.id)
    assert (stored.type, stored.minutes, stored.note) == ("BR", 40, "Ringde om modul 3")
    assert stored.at == original.at
    assert stored.journal_done == journaled.isoformat()  # still ticked: the first stamp stays
    assert stored.registered == NOW.isoformat()
    assert stored.outage
    assert service.counts().contacts == 1


def test_editing_can_clear_a_tick(open_checklist, service, episode):
    original = service.save_contact(ContactDraft(
        episode_id=episode.id, at=NOW, type="BR", codes=("DU011", "ZV044", "ZV051"),
        journal_done=NOW, registered=NOW))
    dialog = open_checklist(contact_id=original.id)
    child(dialog, QCheckBox, "registered").setChecked(False)
    dialog.finish()
    assert service.contact(original.id).registered is None


def test_changed_time_is_saved(open_checklist, service):
    dialog = open_checklist()
    edit = dialog.contact_step.at_edit
    edit.setDateTime(edit.dateTime().addDays(-1).addSecs(-3600))
    saved = dialog.finish()
    assert service.contact(saved.id).at == (NOW - timedelta(days=1, hours=1)).isoformat()


def test_outage_marks_a_new_contact(open_checklist, service):
    dialog = open_checklist(outage=True)
    assert child(dialog, QLabel, "outageBanner").isVisibleTo(dialog)
    saved = dialog.finish()
    assert service.contact(saved.id).outage
    assert all(item.outage for item in service.worklist())

    plain = open_checklist()
    assert not child(plain, QLabel, "outageBanner").isVisibleTo(plain)
    assert not service.contact(plain.finish().id).outage


def test_copy_buttons_fill_the_clipboard(open_checklist, qtbot):
    dialog = open_checklist()
    clipboard = QGuiApplication.clipboard()
    clipboard.clear()

    qtbot.mouseClick(child(dialog, QPushButton, "copySkeleton"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == SKELETON
    assert child(dialog, QLabel, "copySkeletonStatus").text() == "Copied."

    qtbot.mouseClick(child(dialog, QPushButton, "copyRegistration"), Qt.MouseButton.LeftButton)
    assert clipboard.text() == "BR — Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051"


def test_journal_step_names_the_template_its_lathund_and_the_adjust_note(open_checklist):
    dialog = open_checklist()
    template = child(dialog, QLabel, "journalTemplate").text()
    assert "Internetförmedlad terapi (KBT)" in template and "Asynja Visph" in template
    assert "Lathund journalmallar internetförmedlad terapi (KBT)" in child(dialog, QLabel, "journalLathund").text()
    assert "Justera efter din enhets lathund" in child(dialog, QLabel, "journalTemplateNote").text()
    assert "Asynja Visph" in child(dialog, QCheckBox, "journalDone").text()


def test_custom_headings_make_the_skeleton(open_checklist, service):
    service.set_setting("template_headings", {"asynja-visph": ["Anamnes", "Plan"]})
    dialog = open_checklist()
    assert dialog.journal_step.skeleton_edit.toPlainText() == "Anamnes:\n\nPlan:\n"


def test_registration_step_by_care_level(open_checklist, service, episode):
    dialog = open_checklist()
    assert "ELVIS" in child(dialog, QLabel, "registrationWhere").text()
    assert "Rutin ELVIS 5" in child(dialog, QLabel, "registrationWhere").text()
    assert child(dialog, QLabel, "registrationType").text() == "BR — Skriftlig distanskontakt som ersätter besök"
    assert child(dialog, QLabel, "registrationCodes").text() == "DU011 ZV044 ZV051"

    primary = service.add_episode(episode.patient_id, "Oroshjälpen Plus", date(2026, 11, 1),
                                  care_level="primary", ehr="webdoc")
    other = open_checklist(episode_id=primary.id)
    assert "Webdoc" in child(other, QLabel, "registrationWhere").text()
    assert "Webdoc" in child(other, QCheckBox, "registered").text()


def test_steps_are_reachable_by_keyboard(open_checklist, qtbot):
    dialog = open_checklist()
    show_active(dialog, qtbot)
    pages = child(dialog, QStackedWidget, "checklistPages")

    qtbot.keyClick(dialog, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert pages.currentIndex() == STEP_CODES
    assert dialog.focusWidget() is child(dialog, QListWidget, "codeList")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == STEP_REGISTRATION
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert pages.currentIndex() == 1
    qtbot.mouseClick(child(dialog, QPushButton, "backButton"), Qt.MouseButton.LeftButton)
    assert pages.currentIndex() == STEP_CONTACT
    assert not child(dialog, QPushButton, "backButton").isEnabled()


def test_every_control_has_an_object_and_accessible_name(open_checklist):
    dialog = open_checklist()
    for kind in (QPushButton, QCheckBox, QRadioButton, QLineEdit, QSpinBox, QListWidget):
        for widget in dialog.findChildren(kind):
            if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
                continue  # the line edit inside a spin box
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()


def test_patient_name_is_shown_as_plain_text(open_checklist, service):
    patient = service.add_patient("19810829M071", "<b>Bo</b> Ek")
    other = service.add_episode(patient.id, "Stresshjälpen Plus", date(2026, 11, 1))
    dialog = open_checklist(episode_id=other.id)
    header = child(dialog, QLabel, "checklistPatient")
    assert header.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bo</b> Ek" in header.text()
    assert "M071" not in header.text()


def test_ask_returns_the_saved_contact_or_none(monkeypatch, qtbot, service, episode):
    monkeypatch.setattr(ContactChecklist, "exec", lambda self: (self.finish(), self.result())[1])
    contact = ContactChecklist.ask(None, service, episode.id)
    assert contact is not None and service.contact(contact.id) is not None

    monkeypatch.setattr(ContactChecklist, "exec", lambda self: (self.reject(), self.result())[1])
    assert ContactChecklist.ask(None, service, episode.id, contact.id) is None
