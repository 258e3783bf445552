"""A small trend chart of one rating scale's totals over time, painted with QPainter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kbtdesk.ui.widgets import Palette


@dataclass(frozen=True)
class Point:
    on: date
    score: int
    flagged: bool = False


class TrendChart(QWidget):
    """Scores of one instrument (0 … total max) against date; flagged points in red."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("trendChart")
        self.setAccessibleName(self.tr("Score trend"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._title = ""
        self._maximum = 1
        self._points: list[Point] = []
        self.format_date: Callable[[date], str] = date.isoformat
        #: The dates under the plot at the last paint: (date, left x, width), left to right.
        self.axis_labels: list[tuple[date, float, float]] = []

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(self.tr("Score trend"))
        super().changeEvent(event)

    def set_series(self, title: str, maximum: int, points: list[Point]) -> None:
        self._title, self._maximum, self._points = title, max(1, maximum), sorted(points, key=lambda p: p.on)
        scores = ", ".join(str(p.score) for p in self._points)
        self.setAccessibleDescription(f"{title}: {scores}")
        self.update()

    def points(self) -> list[Point]:
        return list(self._points)

    def sizeHint(self) -> QSize:
        return QSize(320, 150)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, 100)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        metrics = self.fontMetrics()
        text_colour = palette.color(QPalette.ColorRole.Text)
        painter.setPen(text_colour)
        line_h = metrics.height()
        left = metrics.horizontalAdvance(str(self._maximum)) + 10
        top = int(line_h * 1.6) + 4
        plot = QRectF(left, top, self.width() - left - 12, self.height() - top - line_h - 10)
        painter.drawText(QRectF(4, 2, self.width() - 8, line_h), Qt.AlignmentFlag.AlignLeft, self._title)
        if plot.width() <= 10 or plot.height() <= 10:
            painter.end()
            return
        grid = QPen(palette.color(QPalette.ColorRole.Mid))
        grid.setStyle(Qt.PenStyle.DotLine)
        for value in (0, self._maximum // 2, self._maximum):
            y = plot.bottom() - plot.height() * value / self._maximum
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text_colour)
            painter.drawText(QRectF(0, y - line_h / 2, left - 4, line_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value))
        if not self._points:
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No scores yet"))
            painter.end()
            return
        first, last = self._points[0].on, self._points[-1].on
        span = max(1, (last - first).days)

        def place(p: Point) -> QPointF:
            x = plot.left() + (plot.width() * (p.on - first).days / span if len(self._points) > 1 else plot.width() / 2)
            y = plot.bottom() - plot.height() * min(p.score, self._maximum) / self._maximum
            return QPointF(x, y)

        path = QPainterPath()
        for index, p in enumerate(self._points):
            (path.moveTo if index == 0 else path.lineTo)(place(p))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
        painter.drawPath(path)
        for p in self._points:
            colour = Palette.ERROR if p.flagged else palette.color(QPalette.ColorRole.Highlight)
            painter.setBrush(colour)
            painter.setPen(QPen(colour, 1))
            painter.drawEllipse(place(p), 4 if not p.flagged else 5.5, 4 if not p.flagged else 5.5)
        painter.setPen(text_colour)
        self.axis_labels = axis_labels(first, last if len(self._points) > 1 else first, plot.left(), plot.width(),
                                       lambda d: metrics.horizontalAdvance(self.format_date(d)),
                                       gap=metrics.horizontalAdvance("  "))
        for on, left_x, width in self.axis_labels:
            painter.drawText(QRectF(left_x, plot.bottom() + 4, width, line_h), Qt.AlignmentFlag.AlignLeft,
                             self.format_date(on))
        painter.end()


def axis_labels(first: date, last: date, left: float, width: float, text_width: Callable[[date], float],
                gap: float) -> list[tuple[date, float, float]]:
    """The dates to write under a plot from `left` over `width` px: the first (at the left edge), the
    last (at the right edge) and as many evenly spaced dates between as fit with `gap` px between
    labels; each between is centred under its own day. A single day is centred. Returns
    (date, left x, width) per label, left to right, none overlapping."""
    if first == last:
        w = text_width(first)
        return [(first, left + (width - w) / 2, w)]
    span = (last - first).days
    w_first, w_last = text_width(first), text_width(last)
    if w_first + gap + w_last > width:
        return [(first, left, w_first)]
    widest = max(w_first, w_last)
    right_edge = left + width - w_last  # where the last label starts
    most = max(1, min(span, int((width + gap) // (widest + gap)) - 1))  # intervals between labels
    for slots in range(most, 0, -1):  # the most evenly spaced labels that fit
        labels = [(first, left, w_first)]
        for i in range(1, slots):
            on = first + timedelta(days=round(span * i / slots))
            w = text_width(on)
            labels.append((on, left + width * (on - first).days / span - w / 2, w))
        labels.append((last, right_edge, w_last))
        if all(a[0] < b[0] and a[1] + a[2] + gap <= b[1] for a, b in zip(labels, labels[1:], strict=False)):
            return labels
    return [(first, left, w_first), (last, right_edge, w_last)]
