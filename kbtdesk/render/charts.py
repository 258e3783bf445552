"""Charts of a report (:class:`kbtdesk.core.reports.Chart`) painted into a QImage for print.

The image is drawn at several times its size on the page, so it stays sharp on paper and in the
PDF; the HTML gives the size on the page.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from kbtdesk.base.messages import Translate, untranslated
from kbtdesk.core.reports import Chart, cell_text

SERIES_COLOURS = ("#1f5fa8", "#2e8b57", "#c07a00", "#6a3d9a")
FLAG_COLOUR = QColor("#c62828")
GRID_COLOUR = QColor("#d5d9de")
AXIS_COLOUR = QColor("#555b61")
TEXT_COLOUR = QColor("#111111")


def _nice_step(top: float, ticks: int = 5) -> float:
    raw = max(top, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def chart_image(chart: Chart, width: int, height: int, translate: Translate = untranslated,
                lang: str = "sv", scale: float = 3.0, family: str = "DejaVu Sans") -> QImage:
    """The chart as an image of (width × scale, height × scale) pixels, white background."""
    image = QImage(int(width * scale), int(height * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.scale(scale, scale)
        _paint(painter, chart, QRectF(0, 0, width, height), translate, lang, family)
    finally:
        painter.end()
    return image


def _paint(painter: QPainter, chart: Chart, area: QRectF, translate: Translate, lang: str, family: str) -> None:
    font = QFont(family)
    font.setPixelSize(10)
    font.setFeature(QFont.Tag("liga"), 0)
    bold = QFont(font)
    bold.setBold(True)
    bold.setPixelSize(11)
    metrics = QFontMetricsF(font)
    line_h = metrics.height()

    painter.setPen(TEXT_COLOUR)
    painter.setFont(bold)
    title = cell_text(chart.title, translate, lang)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line_h + 4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.setFont(font)

    legend_h = 0.0
    if chart.kind == "bar" or len(chart.series) > 1:
        legend_h = line_h + 6
    y_max = max(chart.y_max, max((v for s in chart.series for v in s.values if v is not None), default=0.0), 1.0)
    step = _nice_step(y_max)
    top_tick = math.ceil(y_max / step) * step
    tick_labels = [f"{step * i:g}{chart.unit}" for i in range(int(round(top_tick / step)) + 1)]
    left = max(metrics.horizontalAdvance(t) for t in tick_labels) + 8
    plot = QRectF(area.left() + left, area.top() + line_h + 10,
                  area.width() - left - 10, area.height() - (line_h + 10) - (line_h + 8) - legend_h)

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value / top_tick)

    for i, label in enumerate(tick_labels):
        y = y_of(step * i)
        painter.setPen(QPen(GRID_COLOUR, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS_COLOUR)
        painter.drawText(QRectF(area.left(), y - line_h / 2, left - 5, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(AXIS_COLOUR, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    count = max(1, len(chart.labels))
    slot = plot.width() / count
    # Label every n-th slot so that the labels never overlap.
    widest = max((metrics.horizontalAdvance(label) for label in chart.labels), default=0.0) + 6
    every = max(1, math.ceil(widest / slot)) if slot > 0 else 1
    painter.setPen(AXIS_COLOUR)
    for i, label in enumerate(chart.labels):
        if i % every and i != count - 1:
            continue
        cx = plot.left() + slot * (i + 0.5)
        painter.drawText(QRectF(cx - widest / 2, plot.bottom() + 3, widest, line_h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)

    if chart.kind == "bar":
        _bars(painter, chart, plot, slot, y_of, metrics)
    else:
        _lines(painter, chart, plot, slot, y_of, metrics)

    if legend_h:
        x = plot.left()
        y = area.bottom() - line_h - 1
        for n, series in enumerate(chart.series):
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            painter.fillRect(QRectF(x, y + line_h * 0.2, 10, line_h * 0.6), colour)
            name = cell_text(series.name, translate, lang)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + 14, y, metrics.horizontalAdvance(name) + 4, line_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += 14 + metrics.horizontalAdvance(name) + 18


def _bars(painter, chart: Chart, plot: QRectF, slot: float, y_of, metrics: QFontMetricsF) -> None:
    n_series = max(1, len(chart.series))
    group = slot * 0.8
    bar = group / n_series
    painter.save()
    small = QFont(painter.font())
    small.setPixelSize(8)
    painter.setFont(small)
    small_metrics = QFontMetricsF(small)
    for i in range(len(chart.labels)):
        x0 = plot.left() + slot * i + (slot - group) / 2
        for n, series in enumerate(chart.series):
            value = series.values[i] if i < len(series.values) else None
            if value is None:
                continue
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            rect = QRectF(x0 + n * bar + 0.5, y_of(value), max(bar - 1, 0.5), plot.bottom() - y_of(value))
            painter.fillRect(rect, colour)
            label = f"{value:.0f}"
            if bar >= small_metrics.horizontalAdvance(label) + 1:
                painter.setPen(TEXT_COLOUR)
                painter.drawText(QRectF(rect.left() - 4, rect.top() - small_metrics.height(), rect.width() + 8,
                                        small_metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
    painter.restore()


def _lines(painter, chart: Chart, plot: QRectF, slot: float, y_of, metrics: QFontMetricsF) -> None:
    for n, series in enumerate(chart.series):
        colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
        points = [(QPointF(plot.left() + slot * (i + 0.5), y_of(v)), i) for i, v in enumerate(series.values)
                  if v is not None]
        if not points:
            continue
        path = QPainterPath(points[0][0])
        for point, _ in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        for point, i in points:
            flagged = i < len(series.flagged) and series.flagged[i]
            painter.setPen(QPen(FLAG_COLOUR if flagged else colour, 1))
            painter.setBrush(FLAG_COLOUR if flagged else colour)
            radius = 4.2 if flagged else 2.8
            painter.drawEllipse(point, radius, radius)
            painter.setPen(TEXT_COLOUR)
            label = f"{series.values[i]:g}"
            painter.drawText(QRectF(point.x() - 20, point.y() - metrics.height() - 5, 40, metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
