"""The worklist by contact, and ticks in bulk that undo to the exact previous timestamps."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from kbtdesk.core import audit, ticks
from kbtdesk.core.service import WORK_ENDING, WORK_JOURNAL, WORK_REGISTRATION, WORK_SIBER, ContactDraft
from tests.helpers.fixtures import NOW

TZ = NOW.tzinfo


def _codes(service, ctype, mode=None, final=False):
    return tuple(s.code for s in service.suggest_codes(ctype, mode, final))


def _save(service, episode_id, when, ctype="BR", mode=None, final=False, **kw):
    return service.save_contact(ContactDraft(episode_id, when, ctype, mode=mode, final=final,
                                             codes=_codes(service, ctype, mode, final), **kw))


@pytest.fixture
def open_work(service, episode):
    """Åsa Öberg's episode with three contacts in different states, and Örjan's ended episode."""
    journaled = datetime(2026, 11, 2, 12, 0, tzinfo=TZ)
    a = _save(service, episode.id, datetime(2026, 11, 2, 9, 0, tzinfo=TZ), journal_done=journaled)
    b = _save(service, episode.id, datetime(2026, 11, 9, 9, 0, tzinfo=TZ), "TB", outage=True)
    c = _save(service, episode.id, datetime(2026, 11, 16, 9, 0, tzinfo=TZ), journal_done=journaled,
              registered=journaled)
    other = service.add_patient("701063-2391", "Örjan Ängström")
    ended = service.add_episode(other.id, "Oroshjälpen Plus", date(2026, 8, 1))
    d = _save(service, ended.id, datetime(2026, 10, 20, 23, 30, tzinfo=TZ), "planned-visit", "video", final=True)
    service.set_siber_start_documented(ended.id, date(2026, 8, 1))
    return service, episode, service.episode(ended.id), (a, b, c, d)


def test_one_row_per_contact_with_its_open_ticks(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    rows = ticks.worklist_rows(service)
    by_contact = {r.contact_id: r for r in rows}
    assert c.id not in by_contact  # nothing open on it
    assert [r.contact_id for r in rows] == [b.id, d.id, a.id, None]  # outage first, then oldest, then SibeR
    assert (by_contact[a.id].journal_open, by_contact[a.id].registration_open) == (False, True)
    assert (by_contact[b.id].journal_open, by_contact[b.id].registration_open) == (True, True)
    assert by_contact[b.id].outage and by_contact[d.id].final
    assert by_contact[d.id].open_keys() == ((WORK_JOURNAL, d.id), (WORK_ENDING, d.id))
    assert by_contact[a.id].open_keys() == ((WORK_REGISTRATION, a.id),)
    siber = rows[-1]
    assert siber.episode_id == ended.id and siber.siber_open and siber.when == "2026-10-20"
    assert siber.open_keys() == ((WORK_SIBER, ended.id),)
    # Every open item of the old worklist is in exactly one row.
    old = {item.key for item in service.worklist()}
    new = {key for row in rows for key in row.open_keys()}
    assert new == old


def test_filter_by_patient_and_period(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    assert {r.contact_id for r in ticks.worklist_rows(service, patient_id=episode.patient_id)} == {a.id, b.id}
    assert {r.contact_id for r in ticks.worklist_rows(service, query="ängström")} == {d.id, None}
    assert {r.contact_id for r in ticks.worklist_rows(service, query="angstrom")} == {d.id, None}
    assert ticks.worklist_rows(service, query="nobody") == []
    assert ticks.worklist_rows(service, patient_id=episode.patient_id, query="ängström") == []
    week = ticks.worklist_rows(service, start=date(2026, 11, 9), end=date(2026, 11, 15))
    assert [r.contact_id for r in week] == [b.id]
    # The contact's own calendar date decides (23:30 on 20 October, +01:00); its final contact ended
    # the episode that day, so the SibeR transfer is in the same period.
    assert [r.contact_id for r in ticks.worklist_rows(service, start=date(2026, 10, 20), end=date(2026, 10, 20))] \
        == [d.id, None]
    assert ticks.worklist_rows(service, start=date(2026, 10, 21), end=date(2026, 10, 31)) == []
    assert [r.contact_id for r in ticks.worklist_rows(service, end=date(2026, 10, 19))] == []
    assert [r.contact_id for r in ticks.worklist_rows(service, start=date(2026, 11, 10))] == []


def test_ticking_many_and_the_undo_restores_the_exact_timestamps(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    before = {x.id: (service.contact(x.id).journal_done, service.contact(x.id).registered) for x in (a, b, c, d)}
    keys = [key for row in ticks.worklist_rows(service) for key in row.open_keys()]
    later = NOW + timedelta(hours=3)
    change = ticks.set_ticks(service, keys, when=later)
    assert change and ticks.worklist_rows(service) == []
    assert service.contact(a.id).journal_done == before[a.id][0]  # a tick already set keeps its time
    assert service.contact(b.id).journal_done == later.isoformat()
    assert service.episode(ended.id).siber_transferred == later.date()
    assert str(change.label.render()) == "ticks"

    change.undo(service)
    assert {x.id: (service.contact(x.id).journal_done, service.contact(x.id).registered)
            for x in (a, b, c, d)} == before
    assert service.episode(ended.id).siber_transferred is None
    change.redo(service)
    assert service.contact(b.id).registered == later.isoformat() and ticks.worklist_rows(service) == []


def test_unticking_and_its_undo(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    stamped = service.contact(c.id).registered
    change = ticks.set_ticks(service, [(WORK_JOURNAL, c.id), (WORK_REGISTRATION, c.id)], done=False)
    assert service.contact(c.id).journal_done is None and service.contact(c.id).registered is None
    change.undo(service)
    assert service.contact(c.id).registered == stamped


def test_toggle_ticks_what_is_open_else_clears_all(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    keys = [(WORK_JOURNAL, a.id), (WORK_JOURNAL, b.id)]  # a is journaled, b is not
    first = ticks.toggle_ticks(service, keys)
    assert [s.record_id for s in first.after] == [b.id]
    assert service.contact(b.id).journal_done == NOW.isoformat()
    second = ticks.toggle_ticks(service, keys)
    assert {s.record_id for s in second.after} == {a.id, b.id}
    assert service.contact(a.id).journal_done is None and service.contact(b.id).journal_done is None
    second.undo(service)
    first.undo(service)
    assert service.contact(a.id).journal_done == datetime(2026, 11, 2, 12, 0, tzinfo=TZ).isoformat()
    assert service.contact(b.id).journal_done is None


def test_nothing_to_change_is_no_change(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    entries = len(service.audit_entries())
    change = ticks.set_ticks(service, [(WORK_JOURNAL, c.id)])  # already journaled
    assert not change and len(service.audit_entries()) == entries
    assert not ticks.set_ticks(service, [(WORK_JOURNAL, "no-such-contact")])


def test_every_tick_is_audited_in_its_transaction(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    service.tick([(WORK_ENDING, d.id)])  # the ending registered: the episode is ready for SibeR
    entries = len(service.audit_entries())
    change = ticks.set_ticks(service, [(WORK_JOURNAL, b.id), (WORK_SIBER, ended.id)])
    change.undo(service)
    written = service.audit_entries()[entries:]
    assert [(e.action, e.record_kind, e.record_id, e.detail) for e in written] == [
        (audit.UPDATE, "contact", b.id, "journal done"),
        (audit.UPDATE, "episode", ended.id, "siber done"),
        (audit.UPDATE, "contact", b.id, "journal reopened (undo)"),
        (audit.UPDATE, "episode", ended.id, "siber reopened (undo)"),
    ]
    assert written[0].patient_id == episode.patient_id and written[1].patient_id == ended.patient_id


def test_a_failure_while_ticking_leaves_every_tick_as_it_was(open_work, monkeypatch):
    service, episode, ended, (a, b, c, d) = open_work
    keys = [key for row in ticks.worklist_rows(service) for key in row.open_keys()]
    real = service._audit
    calls = []

    def failing(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "_audit", failing)
    with pytest.raises(OSError):
        ticks.set_ticks(service, keys)
    monkeypatch.undo()
    assert {key for row in ticks.worklist_rows(service) for key in row.open_keys()} == set(keys)


def test_200_contacts_ticked_at_once(service, episode):
    for n in range(200):
        _save(service, episode.id, NOW - timedelta(days=200 - n, minutes=n))
    rows = ticks.worklist_rows(service)
    assert len(rows) == 200 and all(r.journal_open and r.registration_open for r in rows)
    change = ticks.set_ticks(service, [k for r in rows for k in r.open_keys()])
    assert len(change.after) == 400 and ticks.worklist_rows(service) == []
    change.undo(service)
    assert len(ticks.worklist_rows(service)) == 200


def test_an_unknown_kind_is_a_programming_error(service):
    with pytest.raises(ValueError, match="unknown worklist kind"):
        ticks.set_ticks(service, [("letter", "x")])


@pytest.mark.parametrize("period, expected", [
    (ticks.PERIOD_ALL, (None, None)),
    (ticks.PERIOD_THIS_WEEK, (date(2026, 11, 23), date(2026, 11, 29))),
    (ticks.PERIOD_LAST_WEEK, (date(2026, 11, 16), date(2026, 11, 22))),
    (ticks.PERIOD_THIS_MONTH, (date(2026, 11, 1), date(2026, 11, 30))),
    (ticks.PERIOD_LAST_MONTH, (date(2026, 10, 1), date(2026, 10, 31))),
])
def test_periods_by_calendar_week_and_month(period, expected):
    assert ticks.period_dates(period, date(2026, 11, 26)) == expected  # a Thursday


def test_periods_across_a_year_end():
    assert ticks.period_dates(ticks.PERIOD_LAST_MONTH, date(2027, 1, 3)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert ticks.period_dates(ticks.PERIOD_THIS_WEEK, date(2027, 1, 3)) == (date(2026, 12, 28), date(2027, 1, 3))
    with pytest.raises(ValueError):
        ticks.period_dates("fortnight", date(2027, 1, 3))


def test_the_first_rows_are_the_start_of_the_whole_list(open_work):
    service, episode, ended, (a, b, c, d) = open_work
    everything = ticks.worklist_rows(service)
    assert len(everything) == 4
    for limit in range(1, 6):
        assert ticks.worklist_rows(service, limit=limit) == everything[:limit], limit
    # with the filters too
    mine = ticks.worklist_rows(service, query="ängström")
    assert ticks.worklist_rows(service, query="ängström", limit=1) == mine[:1]
    week = ticks.worklist_rows(service, start=date(2026, 10, 20), end=date(2026, 10, 20))
    assert ticks.worklist_rows(service, start=date(2026, 10, 20), end=date(2026, 10, 20), limit=1) == week[:1]
