"""Charts of a report (:class:`kbtdesk.core.reports.Chart`) painted as vector graphics in print.

Coordinates inside a chart are "chart pixels" (96 per inch, as the window thinks of sizes); the
painter is scaled from them to the device, so text and lines stay sharp on paper and in the PDF.

- The y axis runs from 0 to the chart's `y_max` (an instrument's own maximum, MADRS-S 0–54;
  100 for percentages), higher only for a value above it.
- x labels: the first, the last and evenly spaced ones between, as many as fit without touching;
  none runs outside the chart.
- Every bar and every point carries its value (a bar too narrow for it gets it turned upright),
  with a decimal comma in Swedish.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPen

from kbtdesk.base.messages import Translate, untranslated
from kbtdesk.core.reports.model import Chart, cell_text, number_text

SERIES_COLOURS = ("#1f5fa8", "#2e8b57", "#c07a00", "#6a3d9a", "#8c2d19", "#3b7f8c")
FLAG_COLOUR = QColor("#c62828")
GRID_COLOUR = QColor("#d5d9de")
AXIS_COLOUR = QColor("#555b61")
TEXT_COLOUR = QColor("#111111")
#: Chart pixels per inch: the unit the sizes below are in.
CHART_DPI = 96.0
LABEL_GAP = 6.0


def value_text(value: float, lang: str) -> str:
    """A whole number as it is; anything else with one decimal (a comma in Swedish)."""
    return str(int(value)) if float(value).is_integer() else number_text(value, lang)


def y_ticks(y_max: float, ticks: int = 5) -> list[float]:
    """Gridlines from 0 to `y_max` at a round step; `y_max` itself is always one of them."""
    raw = max(y_max, 1.0) / ticks
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 2.5, 5, 10) if raw <= f * power)
    values = [step * i for i in range(int(y_max // step) + 1)]
    if y_max - values[-1] > 1e-9:
        if y_max - values[-1] < step * 0.4:
            values.pop()  # a gridline right under the top would crowd its label
        values.append(y_max)
    return values


def spaced_labels(centres: list[float], widths: list[float], left: float, right: float) -> list[tuple[int, float]]:
    """Which x labels to draw and where (index, left edge): the first and the last always, then
    as many evenly spaced ones between as fit without touching, each kept inside [left, right]."""
    count = len(centres)
    if not count:
        return []

    def placed(index: int) -> float:
        x = centres[index] - widths[index] / 2
        return min(max(x, left), right - widths[index])

    def layout(indexes: list[int]) -> list[tuple[int, float]] | None:
        spots = [(i, placed(i)) for i in indexes]
        for (a, xa), (_b, xb) in zip(spots, spots[1:], strict=False):
            if xa + widths[a] + LABEL_GAP > xb:
                return None
        return spots

    for shown in range(count, 1, -1):
        indexes = sorted({round(k * (count - 1) / (shown - 1)) for k in range(shown)})
        spots = layout(indexes)
        if spots is not None:
            return spots
    return [(0, placed(0))]  # one label alone, or not even two fit


def chart_image(chart: Chart, width: int, height: int, translate: Translate = untranslated,
                lang: str = "sv", scale: float = 3.0, family: str = "DejaVu Sans") -> QImage:
    """The chart as an image of (width × scale, height × scale) pixels, white background (for
    looking at one chart alone; print paints it as vectors with :func:`paint_chart`)."""
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


def paint_chart(painter: QPainter, chart: Chart, target: QRectF, translate: Translate, lang: str, family: str,
                px_per_mm: float) -> None:
    """Paint the chart into `target` (device pixels) of a page."""
    scale = px_per_mm * 25.4 / CHART_DPI
    painter.save()
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(target.topLeft())
        painter.scale(scale, scale)
        _paint(painter, chart, QRectF(0, 0, target.width() / scale, target.height() / scale), translate, lang,
               family)
    finally:
        painter.restore()


def _font(family: str, pixels: int, bold: bool = False) -> QFont:
    font = QFont(family)
    font.setPixelSize(pixels)
    font.setBold(bold)
    font.setFeature(QFont.Tag("liga"), 0)
    return font


def _paint(painter: QPainter, chart: Chart, area: QRectF, translate: Translate, lang: str, family: str) -> None:
    font, small, bold = _font(family, 10), _font(family, 8), _font(family, 11, True)
    metrics, small_metrics = QFontMetricsF(font), QFontMetricsF(small)
    line_h = metrics.height()

    painter.setPen(TEXT_COLOUR)
    painter.setFont(bold)
    painter.drawText(QRectF(area.left(), area.top(), area.width(), line_h + 4),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                     cell_text(chart.title, translate, lang))
    painter.setFont(font)

    legend = _legend_rows(chart, translate, lang, metrics, area.width()) if (
        chart.kind == "bar" or len(chart.series) > 1) else []
    legend_h = len(legend) * (line_h + 2)
    values = [v for s in chart.series for v in s.values if v is not None]
    top_value = max([chart.y_max, *values, 1.0])
    ticks = y_ticks(top_value)
    tick_labels = [value_text(t, lang) + chart.unit for t in ticks]
    # Room above the plot for the value over its highest point or bar (upright when bars are narrow).
    value_labels = [value_text(v, lang) for v in values] or ["0"]
    widest_value = max(small_metrics.horizontalAdvance(t) for t in value_labels)
    headroom = small_metrics.height() + 4
    if chart.kind == "bar":
        headroom = max(headroom, widest_value + 6)
    left = max(metrics.horizontalAdvance(t) for t in tick_labels) + 8
    plot_top = area.top() + line_h + 6 + headroom
    plot = QRectF(area.left() + left, plot_top, area.width() - left - 6,
                  area.bottom() - plot_top - (line_h + 6) - legend_h)
    if plot.width() <= 10 or plot.height() <= 10:
        return

    def y_of(value: float) -> float:
        return plot.bottom() - plot.height() * (value / top_value)

    for tick, label in zip(ticks, tick_labels, strict=True):
        y = y_of(tick)
        painter.setPen(QPen(GRID_COLOUR, 0.6))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS_COLOUR)
        painter.drawText(QRectF(area.left(), y - line_h / 2, left - 5, line_h),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.setPen(QPen(AXIS_COLOUR, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())

    x_of = _x_positions(chart, plot)
    centres = [x_of(i) for i in range(len(chart.labels))]
    widths = [metrics.horizontalAdvance(label) for label in chart.labels]
    painter.setPen(AXIS_COLOUR)
    for index, x in spaced_labels(centres, widths, area.left(), area.right()):
        painter.drawText(QRectF(x, plot.bottom() + 3, widths[index] + 1, line_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, chart.labels[index])

    painter.setFont(small)
    if chart.kind == "bar":
        _bars(painter, chart, plot, y_of, small_metrics, lang)
    else:
        _lines(painter, chart, x_of, y_of, small_metrics, lang)
    painter.setFont(font)

    y = area.bottom() - legend_h
    for row in legend:
        x = plot.left()
        for n, name, width in row:
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            painter.fillRect(QRectF(x, y + line_h * 0.2, 10, line_h * 0.6), colour)
            painter.setPen(TEXT_COLOUR)
            painter.drawText(QRectF(x + 14, y, width + 2, line_h), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignVCenter, name)
            x += 14 + width + 18
        y += line_h + 2


def _legend_rows(chart: Chart, translate: Translate, lang: str, metrics: QFontMetricsF,
                 width: float) -> list[list[tuple[int, str, float]]]:
    """The legend's entries in as many rows as the width needs."""
    rows: list[list[tuple[int, str, float]]] = [[]]
    used = 0.0
    for n, series in enumerate(chart.series):
        name = cell_text(series.name, translate, lang)
        entry = 14 + metrics.horizontalAdvance(name) + 18
        if rows[-1] and used + entry > width - 40:
            rows.append([])
            used = 0.0
        rows[-1].append((n, name, metrics.horizontalAdvance(name)))
        used += entry
    return rows


def _x_positions(chart: Chart, plot: QRectF) -> Callable[[int], float]:
    """x of the i-th value: by date for a line chart with dates (time runs evenly), else by slot."""
    count = max(1, len(chart.labels))
    if chart.kind == "line" and chart.dates and len(chart.dates) == len(chart.labels):
        first, last = chart.dates[0], chart.dates[-1]
        span = max(1, (last - first).days)
        inset = 12.0  # the first and last points stay clear of the axis and the edge
        if len(chart.dates) == 1:
            return lambda i: plot.center().x()
        return lambda i: plot.left() + inset + (plot.width() - 2 * inset) * (chart.dates[i] - first).days / span
    slot = plot.width() / count
    return lambda i: plot.left() + slot * (i + 0.5)


def _bars(painter: QPainter, chart: Chart, plot: QRectF, y_of, metrics: QFontMetricsF, lang: str) -> None:
    count = max(1, len(chart.labels))
    slot = plot.width() / count
    n_series = max(1, len(chart.series))
    group = slot * 0.84
    bar = group / n_series
    # All values upright when one does not fit beside its bar: one chart, one way of reading it.
    labels = [value_text(v, lang) for s in chart.series for v in s.values if v is not None]
    upright = any(metrics.horizontalAdvance(label) + 1 > bar for label in labels)
    for i in range(len(chart.labels)):
        x0 = plot.left() + slot * i + (slot - group) / 2
        for n, series in enumerate(chart.series):
            value = series.values[i] if i < len(series.values) else None
            if value is None:
                continue
            colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
            rect = QRectF(x0 + n * bar + 0.4, y_of(value), max(bar - 0.8, 0.5), plot.bottom() - y_of(value))
            painter.fillRect(rect, colour)
            label = value_text(value, lang)
            width = metrics.horizontalAdvance(label)
            painter.setPen(TEXT_COLOUR)
            if not upright:
                painter.drawText(QRectF(rect.center().x() - width / 2 - 1, rect.top() - metrics.height() - 1,
                                        width + 2, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
            else:
                # Too narrow for the value side by side: the value stands upright above its bar.
                painter.save()
                painter.translate(rect.center().x() + metrics.ascent() / 2 - 1, rect.top() - 2)
                painter.rotate(-90)
                painter.drawText(QPointF(0, 0), label)
                painter.restore()


def _lines(painter: QPainter, chart: Chart, x_of, y_of, metrics: QFontMetricsF, lang: str) -> None:
    for n, series in enumerate(chart.series):
        colour = QColor(SERIES_COLOURS[n % len(SERIES_COLOURS)])
        points = [(QPointF(x_of(i), y_of(v)), i, v) for i, v in enumerate(series.values) if v is not None]
        if not points:
            continue
        path = QPainterPath(points[0][0])
        for point, _i, _v in points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(colour, 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        previous_right = -math.inf
        for point, i, value in points:
            flagged = i < len(series.flagged) and series.flagged[i]
            painter.setPen(QPen(FLAG_COLOUR if flagged else colour, 1))
            painter.setBrush(FLAG_COLOUR if flagged else colour)
            radius = 4.2 if flagged else 2.8
            painter.drawEllipse(point, radius, radius)
            label = value_text(value, lang)
            width = metrics.horizontalAdvance(label)
            left = point.x() - width / 2
            # Values of points close together would overprint: a label is drawn where it has room,
            # a flagged point's always.
            if left >= previous_right + 2 or flagged:
                painter.setPen(FLAG_COLOUR if flagged else TEXT_COLOUR)
                painter.drawText(QRectF(left - 1, point.y() - metrics.height() - 4, width + 2, metrics.height()),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, label)
                previous_right = left + width

