"""Print and PDF of a report: the layout of kbtdesk.render.layout painted page by page.

Every page gets a header (care unit, therapist, title; and whom the report is about, when it is
about one patient) and a footer ("Page X of Y", print time, "does not replace the journal"). The
same function paints on a QPdfWriter and on a QPrinter (print dialog and preview).

Fonts: DejaVu Sans ships in ``resources/fonts`` and is loaded at render time, because Qt writes a
PDF with no text at all (and no warning) on a machine with no fonts (conventions.md).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from kbtdesk.base.files import replacing
from kbtdesk.base.messages import Translate, untranslated
from kbtdesk.base.progress import Cancelled, IsCancelled, Progress
from kbtdesk.core.reports.model import CONTEXT, DISCLAIMER, PAGE_OF, PRINTED_AT, Report
from kbtdesk.render.layout import ReportLayout, print_font

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
#: Page margins (left, top, right, bottom) in millimetres; header and footer sit inside them.
MARGINS_MM = QMarginsF(16, 12, 16, 12)
HEADER_MM = 11.0
HEADER_POINTS = 8.0
#: The therapist's own header line, when care unit and therapist do not fit beside the title.
WHO_LINE_MM = 3.8
#: Each header line naming the patient and the episode (one or two).
SUBJECT_LINE_MM = 4.2
SUBJECT_POINTS = 8.5
FOOTER_MM = 12.0
PDF_RESOLUTION = 300
_FSI, _PDI = "\u2068", "\u2069"

__all__ = ["RenderError", "load_fonts", "page_layout", "paint", "print_font", "write_pdf"]


class RenderError(Exception):
    """The report cannot be drawn (no usable font, the device refused to paint)."""


def fonts_dir() -> Path:
    try:
        import importlib.resources

        return Path(str(importlib.resources.files("kbtdesk.resources") / "fonts"))
    except ImportError:  # a source tree that was never installed
        return Path(__file__).resolve().parents[2] / "resources" / "fonts"


@functools.cache
def load_fonts() -> str:
    """Register the bundled fonts once per process; the family name to use in print."""
    family = None
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(fonts_dir() / name))
        if font_id >= 0 and family is None:
            families = QFontDatabase.applicationFontFamilies(font_id)
            family = families[0] if families else None
    if family is None and not QFontDatabase.families():
        raise RenderError("no font is available: the PDF would have no text")
    return family or FALLBACK_FAMILY


def page_layout(report: Report) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if report.landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)


def _mm(value: float, resolution: float) -> float:
    return value / 25.4 * resolution


def _isolated(value: str) -> str:
    return f"{_FSI}{value}{_PDI}" if value else ""


def _subject_lines(report: Report, metrics: QFontMetricsF, width: float) -> list[str]:
    """Whom the report is about, for the page header: one line when it fits, else who on the first
    and what (the episode) on the second; each line shortened only when it alone is too long."""
    parts = [part for part in report.subject if part]
    if not parts:
        return []
    separator = "  ·  "
    whole = separator.join(parts)
    if metrics.horizontalAdvance(whole) <= width:
        lines = [whole]
    else:
        lines = [separator.join(parts[:2]), separator.join(parts[2:])]
    return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines if line]


def _who_lines(report: Report, translate: Translate, metrics: QFontMetricsF, width: float) -> list[str]:
    """Care unit and therapist beside the title: on one line when they fit, else the unit on the
    first line and the therapist on a second; shortened only when the unit alone is too long."""
    separator = "  ·  "
    parts = [part for part in (report.unit, report.therapist) if part]
    room = width - metrics.horizontalAdvance(report.title.render(translate)) - metrics.height() * 2
    joined = separator.join(_isolated(part) for part in parts)
    if len(parts) < 2 or metrics.horizontalAdvance(joined) <= room:
        return [metrics.elidedText(joined, Qt.TextElideMode.ElideRight, room)] if parts else []
    return [_isolated(metrics.elidedText(report.unit, Qt.TextElideMode.ElideRight, room)),
            _isolated(metrics.elidedText(report.therapist, Qt.TextElideMode.ElideRight, width))]


def _header_height(report: Report, translate: Translate, family: str, device, width: float) -> float:
    """The header's height in millimetres: one line (two when unit and therapist need them), plus
    the lines naming the subject."""
    who = _who_lines(report, translate, QFontMetricsF(print_font(family, HEADER_POINTS), device), width)
    height = HEADER_MM + WHO_LINE_MM * max(0, len(who) - 1)
    if not report.subject:
        return height
    lines = _subject_lines(report, QFontMetricsF(print_font(family, SUBJECT_POINTS, True), device), width)
    return height + SUBJECT_LINE_MM * len(lines)


def lay_out(report: Report, device: QPagedPaintDevice, translate: Translate = untranslated) -> ReportLayout:
    """The report's pages for `device` (its page layout already set)."""
    resolution = device.logicalDpiX()
    area = device.pageLayout().paintRectPixels(resolution)
    family = load_fonts()
    header = _header_height(report, translate, family, device, float(area.width()))
    body_height = area.height() - _mm(header, resolution) - _mm(FOOTER_MM, resolution)
    return ReportLayout(report, translate, device, float(area.width()), body_height, family)


def paint(report: Report, device: QPagedPaintDevice, translate: Translate = untranslated,
          progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """Paint every page of the report on `device` (its page layout already set); the page count."""
    resolution = device.logicalDpiX()
    area = device.pageLayout().paintRectPixels(resolution)
    width, height = float(area.width()), float(area.height())
    layout = lay_out(report, device, translate)
    family = layout.family
    header_h = _mm(_header_height(report, translate, family, device, width), resolution)
    footer_h = _mm(FOOTER_MM, resolution)
    pages = len(layout.pages)

    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer or PDF file could not be opened for drawing")
    try:
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if index:
                device.newPage()
            _header(painter, report, translate, family, width, header_h)
            _footer(painter, report, translate, family, width, height, footer_h, index + 1, pages)
            painter.save()
            painter.translate(0, header_h)
            # A little beyond the body, so that the table's outer rules are not cut in half.
            slack = _mm(1.0, resolution)
            painter.setClipRect(QRectF(-slack, -slack, width + 2 * slack, height - header_h - footer_h + 2 * slack))
            layout.paint_page(painter, index)
            painter.restore()
            if progress is not None:
                progress(index + 1, pages)
    except Cancelled:
        # A printer's job is dropped while still open; ending the painter first would send the
        # pages painted so far. (A PDF writer has no abort: write_pdf removes its temporary file.)
        abort = getattr(device, "abort", None)
        if abort is not None:
            abort()
        raise
    finally:
        if painter.isActive():
            painter.end()
    return pages


def _header(painter: QPainter, report: Report, translate: Translate, family: str, width: float, height: float) -> None:
    font = print_font(family, HEADER_POINTS)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    first = QRectF(0, 0, width, line * 1.6)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, report.title.render(translate))
    # Care unit and therapist whole: a long unit name pushes the therapist to a line of its own.
    who = _who_lines(report, translate, metrics, width)
    bottom = first.bottom()
    for number, text in enumerate(who):
        box = first if number == 0 else QRectF(0, bottom, width, _mm(WHO_LINE_MM, painter.device().logicalDpiX()))
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        bottom = box.bottom()
    if report.subject:
        # Whom the pages are about, on every page: a page out of the folder still says whose it is.
        bold = print_font(family, SUBJECT_POINTS, bold=True)
        bold_metrics = QFontMetricsF(bold, painter.device())
        painter.setFont(bold)
        painter.setPen(QColor("#111111"))
        step = _mm(SUBJECT_LINE_MM, painter.device().logicalDpiX())
        for text in _subject_lines(report, bold_metrics, width):
            box = QRectF(0, bottom, width, step)
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, _isolated(text))
            bottom = box.bottom()
    painter.setPen(QPen(QColor("#8a939c"), max(1.0, line / 14)))
    y = bottom + line * 0.15
    painter.drawLine(QPointF(0, y), QPointF(width, y))


def _footer(painter: QPainter, report: Report, translate: Translate, family: str, width: float, page_h: float,
            height: float, page: int, pages: int) -> None:
    font = print_font(family, 7.5)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    top = page_h - height + line * 0.6
    painter.setPen(QPen(QColor("#8a939c"), max(1.0, line / 14)))
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setPen(QColor("#333333"))
    first = QRectF(0, top + line * 0.3, width, line)
    second = QRectF(0, top + line * 1.35, width, line)
    painter.setFont(print_font(family, 7.5, bold=True))
    painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, translate(CONTEXT, DISCLAIMER))
    painter.setFont(font)
    painter.drawText(first, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     translate(CONTEXT, PAGE_OF).format(page=page, pages=pages))
    painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     translate(CONTEXT, PRINTED_AT).format(time=report.generated.strftime("%Y-%m-%d %H:%M")))


def write_pdf(report: Report, path: Path, translate: Translate = untranslated,
              progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """Write the report as an A4 PDF; atomically: an error or a cancel leaves `path` as it was.

    OSError when the folder cannot be written; the page count otherwise.
    """
    with replacing(path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(report))
        writer.setTitle(report.title.render(translate))
        writer.setCreator("kbtdesk")
        pages = paint(report, writer, translate, progress, cancelled)
        del writer  # the file is complete once the writer is gone
    return pages
