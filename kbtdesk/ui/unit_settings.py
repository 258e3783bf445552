"""Settings: what the unit's configuration (unit.json) sets, where it comes from, and what the
therapist may still change.

Kept apart from the Settings dialog: the dialog adds :class:`UnitSettingsPage` as a tab and calls
:func:`guard_unit_values` on its own editors, so that a value the unit fixes is shown but cannot
be edited, and one it leaves open is marked as the unit's starting point.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core.unit_config import SITE, UnitConfig
from kbtdesk.ui.widgets import name_widget


def _plain(text: str, object_name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # file paths and unit names are never HTML
    label.setWordWrap(True)
    return label


class UnitSettingsPage(QWidget):
    """The Unit tab: one row per value the unit can set, with its origin and whether it is fixed."""

    COL_SETTING, COL_VALUE, COL_FROM, COL_CHANGE = range(4)

    def __init__(self, service, language: str, parent=None):
        super().__init__(parent)
        self.setObjectName("unitSettingsPage")
        self.service = service
        self.unit: UnitConfig = service.unit
        rules = service.rules
        layout = QVBoxLayout(self)
        if self.unit.files:
            intro = self.tr("These values come from your unit's configuration. A value marked as fixed "
                            "can only be changed by whoever manages the file (usually IT).")
        else:
            intro = self.tr("No unit configuration is installed. The values below come from the rule set; "
                            "your unit's IT can deploy a unit.json to set them for every workstation.")
        layout.addWidget(_plain(intro, "unitIntro"))
        for unit_file in self.unit.files:
            where = (self.tr("Machine-wide file (deployed by IT): {path}") if unit_file.layer == SITE
                     else self.tr("Your own file: {path}")).format(path=unit_file.path)
            if unit_file.unit:
                where = f"{unit_file.unit} \u2014 {where}"
            layout.addWidget(_plain(where, f"unitFile_{unit_file.layer}"))

        self.table = name_widget(QTreeWidget(), "unitValues", self.tr("Values set by your unit"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Setting"), self.tr("Value"), self.tr("From"),
                                    self.tr("You may change it")])
        for key, label, value in self._rows(rules, language):
            item = QTreeWidgetItem([label, value, self._origin(key), self._changeable(key)])
            item.setData(0, Qt.ItemDataRole.UserRole, key)
            item.setToolTip(self.COL_VALUE, value)
            for column in range(4):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.table.addTopLevelItem(item)
        # Nothing cut short: a value of several parts has a line for each (the row grows), the
        # setting, its origin and whether it may change are whole, the value takes the rest.
        self.table.setUniformRowHeights(False)
        self.table.setAlternatingRowColors(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.header()
        header.setStretchLastSection(False)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == self.COL_VALUE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.no_feedback = name_widget(QSpinBox(), "noFeedbackDays",
                                       self.tr("Days without feedback before an episode is due"))
        self.no_feedback.setRange(1, 60)
        self.no_feedback.setSuffix(self.tr(" days"))
        self.no_feedback.setValue(service.no_feedback_days())
        self.no_feedback.setEnabled(not self.unit.locked("no_feedback_days"))
        form.addRow(self.tr("&No feedback after:"), self.no_feedback)
        layout.addLayout(form)

    def _rows(self, rules, language: str) -> list[tuple[str, str, str]]:
        unit = self.unit
        headings = "\n".join(f"{t.name}: {len(t.headings)}" for t in rules.ehr_templates)
        no_code = self.tr("none (adjust to your unit)")
        # the types whose code the routine leaves open or the unit sets; the others register under the routine's
        codes = "\n".join(f"{t.name.get(language)}: {t.registration_code or no_code}" for t in rules.contact_types
                          if t.registration_code is None or t.registration_code_from == "unit")
        planned = self.tr("{name} ({weeks} weeks)")
        weeks = "\n".join(planned.format(name=p.name, weeks=p.planned_weeks) if p.planned_weeks else p.name
                          for p in rules.programmes)
        extra = unit.value("extra_codes") or {}
        kinds = {"allowed": self.tr("allowed"), "suggested": self.tr("suggested")}
        extra_text = "\n".join(f"{kinds[name]}: {' '.join(extra[name])}" for name in ("allowed", "suggested")
                               if extra.get(name))
        return [
            ("template_headings", self.tr("Template headings (number per EHR)"), headings),
            ("registration_codes", self.tr("Registration codes per contact type"), codes),
            ("programmes", self.tr("Programmes (planned weeks)"), weeks),
            ("extra_codes", self.tr("Extra KVÅ codes"), extra_text or self.tr("none")),
            ("no_feedback_days", self.tr("Days without feedback before an episode is due"),
             str(unit.value("no_feedback_days") or self.service.DEFAULT_NO_FEEDBACK_DAYS)),
        ]

    def _origin(self, key: str) -> str:
        source = self.unit.source(key)
        if source is None:
            return self.tr("rule set (default)")
        return self.tr("your unit (machine-wide)") if source.layer == SITE else self.tr("your own file")

    def _changeable(self, key: str) -> str:
        if key == "registration_codes":
            return self.tr("no: only in unit.json")
        return self.tr("no: fixed by your unit") if self.unit.locked(key) else self.tr("yes")

    def no_feedback_days(self) -> int | None:
        """The therapist's own threshold, or None when the unit fixes it."""
        return None if self.unit.locked("no_feedback_days") else self.no_feedback.value()


def guard_unit_values(unit: UnitConfig, key: str, edits: list[QPlainTextEdit], note: QLabel) -> None:
    """Mark editors whose value comes from the unit: read-only when the unit fixes it."""
    source = unit.source(key)
    if source is None:
        return
    where = source.path
    if unit.locked(key):
        for edit in edits:
            edit.setReadOnly(True)
        note.setText(QCoreApplication.translate(
            "UnitSettingsPage", "Set by your unit ({path}); it cannot be changed here.").format(path=where))
    else:
        note.setText(QCoreApplication.translate(
            "UnitSettingsPage", "Your unit's values ({path}); you may adjust them for yourself.").format(path=where))
    note.setObjectName(f"unitNote_{key}")
