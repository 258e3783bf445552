"""The periods a report can be asked for: the export dialog's presets and the command line's flags."""

from __future__ import annotations

from datetime import date, datetime, timedelta

TODAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH = "today", "this-week", "last-week", "this-month", "last-month"
PRESETS = (TODAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH)


def period_today(now: datetime) -> tuple[date, date]:
    today = now.date()
    return today, today


def period_this_week(now: datetime) -> tuple[date, date]:
    """Monday to Sunday of the week of `now` (ISO weeks, as in Sweden)."""
    monday = now.date() - timedelta(days=now.weekday())
    return monday, monday + timedelta(days=6)


def period_last_week(now: datetime) -> tuple[date, date]:
    """Monday to Sunday of the week before: what registration staff go through on a Monday."""
    monday, sunday = period_this_week(now)
    return monday - timedelta(days=7), sunday - timedelta(days=7)


def period_this_month(now: datetime) -> tuple[date, date]:
    first = now.date().replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return first, following - timedelta(days=1)


def period_last_month(now: datetime) -> tuple[date, date]:
    last = now.date().replace(day=1) - timedelta(days=1)
    return last.replace(day=1), last


def preset_period(preset: str, now: datetime) -> tuple[date, date]:
    """The first and last day of a preset (one of PRESETS) as of `now`; ValueError for another name."""
    functions = {TODAY: period_today, THIS_WEEK: period_this_week, LAST_WEEK: period_last_week,
                 THIS_MONTH: period_this_month, LAST_MONTH: period_last_month}
    if preset not in functions:
        raise ValueError(f"unknown period {preset!r}")
    return functions[preset](now)
