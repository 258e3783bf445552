"""Dates, times and locale-dependent text for the window (Swedish format when Swedish)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def locale_for(language: str) -> QLocale:
    if language == "sv":
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


#: ISO 8601 in both languages: what Swedish care writes, what the reports, CSV files and date
#: fields use, and never ambiguous (an English locale's 01/11/2026 reads as January to some).
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def fmt_date(value: date | None, locale: QLocale) -> str:
    if value is None:
        return ""
    return locale.toString(to_qdate(value), DATE_FORMAT)


def fmt_datetime(value: str | datetime | None, locale: QLocale) -> str:
    """A stored ISO date-time, shown in the time of day it was given (the therapist's)."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    qdt = QDateTime(to_qdate(moment.date()), QTime(moment.hour, moment.minute))
    return locale.toString(qdt, DATETIME_FORMAT)


def render(message) -> str:
    """A core Message in the current UI language."""
    return message.render(lambda context, source: QCoreApplication.translate(context, source))
