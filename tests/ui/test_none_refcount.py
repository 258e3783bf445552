"""Regression: PySide6 6.12.0 on Python 3.11 drops a reference to None each time data() returns None.

After enough repaints the process dies with "Fatal Python error: none_dealloc" (conventions.md,
"Known traps"). Our table models return None for every role they do not handle, so a view over
them repainted many times must leave None's reference count where it was.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REPAINTS = 10_000


class NoneModel(QAbstractTableModel):
    calls = 0

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        self.calls += 1
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_repainting_a_view_whose_model_returns_none_keeps_none_alive(qtbot):
    model = NoneModel()
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    qtbot.waitExposed(view)

    def painted_cells() -> bool:
        view.viewport().repaint()
        return model.calls > 0

    qtbot.waitUntil(painted_cells)  # the first layout runs from the event loop
    before = sys.getrefcount(None)
    model.calls = 0
    for _ in range(REPAINTS):
        view.viewport().repaint()
    after = sys.getrefcount(None)
    # Immortal on 3.12+ (a constant); on 3.11 a leak shows as a fall of about 100 per repaint.
    assert after >= before - 1000, f"None lost {before - after} references over {REPAINTS} repaints"
    assert model.calls >= REPAINTS * 10, "the view must really have asked the model for its cells"
