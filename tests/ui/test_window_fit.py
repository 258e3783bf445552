"""The window at 1280×800 in Swedish with the demo log: no column or checklist text is cut short,
the splitter keeps its width from one episode to the next, and the toolbar keeps "Lås" in view
with the longest undo label (issue 14.6)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QUndoCommand
from PySide6.QtWidgets import QCheckBox, QStyle, QTableView

from tests.ui.test_language_switch import TS, open_demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch):
    yield from open_demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch)


def at_1280x800(window, qtbot) -> None:
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    qtbot.wait(30)


def cut_cells(view: QTableView) -> list[str]:
    """Cells and headers whose text is wider than its column (the view would elide it)."""
    model, style = view.model(), view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    header = view.horizontalHeader()
    header_margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cut = []
    for column in range(model.columnCount()):
        if view.isColumnHidden(column):
            continue
        width = view.columnWidth(column)
        title = model.headerData(column, Qt.Orientation.Horizontal) or ""
        if header.fontMetrics().horizontalAdvance(title) + 2 * header_margin > width:
            cut.append(f"{view.objectName()} header {title!r}: {width} px")
        for row in range(model.rowCount()):
            index = model.index(row, column, QModelIndex())
            text = index.data() or ""
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if isinstance(font, QFont) else view.font())
            # the grid line takes a pixel of the cell: without it Qt elides a text that fits exactly
            if metrics.horizontalAdvance(text) + 2 * margin + (1 if view.showGrid() else 0) > width:
                cut.append(f"{view.objectName()} ({row},{column}) {text!r}: {width} px")
    return cut


def cut_checklist(window) -> list[str]:
    """The episode checklist's ticks: a check box does not wrap, so its whole text must fit."""
    return [f"{box.objectName()} {box.text()!r}: {box.width()} < {box.sizeHint().width()}"
            for box in window.episode_view.checklist.findChildren(QCheckBox)
            if box.isVisible() and box.width() < box.sizeHint().width()]


def episodes(window) -> list[str]:
    model = window.episode_list.model
    return [model.row_at(row).episode_id for row in range(model.rowCount())]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_text_is_cut_short_at_1280x800(demo_window, qtbot, language):
    window, _service = demo_window
    if language != "sv":
        window.set_language(language)
        qtbot.wait(50)
    at_1280x800(window, qtbot)
    window.episode_list.set_status("all")
    qtbot.waitUntil(lambda: window.episode_list.model.rowCount() == 12)
    cut = cut_cells(window.episode_list.view)
    for episode_id in episodes(window):
        window.select_episode(episode_id)
        qtbot.wait(10)
        cut += cut_cells(window.episode_view.contacts) + cut_cells(window.episode_view.measures)
        cut += cut_checklist(window)
    assert not cut, "\n".join(sorted(set(cut)))


def test_the_splitter_keeps_its_width_from_one_episode_to_the_next(demo_window, qtbot):
    window, _service = demo_window
    at_1280x800(window, qtbot)
    window.episode_list.set_status("all")
    qtbot.waitUntil(lambda: window.episode_list.model.rowCount() == 12)
    sizes = set()
    for episode_id in episodes(window):
        window.episode_list.view.selectRow(window.episode_list.model.row_of(episode_id))
        qtbot.waitUntil(lambda episode_id=episode_id: window.current_episode_id() == episode_id)
        qtbot.wait(10)
        sizes.add(tuple(window.splitter.sizes()))
    assert len(sizes) == 1, sizes


def test_the_toolbar_keeps_lock_in_view_with_the_longest_undo_label(demo_window, qtbot):
    window, _service = demo_window
    at_1280x800(window, qtbot)
    labels = [message.find("translation").text or "" for context in ET.parse(TS).iter("context")
              if context.findtext("name") == "Undo" for message in context.iter("message")]
    longest = max((label.replace("{n}", "30") for label in labels), key=len)
    window.undo_stack.push(QUndoCommand(longest))
    qtbot.wait(30)
    assert window.act.undo.text() == f"Ångra {longest}"  # in the Edit menu
    undo = window.toolbar.widgetForAction(window.act.undo)
    assert undo.text() == "Ångra" and longest in undo.toolTip()  # on the toolbar: short, the label in the tooltip
    lock = window.toolbar.widgetForAction(window.act.lock)
    assert lock is not None and lock.isVisible()
    assert window.toolbar.rect().contains(lock.geometry()), (lock.geometry(), window.toolbar.rect())
