"""The week view and many contacts at once, driven as a therapist would: keys, clicks, the dialog.

NOW is Thursday 2026-11-26 10:30 (+01:00).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from kbtdesk.core import planning, week
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import week_page
from kbtdesk.ui.dialogs.batch import BatchContactDialog
from kbtdesk.ui.main_window import PAGE_EPISODES, MainWindow
from kbtdesk.ui.week_view import WeekModel
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TZ = NOW.tzinfo


def _at(day: date, hour: int = 10) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=TZ)


def _contact(service, episode_id, when, ctype="BR"):
    codes = tuple(s.code for s in service.suggest_codes(ctype, None, False))
    return service.save_contact(ContactDraft(episode_id, when, ctype, codes=codes))


@pytest.fixture
def caseload(service):
    """Four active episodes, each with something else due, and one ended episode."""
    from benchmarks.generate import personnummer

    made = {}

    def episode(key, name, programme, started, documented=True):
        patient = service.add_patient(personnummer(date(1950 + len(made), 3, 14), 100 + len(made)), name)
        e = service.add_episode(patient.id, programme, started)
        if documented:
            service.set_siber_start_documented(e.id, started)
        made[key] = e
        return e

    fresh = episode("fresh", "Åsa Öberg", "Depressionshjälpen Plus", date(2026, 10, 1))
    _contact(service, fresh.id, _at(date(2026, 11, 24)))  # feedback two days ago: nothing due
    never = episode("never", "Örjan Ängström", "Oroshjälpen Plus", date(2026, 11, 1))
    _contact(service, never.id, _at(date(2026, 11, 2)), "TB")  # no feedback since the start, 25 days
    flagged = episode("flagged", "Fatima Haddad", "Ångesthjälpen Plus", date(2026, 11, 10), documented=False)
    _contact(service, flagged.id, _at(date(2026, 11, 25)))
    service.add_measure(flagged.id, date(2026, 11, 11), "madrs-s", 20, [2, 2, 2, 2, 2, 2, 2, 2, 4])
    late = episode("late", "Erik Björk", "Depressionshjälpen Plus", date(2026, 9, 1))
    _contact(service, late.id, _at(date(2026, 11, 16)))  # ten days without feedback
    gone = episode("gone", "Maja Söderberg", "Depressionshjälpen Plus", date(2026, 1, 5))
    service.end_episode(gone.id, date(2026, 3, 1), "completed")
    return made


@pytest.fixture
def make_window(qtbot, service, tmp_path):
    def make(language="sv", settings=None, **kwargs):
        settings = settings or QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language=language,
                            settings=settings, **kwargs)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.findChild(QWidget, "episodeView") is not None)
        return window
    return make


@pytest.fixture
def window(make_window, caseload):
    return make_window()


def week_of(window, qtbot):
    QTest.keyClick(window, Qt.Key.Key_1, CTRL)
    qtbot.waitUntil(lambda: window.week_page.is_shown())
    return window.week_page.view


def shown_ids(view) -> list[str]:
    return [view.model.row_at(r).episode_id for r in range(view.model.rowCount())]


def texts(view, row: int) -> list[str]:
    return [view.model.index(row, c).data() for c in range(view.model.columnCount())]


@pytest.fixture
def driven_dialog(qtbot):
    """The batch dialog as the window runs it (exec), driven by `drive(dialog)` from inside its loop;
    rejected afterwards if still open, so that a failing test never hangs the suite."""
    seen = {"tries": 0}

    def when_open():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BatchContactDialog):
            seen["tries"] += 1
            if seen["tries"] < 250:
                QTimer.singleShot(20, when_open)
            return
        seen["dialog"] = dialog
        dialog.activateWindow()  # shortcuts fire only in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        try:
            seen["drive"](dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    seen["start"] = lambda: QTimer.singleShot(0, when_open)
    return seen


# -- the page and where the window opens --------------------------------------------------------------

def test_the_window_opens_on_the_week_unless_the_user_chose_the_episodes(opens_on_week, make_window, caseload,
                                                                         qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat)
    window = make_window(settings=settings)
    qtbot.waitUntil(lambda: window.week_page.is_shown())
    assert window.week_page.view.view.hasFocus()
    assert window.act.start_in_week.isChecked()
    menu_view = [a.objectName() for a in window.menus["menuView"].actions()]
    assert {"weekView", "episodesView", "startInWeek"} <= set(menu_view)

    window.act.start_in_week.trigger()  # View › Open on the week view, unticked
    assert settings.value(week_page.START_VIEW_KEY) == week_page.START_EPISODES
    window.close()

    again = make_window(settings=QSettings(str(tmp_path / "start.ini"), QSettings.Format.IniFormat))
    qtbot.wait(50)
    assert again.pages.currentIndex() == PAGE_EPISODES and not again.week_page.is_shown()
    assert not again.act.start_in_week.isChecked()
    again.act.start_in_week.trigger()
    assert again.settings.value(week_page.START_VIEW_KEY) == week_page.START_WEEK


def test_ctrl_1_shows_the_week_and_ctrl_2_the_episodes(window, qtbot):
    view = week_of(window, qtbot)
    assert view.isVisible() and not window.episode_list.isVisible()
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)
    assert window.pages.currentIndex() == PAGE_EPISODES and window.episode_list.isVisible()
    week_of(window, qtbot)
    window.act.worklist.trigger()  # the worklist, then back from it, lands on the episodes
    assert window.worklist is not None and window.worklist.isVisible() and not view.isVisible()


# -- rows, order, texts -----------------------------------------------------------------------------------

def test_one_row_per_active_episode_the_most_due_first(window, caseload, service, qtbot, qtmodeltester):
    view = week_of(window, qtbot)
    qtmodeltester.check(view.model)
    made = caseload
    assert shown_ids(view) == [r.episode_id for r in week.week_rows(service)]
    # The flag first, then the longest without feedback; the ended episode is not there.
    assert shown_ids(view) == [made[k].id for k in ("flagged", "never", "late", "fresh")]
    flagged, never, late, fresh = (texts(view, r) for r in range(4))
    assert flagged[WeekModel.COL_PATIENT] == "Fatima Haddad"
    assert flagged[WeekModel.COL_IDENTITY].endswith("-****") and "-" in flagged[WeekModel.COL_IDENTITY]
    assert flagged[WeekModel.COL_DUE] == "MADRS-S item 9 at 4 (2026-11-11) · SibeR: start not documented"
    assert never[WeekModel.COL_DUE] == "No feedback yet, 25 days since the start"
    assert never[WeekModel.COL_LAST_CONTACT].endswith("TB") and never[WeekModel.COL_FEEDBACK] == "25"
    assert late[WeekModel.COL_DUE] == "No feedback for 10 days" and late[WeekModel.COL_WEEK] == "13"
    assert fresh[WeekModel.COL_DUE] == "" and fresh[WeekModel.COL_PROGRAMME] == "Depressionshjälpen Plus"
    assert view.summary.text() == "4 active · feedback due: 2 · SibeR start: 1 · flags: 1"


def test_the_closing_visit_shows_once_the_planned_length_is_reached(window, caseload, service, qtbot):
    planning.set_planned_weeks(service, "Depressionshjälpen Plus", 9)
    view = week_of(window, qtbot)
    row = view.model.row_of(caseload["fresh"].id)
    assert texts(view, row)[WeekModel.COL_DUE] == "Closing visit due: week 9 of 9"
    assert view.model.index(row, WeekModel.COL_WEEK).data(Qt.ItemDataRole.ToolTipRole) == "Week 9 of 9 planned"


def test_due_texts_and_headers_in_swedish_nothing_cut_at_1280x800(make_window, service, qtbot, qapp):
    from kbtdesk.core.demo import fill_demo
    from kbtdesk.ui.app import Translators

    fill_demo(service)
    translators = Translators(qapp)
    try:
        translators.apply("sv")
        window = make_window(language="sv", apply_language=translators.apply)
        view = week_of(window, qtbot)
        model, table = view.model, view.view
        assert model.headerData(WeekModel.COL_DUE, Qt.Orientation.Horizontal) == "Att göra nu"
        dues = [texts(view, r)[WeekModel.COL_DUE] for r in range(model.rowCount())]
        assert any("Ingen återkoppling på" in d for d in dues) and not any("feedback" in d for d in dues)
        metrics, header = table.fontMetrics(), table.horizontalHeader()
        for column in range(model.columnCount()):
            title = model.headerData(column, Qt.Orientation.Horizontal)
            assert header.fontMetrics().horizontalAdvance(title) + 8 <= header.sectionSize(column), title
            for row in range(model.rowCount()):
                text = model.index(row, column).data()
                assert metrics.horizontalAdvance(text) + 8 <= header.sectionSize(column), (title, text)
        assert header.sectionViewportPosition(model.columnCount() - 1) + header.sectionSize(
            model.columnCount() - 1) <= table.viewport().width() + 1, "the last column runs off the window"
    finally:
        translators.clear()


def test_enter_and_double_click_open_the_episode(window, caseload, qtbot):
    view = week_of(window, qtbot)
    row = view.model.row_of(caseload["late"].id)
    view.view.setCurrentIndex(view.model.index(row, 0))
    QTest.keyClick(view.view, Qt.Key.Key_Return)
    assert window.pages.currentIndex() == PAGE_EPISODES
    assert window.current_episode_id() == caseload["late"].id
    assert window.episode_list.selected_episode_id() == caseload["late"].id

    view = week_of(window, qtbot)
    row = view.model.row_of(caseload["never"].id)
    where = view.view.visualRect(view.model.index(row, 1)).center()
    # What a double-click sends: a click, then the second press as a double-click.
    QTest.mouseClick(view.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    QTest.mouseDClick(view.view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)
    assert window.pages.currentIndex() == PAGE_EPISODES and window.current_episode_id() == caseload["never"].id


def test_rows_are_selected_by_shift_ctrl_click_ctrl_a_and_keys(window, caseload, qtbot):
    view = week_of(window, qtbot)
    table = view.view

    def click(row, modifier=Qt.KeyboardModifier.NoModifier):
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(view.model.index(row, 0)).center())

    click(0)
    click(2, SHIFT)
    assert len(view.selected_episode_ids()) == 3
    click(1, CTRL)
    assert view.selected_episode_ids() == shown_ids(view)[0:3:2]
    QTest.keyClick(table, Qt.Key.Key_A, CTRL)
    assert view.selected_episode_ids() == shown_ids(view)
    view.refresh()  # as after any change: the same episodes stay selected
    assert view.selected_episode_ids() == shown_ids(view)
    click(0)
    click(2, CTRL)
    view.refresh()
    assert view.selected_episode_ids() == shown_ids(view)[0:3:2]
    click(0)
    QTest.keyClick(table, Qt.Key.Key_Down, SHIFT)
    assert view.selected_episode_ids() == shown_ids(view)[:2]


# -- many contacts at once ----------------------------------------------------------------------------------

def _at_of(contact) -> datetime:
    return datetime.fromisoformat(contact.at)


def _contacts_on(service, episode_ids, day: date):
    return [c for e in episode_ids for c in service.episode_detail(e).contacts if _at_of(c).date() == day]


def _contacts_today(service, episode_ids):
    return _contacts_on(service, episode_ids, NOW.date())


def test_a_batch_from_the_week_writes_one_ticked_br_each_and_one_undo_removes_them(window, caseload, service,
                                                                                   qtbot, driven_dialog):
    view = week_of(window, qtbot)
    QTest.keyClick(view.view, Qt.Key.Key_A, CTRL)
    ids = view.selected_episode_ids()

    def drive(dialog):
        assert dialog.table.rowCount() == 4
        assert dialog.table.item(0, dialog.COL_PATIENT).text() == "Fatima Haddad"
        assert dialog.table.item(0, dialog.COL_IDENTITY).text().endswith("-****")
        suggested = " ".join(s.code for s in service.suggest_codes("BR", None, False))
        assert [dialog.table.item(r, dialog.COL_CODES).text() for r in range(4)] == [suggested] * 4
        assert dialog.findings_shown() == ["no findings"] * 4
        QTest.mouseClick(dialog.journal_check, Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.registered_check, Qt.MouseButton.LeftButton)
        QTest.keyClick(dialog.ok_button, Qt.Key.Key_Return)

    driven_dialog["drive"] = drive
    driven_dialog["start"]()
    QTest.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    written = _contacts_today(service, ids)
    assert len(written) == 4 and {c.type for c in written} == {"BR"}
    assert all(_at_of(c) == NOW and c.journal_done and c.registered for c in written)
    assert all(c.code_list == [s.code for s in service.suggest_codes("BR", None, False)] for c in written)
    # The week now shows them: nobody is without feedback any more.
    assert not any(view.model.row_at(r).is_due(week.DUE_FEEDBACK) for r in range(view.model.rowCount()))
    assert window.act.undo.isEnabled()
    assert "4" in window.act.undo.text()

    window.activateWindow()  # as the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _contacts_today(service, ids) == []
    assert view.model.row_at(view.model.row_of(caseload["late"].id)).is_due(week.DUE_FEEDBACK)
    QTest.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert len(_contacts_today(service, ids)) == 4


def test_a_batch_from_the_episode_list_at_a_chosen_time(window, caseload, service, qtbot, driven_dialog):
    lst = window.episode_list
    table = lst.view
    rows = {lst.model.row_at(r).episode_id: r for r in range(lst.model.rowCount())}
    first, second = rows[caseload["late"].id], rows[caseload["fresh"].id]
    for row, modifier in ((first, Qt.KeyboardModifier.NoModifier), (second, CTRL)):
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier,
                         table.visualRect(lst.model.index(row, 0)).center())
    assert {r.episode_id for r in lst.selected_rows()} == {caseload["late"].id, caseload["fresh"].id}
    assert window.current_episode_id() == caseload["fresh"].id  # the episode view shows the last clicked

    def drive(dialog):
        QTest.mouseClick(dialog.type_buttons["TB"], Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.at_radio, Qt.MouseButton.LeftButton)  # At another time
        assert dialog.at_edit.isEnabled()
        dialog.at_edit.setDateTime(dialog.at_edit.dateTime().addDays(-1).addSecs(-3600))
        QTest.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    driven_dialog["drive"] = drive
    driven_dialog["start"]()
    window.act.log_batch.trigger()
    yesterday = _contacts_on(service, (caseload["late"].id, caseload["fresh"].id), date(2026, 11, 25))
    assert len(yesterday) == 2 and {c.type for c in yesterday} == {"TB"}
    assert all(_at_of(c).hour == 9 and c.journal_done is None and c.registered is None for c in yesterday)


def test_a_refused_batch_shows_the_findings_and_writes_nothing(window, caseload, service, qtbot, driven_dialog):
    view = week_of(window, qtbot)
    QTest.keyClick(view.view, Qt.Key.Key_A, CTRL)
    ids = view.selected_episode_ids()
    before = sum(len(service.episode_detail(e).contacts) for e in ids)
    ending = next(r.code for r in service.rules.rules
                  if r.kind == "missing-code" and "final" in r.when and r.severity == "error")

    def drive(dialog):
        dialog.extra_code.setFocus()
        QTest.keyClicks(dialog.extra_code, ending.lower())
        QTest.keyClick(dialog.extra_code, Qt.Key.Key_Tab)  # leaving the field plans again
        shown = dialog.findings_shown()
        assert len(shown) == 4 and all(ending in text for text in shown)
        assert not dialog.ok_button.isEnabled()
        assert "refuses 4 of the 4" in dialog.summary.text()
        QTest.keyClick(dialog, Qt.Key.Key_Return)  # Enter does not write past a refusal
        assert dialog.isVisible()
        dialog.reject()

    driven_dialog["drive"] = drive
    driven_dialog["start"]()
    QTest.keyClick(window, Qt.Key.Key_B, CTRL | SHIFT)
    assert "dialog" in driven_dialog
    assert sum(len(service.episode_detail(e).contacts) for e in ids) == before
    assert not window.act.undo.isEnabled()


def test_the_batch_command_without_a_selection_says_what_to_do(window, qtbot, service, monkeypatch):
    asked = []
    monkeypatch.setattr(BatchContactDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(a)))
    window.episode_list.view.clearSelection()
    window.act.log_batch.trigger()
    assert asked == [] and "Choose one or more episodes" in window.statusBar().currentMessage()


def test_the_batch_is_refused_while_the_log_is_read_only(make_window, caseload, service, qtbot, tmp_path):
    class ReadOnly:
        readonly, on_network_drive, demo, failed_unlocks = True, False, False, ()
        paths = type("Paths", (), {"log": tmp_path / "held.db"})()

    window = make_window(log=ReadOnly())
    assert not window.act.log_batch.isEnabled()


def test_the_planned_weeks_are_set_in_settings_and_move_the_week(window, caseload, service, qtbot):
    from kbtdesk.ui.dialogs.settings import SettingsDialog

    dialog = SettingsDialog(service, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    spin = dialog.lengths.spins["Depressionshjälpen Plus"]
    assert spin.text() == "unknown"  # the rule set gives no length
    spin.setValue(9)
    dialog.accept()
    assert planning.planned_weeks(service, "Depressionshjälpen Plus") == 9
    view = week_of(window, qtbot)
    row = view.model.row_of(caseload["fresh"].id)
    assert texts(view, row)[WeekModel.COL_DUE] == "Closing visit due: week 9 of 9"

    again = SettingsDialog(service, "en")
    qtbot.addWidget(again)
    again.show()
    assert again.lengths.spins["Depressionshjälpen Plus"].value() == 9
    again.lengths.spins["Depressionshjälpen Plus"].setValue(0)  # back to unknown
    again.accept()
    assert planning.planned_weeks(service, "Depressionshjälpen Plus") is None
    window.week_page.refresh()
    assert texts(view, view.model.row_of(caseload["fresh"].id))[WeekModel.COL_DUE] == ""


def test_locking_empties_the_week_and_unlocking_reads_it_again(window, caseload, service, qtbot):
    view = week_of(window, qtbot)
    assert view.model.rowCount() == 4 and view.summary.text()
    window.lock_now()
    assert window.locked and view.model.rowCount() == 0 and view.summary.text() == ""
    assert not window.act.week.isEnabled() and not window.act.log_batch.isEnabled()
    window.week_page.show()  # nothing shows the week behind the lock screen
    assert view.model.rowCount() == 0 and not window.week_page.is_shown()
    assert window.window_lock.unlock("")  # a window without a log file unlocks without a passphrase
    week_of(window, qtbot)
    assert view.model.rowCount() == 4


def test_a_live_language_switch_leaves_no_english_in_the_week(make_window, caseload, qtbot, qapp):
    from kbtdesk.ui.app import Translators

    translators = Translators(qapp)
    try:
        translators.apply("en")
        window = make_window(language="en", apply_language=translators.apply)
        view = week_of(window, qtbot)
        assert view.title.text() == "This week: what is due"
        window.set_language("sv")
        assert view.title.text() == "Veckan: det som ska göras"
        assert view.model.headerData(WeekModel.COL_FEEDBACK, Qt.Orientation.Horizontal) == "Dagar sedan återkoppling"
        row = view.model.row_of(caseload["late"].id)
        assert texts(view, row)[WeekModel.COL_DUE] == "Ingen återkoppling på 10 dagar"
        assert view.summary.text().startswith("4 aktiva")
        assert window.act.log_batch.text() == "Logga kontakt för &markerade…"
    finally:
        translators.clear()


def test_the_start_view_does_not_take_the_worklist_away(opens_on_week, make_window, caseload, qtbot):
    """Ctrl+W pressed before the week view was due to open: the worklist stays."""
    window = make_window()
    qtbot.waitUntil(lambda: window.week_page.is_shown())
    window.act.worklist.setChecked(True)
    window.week_page.after_first_paint()
    assert window.worklist is not None and window.worklist.isVisible() and not window.week_page.is_shown()
