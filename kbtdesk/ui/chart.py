"""A small trend chart of one rating scale's totals over time, painted with QPainter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
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
        painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_h),
                         Qt.AlignmentFlag.AlignLeft, self.format_date(first))
        first_width = metrics.horizontalAdvance(self.format_date(first))
        last_width = metrics.horizontalAdvance(self.format_date(last))
        if len(self._points) > 1 and first_width + last_width + 8 < plot.width():
            painter.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), line_h),
                             Qt.AlignmentFlag.AlignRight, self.format_date(last))
        painter.end()
