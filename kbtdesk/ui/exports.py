"""The export and print dialog: which report, which period, then preview, print, PDF or CSV.

The reports are built by kbtdesk.core.reports and every page is painted by kbtdesk.ui.printing,
which the dialog calls through the module (``printing.preview`` …) so that tests patch one seam.
Writing a file goes through ``printing.export`` (progress and Cancel); a print, a PDF or a CSV is
recorded in the log's audit trail when the service keeps one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import reports
from kbtdesk.core.reports import IsCancelled, Progress, Report
from kbtdesk.ui import printing

PERIOD_TODAY, PERIOD_WEEK, PERIOD_RANGE = "today", "week", "range"
KINDS = (reports.KIND_REGISTRATIONS, reports.KIND_EPISODE, reports.KIND_SIBER, reports.KIND_COVERAGE)
#: Kinds that list identity numbers (masking applies) and that can list only what is still to do.
MASKABLE = {reports.KIND_REGISTRATIONS, reports.KIND_EPISODE, reports.KIND_SIBER}
PENDING = {reports.KIND_REGISTRATIONS, reports.KIND_SIBER}


@dataclass(frozen=True)
class ExportChoice:
    """What the dialog's controls say: enough to build the report and to describe it in the audit trail."""

    kind: str
    start: date
    end: date
    pending: bool
    mask: bool
    episode_id: str | None = None

    def detail(self) -> str:
        """For the audit trail: what left the log, never whom (no names, no identity numbers)."""
        parts = [self.kind]
        if self.kind != reports.KIND_EPISODE:
            parts.append(f"{self.start.isoformat()}..{self.end.isoformat()}")
        if self.pending and self.kind in PENDING:
            parts.append("pending")
        if self.mask and self.kind in MASKABLE:
            parts.append("masked")
        return " ".join(parts)


def builder(service, choice: ExportChoice, lang: str) -> Callable[[Progress, IsCancelled], Report]:
    """`build(progress, cancelled)` for printing.export; the episode summary is small and has no progress."""
    if choice.kind == reports.KIND_REGISTRATIONS:
        return lambda p, c: reports.build_registrations(service, choice.start, choice.end, pending=choice.pending,
                                                        mask=choice.mask, lang=lang, progress=p, cancelled=c)
    if choice.kind == reports.KIND_EPISODE:
        return lambda p, c: reports.build_episode_summary(service, choice.episode_id, mask=choice.mask, lang=lang)
    if choice.kind == reports.KIND_SIBER:
        return lambda p, c: reports.build_siber_basis(service, choice.start, choice.end, pending=choice.pending,
                                                      mask=choice.mask, lang=lang, progress=p, cancelled=c)
    if choice.kind == reports.KIND_COVERAGE:
        return lambda p, c: reports.build_coverage(service, choice.start, choice.end, lang=lang, progress=p,
                                                   cancelled=c)
    raise ValueError(f"unknown report kind {choice.kind!r}")


def record(service, fmt: str, choice: ExportChoice, patient_id: str | None) -> None:
    """Write the export or print into the audit trail, when this log's service keeps one."""
    record_export = getattr(service, "record_export", None)
    if record_export is not None:
        record_export(fmt, choice.detail(), patient_id)


def patient_of(service, episode_id: str | None) -> str | None:
    if not episode_id:
        return None
    return service.episode_detail(episode_id).patient.id


def print_preview(parent: QWidget | None, service, choice: ExportChoice, lang: str) -> bool:
    """Build the report and show Qt's print preview; True (and recorded) when it was printed from there."""
    report = printing.build_with_progress(parent, builder(service, choice, lang))
    if report is None:  # cancelled while reading the log
        return False
    printed = printing.preview(parent, report) == QPrintPreviewDialog.DialogCode.Accepted.value
    if printed:
        record(service, "print", choice, patient_of(service, choice.episode_id))
    return printed


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose a report and a period; the buttons preview, print or save it. Stays open for more."""

    @classmethod
    def ask(cls, parent, service, language: str = "sv", episode_id: str | None = None,
            kind: str = reports.KIND_REGISTRATIONS) -> None:
        dialog = cls(parent, service, language, episode_id, kind)
        dialog.exec()
        dialog.deleteLater()

    def __init__(self, parent, service, language: str = "sv", episode_id: str | None = None,
                 kind: str = reports.KIND_REGISTRATIONS):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.service = service
        self.language = language
        self.episode_id = episode_id
        self.last_written: Path | None = None
        now = service.now()

        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("exportKind")
        for value in KINDS:
            self.kind.addItem("", value)
        self.kind_label = QLabel()
        self.kind_label.setBuddy(self.kind)
        form.addRow(self.kind_label, self.kind)
        self.episode_note = QLabel()
        self.episode_note.setObjectName("exportEpisodeNote")
        self.episode_note.setTextFormat(Qt.TextFormat.PlainText)
        self.episode_note.setWordWrap(True)
        form.addRow("", self.episode_note)
        layout.addLayout(form)

        self.period_box = QGroupBox()
        self.period_box.setObjectName("exportPeriod")
        period = QVBoxLayout(self.period_box)
        self.period_group = QButtonGroup(self)
        self.period_today = QRadioButton()
        self.period_today.setObjectName("periodToday")
        self.period_week = QRadioButton()
        self.period_week.setObjectName("periodWeek")
        self.period_range = QRadioButton()
        self.period_range.setObjectName("periodRange")
        for button in (self.period_today, self.period_week, self.period_range):
            self.period_group.addButton(button)
            period.addWidget(button)
        week_start, week_end = reports.period_this_week(now)
        self.date_from = QDateEdit(_qdate(week_start))
        self.date_from.setObjectName("periodFrom")
        self.date_to = QDateEdit(_qdate(week_end))
        self.date_to.setObjectName("periodTo")
        dates = QHBoxLayout()
        dates.setContentsMargins(24, 0, 0, 0)
        self.from_label, self.to_label = QLabel(), QLabel()
        self.from_label.setBuddy(self.date_from)
        self.to_label.setBuddy(self.date_to)
        for widget in (self.from_label, self.date_from, self.to_label, self.date_to):
            if isinstance(widget, QDateEdit):
                widget.setCalendarPopup(True)
                widget.setDisplayFormat("yyyy-MM-dd")
                widget.dateChanged.connect(self._update)
            dates.addWidget(widget)
        dates.addStretch(1)
        period.addLayout(dates)
        self.period_error = QLabel()
        self.period_error.setObjectName("periodError")
        self.period_error.setStyleSheet("color: #a4000f;")
        self.period_error.setVisible(False)
        period.addWidget(self.period_error)
        self.period_week.setChecked(True)
        self.period_group.buttonToggled.connect(lambda *_: self._update())
        layout.addWidget(self.period_box)

        self.pending = QCheckBox()
        self.pending.setObjectName("pendingOnly")
        self.mask = QCheckBox()
        self.mask.setObjectName("maskIdentity")
        self.mask.setChecked(True)  # shared screens and printers: the full number only when asked for
        layout.addWidget(self.pending)
        layout.addWidget(self.mask)

        buttons = QHBoxLayout()
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.setDefault(True)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("savePdfButton")
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("saveCsvButton")
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.preview_button.clicked.connect(self.preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save(printing.FORMAT_PDF))
        self.csv_button.clicked.connect(lambda: self.save(printing.FORMAT_CSV))
        self.close_button.clicked.connect(self.reject)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.csv_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)

        self.kind.currentIndexChanged.connect(lambda _i: self._update())
        self.retranslate()
        self.set_kind(kind if kind in KINDS else reports.KIND_REGISTRATIONS)
        self._update()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export and print"))
        names = {
            reports.KIND_REGISTRATIONS: self.tr("Registration list"),
            reports.KIND_EPISODE: self.tr("Episode summary (the selected episode)"),
            reports.KIND_SIBER: self.tr("SibeR basis (ended episodes)"),
            reports.KIND_COVERAGE: self.tr("Coverage (täckningsgrad) per month"),
        }
        for row, value in enumerate(KINDS):
            self.kind.setItemText(row, names[value])
        self.kind_label.setText(self.tr("&Report:"))
        self.kind.setAccessibleName(self.tr("Report"))
        self.period_box.setTitle(self.tr("Period"))
        self.period_box.setAccessibleName(self.tr("Period"))
        self.period_today.setText(self.tr("&Today"))
        self.period_today.setAccessibleName(self.tr("Today"))
        self.period_week.setText(self.tr("This &week"))
        self.period_week.setAccessibleName(self.tr("This week"))
        self.period_range.setText(self.tr("&Chosen dates"))
        self.period_range.setAccessibleName(self.tr("Chosen dates"))
        self.from_label.setText(self.tr("&From"))
        self.date_from.setAccessibleName(self.tr("First day"))
        self.to_label.setText(self.tr("T&o"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        self.period_error.setText(self.tr("The first day is after the last day."))
        self.period_error.setAccessibleName(self.tr("Period error"))
        self.episode_note.setAccessibleName(self.tr("Which episode"))
        self.pending.setText(self.tr("Only what is &not yet done (not registered / not transferred)"))
        self.pending.setAccessibleName(self.tr("Only what is not yet done"))
        self.mask.setText(self.tr("&Hide the last four digits of identity numbers"))
        self.mask.setAccessibleName(self.tr("Hide identity numbers"))
        self.preview_button.setText(self.tr("Pre&view…"))
        self.preview_button.setAccessibleName(self.tr("Print preview"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print"))
        self.pdf_button.setText(self.tr("Save P&DF…"))
        self.pdf_button.setAccessibleName(self.tr("Save as PDF"))
        self.csv_button.setText(self.tr("Save &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save as CSV for Excel"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    # -- state ------------------------------------------------------------------------------

    def set_kind(self, kind: str) -> None:
        self.kind.setCurrentIndex(KINDS.index(kind))

    def current_kind(self) -> str:
        return self.kind.currentData()

    def set_period(self, which: str, start: date | None = None, end: date | None = None) -> None:
        {PERIOD_TODAY: self.period_today, PERIOD_WEEK: self.period_week,
         PERIOD_RANGE: self.period_range}[which].setChecked(True)
        if start is not None:
            self.date_from.setDate(_qdate(start))
        if end is not None:
            self.date_to.setDate(_qdate(end))

    def period(self) -> tuple[date, date]:
        now = self.service.now()
        if self.period_today.isChecked():
            return reports.period_today(now)
        if self.period_week.isChecked():
            return reports.period_this_week(now)
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    def choice(self) -> ExportChoice:
        kind = self.current_kind()
        start, end = self.period()
        return ExportChoice(kind, start, end, self.pending.isChecked() and kind in PENDING,
                            self.mask.isChecked() and kind in MASKABLE,
                            self.episode_id if kind == reports.KIND_EPISODE else None)

    def _update(self) -> None:
        kind = self.current_kind()
        is_episode = kind == reports.KIND_EPISODE
        ranged = self.period_range.isChecked()
        self.period_box.setEnabled(not is_episode)
        self.date_from.setEnabled(ranged)
        self.date_to.setEnabled(ranged)
        bad_period = ranged and self.date_from.date() > self.date_to.date()
        self.period_error.setVisible(bad_period and not is_episode)
        self.pending.setEnabled(kind in PENDING)
        self.mask.setEnabled(kind in MASKABLE)
        missing_episode = is_episode and not self.episode_id
        if is_episode:
            if self.episode_id:
                detail = self.service.episode_detail(self.episode_id)
                self.episode_note.setText(self.tr("Episode: {programme}, started {started}").format(
                    programme=detail.episode.programme, started=detail.episode.started.isoformat()))
            else:
                self.episode_note.setText(self.tr("Choose an episode in the list first."))
        self.episode_note.setVisible(is_episode)
        ready = not missing_episode and not (bad_period and not is_episode)
        for button in (self.preview_button, self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(ready)

    # -- the four outputs -------------------------------------------------------------------

    def _patient_id(self, choice: ExportChoice) -> str | None:
        return patient_of(self.service, choice.episode_id)

    def _suggested_name(self, choice: ExportChoice, fmt: str) -> str:
        # A file name says what and when, never whom: it shows in folders and mail attachments.
        name = {reports.KIND_REGISTRATIONS: self.tr("registration-list"),
                reports.KIND_EPISODE: self.tr("episode-summary"),
                reports.KIND_SIBER: self.tr("siber-basis"),
                reports.KIND_COVERAGE: self.tr("coverage")}[choice.kind]
        if choice.kind == reports.KIND_EPISODE:
            name += f"-{self.service.now().date().isoformat()}"
        elif choice.start == choice.end:
            name += f"-{choice.start.isoformat()}"
        else:
            name += f"-{choice.start.isoformat()}--{choice.end.isoformat()}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"{name}.{fmt}") if folder else f"{name}.{fmt}"

    def preview(self) -> None:
        print_preview(self, self.service, self.choice(), self.language)

    def print_report(self) -> None:
        choice = self.choice()
        report = printing.build_with_progress(self, builder(self.service, choice, self.language))
        if report is not None and printing.print_dialog(self, report):
            record(self.service, "print", choice, self._patient_id(choice))

    def save(self, fmt: str) -> Path | None:
        choice = self.choice()
        path = printing.ask_path(self, fmt, self._suggested_name(choice, fmt))
        if path is None:
            return None
        written = printing.export(self, builder(self.service, choice, self.language), path, fmt)
        if written is not None:
            record(self.service, fmt, choice, self._patient_id(choice))
            self.last_written = written
            parent = self.parent()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(self.tr("Saved {file}").format(file=str(written)), 8000)
        return written
