"""The worklist widget and its model over a real encrypted log."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QTreeView

from kbtdesk.core.service import WORK_ENDING, WORK_JOURNAL, WORK_REGISTRATION, WORK_SIBER, ContactDraft
from kbtdesk.ui.worklist import DONE_GROUP, WorklistModel, WorklistWidget
from tests.helpers.fixtures import NOW

CODES = ("DU011", "ZV044", "ZV051")


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
    return {"c1": c1, "c2": c2, "c3": c3, "second": second}


@pytest.fixture
def worklist(qtbot, service, contacts):
    widget = WorklistWidget(service)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def ids(model: WorklistModel, group: str) -> list[str]:
    return [item.contact_id or item.episode_id for item in model.items(group)]


def row_of(model: WorklistModel, group: str, record_id: str) -> QModelIndex:
    parent = model.group_index(group)
    for row, item in enumerate(model.items(group)):
        if (item.contact_id or item.episode_id) == record_id:
            return model.index(row, 0, parent)
    raise AssertionError(f"{record_id} not in {group}")


def select(widget: WorklistWidget, *indexes: QModelIndex) -> None:
    selection = widget.view.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for index in indexes:
        selection.select(index, flags)
    selection.setCurrentIndex(indexes[0], QItemSelectionModel.SelectionFlag.NoUpdate)


def test_open_items_appear_grouped_by_what_is_missing(worklist, contacts):
    model = worklist.model
    assert worklist.objectName() == "worklist"
    c1, c2, c3 = contacts["c1"].id, contacts["c2"].id, contacts["c3"].id
    assert ids(model, WORK_JOURNAL) == [c1, c3]
    assert ids(model, WORK_REGISTRATION) == [c2, c1]  # logged during an outage: first
    assert ids(model, WORK_ENDING) == [c3]
    assert ids(model, WORK_SIBER) == [contacts["second"].id]
    assert model.items(DONE_GROUP) == []
    assert model.index(0, 0).data() == "Journal note not written (2)"
    assert worklist.view.isExpanded(model.group_index(WORK_JOURNAL))
    assert "5" in worklist.summary.text() or "6" in worklist.summary.text()


def test_rows_show_swedish_time_masked_identity_and_outage(worklist, contacts):
    model = worklist.model
    row = row_of(model, WORK_REGISTRATION, contacts["c2"].id)
    cells = [model.index(row.row(), col, row.parent()).data() for col in range(model.columnCount())]
    assert cells == ["2026-11-25 10:30", "19640823-****  Åsa Öberg", "Depressionshjälpen Plus", "TB",
                     "DU011 ZV044 ZV051", "Outage"]
    visit = row_of(model, WORK_ENDING, contacts["c3"].id)
    assert model.index(visit.row(), WorklistModel.COL_TYPE, visit.parent()).data() == "Mottagningsbesök planerat"
    siber = row_of(model, WORK_SIBER, contacts["second"].id)
    assert model.index(siber.row(), WorklistModel.COL_WHEN, siber.parent()).data() == NOW.date().isoformat()
    everything = [model.index(r, c, model.group_index(g)).data()
                  for g in model.GROUPS for r in range(len(model.items(g))) for c in range(model.columnCount())]
    assert not any("3234" in text or "M071" in text for text in everything)
    assert model.headerData(WorklistModel.COL_WHEN, Qt.Orientation.Horizontal) == "Date and time"


def test_ticking_one_item_stamps_it_and_moves_it_to_done(worklist, service, contacts, qtbot):
    c1 = contacts["c1"].id
    select(worklist, row_of(worklist.model, WORK_JOURNAL, c1))
    with qtbot.waitSignal(worklist.changed):
        qtbot.mouseClick(worklist.findChild(QPushButton, "markDone"), Qt.MouseButton.LeftButton)

    assert c1 not in ids(worklist.model, WORK_JOURNAL)
    assert ids(worklist.model, DONE_GROUP) == [c1]
    assert service.contact(c1).journal_done == NOW.isoformat()
    assert service.contact(c1).registered is None
    assert c1 in ids(worklist.model, WORK_REGISTRATION)


def test_ticking_several_at_once_with_space(worklist, service, contacts, qtbot):
    model = worklist.model
    c1, c2 = contacts["c1"].id, contacts["c2"].id
    select(worklist, row_of(model, WORK_REGISTRATION, c1), row_of(model, WORK_REGISTRATION, c2))
    worklist.view.setFocus()
    with qtbot.waitSignal(worklist.changed):
        qtbot.keyClick(worklist.view, Qt.Key.Key_Space)

    assert ids(model, WORK_REGISTRATION) == []
    assert sorted(ids(model, DONE_GROUP)) == sorted([c1, c2])
    assert service.contact(c1).registered == NOW.isoformat()
    assert service.contact(c2).registered == NOW.isoformat()


def test_a_siber_transfer_before_the_start_is_documented_is_refused_with_the_reason(worklist, service, contacts):
    model = worklist.model
    select(worklist, row_of(model, WORK_SIBER, contacts["second"].id), row_of(model, WORK_ENDING, contacts["c3"].id))
    assert worklist.mark_done() == 0
    refusal = worklist.findChild(QLabel, "worklistRefusal")
    rule = next(r for r in service.rules.rules if r.params.get("requires") == "start-documented")
    assert refusal.isVisibleTo(worklist) and rule.reason["sv"] in refusal.text()
    assert service.episode(contacts["second"].id).siber_transferred is None
    assert service.contact(contacts["c3"].id).registered is None  # all or nothing
    assert [i.episode_id for i in model.items(WORK_SIBER)] == [contacts["second"].id]


def test_ticking_siber_and_ending(worklist, service, contacts):
    model = worklist.model
    service.set_siber_start_documented(contacts["second"].id, date(2026, 9, 1))
    worklist.refresh()
    select(worklist, row_of(model, WORK_SIBER, contacts["second"].id), row_of(model, WORK_ENDING, contacts["c3"].id))
    assert worklist.mark_done() == 2
    assert service.episode(contacts["second"].id).siber_transferred == NOW.date()
    assert service.contact(contacts["c3"].id).registered == NOW.isoformat()
    assert model.items(WORK_SIBER) == [] and model.items(WORK_ENDING) == []


def test_unticking_reopens(worklist, service, contacts, qtbot):
    model = worklist.model
    c1 = contacts["c1"].id
    select(worklist, row_of(model, WORK_JOURNAL, c1))
    worklist.mark_done()
    reopen = worklist.findChild(QPushButton, "reopen")
    assert not reopen.isEnabled()

    select(worklist, row_of(model, DONE_GROUP, c1))
    assert reopen.isEnabled() and not worklist.findChild(QPushButton, "markDone").isEnabled()
    with qtbot.waitSignal(worklist.changed):
        qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)

    assert c1 in ids(model, WORK_JOURNAL)
    assert model.items(DONE_GROUP) == []
    assert service.contact(c1).journal_done is None


def test_done_items_survive_refresh_until_reopened_elsewhere(worklist, service, contacts):
    c1 = contacts["c1"].id
    select(worklist, row_of(worklist.model, WORK_JOURNAL, c1))
    worklist.mark_done()
    worklist.refresh()
    assert ids(worklist.model, DONE_GROUP) == [c1]
    service.tick([(WORK_JOURNAL, c1)], done=False)
    worklist.refresh()
    assert ids(worklist.model, DONE_GROUP) == []
    assert c1 in ids(worklist.model, WORK_JOURNAL)


def test_show_outage_items_selects_only_them(worklist, contacts):
    worklist.show_outage_items()
    assert worklist.findChild(QCheckBox, "outageOnly").isChecked()
    selected = [(group, item.contact_id) for group, item in worklist.selected_items()]
    assert selected == [(WORK_REGISTRATION, contacts["c2"].id)]
    assert ids(worklist.model, WORK_JOURNAL) == []  # c1 and c3 were not logged during an outage
    assert worklist.view.hasFocus()
    worklist.findChild(QCheckBox, "outageOnly").setChecked(False)
    assert len(ids(worklist.model, WORK_JOURNAL)) == 2


def test_empty_worklist_says_so(qtbot, service):
    widget = WorklistWidget(service)
    qtbot.addWidget(widget)
    assert widget.summary.text().startswith("Nothing to do")
    assert not widget.findChild(QPushButton, "markDone").isEnabled()


def test_model_passes_the_model_tester(qtmodeltester, worklist, contacts):
    qtmodeltester.check(worklist.model)
    select(worklist, row_of(worklist.model, WORK_JOURNAL, contacts["c1"].id))
    worklist.mark_done()
    qtmodeltester.check(worklist.model)


def test_empty_model_passes_the_model_tester(qtmodeltester, rules):
    qtmodeltester.check(WorklistModel(rules, "sv"))


def test_view_is_reachable_by_name(worklist):
    view = worklist.findChild(QTreeView, "worklistView")
    assert view is worklist.view and view.accessibleName()


def test_cursor_stays_in_place_for_ticking_item_after_item(worklist, contacts, qtbot):
    model = worklist.model
    first = row_of(model, WORK_JOURNAL, contacts["c1"].id)
    worklist.view.selectionModel().setCurrentIndex(
        first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    worklist.view.setFocus()
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert [item.contact_id for _group, item in worklist.selected_items()] == [contacts["c3"].id]
    qtbot.keyClick(worklist.view, Qt.Key.Key_Space)
    assert model.items(WORK_JOURNAL) == []
    assert len(model.items(DONE_GROUP)) == 2
