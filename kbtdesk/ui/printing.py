"""Print, print preview, PDF and export with progress, for the window's menu and toolbar.

The window builds a report with kbtdesk.core.reports and calls one of these; every page is
painted by kbtdesk.render.pdf, so preview, paper and PDF look the same. Long work runs as a
background operation (kbtdesk/ui/operations.py): reading the log for a report (`gather`, `export`),
writing the file and its audit entry (`export`, `save_pdf`), painting the pages for the printer
(`print_dialog`) run on a worker thread with progress and Cancel, and the result comes back to the
GUI thread, which stays free meanwhile. A cancelled or failed export leaves no file and never
touches an existing one. A cancelled print job is aborted while still open, so that nothing is
printed where the print system can drop a job (Windows); CUPS on Linux cannot, and prints the
pages painted before Cancel. Only the preview's pages are painted on the GUI thread (Qt's preview
asks for them inside `paintRequested`), with a progress dialog whose Cancel keeps what is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from kbtdesk.core.csvout import write_csv
from kbtdesk.core.reports import Cancelled, IsCancelled, Progress, Report
from kbtdesk.render.pdf import RenderError, load_fonts, page_layout, paint, write_pdf
from kbtdesk.ui.operations import LogOperations, Step
from kbtdesk.ui.widgets import screen_of

FORMAT_CSV, FORMAT_PDF = "csv", "pdf"
#: Rows freed at a time once a report is written (`_let_go`).
RELEASE_ROWS = 2000
#: The preview shows a page at about its printed size: A4 is 210 mm wide, 794 px at 96 dpi.
PAGE_WIDTH_PX = {False: 794, True: 1123}
#: Room around the page in the preview (toolbar, scroll bar, margins), in pixels.
PREVIEW_CHROME = QSize(90, 110)
#: Share of the screen the preview may take.
SCREEN_SHARE = 0.9


def translate(context: str, source: str) -> str:
    """Qt's translator (the window installs the catalogue for the chosen language)."""
    return QCoreApplication.translate(context, source)


def _printer(report: Report) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(page_layout(report))
    printer.setDocName(report.title.render(translate))
    return printer


def _show_error(parent: QWidget | None, text: str) -> None:
    QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Cannot print or export"), text)


def _operations(parent: QWidget | None) -> LogOperations:
    return LogOperations.of(parent)


class Working:
    """A modal progress dialog with Cancel over the painting of the preview's pages.

    Qt's preview asks for its pages inside `paintRequested`, on the GUI thread, so this one piece
    of long work cannot go to a worker: the painter reports through `progress(done, total)` and
    polls `cancelled()`, and both let the dialog's events through, so Cancel is seen between two
    pages. It appears only when the painting lasts over 300 ms.
    """

    def __init__(self, parent: QWidget | None, title: str, label: str):
        self.dialog = dialog = QProgressDialog(label, QCoreApplication.translate("Printing", "Cancel"), 0, 0, parent)
        dialog.setObjectName("previewProgressDialog")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

    def progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        QApplication.processEvents()

    def cancelled(self) -> bool:
        QApplication.processEvents()
        return self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def gather(parent: QWidget | None, build: Callable[[Progress, IsCancelled], Report],
           then: Callable[[Report], None]) -> bool:
    """Read the log for a report in the background (progress, Cancel), then `then(report)` on the
    GUI thread (the preview, the print dialog). Nothing happens when cancelled; False when another
    operation runs."""
    return _operations(parent).run(
        parent, lambda step: build(step.progress, step.cancelled),
        title=QCoreApplication.translate("Printing", "Print"),
        label=QCoreApplication.translate("Printing", "Reading the log…"), success=then)


def _paint_preview(parent: QWidget | None, report: Report, target) -> None:
    """Paint every page on the preview's `target` with progress; Cancel stops at the page being
    painted (Cancelled propagates)."""
    work = Working(parent, QCoreApplication.translate("Printing", "Print"),
                     QCoreApplication.translate("Printing", "Laying out the pages…"))
    try:
        def progress(done: int, total: int) -> None:
            if done == 1:
                work.dialog.setLabelText(QCoreApplication.translate("Printing", "Painting the pages…"))
            work.progress(done, total)

        paint(report, target, translate, progress, work.cancelled)
    finally:
        work.close()


def preview(parent: QWidget | None, report: Report) -> int:
    """Qt's print preview of the report; printing from it goes to the chosen printer.

    A long report is painted with progress; Cancel leaves the preview with the pages painted so far.
    """
    printer = _printer(report)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName("printPreviewDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview – {title}").format(
        title=report.title.render(translate)))
    fit_page_width(dialog, report.landscape)

    def paint_requested(target) -> None:
        try:
            _paint_preview(dialog, report, target)
        except Cancelled:
            pass  # the preview shows what was painted
        except RenderError as exc:
            _show_error(dialog, str(exc))

    dialog.paintRequested.connect(paint_requested)
    return dialog.exec()


def preview_size(landscape: bool, available: QSize) -> QSize:
    """A preview window that shows the page's width at about its printed size, and as much of its
    height as the screen allows (Qt's default, ≈690×515 px, showed A4 at 38 %)."""
    page_w = PAGE_WIDTH_PX[landscape]
    page_h = round(page_w * (210 / 297 if landscape else 297 / 210))
    width = min(page_w + PREVIEW_CHROME.width(), int(available.width() * SCREEN_SHARE))
    height = min(page_h + PREVIEW_CHROME.height(), int(available.height() * SCREEN_SHARE))
    return QSize(width, height)


def fit_page_width(dialog: QPrintPreviewDialog, landscape: bool) -> None:
    """Open the preview sized for reading, zoomed to fit the page's width (one page at a time)."""
    screen = screen_of(dialog)
    available = screen.availableGeometry().size() if screen is not None else QSize(1280, 800)
    dialog.resize(preview_size(landscape, available))
    widget = dialog.findChild(QPrintPreviewWidget)
    if widget is not None:
        widget.setViewMode(QPrintPreviewWidget.ViewMode.SinglePageView)
        widget.setZoomMode(QPrintPreviewWidget.ZoomMode.FitToWidth)


def print_dialog(parent: QWidget | None, report: Report, record: Callable[[Report], None] | None = None,
                 then: Callable[[], None] | None = None) -> bool:
    """Qt's print dialog, then the pages painted for the printer in the background with progress;
    `record(report)` runs on the worker once the job is sent (the audit entry), `then()` on the GUI
    thread after it. False when the dialog was cancelled or another operation runs.

    Cancel while painting aborts the job (render.pdf.paint): nothing is recorded.
    """
    printer = _printer(report)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
    shiboken6.delete(dialog)  # now, not later: nothing but the worker touches the printer from here on
    if not accepted:
        return False

    def work(step: Step) -> None:
        paint(report, printer, translate, step.progress, step.cancelled)
        if record is not None:
            record(report)

    def failure(exc: BaseException) -> None:
        if not isinstance(exc, RenderError):
            raise exc
        _show_error(parent, str(exc))

    return _operations(parent).run(
        parent, work, title=QCoreApplication.translate("Printing", "Print"),
        label=QCoreApplication.translate("Printing", "Painting the pages…"),
        success=lambda _none: then() if then is not None else None, failure=failure, writes=True)


def ask_path(parent: QWidget | None, fmt: str, suggested: str) -> Path | None:
    """A save dialog for a CSV or PDF file; None when the user cancels."""
    filters = {FORMAT_PDF: QCoreApplication.translate("Printing", "PDF (*.pdf)"),
               FORMAT_CSV: QCoreApplication.translate("Printing", "CSV for Excel (*.csv)")}
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Export"), suggested,
                                            filters[fmt])
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{fmt}" else path.with_name(path.name + f".{fmt}")


def save_pdf(parent: QWidget | None, report: Report, path: Path | None = None, suggested: str | None = None,
             record: Callable[[Report], None] | None = None, then: Callable[[Path], None] | None = None) -> bool:
    """Write a built report as a PDF in the background (asking where when `path` is None), as
    `export`; the report is the operation's from then on (its rows are freed once written)."""
    if path is None:
        path = ask_path(parent, FORMAT_PDF, suggested or report.title.render(translate) + ".pdf")
        if path is None:
            return False
    target = path
    return export(parent, lambda progress, cancelled: report, target, FORMAT_PDF, record=record, then=then)


def _let_go(report: Report) -> None:
    """Free the report's rows a block at a time, on the worker. Dropped whole on the GUI thread,
    100,000 rows were freed in one stretch of C (the GUI thread stalled ≈90 ms at L, measured);
    dropped whole on the worker, that stretch holds the GIL and the GUI thread waits for it."""
    for section in report.sections:
        rows = section.table.rows if section.table is not None else None
        while rows:
            del rows[-RELEASE_ROWS:]


def export(parent: QWidget | None, build: Callable[[Progress, IsCancelled], Report], path: Path, fmt: str, *,
           record: Callable[[Report], None] | None = None, then: Callable[[Path], None] | None = None) -> bool:
    """Build a report and write it as CSV or PDF in the background, with progress and Cancel.

    `build(progress, cancelled)` is typically ``lambda p, c: request.build(service, lang, p, c)``;
    it runs on the worker thread, and so does `record(report)`, right after the file is written
    (the audit entry, with every patient the report held: a file on disk is always recorded, and
    if the entry cannot be written the file is removed). `then(path)` runs on the GUI thread
    once both are done; the report itself stays on the worker. Cancelled or failed, no file is
    left behind (an error dialog names the problem) and an existing file is untouched. False when
    another operation runs.
    """
    if fmt == FORMAT_PDF:
        load_fonts()  # on the GUI thread: the application's font database is Qt's to change

    def work(step: Step) -> Path:
        report = build(step.progress, step.cancelled)
        step.phase(writing)
        if fmt == FORMAT_PDF:
            write_pdf(report, path, translate, step.progress, step.cancelled)
        else:
            write_csv(report, path, translate, step.progress, step.cancelled)
        if record is not None:
            try:
                record(report)
            except BaseException:
                path.unlink(missing_ok=True)  # never a file of patient data the audit trail does not know of
                raise
        _let_go(report)
        return path

    def failure(exc: BaseException) -> None:
        if isinstance(exc, OSError):
            _show_error(parent, QCoreApplication.translate(
                "Printing", "Cannot write {file}: {reason}. Nothing was written.").format(
                file=str(path), reason=exc.strerror or str(exc)))
        elif isinstance(exc, RenderError):
            _show_error(parent, str(exc))
        else:
            raise exc

    writing = QCoreApplication.translate("Printing", "Writing {file}…").format(file=path.name)
    return _operations(parent).run(
        parent, work, title=QCoreApplication.translate("Printing", "Export"),
        label=QCoreApplication.translate("Printing", "Reading the log…"),
        success=lambda written: then(written) if then is not None else None, failure=failure, writes=True)
