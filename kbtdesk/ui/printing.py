"""Print, print preview, PDF and export with progress, for the window's menu and toolbar.

The window builds a report with kbtdesk.core.reports and calls one of these; every page is
painted by kbtdesk.render.pdf, so preview, paper and PDF look the same. Long work (reading the
log for a report, writing a file, painting pages for the printer or the preview) runs in the GUI
thread with a modal QProgressDialog whose Cancel stops the builder, the writer or the painter
between batches (they call `processEvents` through the progress callback); a cancelled or failed
export leaves no file and never touches an existing one. A cancelled print job is aborted while
still open, so that nothing is printed where the print system can drop a job (Windows); CUPS on
Linux cannot, and prints the pages painted before Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from kbtdesk.core.csvout import write_csv
from kbtdesk.core.reports import Cancelled, IsCancelled, Progress, Report
from kbtdesk.render.pdf import RenderError, page_layout, paint, write_pdf
from kbtdesk.ui.widgets import screen_of

FORMAT_CSV, FORMAT_PDF = "csv", "pdf"
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


class Working:
    """A modal progress dialog with Cancel over work done in the GUI thread.

    The work reports through `progress(done, total)` and polls `cancelled()`; both let the
    dialog's events through, so Cancel is seen between two batches. It appears only when the
    work lasts over 300 ms: a small report never flashes a dialog.
    """

    def __init__(self, parent: QWidget | None, title: str, label: str):
        self.dialog = dialog = QProgressDialog(label, QCoreApplication.translate("Printing", "Cancel"), 0, 0, parent)
        dialog.setObjectName("exportProgressDialog")
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

    def set_label(self, text: str) -> None:
        self.dialog.setLabelText(text)
        self.dialog.setRange(0, 0)  # busy until the next step reports its size

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


def build_with_progress(parent: QWidget | None, builder: Callable[[Progress, IsCancelled], Report]) -> Report | None:
    """Build a report for the preview or the printer with progress and Cancel; None when cancelled."""
    work = Working(parent, QCoreApplication.translate("Printing", "Print"),
                     QCoreApplication.translate("Printing", "Reading the log…"))
    try:
        return builder(work.progress, work.cancelled)
    except Cancelled:
        return None
    finally:
        work.close()


def _paint_with_progress(parent: QWidget | None, report: Report, target) -> None:
    """Paint every page on `target` with progress; Cancel stops at the page being painted
    (Cancelled propagates). Used for the printer and for each repaint of the preview."""
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
            _paint_with_progress(dialog, report, target)
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


def print_dialog(parent: QWidget | None, report: Report) -> bool:
    """Qt's print dialog, then print with progress; True when the job was sent to the printer.

    Cancel while painting aborts the job (render.pdf.paint) and returns False.
    """
    printer = _printer(report)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    try:
        _paint_with_progress(parent, report, printer)
    except Cancelled:
        return False
    except RenderError as exc:
        _show_error(parent, str(exc))
        return False
    return True


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


def save_pdf(parent: QWidget | None, report: Report, path: Path | None = None,
             suggested: str | None = None) -> Path | None:
    """Write the report as a PDF (asking where when `path` is None); the path, or None."""
    if path is None:
        path = ask_path(parent, FORMAT_PDF, suggested or report.title.render(translate) + ".pdf")
        if path is None:
            return None
    return path if export(parent, lambda progress, cancelled: report, path, FORMAT_PDF) is not None else None


def export(parent: QWidget | None, build: Callable[[Progress, IsCancelled], Report], path: Path,
           fmt: str) -> Report | None:
    """Build a report and write it as CSV or PDF with a cancellable progress dialog.

    `build(progress, cancelled)` is typically ``lambda p, c: request.build(service, lang, p, c)``.
    Returns the report written (its `patient_ids` go into the audit trail), or None when
    cancelled or failed (an error dialog names the problem; no file is left behind).
    """
    work = Working(parent, QCoreApplication.translate("Printing", "Export"),
                     QCoreApplication.translate("Printing", "Reading the log…"))
    try:
        report = build(work.progress, work.cancelled)
        work.set_label(QCoreApplication.translate("Printing", "Writing {file}…").format(file=path.name))
        if fmt == FORMAT_PDF:
            write_pdf(report, path, translate, work.progress, work.cancelled)
        else:
            write_csv(report, path, translate, work.progress, work.cancelled)
    except Cancelled:
        return None
    except OSError as exc:
        _show_error(parent, QCoreApplication.translate(
            "Printing", "Cannot write {file}: {reason}. Nothing was written.").format(
            file=str(path), reason=exc.strerror or str(exc)))
        return None
    except RenderError as exc:
        _show_error(parent, str(exc))
        return None
    finally:
        work.close()
    return report
