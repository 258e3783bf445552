"""A patient's log extract: every audit entry about one patient (HSLF-FS 2016:40, GDPR art. 15)."""

from __future__ import annotations

import html
from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kbtdesk.core.audit import AuditEntry
from kbtdesk.core.service import LogService
from kbtdesk.ui.formatting import fmt_datetime, locale_for
from kbtdesk.ui.widgets import name_widget


def _local(at: str) -> datetime:
    return datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()


def action_label(action: str) -> str:
    return {
        "create": QCoreApplication.translate("AuditTrail", "created"),
        "update": QCoreApplication.translate("AuditTrail", "changed"),
        "delete": QCoreApplication.translate("AuditTrail", "deleted"),
        "import": QCoreApplication.translate("AuditTrail", "imported"),
        "export": QCoreApplication.translate("AuditTrail", "exported"),
        "print": QCoreApplication.translate("AuditTrail", "printed"),
        "restore": QCoreApplication.translate("AuditTrail", "restored"),
    }.get(action, action)


def kind_label(kind: str | None) -> str:
    return {
        "patient": QCoreApplication.translate("AuditTrail", "patient"),
        "episode": QCoreApplication.translate("AuditTrail", "episode"),
        "contact": QCoreApplication.translate("AuditTrail", "contact"),
        "measure": QCoreApplication.translate("AuditTrail", "score"),
    }.get(kind or "", kind or "")


class AuditTrailModel(QAbstractTableModel):
    COL_TIME, COL_ACTION, COL_KIND, COL_PROFILE, COL_DETAIL = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditTrailModel", "Time"),
        QT_TRANSLATE_NOOP("AuditTrailModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTrailModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTrailModel", "By"),
        QT_TRANSLATE_NOOP("AuditTrailModel", "Detail"),
    )

    def __init__(self, entries: list[AuditEntry], language: str = "sv", parent=None):
        super().__init__(parent)
        self._entries = list(entries)
        self._locale = locale_for(language)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("AuditTrailModel", self.HEADERS[section])
        return None

    def text(self, row: int, col: int) -> str:
        entry = self._entries[row]
        if col == self.COL_TIME:
            return fmt_datetime(_local(entry.at), self._locale)
        if col == self.COL_ACTION:
            return action_label(entry.action)
        if col == self.COL_KIND:
            return kind_label(entry.record_kind)
        if col == self.COL_PROFILE:
            return entry.profile
        return entry.detail

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._entries)):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        return None

    def as_html(self, title: str) -> str:
        """For printing: every value escaped (the detail and profile are text from the log)."""
        head = "".join(f"<th align='left'>{html.escape(self.headerData(c, Qt.Orientation.Horizontal))}</th>"
                       for c in range(self.columnCount()))
        rows = "".join("<tr>" + "".join(f"<td>{html.escape(self.text(r, c))}</td>" for c in range(self.columnCount()))
                       + "</tr>" for r in range(self.rowCount()))
        return (f"<h2>{html.escape(title)}</h2><table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                f"<tr>{head}</tr>{rows}</table>")


class AuditTrailDialog(QDialog):
    """Lists one patient's audit entries, oldest first; Print makes a paper extract."""

    def __init__(self, service: LogService, patient_id: str, language: str = "sv", parent=None, *,
                 read_only: bool = False):
        super().__init__(parent)
        self.read_only = read_only
        self.setObjectName("auditTrailDialog")
        self.setWindowTitle(self.tr("Log extract for this patient"))
        self.resize(860, 480)
        self.service, self.patient_id = service, patient_id
        entries = service.audit_trail(patient_id)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Every recorded change, export and print of this patient's data in this log, "
                               "oldest first ({n} entries). The entries name records by id, never by name.")
                       .format(n=len(entries)))
        intro.setObjectName("auditIntro")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.model = AuditTrailModel(entries, language, self)
        self.view = name_widget(QTableView(), "auditEntries", self.tr("Log entries"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.print_button = name_widget(QPushButton(self.tr("&Print…")), "printAuditTrail",
                                        self.tr("Print the log extract"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_extract)
        row.addWidget(self.print_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.setObjectName("buttons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("&Close"))
        close.setObjectName("closeButton")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)

    def print_extract(self) -> bool:
        from PySide6.QtGui import QTextDocument

        from kbtdesk.ui.widgets import ask_printer

        printer = ask_printer(self, self.windowTitle())
        if printer is None:
            return False
        document = QTextDocument()
        document.setHtml(self.model.as_html(self.windowTitle()))
        document.print_(printer)
        if not self.read_only:
            self.service.record_export("print", "audit extract", patient_id=self.patient_id)
        return True

    @classmethod
    def ask(cls, parent, service: LogService, patient_id: str, language: str = "sv", *,
            read_only: bool = False) -> None:
        dialog = cls(service, patient_id, language, parent, read_only=read_only)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
