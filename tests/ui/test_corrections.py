"""The corrections through the real window on a built log: each changes what the user sees, leaves
its entry in the patient's log extract, and Ctrl+Z puts back what was there.

The dialogs' `ask` seams are patched in the window tests (never exec() a modal in a test); the
dialogs themselves are driven shown, with their OK button, in the tests of each dialog.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from kbtdesk.core import corrections
from kbtdesk.core.demo import personnummer
from kbtdesk.core.service import ContactDraft, LogService
from kbtdesk.db import engine
from kbtdesk.ui import corrections as window_corrections
from kbtdesk.ui.audit_view import AuditTrailDialog, AuditTrailModel
from kbtdesk.ui.dialogs.corrections import (
    ChangeEndingDialog,
    CorrectIdentityDialog,
    DeleteEpisodeConfirmation,
    EditScoreDialog,
    RenamePatientDialog,
)
from kbtdesk.ui.dialogs.episode import NewEpisodeDialog
from kbtdesk.ui.formatting import to_qdate
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FATIMA = personnummer(date(1990, 7, 2), 991)
CORRECTIONS = ("reopenEpisode", "changeEnding", "deleteEpisode", "renamePatient", "correctIdentity", "editScore",
               "deleteScore")


@pytest.fixture
def built(service, episode):
    """Åsa Öberg's active episode with two contacts and two MADRS-S scores; Fatima's ended one."""
    for days in (10, 3):
        at = NOW - timedelta(days=days)
        service.save_contact(ContactDraft(episode.id, at, "BR", codes=tuple(
            s.code for s in service.suggest_codes("BR", None, False))))
    service.add_measure(episode.id, date(2026, 10, 5), "madrs-s", 27, [3] * 9)
    service.add_measure(episode.id, date(2026, 11, 2), "madrs-s", 18, [2] * 9)
    fatima = service.add_patient(FATIMA, "Fatima Haddad")
    ended = service.add_episode(fatima.id, "Stresshjälpen Plus", date(2026, 6, 1))
    service.end_episode(ended.id, date(2026, 9, 1), "dropout")
    return {"åsa": episode.id, "fatima": ended.id}


@pytest.fixture
def make_window(qtbot, service, tmp_path):
    def make(language="en", svc=None, **kwargs):
        settings = QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(lambda: svc or service, log_location=str(tmp_path / "kbtdesk-log.db"),
                            language=language, settings=settings, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.findChild(QWidget, "episodeView") is not None)
        return window
    return make


@pytest.fixture
def window(make_window, built):
    return make_window()


def listed_names(window) -> list[str]:
    model = window.episode_list.model
    return sorted(model.row_at(r).patient_name for r in range(model.rowCount()))


def show(window, qtbot, episode_id) -> None:
    window.select_episode(episode_id)
    qtbot.waitUntil(lambda: window.episode_view.detail is not None
                    and window.episode_view.detail.episode.id == episode_id)


def ctrl_z(window, qtbot) -> None:
    window.activateWindow()
    window.episode_list.view.setFocus()
    qtbot.keyClick(window.episode_list.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def extract(service, patient_id) -> list[tuple[str, str, str]]:
    """The patient's log extract as the audit view shows it: (action, record, detail) per row."""
    dialog = AuditTrailDialog(service, patient_id, "en")
    try:
        model = dialog.model
        return [(model.text(r, AuditTrailModel.COL_ACTION), model.text(r, AuditTrailModel.COL_KIND),
                 model.text(r, AuditTrailModel.COL_DETAIL)) for r in range(model.rowCount())]
    finally:
        dialog.deleteLater()


def scores_shown(window) -> list[str]:
    model = window.episode_view.measures_model
    return [model.index(r, model.COL_SCORE).data() for r in range(model.rowCount())]


def action(window, name):
    return next(a for a in window.act.all() if a.objectName() == name)


# -- the menu and when each correction applies ---------------------------------------------------

def test_corrections_menu_enables_only_what_applies(window, built, qtbot):
    menu = window.menus["menuCorrections"]
    assert menu.title() == "&Corrections"
    assert [a.objectName() for a in menu.actions() if not a.isSeparator()] == list(CORRECTIONS)
    assert not any(action(window, name).isEnabled() for name in CORRECTIONS), "no episode shown"

    show(window, qtbot, built["åsa"])
    enabled = {name for name in CORRECTIONS if action(window, name).isEnabled()}
    assert enabled == {"deleteEpisode", "renamePatient", "correctIdentity"}, "active, no score chosen"
    window.episode_view.measures.selectRow(0)
    assert window.act.edit_score.isEnabled() and window.act.delete_score.isEnabled()
    assert set(window.episode_view.measures.actions()) >= {window.act.edit_score, window.act.delete_score}

    show(window, qtbot, built["fatima"])
    assert window.act.reopen_episode.isEnabled() and window.act.change_ending.isEnabled()
    assert not window.act.edit_score.isEnabled(), "Fatima has no scores"


def test_the_episode_list_offers_the_episode_corrections(window, built, qtbot):
    listed = window.episode_list.view
    offered = [a.objectName() for a in listed.actions() if not a.isSeparator()]
    assert offered == ["reopenEpisode", "changeEnding", "deleteEpisode", "renamePatient", "correctIdentity"]
    assert listed.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    window.episode_list.set_status("all")
    model = window.episode_list.model
    listed.selectRow(next(r for r in range(model.rowCount()) if model.row_at(r).patient_name == "Fatima Haddad"))
    assert window.current_episode_id() == built["fatima"] and window.act.reopen_episode.isEnabled()


def test_nothing_is_correctable_on_a_read_only_log(qtbot, service, built, log, rules, tmp_path, make_window):
    read_only = engine.open_log(log.paths, PASSPHRASE, readonly=True)
    try:
        svc = LogService(read_only.engine, rules, now=lambda: NOW)
        window = make_window(svc=svc, log=read_only)
        assert window.read_only
        show(window, qtbot, built["fatima"])
        window.episode_view.measures.selectRow(0)
        assert not any(action(window, name).isEnabled() for name in CORRECTIONS)
        show(window, qtbot, built["åsa"])
        window.episode_view.measures.selectRow(0)
        assert window.episode_view.measures_model.rowCount() == 2
        assert not any(action(window, name).isEnabled() for name in CORRECTIONS)
    finally:
        read_only.close()


# -- deleting an episode ------------------------------------------------------------------------

def test_delete_episode_names_what_goes_and_ctrl_z_brings_it_back(window, service, built, qtbot, monkeypatch):
    window.episode_list.set_status("all")
    show(window, qtbot, built["åsa"])
    patient_id = window.episode_view.detail.patient.id
    asked = []
    monkeypatch.setattr(DeleteEpisodeConfirmation, "ask", classmethod(
        lambda cls, parent, summary, language="sv": asked.append(cls.text(summary, language)) or False))
    window.act.delete_episode.trigger()
    (question,) = asked
    assert "“Depressionshjälpen Plus”" in question and "Åsa Öberg" in question and "19640823-****" in question
    assert "2 contacts" in question and "2 scores" in question and "3234" not in question
    assert "2026-10-01" in question, "the start date as the window writes dates"
    assert "Åsa Öberg" in listed_names(window), "declining deletes nothing"

    monkeypatch.setattr(DeleteEpisodeConfirmation, "ask", classmethod(lambda cls, parent, summary, language: True))
    window.act.delete_episode.trigger()
    assert listed_names(window) == ["Fatima Haddad"]
    assert window.episode_view.detail is None and window.episode_view.pages.currentIndex() == 0
    assert ("deleted", "episode", "with 2 contacts and 2 scores") in extract(service, patient_id)
    assert window.act.undo.text() == "Undo deletion"
    assert "Ctrl+Z" in window.statusBar().currentMessage()

    ctrl_z(window, qtbot)
    assert "Åsa Öberg" in listed_names(window)
    assert window.current_episode_id() == built["åsa"], "undo shows the episode it brought back"
    assert window.episode_view.contacts_model.rowCount() == 2 and scores_shown(window) == ["27", "18"]
    assert ("created", "episode", "undo") in extract(service, patient_id)
    assert extract(service, patient_id)[-1] == ("created", "contact", "undo")
    window.act.redo.trigger()
    assert listed_names(window) == ["Fatima Haddad"]


def test_the_deletion_question_in_swedish_defaults_to_cancel(qtbot, service, built):
    summary = corrections.describe_episode_deletion(service, built["fatima"])
    assert DeleteEpisodeConfirmation.text(summary, "sv").count("0 ") == 2  # no contacts, no scores
    one = corrections.EpisodeDeletionSummary("x", "Åsa", "19640823-****", "P", date(2026, 1, 5), None, 1, 1)
    assert "1 contact and 1 score." in DeleteEpisodeConfirmation.text(one, "en")
    box = DeleteEpisodeConfirmation.box(None, summary, "en")
    qtbot.addWidget(box)
    box.show()
    assert box.textFormat() == Qt.TextFormat.PlainText and "Fatima Haddad" in box.text()
    assert box.defaultButton().objectName() == "cancelButton"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.clickedButton().objectName() == "cancelButton", "Enter cancels"


# -- endings ------------------------------------------------------------------------------------

def test_reopen_shows_the_episode_active_and_ctrl_z_ends_it_again(window, service, built, qtbot):
    show(window, qtbot, built["fatima"])
    patient_id = window.episode_view.detail.patient.id
    assert window.episode_view.status.text() == "Ended 2026-09-01 (Dropped out)"
    window.act.reopen_episode.trigger()
    assert window.episode_view.status.text() == "Active"
    assert not window.act.reopen_episode.isEnabled() and window.act.end_episode.isEnabled()
    assert extract(service, patient_id)[-1] == ("changed", "episode", "reopened")
    assert window.act.undo.text() == "Undo reopening"
    ctrl_z(window, qtbot)
    assert window.episode_view.status.text() == "Ended 2026-09-01 (Dropped out)"
    assert extract(service, patient_id)[-1] == ("changed", "episode", "ending undo")


def test_change_ending_through_the_window(window, service, built, qtbot, monkeypatch):
    show(window, qtbot, built["fatima"])
    patient_id = window.episode_view.detail.patient.id
    monkeypatch.setattr(ChangeEndingDialog, "ask", classmethod(
        lambda cls, parent, svc, episode_id, language: corrections.change_ending(
            svc, episode_id, date(2026, 8, 14), "completed")))
    window.act.change_ending.trigger()
    assert window.episode_view.status.text() == "Ended 2026-08-14 (Completed)"
    assert extract(service, patient_id)[-1] == ("changed", "episode", "ending changed")
    assert window.act.undo.text() == "Undo ending"
    ctrl_z(window, qtbot)
    assert window.episode_view.status.text() == "Ended 2026-09-01 (Dropped out)"


def test_change_ending_dialog_starts_from_the_ending_and_shows_cores_refusal(qtbot, service, built):
    dialog = ChangeEndingDialog(service, built["fatima"], "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ended.date() == to_qdate(date(2026, 9, 1)) and dialog.reason.currentData() == "dropout"
    ok = dialog.findChild(QPushButton, "okButton")
    assert ok.text() == "&Save ending"
    dialog.ended.setDate(to_qdate(date(2026, 5, 1)))  # before the start, 2026-06-01
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible()
    assert dialog.error.text() == "The end date is before the start date."
    assert service.episode(built["fatima"]).ended == date(2026, 9, 1)
    dialog.ended.setDate(to_qdate(date(2026, 8, 20)))
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert (service.episode(built["fatima"]).ended, service.episode(built["fatima"]).end_reason) == (
        date(2026, 8, 20), "other")
    assert isinstance(dialog.change, corrections.EndingChanged)


def test_change_ending_dialog_reminds_of_a_siber_transfer(qtbot, service, built):
    plain = ChangeEndingDialog(service, built["fatima"], "en")
    qtbot.addWidget(plain)
    assert plain.findChild(QWidget, "siberNote") is None
    service.tick([("siber", built["fatima"])], when=NOW)
    dialog = ChangeEndingDialog(service, built["fatima"], "en")
    qtbot.addWidget(dialog)
    dialog.show()
    note = dialog.findChild(QWidget, "siberNote")
    assert note.isVisible() and note.text() == "Transferred to SibeR 2026-11-26: correct the ending there too."


# -- patients -----------------------------------------------------------------------------------

def test_rename_shows_everywhere_and_ctrl_z_brings_the_name_back(window, service, built, qtbot, monkeypatch):
    window.episode_list.set_status("all")
    show(window, qtbot, built["åsa"])
    patient_id = window.episode_view.detail.patient.id
    monkeypatch.setattr(RenamePatientDialog, "ask", classmethod(
        lambda cls, parent, svc, patient, language: corrections.rename_patient(svc, patient.id, "Åsa Lindqvist")))
    window.act.rename_patient.trigger()
    assert window.episode_view.patient_name.text() == "Åsa Lindqvist"
    assert listed_names(window) == ["Fatima Haddad", "Åsa Lindqvist"]
    assert extract(service, patient_id)[-1] == ("changed", "patient", "name")
    assert window.act.undo.text() == "Undo renaming"
    ctrl_z(window, qtbot)
    assert window.episode_view.patient_name.text() == "Åsa Öberg"
    assert "Åsa Öberg" in listed_names(window)


def test_rename_dialog_refuses_an_empty_name_with_cores_message(qtbot, service, built):
    patient = service.patient_by_identity("640823-3234")
    dialog = RenamePatientDialog(service, patient, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Åsa Öberg"
    dialog.name.setText("  ")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.error.text() == "The patient's name is empty."
    dialog.name.setText("Åsa Berg")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.patient_by_identity("640823-3234").name == "Åsa Berg"


def _new_patient_error(qtbot, service, identity: str) -> str:
    """What the new-episode dialog says of `identity` when a patient is added with it."""
    dialog = NewEpisodeDialog(service, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.identity.setText(identity)
    dialog.name.setText("Ny Patient")
    dialog.accept()
    assert dialog.error.isVisible()
    return dialog.error.text()


@pytest.mark.parametrize("wrong", ["640823-3235", "640823-32x4", "19641323-3231", "12"])
def test_a_wrong_identity_number_is_refused_with_the_new_patients_message(qtbot, service, built, wrong):
    expected = _new_patient_error(qtbot, service, wrong)
    patient = service.patient_by_identity("640823-3234")
    dialog = CorrectIdentityDialog(service, patient, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.current.text() == "Åsa Öberg, 19640823-****"
    dialog.identity.setText(wrong)
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.isVisible() and dialog.error.text() == expected
    assert dialog.change is None and service.patient_by_identity("640823-3234").id == patient.id
    dialog.identity.setText("701063-2391")
    assert not dialog.error.isVisible(), "the refusal clears as the number is changed"


def test_correct_identity_through_the_window_and_ctrl_z(window, service, built, qtbot, monkeypatch):
    show(window, qtbot, built["åsa"])
    patient_id = window.episode_view.detail.patient.id
    monkeypatch.setattr(CorrectIdentityDialog, "ask", classmethod(
        lambda cls, parent, svc, patient, language: corrections.correct_identity(svc, patient.id, "701063-2391")))
    window.act.correct_identity.trigger()
    assert window.episode_view.identity.text() == "19701063-****"
    window.episode_view.reveal.setChecked(True)
    assert window.episode_view.identity.text() == "19701063-2391"
    assert extract(service, patient_id)[-1] == ("changed", "patient", "identity")
    assert window.act.undo.text() == "Undo identity number"
    ctrl_z(window, qtbot)
    assert window.episode_view.identity.text() == "19640823-3234"
    assert service.patient_by_identity("640823-3234").id == patient_id


def test_correct_identity_dialog_accepts_a_valid_number(qtbot, service, built):
    patient = service.patient_by_identity("640823-3234")
    dialog = CorrectIdentityDialog(service, patient, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.identity.setText(FATIMA)
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "Another patient" in dialog.error.text()
    dialog.identity.setText("19701063-2391")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.patient_by_identity("701063-2391").id == patient.id


# -- scores -------------------------------------------------------------------------------------

def test_edit_score_dialog_is_the_score_dialog_filled_in(qtbot, service, built):
    measure = service.episode_detail(built["åsa"]).measures[1]
    dialog = EditScoreDialog(service, measure, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Edit score"
    assert (dialog.instrument.currentData(), dialog.on.date(), dialog.total.value(), dialog.items.text()) == (
        "madrs-s", to_qdate(date(2026, 11, 2)), 18, "2 2 2 2 2 2 2 2 2")
    dialog.items.setText("2 2 2 2 2 2 2 2 9")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and dialog.error.text() == "An item score of MADRS-S is outside 0–6."
    dialog.items.setText("2 2 2 2 2 2 2 2 4")
    qtbot.mouseClick(dialog.findChild(QPushButton, "okButton"), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert service.episode_detail(built["åsa"]).measures[1].score == 20


def test_edit_score_through_the_window_and_ctrl_z(window, service, built, qtbot, monkeypatch):
    show(window, qtbot, built["åsa"])
    patient_id = window.episode_view.detail.patient.id
    window.episode_view.measures.selectRow(1)
    monkeypatch.setattr(EditScoreDialog, "ask", classmethod(
        lambda cls, parent, svc, measure, language: corrections.edit_measure(
            svc, measure.id, measure.on, measure.instrument, 16, None)))
    window.act.edit_score.trigger()
    assert scores_shown(window) == ["27", "16"]
    assert extract(service, patient_id)[-1] == ("changed", "score", "")
    assert window.act.undo.text() == "Undo score"
    ctrl_z(window, qtbot)
    assert scores_shown(window) == ["27", "18"]


def test_double_click_on_a_score_opens_its_edit(window, built, qtbot, monkeypatch):
    show(window, qtbot, built["åsa"])
    opened = []
    monkeypatch.setattr(EditScoreDialog, "ask", classmethod(
        lambda cls, parent, svc, measure, language: opened.append(measure.score)))
    table = window.episode_view.measures
    table.selectRow(0)
    rect = table.visualRect(window.episode_view.measures_model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # Qt 6 wants a press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [27]


def test_delete_score_with_the_delete_key_asks_and_ctrl_z_brings_it_back(window, service, built, qtbot,
                                                                       monkeypatch):
    show(window, qtbot, built["åsa"])
    patient_id = window.episode_view.detail.patient.id
    asked = []
    monkeypatch.setattr(window_corrections, "confirm", lambda parent, title, text: asked.append(text) or True)
    table = window.episode_view.measures
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked == ["Delete the MADRS-S score 27 of 2026-10-05? You can undo this with Ctrl+Z."]
    assert scores_shown(window) == ["18"]
    assert window.episode_view.contacts_model.rowCount() == 2, "the contacts' Delete did not fire"
    assert extract(service, patient_id)[-1] == ("deleted", "score", "")
    assert not window.act.delete_score.isEnabled(), "no score chosen after the deletion"
    ctrl_z(window, qtbot)
    assert scores_shown(window) == ["27", "18"]
    assert extract(service, patient_id)[-1] == ("created", "score", "undo")


def test_the_deletion_question_and_undo_label_in_swedish(make_window, built, service, qtbot, qapp, monkeypatch):
    from kbtdesk.ui.app import Translators

    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)
    translators.apply("sv")
    try:
        summary = corrections.describe_episode_deletion(service, built["åsa"])
        question = DeleteEpisodeConfirmation.text(summary, "sv")
        assert "2 kontakter och 2 skattningar" in question and "2026-10-01" in question
        window = make_window(language="sv")
        show(window, qtbot, built["fatima"])
        window.act.reopen_episode.trigger()
        assert window.act.undo.text() == "Ångra återöppning"
    finally:
        translators.clear()


def test_locking_disables_the_corrections_and_unlocking_gives_back_what_applies(make_window, built, log, qtbot):
    window = make_window(log=log)
    show(window, qtbot, built["fatima"])
    window.act.reopen_episode.trigger()
    assert window.act.undo.isEnabled()
    window.lock_now()
    assert window.locked
    assert not any(action(window, name).isEnabled() for name in CORRECTIONS)
    assert window.undo_stack.count() == 0, "the lock forgets what could be undone"
    assert window.window_lock.unlock(PASSPHRASE)
    assert not window.locked
    show(window, qtbot, built["fatima"])  # reopened above: active now
    enabled = {name for name in CORRECTIONS if action(window, name).isEnabled()}
    assert enabled == {"deleteEpisode", "renamePatient", "correctIdentity"}
