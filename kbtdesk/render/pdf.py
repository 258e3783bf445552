"""Paginated print and PDF of a report: one QTextDocument from the report's HTML, painted page by page.

Why not ``QTextDocument.print_``: it can put only a bare page number on a page. Painting each page
ourselves (the document laid out at the body's page size, translated and clipped per page) gives
the header (care unit, therapist, title), the footer ("Page X of Y", print time, "does not replace
the journal") on every page, and QTextDocument still repeats a table's ``<thead>`` on every page
it spans. The same function paints on a QPdfWriter and on a QPrinter (print dialog and preview).

Fonts: DejaVu Sans ships in ``resources/fonts`` and is loaded at render time, because Qt writes a
PDF with no text at all (and no warning) on a machine with no fonts (conventions.md).
"""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from kbtdesk.base.files import replacing
from kbtdesk.base.messages import Translate, untranslated
from kbtdesk.core.reports import (
    CHART_SIZE,
    CHART_URL,
    CONTEXT,
    DISCLAIMER,
    HEADING_SCALE,
    PAGE_OF,
    PRINTED_AT,
    Cancelled,
    IsCancelled,
    Progress,
    Report,
    TableLayout,
    to_html,
)
from kbtdesk.render.charts import chart_image

FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
FALLBACK_FAMILY = "DejaVu Sans"
#: Page margins (left, top, right, bottom) in millimetres; header and footer sit inside them.
MARGINS_MM = QMarginsF(16, 12, 16, 12)
HEADER_MM = 11.0
FOOTER_MM = 12.0
PDF_RESOLUTION = 300
_FSI, _PDI = "\u2068", "\u2069"


class RenderError(Exception):
    """The report cannot be drawn (no usable font, the device refused to paint)."""


def print_font(family: str, points: float, bold: bool = False) -> QFont:
    """The print font without ligatures: "ff" in "Affektiva" must extract as two letters, not "ﬀ"."""
    font = QFont(family)
    font.setPointSizeF(points)
    font.setBold(bold)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


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


CELL_PADDING_CSS_PX = 3


def table_layout(family: str, points: float, device, available: float) -> TableLayout:
    """Real text widths on `device`, so that `to_html` can size the table columns."""
    regular = print_font(family, points)
    bold = print_font(family, points * HEADING_SCALE, bold=True)  # bold is measured for headings
    metrics = (QFontMetricsF(regular, device), QFontMetricsF(bold, device))
    scale = device.logicalDpiX() / 96.0
    return TableLayout(measure=lambda text, is_bold: metrics[is_bold].horizontalAdvance(text),
                       available=available, padding=(2 * CELL_PADDING_CSS_PX + 2) * scale + 2)


def build_document(report: Report, translate: Translate = untranslated, device=None,
                   width: float | None = None, page_size: QSizeF | None = None) -> QTextDocument:
    """The report as a QTextDocument with its chart images, laid out for `device` (`width` wide,
    in pages of `page_size`)."""
    family = load_fonts()
    document = QTextDocument()
    document.setDefaultFont(print_font(family, report.font_points))
    document.setDocumentMargin(0)
    if device is not None:
        document.documentLayout().setPaintDevice(device)
    if page_size is not None:  # before the text: setting it after lays the whole document out again
        document.setPageSize(page_size)
    for n, chart in enumerate(report.charts()):
        image_w, image_h = CHART_SIZE.get(chart.kind, (620, 200))
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL.format(n=n)),
                             chart_image(chart, image_w, image_h, translate, report.lang, family=family))
    layout = table_layout(family, report.font_points, device, width) if (device is not None and width) else None
    document.setHtml(to_html(report, translate, layout))
    return document


def _mm(value: float, resolution: int) -> float:
    return value / 25.4 * resolution


def _isolated(value: str) -> str:
    return f"{_FSI}{value}{_PDI}" if value else ""


def paint(report: Report, device: QPagedPaintDevice, translate: Translate = untranslated,
          progress: Progress | None = None, cancelled: IsCancelled | None = None) -> int:
    """Paint every page of the report on `device` (its page layout already set); the page count."""
    resolution = device.resolution()
    area = device.pageLayout().paintRectPixels(resolution)
    width, height = float(area.width()), float(area.height())
    header_h, footer_h = _mm(HEADER_MM, resolution), _mm(FOOTER_MM, resolution)
    body = QRectF(0, header_h, width, height - header_h - footer_h)

    document = build_document(report, translate, device, body.width(), QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    family = load_fonts()
    context = QAbstractTextDocumentLayout.PaintContext()
    palette = QPalette(context.palette)
    palette.setColor(QPalette.ColorRole.Text, QColor("#111111"))
    context.palette = palette

    painter = QPainter()
    if not painter.begin(device):
        raise RenderError("the printer or PDF file could not be opened for drawing")
    try:
        for index in range(pages):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if index:
                device.newPage()
            _header(painter, report, translate, family, width, header_h)
            _footer(painter, report, translate, family, width, height, footer_h, index + 1, pages)
            painter.save()
            painter.translate(body.left(), body.top() - index * body.height())
            context.clip = QRectF(0, index * body.height(), body.width(), body.height())
            painter.setClipRect(context.clip)
            document.documentLayout().draw(painter, context)
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
    font = print_font(family, 8)
    painter.setFont(font)
    painter.setPen(QColor("#333333"))
    who = "  ·  ".join(_isolated(part) for part in (report.unit, report.therapist) if part)
    line = QFontMetricsF(font, painter.device()).height()
    text_box = QRectF(0, 0, width, height * 0.7)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     QFontMetricsF(font, painter.device()).elidedText(who, Qt.TextElideMode.ElideRight, width * 0.62))
    painter.drawText(text_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                     report.title.render(translate))
    painter.setPen(QPen(QColor("#8a939c"), max(1.0, line / 14)))
    y = height * 0.7 + line * 0.15
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
