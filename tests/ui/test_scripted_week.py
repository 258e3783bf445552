"""The scripted week of benchmarks/scripted_week.py, driven the same way, checked for what it writes:
30 BR this week through the week view and the batch dialog, each ticked journaled and registered,
in at most 3 input events per contact; and the checklist path it is compared with."""

from __future__ import annotations

import pytest

from benchmarks import scripted_week
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def week_window(service, tmp_path, qapp, qtbot):
    def make(n):
        ids = scripted_week.fill_week(service, NOW.date(), n)
        window = scripted_week._window(service, tmp_path, qapp)
        qtbot.addWidget(window)
        return window, ids
    return make


def test_thirty_ticked_contacts_from_the_week_view_in_six_events(week_window, service, qapp):
    window, ids = week_window(30)
    assert scripted_week.this_weeks_ticked_br(service, ids, NOW.date()) == 0
    inp = scripted_week.Input()
    scripted_week.batch_path(window, qapp, inp)
    assert scripted_week.this_weeks_ticked_br(service, ids, NOW.date()) == 30
    contacts = [c for e in ids for c in service.episode_detail(e).contacts if c.at[:10] == NOW.date().isoformat()]
    assert len(contacts) == 30  # one each, no more
    assert inp.events == 6 <= scripted_week.GOAL_EVENTS
    assert inp.log == ["Ctrl+1 week view", "Ctrl+A every row", "tick journaled", "tick registered",
                       "Enter: log contacts", "Ctrl+Shift+B batch"]  # the dialog's events inside its loop


def test_the_checklist_path_it_is_compared_with_writes_the_same(week_window, service, qapp):
    window, ids = week_window(2)
    inp = scripted_week.Input()
    scripted_week.one_at_a_time_path(window, qapp, inp, ids)
    assert scripted_week.this_weeks_ticked_br(service, ids, NOW.date()) == 2
    assert inp.events == 1 + 7 * 2
