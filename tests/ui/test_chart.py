"""The score chart writes the first and the last date and evenly spaced dates between, never
overlapping, at any width (issue 14.6)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbtdesk.ui.chart import Point, TrendChart, axis_labels

FIRST = date(2026, 9, 1)


def painted_labels(qtbot, width: int, points: list[Point]):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(width, 160)
    chart.set_series("MADRS-S", 54, points)
    chart.grab()  # paints
    return chart, chart.axis_labels


def weekly(weeks: int) -> list[Point]:
    return [Point(FIRST + timedelta(weeks=i), 30 - i) for i in range(weeks)]


def no_overlap(labels, gap: float = 1) -> bool:
    return all(a[1] + a[2] + gap <= b[1] for a, b in zip(labels, labels[1:], strict=False))


def test_a_wide_chart_labels_first_last_and_evenly_between(qtbot):
    points = weekly(11)
    chart, labels = painted_labels(qtbot, 600, points)
    dates = [on for on, _x, _w in labels]
    assert dates[0] == points[0].on and dates[-1] == points[-1].on
    assert len(dates) >= 4
    steps = [(b - a).days for a, b in zip(dates, dates[1:], strict=False)]
    assert max(steps) - min(steps) <= 1  # evenly spaced, to the day
    assert no_overlap(labels)
    assert all(x >= 0 and x + w <= chart.width() for _on, x, w in labels)


@pytest.mark.parametrize("width", [160, 200, 260, 320])
def test_a_narrow_chart_still_shows_first_and_last_without_overlap(qtbot, width):
    points = weekly(11)
    chart, labels = painted_labels(qtbot, width, points)
    dates = [on for on, _x, _w in labels]
    assert dates[0] == points[0].on
    if width >= 200:
        assert dates[-1] == points[-1].on
    assert no_overlap(labels)
    assert all(x >= 0 and x + w <= chart.width() for _on, x, w in labels)


def test_one_score_is_labelled_under_its_point(qtbot):
    chart, labels = painted_labels(qtbot, 300, [Point(FIRST, 20)])
    [(on, x, w)] = labels
    assert on == FIRST and abs((x + w / 2) - chart.width() / 2) < 20


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 400), st.floats(60, 1200), st.integers(40, 90))
def test_labels_never_overlap_and_keep_the_ends(span, width, label):
    first, last = FIRST, FIRST + timedelta(days=span)
    labels = axis_labels(first, last, 10, width, lambda _d: label, gap=8)
    assert labels[0][0] == first and labels[0][1] == 10
    assert no_overlap(labels, gap=8)
    if label <= width:
        assert all(x >= 10 and x + w <= 10 + width + 1e-6 for _on, x, w in labels)
    if 2 * label + 8 <= width:
        assert labels[-1][0] == last
