"""The Settings dialog's planned length of each programme (the week view's closing-visit prompt).

Layout only: the values come from and go back through `kbtdesk.core.planning` (via
`core.preferences.save`); "unknown" (no prompt) is the spin box's special value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSpinBox, QTableWidget, QTableWidgetItem

from kbtdesk.core import planning
from kbtdesk.ui.widgets import name_widget


class ProgrammeLengths(QTableWidget):
    """One row per programme offered: its name and its planned weeks (or unknown)."""

    def __init__(self, service, parent=None):
        super().__init__(0, 2, parent)
        self.setObjectName("programmeLengths")
        self.setAccessibleName(self.tr("Planned length of each programme"))
        self.setHorizontalHeaderLabels([self.tr("Programme"), self.tr("Planned weeks")])
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.spins: dict[str, QSpinBox] = {}
        names = list(dict.fromkeys([*service.programmes(), *planning.planned_weeks_by_programme(service)]))
        self.setRowCount(len(names))
        for row, name in enumerate(names):
            item = QTableWidgetItem(name)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(row, 0, item)
            spin = name_widget(QSpinBox(), f"plannedWeeks_{row}",
                               self.tr("Planned weeks of {programme}").format(programme=name))
            spin.setRange(0, planning.MAX_PLANNED_WEEKS)
            spin.setSpecialValueText(self.tr("unknown"))
            spin.setValue(planning.planned_weeks(service, name) or 0)
            self.setCellWidget(row, 1, spin)
            self.spins[name] = spin

    def values(self) -> dict[str, int | None]:
        """Each programme's planned weeks as chosen; None: unknown."""
        return {name: spin.value() or None for name, spin in self.spins.items()}
