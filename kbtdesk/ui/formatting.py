"""Dates, times and locale-dependent text for the window (Swedish format when Swedish)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from kbtdesk.ui.lazy_qt import Qt


def locale_for(language: str) -> QLocale:
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def fmt_date(value: date | None, locale: QLocale) -> str:
    if value is None:
        return ""
    return locale.toString(to_qdate(value), QLocale.FormatType.ShortFormat)


def fmt_datetime(value: str | datetime | None, locale: QLocale) -> str:
    """A stored ISO date-time, shown in the time of day it was given (the therapist's)."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    qdt = QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale.toString(qdt, QLocale.FormatType.ShortFormat)


def render(message) -> str:
    """A core Message in the current UI language."""
    from PySide6.QtCore import QCoreApplication

    return message.render(lambda context, source: QCoreApplication.translate(context, source))


def name_widget(widget, object_name: str, accessible: str):
    """Stable objectName for tests and an accessible name for screen readers."""
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def fit_columns(view, samples: dict[int, str], stretch: int | None = None, stretch_last: bool = False,
                padding: int = 0, headings: list[str] | None = None) -> None:
    """Column widths worked out once from the font: the wider of a typical value and the header.

    ResizeToContents would ask the model for the text of every row it measures, on every reset
    and insert (thousands of data() calls per keystroke or episode); these widths cost nothing per
    row and the user can still drag them (Interactive). `padding`: what a style sheet adds per cell.
    `headings`: the header's labels, if not the model's headerData() (the episode list's, lazy_qt).
    """
    from PySide6.QtWidgets import QHeaderView

    header = view.header() if hasattr(view, "header") else view.horizontalHeader()
    model = view.model()
    cell, head = view.fontMetrics(), header.fontMetrics()
    header.setStretchLastSection(stretch_last)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    for column in range(model.columnCount()):
        title = (headings[column] if headings is not None else model.headerData(column, Qt.Orientation.Horizontal)) or ""
        width = max(cell.horizontalAdvance(samples.get(column, "")) + 14 + padding, head.horizontalAdvance(title) + 18)
        header.resizeSection(column, width)
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
