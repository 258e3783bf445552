"""Auto-lock: idle time on the wall clock, what a locked window still shows, unlocking, kept drafts."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QAbstractItemModel, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLabel, QWidget
from sqlalchemy import text

from kbtdesk.core import drafts
from kbtdesk.core.demo import personnummer
from kbtdesk.core.service import ContactDraft
from kbtdesk.db.engine import pending_events_path
from kbtdesk.ui import main_window
from kbtdesk.ui.checklist import ContactChecklist
from kbtdesk.ui.dialogs.episode import NewEpisodeDialog
from kbtdesk.ui.main_window import PAGE_EPISODES, PAGE_LOCKED, MainWindow
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ERIK = personnummer(date(1985, 3, 14), 982)
NAMES = ["Åsa Öberg", "Erik Ängström"]
IDENTITIES = ["640823-3234", ERIK]


class FakeClock:
    def __init__(self, start: float = 1_800_000_000.0):
        self.t = start

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, service, episode, log, clock, tmp_path):
    erik = service.add_patient(ERIK, "Erik Ängström")
    service.add_episode(erik.id, "Oroshjälpen Plus", date(2026, 10, 15))
    at = NOW - timedelta(days=2)
    service.save_contact(ContactDraft(episode_id=episode.id, at=at, type="BR", codes=("DU011", "ZV044", "ZV051"),
                                      journal_done=at, note="Åsa Öberg mår bättre"))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", settings=settings, log=log,
                     clock=clock)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # Activity is watched from the first paint on (LockController.watch): no one can type sooner.
    qtbot.waitUntil(lambda: win.window_lock.controller.watching, timeout=3000)
    win.select_episode(episode.id)
    win.act.worklist.setChecked(True)   # the worklist, built, then back to the episodes
    win.act.worklist.setChecked(False)
    win.episode_view.reveal.setChecked(True)
    win.episode_list.search.setText("Åsa")
    return win


def _identity_forms(identity: str) -> list[str]:
    digits = identity.replace("-", "").replace("+", "")
    return [identity, digits, digits[-10:], identity[-11:]]


def patient_texts_shown(window) -> list[str]:
    """Every place in the window (widgets, models) that holds a patient's name or identity number."""
    needles = NAMES + [form for identity in IDENTITIES for form in _identity_forms(identity)]
    found = []

    def check(where: str, value) -> None:
        if isinstance(value, str):
            for needle in needles:
                if needle in value:
                    found.append(f"{where}: {needle}")

    for widget in window.findChildren(QWidget):
        name = widget.objectName() or type(widget).__name__
        for getter in ("text", "toPlainText", "placeholderText", "toolTip", "windowTitle", "accessibleName",
                       "accessibleDescription", "currentText", "title"):
            method = getattr(widget, getter, None)
            if callable(method):
                with contextlib.suppress(TypeError):  # a getter that needs arguments
                    check(f"{name}.{getter}", method())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for where, value in _model_texts(model):
                check(f"{name} model {where}", value)
    return found


def _model_texts(model: QAbstractItemModel, parent=None):
    from PySide6.QtCore import QModelIndex

    parent = parent or QModelIndex()
    while model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        for col in range(max(1, model.columnCount(parent))):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                         Qt.ItemDataRole.AccessibleTextRole):
                yield f"({row},{col})", index.data(role)
            if col == 0 and model.rowCount(index) > 0:
                yield from _model_texts(model, index)


# -- when it locks ----------------------------------------------------------------------------

def test_locks_within_a_second_of_the_timeout(window, clock, qtbot):
    assert window.window_lock.controller.minutes == 10
    clock.advance(10 * 60 - 2)
    window.window_lock.controller.tick()
    assert not window.locked
    clock.advance(2)
    qtbot.waitUntil(lambda: window.locked, timeout=1500)  # the real 1 s timer, no manual tick
    assert window.pages.currentIndex() == PAGE_LOCKED
    assert window.window_lock.screen.isVisible()


def test_activity_postpones_the_lock(window, clock, qtbot):
    clock.advance(9 * 60)
    qtbot.keyClick(window.episode_list.view, Qt.Key.Key_Down)
    clock.advance(9 * 60)
    window.window_lock.controller.tick()
    assert not window.locked
    clock.advance(60)
    window.window_lock.controller.tick()
    assert window.locked


def test_an_eight_hour_suspend_locks_at_the_first_tick_after_resume(window, clock):
    clock.advance(8 * 3600)
    window.window_lock.controller.tick()
    assert window.locked


def test_ctrl_l_locks(window, qtbot):
    assert window.act.lock.objectName() == "lockNow"
    assert window.act.lock in window.toolbar.actions()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked


def test_ctrl_l_locks_from_inside_an_open_checklist(window, qtbot):
    def press_when_open():
        checklist = _open_checklist()
        if checklist is None:
            QTimer.singleShot(20, press_when_open)
            return
        checklist.activateWindow()
        checklist.contact_step.note_edit.setFocus()
        qtbot.keyClick(checklist.contact_step.note_edit, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        if not window.locked:
            checklist.reject()  # never hang the suite: the assertion below reports it

    QTimer.singleShot(0, press_when_open)
    window.new_contact()
    assert window.locked and _open_checklist() is None


def test_the_minutes_come_from_the_log(qtbot, service, log, clock, tmp_path):
    service.set_setting("auto_lock_minutes", 3)
    win = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", log=log, clock=clock)
    qtbot.addWidget(win)
    win.show()
    # Read with the service just after the first paint, when the activity filter starts too.
    qtbot.waitUntil(lambda: win.window_lock.controller.watching, timeout=3000)
    assert win.window_lock.controller.minutes == 3
    clock.advance(3 * 60)
    win.window_lock.controller.tick()
    assert win.locked


# -- what a locked window shows ------------------------------------------------------------------

def test_after_locking_no_widget_holds_patient_data(window, qtbot):
    qtbot.waitUntil(lambda: window.episode_list.model.rowCount() == 1)
    before = patient_texts_shown(window)
    assert any("Åsa Öberg" in f for f in before) and any("640823" in f for f in before), before
    window.lock_now()
    assert patient_texts_shown(window) == []
    assert window.worklist is None
    assert window.episode_list.search.text() == ""
    qtbot.wait(400)  # the search debounce must not refill the list behind the lock screen
    assert patient_texts_shown(window) == []
    assert not window.act.new_contact.isEnabled() and not window.act.worklist.isEnabled()


# -- unlocking -------------------------------------------------------------------------------------

def test_unlock_wrong_then_right(window, log, service, qtbot):
    window.lock_now()
    window.window_lock.screen.passphrase.setText("not the passphrase")
    qtbot.mouseClick(window.window_lock.screen.unlock_button, Qt.MouseButton.LeftButton)
    assert window.locked
    assert window.window_lock.screen.error.isVisible()
    assert window.window_lock.screen.passphrase.text() == ""
    assert "failed-unlock" in pending_events_path(log.paths).read_text()

    window.window_lock.screen.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.window_lock.screen.passphrase, Qt.Key.Key_Return)
    assert not window.locked
    assert window.pages.currentIndex() == PAGE_EPISODES
    assert window.episode_list.model.rowCount() == 2
    assert window.act.new_episode.isEnabled()
    assert "1 failed unlock attempt" in window.statusBar().currentMessage()
    actions = [e.action for e in service.audit_entries()]
    assert actions[-2:] == ["failed-unlock", "unlock"]
    assert not pending_events_path(log.paths).exists()


def test_unlocking_shows_the_same_episode_with_nothing_to_undo(window, episode, qtbot, clock, monkeypatch):
    """Auto-lock, then unlock: the episode shown before is shown and selected again, and Undo and
    Redo are disabled, saying nothing, because the lock emptied the undo stack (issue 14.6)."""
    monkeypatch.setattr(main_window, "confirm", lambda *a, **k: True)
    window.episode_list.search.clear()
    qtbot.waitUntil(lambda: window.episode_list.model.rowCount() == 2)
    window.select_episode(episode.id)
    window.episode_view.contacts.selectRow(0)
    window.act.delete_contact.trigger()
    assert window.act.undo.isEnabled() and window.act.undo.text() == "Undo deletion"
    clock.advance(10 * 60)
    window.window_lock.controller.tick()
    assert window.locked and not window.act.undo.isEnabled()
    window.window_lock.screen.passphrase.setText(PASSPHRASE)
    qtbot.keyClick(window.window_lock.screen.passphrase, Qt.Key.Key_Return)
    assert not window.locked
    assert window.current_episode_id() == episode.id
    assert window.episode_list.selected_episode_id() == episode.id
    assert window.episode_view.patient_name.text() == "Åsa Öberg"
    assert not window.act.undo.isEnabled() and not window.act.redo.isEnabled()
    assert (window.act.undo.text(), window.act.redo.text()) == ("Undo", "Redo")
    assert window.act.new_contact.isEnabled()  # the rest is enabled again
    qtbot.keyClick(window.episode_view.contacts, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.episode_view.contacts_model.rowCount() == 0  # Ctrl+Z did not bring back a forgotten change


def test_demo_unlocks_with_a_button(qtbot, tmp_path, rules):
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_demo_log

    demo = create_demo_log(tmp_path)
    try:
        svc = LogService(demo.engine, rules, now=lambda: NOW)
        win = MainWindow(lambda: svc, log_location=str(demo.paths.log), language="en", demo=True, log=demo)
        qtbot.addWidget(win)
        win.show()
        win.lock_now()
        assert not win.window_lock.screen.passphrase.isVisible()
        qtbot.mouseClick(win.window_lock.screen.unlock_button, Qt.MouseButton.LeftButton)
        assert not win.locked
    finally:
        demo.close()


# -- a checklist open when the window locks --------------------------------------------------------

def _open_checklist():
    return next((w for w in QApplication.topLevelWidgets() if isinstance(w, ContactChecklist) and w.isVisible()),
                None)


def test_half_filled_checklist_is_kept_encrypted_and_offered_after_unlock(window, service, log, qtbot,
                                                                          monkeypatch, tmp_path):
    secret = "Sover dåligt, QWX-9931"

    def fill_then_lock():
        checklist = _open_checklist()
        if checklist is None:
            QTimer.singleShot(20, fill_then_lock)
            return
        checklist.contact_step.minutes_edit.setValue(37)
        checklist.contact_step.note_edit.setPlainText(secret)
        checklist.go_to(1)
        window.window_lock.controller.lock()

    QTimer.singleShot(0, fill_then_lock)
    window.new_contact()  # returns when the lock closes the checklist
    assert window.locked
    assert _open_checklist() is None

    with log.engine.connect() as conn:
        stored = conn.execute(text("SELECT value FROM setting WHERE key = 'pending_checklist'")).scalar()
    assert secret in stored
    for path in (p for p in tmp_path.rglob("*") if p.is_file()):
        assert secret.encode("utf-8") not in path.read_bytes(), path.name

    asked = []
    monkeypatch.setattr(main_window, "confirm", lambda parent, title, question: asked.append(question) or True)
    seen = {}

    def inspect_and_finish():
        checklist = _open_checklist()
        if checklist is None:
            QTimer.singleShot(20, inspect_and_finish)
            return
        step = checklist.contact_step
        seen.update(note=step.note_edit.toPlainText(), minutes=step.minutes_edit.value(), step=checklist.current_step())
        checklist.finish()

    QTimer.singleShot(0, inspect_and_finish)
    assert window.window_lock.unlock(PASSPHRASE)
    qtbot.waitUntil(lambda: "note" in seen, timeout=5000)
    assert asked == ["A contact you were entering was kept when the window locked. Continue?"]
    assert seen == {"note": secret, "minutes": 37, "step": 1}
    notes = [c.note for c in window.service.episode_detail(window.current_episode_id()).contacts]
    assert secret in notes
    assert drafts.pending(service) is None


def test_an_untouched_checklist_is_not_kept(window, service):
    def lock_when_open():
        if _open_checklist() is None:
            QTimer.singleShot(20, lock_when_open)
            return
        window.window_lock.controller.lock()

    QTimer.singleShot(0, lock_when_open)
    window.new_contact()
    assert window.locked
    assert drafts.pending(service) is None


def test_declining_the_kept_checklist_drops_it(window, service, monkeypatch):
    draft = ContactDraft(episode_id=window.current_episode_id(), at=NOW, type="BR", note="kept")
    drafts.keep(service, draft)
    monkeypatch.setattr(main_window, "confirm", lambda *args: False)
    window.offer_kept_checklist()
    assert drafts.pending(service) is None


# -- the clipboard ---------------------------------------------------------------------------------

def _select_first_contact(window, qtbot):
    window.episode_view.contacts.selectRow(0)
    qtbot.waitUntil(lambda: window.episode_view.selected_contact_id() is not None)


def test_lock_clears_the_clipboard_when_it_holds_kbtdesk_text(window, qtbot):
    _select_first_contact(window, qtbot)
    window.act.copy_note.trigger()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text()
    window.lock_now()
    assert clipboard.text() == ""


def test_lock_leaves_text_another_program_copied(window, qtbot):
    _select_first_contact(window, qtbot)
    window.act.copy_registration.trigger()
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("copied in the EHR, not by kbtdesk")
    window.lock_now()
    assert clipboard.text() == "copied in the EHR, not by kbtdesk"


def test_open_dialogs_close_on_lock(window, qtbot):
    def lock_when_open():
        if not any(isinstance(w, NewEpisodeDialog) and w.isVisible() for w in QApplication.topLevelWidgets()):
            QTimer.singleShot(20, lock_when_open)
            return
        window.window_lock.controller.lock()

    QTimer.singleShot(0, lock_when_open)
    window.new_episode()
    assert window.locked
    assert not any(w.isVisible() for w in QApplication.topLevelWidgets() if isinstance(w, NewEpisodeDialog))
    labels = [w.text() for w in window.findChildren(QLabel)]
    assert "kbtdesk is locked" in labels
