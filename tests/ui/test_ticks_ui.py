"""One-key ticks through the real window: the contacts table and the worklist, a click or Space,
each change one step that Ctrl+Z undoes, written and audited by core."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QWidget

from kbtdesk.core import audit
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui.episode_view import ContactsModel
from kbtdesk.ui.main_window import PAGE_WORKLIST, MainWindow
from kbtdesk.ui.worklist import WorklistModel
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


@pytest.fixture(autouse=True)
def swedish(monkeypatch):
    monkeypatch.delenv("KBTDESK_LANG", raising=False)


@pytest.fixture
def three(service, episode):
    """Three BR contacts of Åsa Öberg's episode, nothing ticked, oldest first."""
    codes = tuple(s.code for s in service.suggest_codes("BR", None, False))
    return [service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=3 - n), type="BR",
                                              codes=codes)).id for n in range(3)]


@pytest.fixture
def window(qtbot, service, episode, three, tmp_path):
    settings = QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language="sv",
                     settings=settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    qtbot.waitUntil(lambda: win.findChild(QWidget, "episodeView") is not None)
    win.select_episode(episode.id)
    qtbot.waitUntil(lambda: win.episode_view.detail is not None)
    return win


def contact_cell(window, contact_id, column):
    model = window.episode_view.contacts_model
    return model.index(model.row_of(contact_id), column)


def click(qtbot, view, index) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def ctrl_z(qtbot, widget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_click_on_the_journal_cell_ticks_it_and_ctrl_z_undoes_it(window, service, three, qtbot):
    table, first = window.episode_view.contacts, three[0]
    journal = contact_cell(window, first, ContactsModel.COL_JOURNAL)
    assert journal.data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED
    assert journal.data(Qt.ItemDataRole.AccessibleTextRole) == "Journal note not written yet"
    entries = len(service.audit_entries())
    click(qtbot, table, journal)
    assert service.contact(first).journal_done == NOW.isoformat()
    assert service.contact(first).registered is None
    journal = contact_cell(window, first, ContactsModel.COL_JOURNAL)
    assert journal.data(Qt.ItemDataRole.CheckStateRole) == CHECKED
    assert journal.data(Qt.ItemDataRole.AccessibleTextRole).startswith("Journal note written")
    [entry] = service.audit_entries()[entries:]
    assert (entry.action, entry.record_id, entry.detail) == (audit.UPDATE, first, "journal done")
    assert window.act.undo.isEnabled()

    ctrl_z(qtbot, table)
    assert service.contact(first).journal_done is None
    assert contact_cell(window, first, ContactsModel.COL_JOURNAL).data(Qt.ItemDataRole.CheckStateRole) == UNCHECKED
    assert service.audit_entries()[-1].detail == "journal reopened (undo)"
    window.act.redo.trigger()
    assert service.contact(first).journal_done == NOW.isoformat()


def test_space_ticks_the_registered_cell_and_ctrl_z_undoes_it(window, service, three, qtbot):
    table = window.episode_view.contacts
    table.setFocus()
    table.selectionModel().setCurrentIndex(contact_cell(window, three[1], ContactsModel.COL_REGISTERED),
                                           QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert service.contact(three[1]).registered == NOW.isoformat()
    assert service.contact(three[1]).journal_done is None, "Space on the Registered column ticks only that"
    assert window.episode_view.selected_contact_id() == three[1], "the cursor stays on the contact"
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert service.contact(three[1]).registered is None, "a second Space unticks"
    ctrl_z(qtbot, table)
    assert service.contact(three[1]).registered == NOW.isoformat()
    ctrl_z(qtbot, table)
    assert service.contact(three[1]).registered is None


def test_a_bulk_tick_of_three_rows_is_one_undo_step(window, service, three, qtbot):
    table = window.episode_view.contacts
    table.setFocus()
    table.selectAll()
    table.selectionModel().setCurrentIndex(contact_cell(window, three[0], ContactsModel.COL_DATE),
                                           QItemSelectionModel.SelectionFlag.NoUpdate)
    steps = window.undo_stack.count()
    qtbot.keyClick(table, Qt.Key.Key_Space)  # on a column without a tick: both ticks of every row
    assert all(service.contact(c).journal_done and service.contact(c).registered for c in three)
    assert window.undo_stack.count() == steps + 1
    assert window.undo_stack.undoText()  # a short label
    assert sorted(window.episode_view._selected_contact_ids()) == sorted(three), "the selection stays"
    ctrl_z(qtbot, table)
    assert not any(service.contact(c).journal_done or service.contact(c).registered for c in three)
    assert window.undo_stack.index() == steps


def test_a_read_only_log_refuses_the_ticks(window, service, three, qtbot):
    window.episode_view.set_read_only(True)
    table = window.episode_view.contacts
    click(qtbot, table, contact_cell(window, three[0], ContactsModel.COL_JOURNAL))
    table.setFocus()
    table.selectAll()
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert not any(service.contact(c).journal_done or service.contact(c).registered for c in three)
    assert window.undo_stack.count() == 0


def test_worklist_ticks_are_undone_with_ctrl_z(window, service, three, qtbot):
    window.act.worklist.trigger()
    assert window.pages.currentIndex() == PAGE_WORKLIST
    worklist = window.worklist
    model = worklist.model
    assert [r.contact_id for r in model.rows()] == three, "each contact once"
    journal = model.index(model.row_of(three[0]), WorklistModel.COL_JOURNAL)
    click(qtbot, worklist.view, journal)
    assert service.contact(three[0]).journal_done == NOW.isoformat()
    assert model.index(model.row_of(three[0]), WorklistModel.COL_JOURNAL).data(
        Qt.ItemDataRole.CheckStateRole) == CHECKED
    ctrl_z(qtbot, worklist.view)
    assert service.contact(three[0]).journal_done is None
    assert model.index(model.row_of(three[0]), WorklistModel.COL_JOURNAL).data(
        Qt.ItemDataRole.CheckStateRole) == UNCHECKED, "the row is still there, open again"


def test_a_bulk_tick_in_the_worklist_is_one_undo_step(window, service, three, qtbot):
    window.act.worklist.trigger()
    worklist = window.worklist
    view = worklist.view
    view.setFocus()
    view.selectAll()
    view.selectionModel().setCurrentIndex(worklist.model.index(0, WorklistModel.COL_REGISTERED),
                                          QItemSelectionModel.SelectionFlag.NoUpdate)
    steps = window.undo_stack.count()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert all(service.contact(c).registered == NOW.isoformat() for c in three)
    assert not any(service.contact(c).journal_done for c in three)
    assert window.undo_stack.count() == steps + 1
    assert window.status_open.text().endswith("3"), "the open-item count follows"
    ctrl_z(qtbot, view)
    assert not any(service.contact(c).registered for c in three)
    assert window.status_open.text().endswith("6")
    # The episode view shows the worklist's ticks when the user goes back.
    view.selectAll()
    worklist.mark_done()
    window.act.worklist.trigger()
    model = window.episode_view.contacts_model
    assert all(model.index(model.row_of(c), ContactsModel.COL_JOURNAL).data(Qt.ItemDataRole.CheckStateRole)
               == CHECKED for c in three)


def test_rows_ticked_in_the_worklist_stay_until_the_user_leaves_it(window, service, three, qtbot):
    window.act.worklist.trigger()
    worklist = window.worklist
    worklist.view.selectAll()
    worklist.mark_done()
    assert [r.contact_id for r in worklist.model.rows()] == three, "ticked, still listed"
    window.act.worklist.trigger()  # back to the episodes
    window.act.worklist.trigger()
    assert worklist.model.rows() == [] and worklist.summary.text().startswith("Nothing to do")
