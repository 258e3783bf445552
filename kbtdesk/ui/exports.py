"""The export and print dialog: which report, which period, then preview, print, PDF or CSV.

The reports are built by kbtdesk.core.reports (one ReportRequest, as the command line builds it)
and every page is painted by kbtdesk.ui.printing, which the dialog calls through the module
(``printing.preview`` …) so that tests patch one seam. Reading the log, writing a file and its
audit entry run in the background (``printing.gather`` and ``printing.export``: progress and
Cancel, the window free meanwhile, one at a time); a print, a PDF or a CSV is recorded in the
log's audit trail, with every patient the report held, when the service keeps one.

The period is a preset (today, this week, last week, this month, last month) or chosen dates,
remembered per report in the window's settings: on a Monday the registration list opens on last
week if that is what was used last time.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import reports
from kbtdesk.core.reports import periods
from kbtdesk.core.reports.request import ReportRequest
from kbtdesk.ui import printing
from kbtdesk.ui.operations import LogOperations

#: The dialog's name for a period of chosen dates (the presets are kbtdesk.core.reports.periods').
PERIOD_CUSTOM = "custom"
PERIODS = (*periods.PRESETS, PERIOD_CUSTOM)
KINDS = (reports.KIND_REGISTRATIONS, reports.KIND_EPISODE, reports.KIND_SIBER, reports.KIND_COVERAGE)
MASKABLE, PENDING = reports.MASKABLE, reports.PENDING
#: The period a report opens with until another is chosen for it.
DEFAULT_PERIOD = {reports.KIND_COVERAGE: periods.THIS_MONTH}
SETTINGS_GROUP = "exportDialog"

#: What the dialog's controls say (kept under its old name for the window's callers).
ExportChoice = ReportRequest


def print_preview(parent: QWidget | None, service, choice: ReportRequest, lang: str) -> bool:
    """Read the report in the background, then show Qt's print preview; a print from there is
    recorded. False when another operation runs (nothing started)."""

    def show(report) -> None:
        if printing.preview(parent, report) == QPrintPreviewDialog.DialogCode.Accepted.value:
            choice.record(service, "print", report)

    return printing.gather(parent, lambda p, c: choice.build(service, lang, p, c), show)


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportDialog(QDialog):
    """Choose a report and a period; the buttons preview, print or save it. Stays open for more."""

    @classmethod
    def ask(cls, parent, service, language: str = "sv", episode_id: str | None = None,
            kind: str = reports.KIND_REGISTRATIONS) -> None:
        dialog = cls(parent, service, language, episode_id, kind, settings=getattr(parent, "settings", None))
        dialog.exec()
        dialog.deleteLater()

    def __init__(self, parent, service, language: str = "sv", episode_id: str | None = None,
                 kind: str = reports.KIND_REGISTRATIONS, settings: QSettings | None = None):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.service = service
        self.language = language
        self.episode_id = episode_id
        self.settings = settings
        self.last_written: Path | None = None
        self._loading = False
        # The window's one-at-a-time operations: while one runs, the outputs wait.
        self.operations = LogOperations.of(self)
        self.operations.busyChanged.connect(self._busy_changed)

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
        # Two lines are kept for it (what the chosen report holds): the controls below never move.
        self.episode_note.setFixedHeight(2 * self.episode_note.fontMetrics().lineSpacing() + 2)
        self.episode_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        form.addRow("", self.episode_note)
        layout.addLayout(form)

        self.period_box = QGroupBox()
        self.period_box.setObjectName("exportPeriod")
        period = QVBoxLayout(self.period_box)
        grid = QGridLayout()
        self.period_group = QButtonGroup(self)
        self.period_buttons: dict[str, QRadioButton] = {}
        names = {periods.TODAY: "periodToday", periods.THIS_WEEK: "periodThisWeek",
                 periods.LAST_WEEK: "periodLastWeek", periods.THIS_MONTH: "periodThisMonth",
                 periods.LAST_MONTH: "periodLastMonth", PERIOD_CUSTOM: "periodCustom"}
        for n, which in enumerate(PERIODS):
            radio = QRadioButton()
            radio.setObjectName(names[which])
            self.period_group.addButton(radio)
            self.period_buttons[which] = radio
            grid.addWidget(radio, n % 3, n // 3)
        period.addLayout(grid)
        self.date_from = QDateEdit()
        self.date_from.setObjectName("periodFrom")
        self.date_to = QDateEdit()
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
                widget.dateChanged.connect(self._dates_changed)
            dates.addWidget(widget)
        dates.addStretch(1)
        period.addLayout(dates)
        self.period_error = QLabel()
        self.period_error.setObjectName("periodError")
        self.period_error.setStyleSheet("color: #a4000f;")
        self.period_error.setFixedHeight(self.period_error.fontMetrics().lineSpacing() + 2)
        period.addWidget(self.period_error)
        self.period_group.buttonToggled.connect(self._period_toggled)
        layout.addWidget(self.period_box)

        self.pending = QCheckBox()
        self.pending.setObjectName("pendingOnly")
        self.hide_identity = QCheckBox()
        self.hide_identity.setObjectName("maskIdentity")
        self.hide_identity.setChecked(True)  # shared screens and printers: the full number only when asked for
        layout.addWidget(self.pending)
        layout.addWidget(self.hide_identity)
        layout.addStretch(1)

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

        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.retranslate()
        self.set_kind(kind if kind in KINDS else reports.KIND_REGISTRATIONS)
        self._kind_changed()

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
        texts = {
            periods.TODAY: (self.tr("&Today"), self.tr("Today")),
            periods.THIS_WEEK: (self.tr("This &week"), self.tr("This week")),
            periods.LAST_WEEK: (self.tr("&Last week"), self.tr("Last week")),
            periods.THIS_MONTH: (self.tr("This &month"), self.tr("This month")),
            periods.LAST_MONTH: (self.tr("Last mo&nth"), self.tr("Last month")),
            PERIOD_CUSTOM: (self.tr("&Chosen dates"), self.tr("Chosen dates")),
        }
        for which, (text, accessible) in texts.items():
            self.period_buttons[which].setText(text)
            self.period_buttons[which].setAccessibleName(accessible)
        self.from_label.setText(self.tr("&From"))
        self.date_from.setAccessibleName(self.tr("First day"))
        self.to_label.setText(self.tr("T&o"))
        self.date_to.setAccessibleName(self.tr("Last day"))
        self.period_error.setAccessibleName(self.tr("Period error"))
        self.episode_note.setAccessibleName(self.tr("About the report"))
        self.pending.setText(self.tr("Only what is &not yet done (not registered / not transferred)"))
        self.pending.setAccessibleName(self.tr("Only what is not yet done"))
        self.hide_identity.setText(self.tr("&Hide the last four digits of identity numbers"))
        self.hide_identity.setAccessibleName(self.tr("Hide identity numbers"))
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

    def current_period(self) -> str:
        return next(which for which, button in self.period_buttons.items() if button.isChecked())

    def set_period(self, which: str, start: date | None = None, end: date | None = None) -> None:
        """Choose a preset or PERIOD_CUSTOM (with its dates); remembered for the current report."""
        if start is not None:
            self.date_from.setDate(_qdate(start))
        if end is not None:
            self.date_to.setDate(_qdate(end))
        self.period_buttons[which].setChecked(True)
        self._period_toggled()

    def period(self) -> tuple[date, date]:
        which = self.current_period()
        if which == PERIOD_CUSTOM:
            return _pydate(self.date_from.date()), _pydate(self.date_to.date())
        return periods.preset_period(which, self.service.now())

    def choice(self) -> ReportRequest:
        kind = self.current_kind()
        start, end = self.period()
        return ReportRequest(kind, start, end, self.pending.isChecked() and kind in PENDING,
                             self.hide_identity.isChecked() and kind in MASKABLE,
                             self.episode_id if kind == reports.KIND_EPISODE else None)

    def _key(self, name: str) -> str:
        return f"{SETTINGS_GROUP}/{self.current_kind()}/{name}"

    def _kind_changed(self) -> None:
        """Show the period last used for this report (or its default)."""
        kind = self.current_kind()
        which = DEFAULT_PERIOD.get(kind, periods.THIS_WEEK)
        start = end = None
        if self.settings is not None:
            remembered = str(self.settings.value(self._key("period"), which))
            which = remembered if remembered in PERIODS else which
            if which == PERIOD_CUSTOM:
                try:
                    start = date.fromisoformat(str(self.settings.value(self._key("from"), "")))
                    end = date.fromisoformat(str(self.settings.value(self._key("to"), "")))
                except ValueError:
                    which = DEFAULT_PERIOD.get(kind, periods.THIS_WEEK)
        self._loading = True
        try:
            self.set_period(which, start, end)
        finally:
            self._loading = False
        self._update()

    def _period_toggled(self, *_args) -> None:
        which = self.current_period() if self.period_group.checkedButton() is not None else None
        if which is None:
            return
        if which != PERIOD_CUSTOM:
            # The dates of the preset, shown for what they are (registration staff check them).
            start, end = periods.preset_period(which, self.service.now())
            self.date_from.blockSignals(True)
            self.date_to.blockSignals(True)
            self.date_from.setDate(_qdate(start))
            self.date_to.setDate(_qdate(end))
            self.date_from.blockSignals(False)
            self.date_to.blockSignals(False)
        self._remember()
        self._update()

    def _dates_changed(self, *_args) -> None:
        self._remember()
        self._update()

    def _remember(self) -> None:
        if self.settings is None or self._loading or self.period_group.checkedButton() is None:
            return
        which = self.current_period()
        self.settings.setValue(self._key("period"), which)
        if which == PERIOD_CUSTOM:
            self.settings.setValue(self._key("from"), _pydate(self.date_from.date()).isoformat())
            self.settings.setValue(self._key("to"), _pydate(self.date_to.date()).isoformat())

    def _update(self) -> None:
        kind = self.current_kind()
        is_episode = kind == reports.KIND_EPISODE
        custom = self.period_group.checkedButton() is self.period_buttons[PERIOD_CUSTOM]
        self.period_box.setEnabled(not is_episode)
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        bad_period = custom and self.date_from.date() > self.date_to.date()
        self.period_error.setText(self.tr("The first day is after the last day.") if bad_period and not is_episode
                                  else "")
        self.pending.setEnabled(kind in PENDING)
        self.hide_identity.setEnabled(kind in MASKABLE)
        missing_episode = is_episode and not self.episode_id
        if is_episode:
            if self.episode_id:
                detail = self.service.episode_detail(self.episode_id)
                self.episode_note.setText(self.tr("Episode: {programme}, started {started}").format(
                    programme=detail.episode.programme, started=detail.episode.started.isoformat()))
            else:
                self.episode_note.setText(self.tr("Choose an episode in the list first."))
        else:
            self.episode_note.setText({
                reports.KIND_REGISTRATIONS: self.tr("One row per contact in the period: what to register, and "
                                                    "whether it is."),
                reports.KIND_SIBER: self.tr("One row per episode ended in the period: what SibeR asks about, "
                                            "to check before the transfer via Medrave."),
                reports.KIND_COVERAGE: self.tr("Per month: how much of the work reaches the region's statistics "
                                               "and SibeR (registered, journaled, codes, transferred)."),
            }.get(kind, ""))
        ready = not missing_episode and not (bad_period and not is_episode) and not self.operations.busy
        for button in (self.preview_button, self.print_button, self.pdf_button, self.csv_button):
            button.setEnabled(ready)

    # -- the four outputs -------------------------------------------------------------------

    def _suggested_name(self, choice: ReportRequest, fmt: str) -> str:
        # A file name says what and when, never whom: it shows in folders and mail attachments.
        name = {reports.KIND_REGISTRATIONS: self.tr("registration-list"),
                reports.KIND_EPISODE: self.tr("episode-summary"),
                reports.KIND_SIBER: self.tr("siber-basis"),
                reports.KIND_COVERAGE: self.tr("coverage")}[choice.kind]
        if choice.kind == reports.KIND_EPISODE or choice.start is None or choice.end is None:
            name += f"-{self.service.now().date().isoformat()}"
        elif choice.start == choice.end:
            name += f"-{choice.start.isoformat()}"
        else:
            name += f"-{choice.start.isoformat()}--{choice.end.isoformat()}"
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return str(Path(folder) / f"{name}.{fmt}") if folder else f"{name}.{fmt}"

    def _build(self, choice: ReportRequest):
        return lambda p, c: choice.build(self.service, self.language, p, c)

    def _busy_changed(self, _busy: bool) -> None:
        self._update()

    def done(self, result: int) -> None:
        """Closed (or the window locks) while an output is on its way: it stops first."""
        self.operations.cancel_and_wait()
        super().done(result)

    def preview(self) -> None:
        print_preview(self, self.service, self.choice(), self.language)

    def print_report(self) -> None:
        choice = self.choice()

        def record(report) -> None:
            choice.record(self.service, "print", report)

        def send(report) -> None:
            printing.print_dialog(self, report, record)

        printing.gather(self, self._build(choice), send)

    def save(self, fmt: str) -> bool:
        """Ask where, then build, write and record the file in the background; False when nothing
        started. `last_written` and the window's status bar say so once it is written."""
        choice = self.choice()
        path = printing.ask_path(self, fmt, self._suggested_name(choice, fmt))
        if path is None:
            return False

        def saved(_path: Path) -> None:
            self.last_written = path
            parent = self.parent()
            if parent is not None and hasattr(parent, "statusBar"):
                parent.statusBar().showMessage(self.tr("Saved {file}").format(file=str(path)), 8000)

        return printing.export(self, self._build(choice), path, fmt,
                               record=lambda report: choice.record(self.service, fmt, report), then=saved)

