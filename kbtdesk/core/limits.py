"""The dates kbtdesk accepts at its boundaries (import, the window's forms, the command line), in
one light module: the command line checks its arguments without importing the service.

Care dates run from 1900 to 2199: far on either side of any treatment, and far from the ends of
Python's calendar (years 1 to 9999), so that no period, week or time-zone conversion made from an
accepted date can step outside it (a contact at 0001-01-01T00:30+01:00 is year 0 in UTC).
"""

from __future__ import annotations

from datetime import date

EARLIEST_CARE_DAY = date(1900, 1, 1)
LATEST_CARE_DAY = date(2199, 12, 31)


def is_care_day(day: date) -> bool:
    return EARLIEST_CARE_DAY <= day <= LATEST_CARE_DAY
