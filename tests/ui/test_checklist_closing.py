"""The checklist asks before Esc throws away what was entered, and an error goes once its cause has
gone (issue 14.6)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget

from kbtdesk.ui import checklist as checklist_module
from kbtdesk.ui.checklist import STEP_CODES, ContactChecklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def swedish(monkeypatch):
    monkeypatch.delenv("KBTDESK_LANG", raising=False)


@pytest.fixture
def questions(monkeypatch):
    """Each question the checklist asks (title), answered with `answers` (default: No)."""
    asked: list[str] = []
    answers: list[bool] = []

    def confirm(_parent, title, _text):
        asked.append(title)
        return answers.pop(0) if answers else False

    monkeypatch.setattr(checklist_module, "confirm", confirm)
    return asked, answers


@pytest.fixture
def shown(qtbot, service, episode):
    dialog = ContactChecklist(None, service, episode.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def press_escape(dialog, qtbot) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)


def test_escape_closes_an_unchanged_checklist_at_once(shown, qtbot, questions):
    asked, _answers = questions
    press_escape(shown, qtbot)
    assert not shown.isVisible() and shown.result() == shown.DialogCode.Rejected
    assert asked == []


def test_escape_on_a_changed_checklist_asks_and_no_keeps_it_open(shown, qtbot, questions, service):
    asked, answers = questions
    shown.contact_step.note_edit.setPlainText("Patienten mår bättre")
    press_escape(shown, qtbot)
    assert len(asked) == 1 and shown.isVisible()
    assert shown.contact_step.note_edit.toPlainText() == "Patienten mår bättre"
    answers.append(True)
    qtbot.mouseClick(shown.cancel_button, Qt.MouseButton.LeftButton)  # Cancel asks the same
    assert len(asked) == 2 and not shown.isVisible()
    assert service.counts().contacts == 0


def test_the_invalid_code_error_goes_when_the_code_is_removed(shown, qtbot):
    shown.go_to(STEP_CODES)
    field = shown.findChild(QLineEdit, "newCode")
    field.setFocus()
    qtbot.keyClicks(field, "du01")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    error = shown.findChild(QLabel, "newCodeError")
    findings = shown.findChild(QListWidget, "findingsList")
    assert error.isVisible() and "DU01" in error.text()
    assert not shown.finish_button.isEnabled()

    codes = shown.findChild(QListWidget, "codeList")
    row = next(i for i in range(codes.count()) if codes.item(i).data(Qt.ItemDataRole.UserRole) == "DU01")
    codes.setCurrentRow(row)
    codes.setFocus()
    qtbot.keyClick(codes, Qt.Key.Key_Delete)
    assert not error.isVisible() and error.text() == ""
    assert not any("DU01" in findings.item(i).text() for i in range(findings.count()))
    assert shown.finish_button.isEnabled() and not shown.status.isVisible()


def test_a_refused_time_is_no_longer_shown_once_the_time_is_changed(shown, qtbot, monkeypatch):
    """An error of the last Finish (the service refused a field) goes when that field changes."""
    from kbtdesk.base.messages import Message
    from kbtdesk.core.service import InputError

    def refuse(_draft):
        raise InputError("at", Message("Input", "The contact's time lies in the future."))

    monkeypatch.setattr(shown._service, "save_contact", refuse)
    shown.finish()
    assert shown.contact_step.at_error.isVisible() and shown.status.isVisible()
    shown.contact_step.at_edit.setDateTime(shown.contact_step.at_edit.dateTime().addSecs(-3600))
    assert not shown.contact_step.at_error.isVisible()
    assert not shown.status.isVisible()
