"""The worklist widget and its model over a real encrypted log: one row per contact, its ticks as
columns, ticked by click, Space or the buttons, filtered by patient, period and outage."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget

from kbtdesk.core import ticks
from kbtdesk.core.service import WORK_JOURNAL, ContactDraft
from kbtdesk.ui.worklist import WorklistModel, WorklistWidget, row_id
from tests.helpers.fixtures import NOW

CODES = ("DU011", "ZV044", "ZV051")
CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked
J, R, S = WorklistModel.COL_JOURNAL, WorklistModel.COL_REGISTERED, WorklistModel.COL_SIBER


# The offscreen platform warns whenever a window with a layout is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def swedish(monkeypatch):
    monkeypatch.delenv("KBTDESK_LANG", raising=False)


@pytest.fixture
def contacts(service, episode):
    """c1: nothing ticked; c2: outage, journaled; c3: final contact of a second patient's episode."""
    c1 = service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=2), type="BR", codes=CODES))
    c2 = service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=1), type="TB",
                                           codes=CODES, journal_done=NOW, outage=True))
    patient = service.add_patient("19810829M071", "Bo Ek")
    second = service.add_episode(patient.id, "Oroshjälpen Plus", date(2026, 9, 1))
    c3 = service.save_contact(ContactDraft(episode_id=second.id, at=NOW - timedelta(hours=3), type="planned-visit",
                                           mode="clinic", final=True, codes=("ZV044", "UV112")))
    return {"c1": c1.id, "c2": c2.id, "c3": c3.id, "second": second.id, "siber": f"episode:{second.id}"}


@pytest.fixture
def worklist(qtbot, service, contacts):
    widget = WorklistWidget(service)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def listed(widget: WorklistWidget) -> list[str]:
    return [row_id(row) for row in widget.model.rows()]


def cell(widget: WorklistWidget, rid: str, column: int) -> QModelIndex:
    row = widget.model.row_of(rid)
    assert row >= 0, f"{rid} not listed"
    return widget.model.index(row, column)


def state(widget: WorklistWidget, rid: str, column: int):
    return cell(widget, rid, column).data(Qt.ItemDataRole.CheckStateRole)


def select(widget: WorklistWidget, *rids: str, column: int = 0) -> None:
    selection = widget.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for rid in rids:
        selection.select(cell(widget, rid, 0), flags)
    selection.setCurrentIndex(cell(widget, rids[0], column), QItemSelectionModel.SelectionFlag.NoUpdate)


def click(qtbot, widget: WorklistWidget, index: QModelIndex) -> None:
    qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton, pos=widget.view.visualRect(index).center())


def test_one_row_per_contact_with_its_open_ticks_as_columns(worklist, contacts):
    model = worklist.model
    assert worklist.objectName() == "worklist"
    # Logged during an outage first, then oldest first, then the ended episode to transfer; the
    # final contact with both its journal and its ending open is listed once.
    assert listed(worklist) == [contacts["c2"], contacts["c1"], contacts["c3"], contacts["siber"]]
    assert [state(worklist, contacts["c1"], c) for c in (J, R, S)] == [UNCHECKED, UNCHECKED, None]
    assert [state(worklist, contacts["c2"], c) for c in (J, R, S)] == [CHECKED, UNCHECKED, None]
    assert [state(worklist, contacts["c3"], c) for c in (J, R, S)] == [UNCHECKED, UNCHECKED, None]
    assert [state(worklist, contacts["siber"], c) for c in (J, R, S)] == [None, None, UNCHECKED]
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in (J, R, S)] == ["Journal", "Registered", "SibeR"]
    summary = worklist.summary.text()
    assert summary == "4 rows with something open · 6 open items · 1 logged during an outage"


def test_rows_show_swedish_time_masked_identity_and_outage(worklist, contacts):
    model = worklist.model
    row = model.row_of(contacts["c2"])
    cells = [model.index(row, col).data() for col in range(model.columnCount())]
    assert cells == ["2026-11-25 10:30", "19640823-****  Åsa Öberg", "Depressionshjälpen Plus", "TB",
                     "DU011 ZV044 ZV051", "", "", "", "Outage"]
    assert cell(worklist, contacts["c3"], WorklistModel.COL_TYPE).data() == "Mottagningsbesök planerat"
    assert cell(worklist, contacts["siber"], WorklistModel.COL_WHEN).data() == NOW.date().isoformat()
    assert cell(worklist, contacts["siber"], WorklistModel.COL_TYPE).data() == "Episode ended"
    everything = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    assert not any("3234" in text or "M071" in text for text in everything)
    assert model.headerData(WorklistModel.COL_WHEN, Qt.Orientation.Horizontal) == "Date and time"
    # Each tick cell says what it is and its state (screen readers), the final contact's its ending.
    assert cell(worklist, contacts["c2"], J).data(Qt.ItemDataRole.AccessibleTextRole) == "Journal note written"
    assert cell(worklist, contacts["c3"], R).data(Qt.ItemDataRole.AccessibleTextRole) == "Ending not registered"
    assert cell(worklist, contacts["siber"], S).data(Qt.ItemDataRole.AccessibleTextRole) == "Not transferred to SibeR"


def test_a_click_on_a_tick_stamps_it_and_the_row_stays_ticked(worklist, service, contacts, qtbot):
    c1 = contacts["c1"]
    with qtbot.waitSignal(worklist.changed):
        click(qtbot, worklist, cell(worklist, c1, J))
    assert service.contact(c1).journal_done == NOW.isoformat()
    assert service.contact(c1).registered is None
    assert state(worklist, c1, J) == CHECKED and state(worklist, c1, R) == UNCHECKED
    click(qtbot, worklist, cell(worklist, c1, R))
    assert service.contact(c1).registered == NOW.isoformat()
    assert c1 in listed(worklist) and state(worklist, c1, R) == CHECKED  # done, still in view to untick
    click(qtbot, worklist, cell(worklist, c1, J))
    assert service.contact(c1).journal_done is None, "a second click unticks"
    # Cells without a tick do nothing.
    entries = len(service.audit_entries())
    click(qtbot, worklist, cell(worklist, c1, WorklistModel.COL_CODES))
    click(qtbot, worklist, cell(worklist, contacts["siber"], J))
    assert len(service.audit_entries()) == entries


def test_mark_done_ticks_everything_open_on_the_row(worklist, service, contacts, qtbot):
    c1 = contacts["c1"]
    select(worklist, c1)
    with qtbot.waitSignal(worklist.changed):
        qtbot.mouseClick(worklist.findChild(QPushButton, "markDone"), Qt.MouseButton.LeftButton)
    assert service.contact(c1).journal_done == NOW.isoformat()
    assert service.contact(c1).registered == NOW.isoformat()
    assert [state(worklist, c1, c) for c in (J, R)] == [CHECKED, CHECKED]


def test_ticking_several_at_once_with_space(worklist, service, contacts, qtbot):
    c1, c2 = contacts["c1"], contacts["c2"]
    select(worklist, c1, c2, column=R)
    worklist.view.setFocus()
    with qtbot.waitSignal(worklist.changed):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert service.contact(c1).registered == NOW.isoformat()
    assert service.contact(c2).registered == NOW.isoformat()
    assert service.contact(c1).journal_done is None, "Space on the Registered column ticks only that"
    assert state(worklist, c1, R) == CHECKED and state(worklist, c2, R) == CHECKED
    assert sorted(row_id(r) for r in worklist.selected_rows()) == sorted([c1, c2]), "the selection stays"


def test_a_siber_transfer_before_the_start_is_documented_is_refused_with_the_reason(worklist, service, contacts):
    select(worklist, contacts["siber"], contacts["c3"])
    assert worklist.mark_done() == 0
    refusal = worklist.findChild(QLabel, "worklistRefusal")
    rule = next(r for r in service.rules.rules if r.params.get("requires") == "start-documented")
    assert refusal.isVisibleTo(worklist) and rule.reason["sv"] in refusal.text()
    assert service.episode(contacts["second"]).siber_transferred is None
    assert service.contact(contacts["c3"]).registered is None  # all or nothing


def test_ticking_siber_and_ending(worklist, service, contacts):
    service.set_siber_start_documented(contacts["second"], date(2026, 9, 1))  # what the transfer needs first
    worklist.refresh()
    select(worklist, contacts["siber"], contacts["c3"])
    assert worklist.mark_done() == 3  # the transfer, the final contact's journal and its ending
    assert service.episode(contacts["second"]).siber_transferred == NOW.date()
    assert service.contact(contacts["c3"]).registered == NOW.isoformat()
    assert ticks.worklist_rows(service, patient_id=service.episode(contacts["second"]).patient_id) == []


def test_unticking_reopens(worklist, service, contacts, qtbot):
    c1 = contacts["c1"]
    select(worklist, c1)
    reopen = worklist.findChild(QPushButton, "reopen")
    mark = worklist.findChild(QPushButton, "markDone")
    assert mark.isEnabled() and not reopen.isEnabled()
    worklist.mark_done()
    select(worklist, c1)
    assert reopen.isEnabled() and not mark.isEnabled()
    with qtbot.waitSignal(worklist.changed):
        qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert service.contact(c1).journal_done is None and service.contact(c1).registered is None
    assert [state(worklist, c1, c) for c in (J, R)] == [UNCHECKED, UNCHECKED]


def test_reopen_leaves_a_tick_set_before_the_row_was_listed(worklist, service, contacts):
    c2 = contacts["c2"]  # journaled when logged; only its registration is listed as open
    select(worklist, c2)
    worklist.mark_done()
    select(worklist, c2)
    worklist.reopen()
    assert service.contact(c2).registered is None
    assert service.contact(c2).journal_done == NOW.isoformat()


def test_done_rows_survive_refresh_until_reopened_elsewhere(worklist, service, contacts):
    c1 = contacts["c1"]
    select(worklist, c1)
    worklist.mark_done()
    worklist.refresh()
    assert listed(worklist) == [contacts["c2"], c1, contacts["c3"], contacts["siber"]], "in its place"
    assert [state(worklist, c1, c) for c in (J, R)] == [CHECKED, CHECKED]
    service.tick([(WORK_JOURNAL, c1)], done=False)
    worklist.refresh()
    assert [state(worklist, c1, c) for c in (J, R)] == [UNCHECKED, CHECKED]
    # Another filter is another view: what was done here leaves it.
    worklist.set_period(ticks.PERIOD_THIS_WEEK)
    worklist.set_period(ticks.PERIOD_ALL)
    assert [state(worklist, c1, c) for c in (J, R)] == [UNCHECKED, CHECKED]
    service.tick([(WORK_JOURNAL, c1)], done=True)  # elsewhere, not in this view
    worklist.refresh()
    assert c1 not in listed(worklist), "done elsewhere: nothing left to do on it"


def test_filter_by_patient(worklist, contacts, qtbot):
    search = worklist.findChild(QLineEdit, "worklistPatient")
    qtbot.keyClicks(search, "ek")
    qtbot.waitUntil(lambda: listed(worklist) == [contacts["c3"], contacts["siber"]])
    search.clear()
    qtbot.keyClicks(search, "19640823")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert listed(worklist) == [contacts["c2"], contacts["c1"]]
    worklist.set_patient_filter("nobody")
    assert listed(worklist) == [] and worklist.summary.text() == "Nothing open matches the filter."
    worklist.set_patient_filter("")
    assert len(listed(worklist)) == 4


def test_filter_by_period(worklist, service, episode, contacts):
    earlier = service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=8), type="BR",
                                                codes=CODES))
    last_month = service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=30), type="BR",
                                                   codes=CODES))
    worklist.refresh()
    period = worklist.findChild(QComboBox, "worklistPeriod")
    assert [period.itemText(i) for i in range(period.count())] == \
        ["All", "This week", "Last week", "This month", "Last month"]
    assert period.currentData() == ticks.PERIOD_ALL and len(listed(worklist)) == 6
    period.setCurrentIndex(ticks.PERIODS.index(ticks.PERIOD_THIS_WEEK))
    assert listed(worklist) == [contacts["c2"], contacts["c1"], contacts["c3"], contacts["siber"]]
    worklist.set_period(ticks.PERIOD_LAST_WEEK)
    assert listed(worklist) == [earlier.id]
    worklist.set_period(ticks.PERIOD_THIS_MONTH)
    assert last_month.id not in listed(worklist) and earlier.id in listed(worklist)
    worklist.set_period(ticks.PERIOD_LAST_MONTH)
    assert listed(worklist) == [last_month.id]


def test_show_outage_items_selects_only_them(worklist, contacts):
    worklist.show_outage_items()
    assert worklist.findChild(QCheckBox, "outageOnly").isChecked()
    assert [row_id(r) for r in worklist.selected_rows()] == [contacts["c2"]]
    assert listed(worklist) == [contacts["c2"]]  # c1 and c3 were not logged during an outage
    assert worklist.view.hasFocus()
    worklist.findChild(QCheckBox, "outageOnly").setChecked(False)
    assert len(listed(worklist)) == 4


def test_empty_worklist_says_so(qtbot, service):
    widget = WorklistWidget(service)
    qtbot.addWidget(widget)
    assert widget.summary.text().startswith("Nothing to do")
    assert not widget.findChild(QPushButton, "markDone").isEnabled()


def test_read_only_refuses_every_tick(worklist, service, contacts, qtbot):
    worklist.set_read_only(True)
    entries = len(service.audit_entries())
    click(qtbot, worklist, cell(worklist, contacts["c1"], J))
    select(worklist, contacts["c1"])
    worklist.view.setFocus()
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert worklist.mark_done() == 0
    assert service.contact(contacts["c1"]).journal_done is None and len(service.audit_entries()) == entries
    assert not worklist.findChild(QPushButton, "markDone").isVisible()


def test_model_passes_the_model_tester(qtmodeltester, worklist, contacts):
    qtmodeltester.check(worklist.model)
    select(worklist, contacts["c1"])
    worklist.mark_done()
    qtmodeltester.check(worklist.model)


def test_empty_model_passes_the_model_tester(qtmodeltester, rules):
    qtmodeltester.check(WorklistModel(rules, "sv"))


def test_view_is_reachable_by_name(worklist):
    view = worklist.findChild(QTableView, "worklistView")
    assert view is worklist.view and view.accessibleName()
    for name in ("worklistPatient", "worklistPeriod", "outageOnly", "markDone", "reopen"):
        assert worklist.findChild(QWidget, name).accessibleName(), name


def test_space_ticks_a_row_and_moves_on_to_the_next(worklist, service, contacts, qtbot):
    c2, c1, c3 = contacts["c2"], contacts["c1"], contacts["c3"]
    select(worklist, c1, column=J)
    worklist.view.setFocus()
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert [row_id(r) for r in worklist.selected_rows()] == [c3]
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert service.contact(c1).journal_done and service.contact(c3).journal_done
    assert worklist.view.currentIndex().column() == J
    # On a column without a tick, Space ticks everything the row has open.
    select(worklist, c2, column=WorklistModel.COL_PATIENT)
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert service.contact(c2).registered == NOW.isoformat()


def test_a_long_worklist_loads_its_next_batch_as_it_scrolls(qtbot, service, episode, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from kbtdesk.ui import worklist as module

    monkeypatch.setattr(module, "BATCH", 5)
    for n in range(40):
        service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=40 - n), type="BR",
                                          codes=CODES))
    widget = WorklistWidget(service, lang="en")
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    model, bar = widget.model, widget.view.verticalScrollBar()
    assert model.rowCount() < 40  # lazy: not every row laid out at once
    for _ in range(200):
        if model.rowCount() == 40:
            break
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert model.rowCount() == 40



def test_a_live_language_switch_leaves_no_text_of_the_old_language(qtbot, qapp, service, contacts):
    from kbtdesk.ui.app import Translators

    translators = Translators(qapp)
    try:
        translators.apply("sv")
        widget = WorklistWidget(service, lang="sv")
        qtbot.addWidget(widget)
        model, period = widget.model, widget.findChild(QComboBox, "worklistPeriod")
        visit = cell(widget, contacts["c3"], WorklistModel.COL_TYPE)
        assert model.headerData(R, Qt.Orientation.Horizontal) == "Registrerad"
        assert visit.data() == "Mottagningsbesök planerat" and period.itemText(1) == "Den här veckan"
        assert widget.summary.text().startswith("4 rader")
        translators.apply("en")  # LanguageChange reaches the widget
        widget.set_language("en")
        assert model.headerData(R, Qt.Orientation.Horizontal) == "Registered"
        assert cell(widget, contacts["c3"], WorklistModel.COL_TYPE).data() == "Planned visit"
        assert period.itemText(1) == "This week" and widget.intro.text().startswith("What is still")
        assert widget.summary.text().startswith("4 rows") and widget.mark_done_button.text() == "&Mark done"
        assert cell(widget, contacts["siber"], WorklistModel.COL_TYPE).data() == "Episode ended"
    finally:
        translators.clear()


def test_a_long_list_shows_its_first_screenful_then_reads_the_rest(qtbot, service, episode, monkeypatch):
    from kbtdesk.ui import worklist as module

    monkeypatch.setattr(module, "BATCH", 5)
    for n in range(12):
        service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=12 - n), type="BR",
                                          codes=CODES))
    widget = WorklistWidget(service, lang="en")
    qtbot.addWidget(widget)
    everything = [row_id(r) for r in ticks.worklist_rows(service)]
    assert listed(widget) == everything[:5] and widget.summary.text() == ""
    select(widget, everything[0])
    assert widget.mark_done() == 2  # a tick while the rest is still to come
    qtbot.waitUntil(lambda: listed(widget) == everything)
    assert widget.summary.text() == "11 rows with something open · 22 open items"
    assert state(widget, everything[0], J) == CHECKED, "the ticked row stays, ticked"
    widget.set_patient_filter("öberg")  # a new filter: again the first screenful, then the rest
    assert listed(widget) == everything[1:6]
    widget.finish_reading()
    assert listed(widget) == everything[1:]
