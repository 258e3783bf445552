"""A patient's log extract: every audit entry about one patient (HSLF-FS 2016:40, GDPR art. 15).

The list on screen; preview, print and PDF are the report kbtdesk.core.reports builds
(header, footer, "Page X of Y", the patient named on every page), painted like every report.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import audit, reports
from kbtdesk.core.audit import AuditEntry
from kbtdesk.core.reports.request import ReportRequest
from kbtdesk.core.service import LogService
from kbtdesk.ui import printing
from kbtdesk.ui.formatting import fmt_datetime, locale_for
from kbtdesk.ui.widgets import name_widget


def _local(at: str) -> datetime:
    return datetime.strptime(at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).astimezone()


def action_label(action: str) -> str:
    text = audit.action_text(action)
    return text.render(QCoreApplication.translate) if text else action


def kind_label(kind: str | None) -> str:
    text = audit.record_text(kind)
    return text.render(QCoreApplication.translate) if text else (kind or "")


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


class AuditTrailDialog(QDialog):
    """Lists one patient's audit entries, oldest first; Print makes a paper extract."""

    def __init__(self, service: LogService, patient_id: str, language: str = "sv", parent=None, *,
                 read_only: bool = False):
        super().__init__(parent)
        self.read_only = read_only
        self.setObjectName("auditTrailDialog")
        self.setWindowTitle(self.tr("Log extract for this patient"))
        self.resize(860, 480)
        self.service, self.patient_id, self.language = service, patient_id, language
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
        self.hide_identity = name_widget(QCheckBox(self.tr("&Hide the last four digits of the identity number")),
                                "maskIdentity", self.tr("Hide the identity number"))
        self.hide_identity.setChecked(True)
        layout.addWidget(self.hide_identity)
        self.preview_button = name_widget(QPushButton(self.tr("Pre&view…")), "previewAuditTrail",
                                          self.tr("Print preview of the log extract"))
        self.print_button = name_widget(QPushButton(self.tr("&Print…")), "printAuditTrail",
                                        self.tr("Print the log extract"))
        self.pdf_button = name_widget(QPushButton(self.tr("Save P&DF…")), "pdfAuditTrail",
                                      self.tr("Save the log extract as PDF"))
        for button, slot in ((self.preview_button, self.preview_extract), (self.print_button, self.print_extract),
                             (self.pdf_button, self.save_pdf)):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
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

    def request(self) -> ReportRequest:
        return ReportRequest(reports.KIND_AUDIT, mask=self.hide_identity.isChecked(), patient_id=self.patient_id)

    def report(self) -> reports.Report:
        return self.request().build(self.service, self.language)

    def _record(self, fmt: str, report: reports.Report) -> None:
        if not self.read_only:  # a read-only log cannot take the entry
            self.request().record(self.service, fmt, report)

    def preview_extract(self) -> bool:
        report = self.report()
        printed = printing.preview(self, report) == QDialog.DialogCode.Accepted.value
        if printed:
            self._record("print", report)
        return printed

    def print_extract(self) -> bool:
        report = self.report()
        if not printing.print_dialog(self, report):
            return False
        self._record("print", report)
        return True

    def save_pdf(self) -> bool:
        report = self.report()
        # The file name says what and when, never whom.
        name = self.tr("log-extract") + f"-{self.service.now().date().isoformat()}.pdf"
        if printing.save_pdf(self, report, suggested=name) is None:
            return False
        self._record(printing.FORMAT_PDF, report)
        return True

    @classmethod
    def ask(cls, parent, service: LogService, patient_id: str, language: str = "sv", *,
            read_only: bool = False) -> None:
        dialog = cls(service, patient_id, language, parent, read_only=read_only)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
