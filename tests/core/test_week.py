"""The week view's rows: one per active episode, the most due first, through the real log.

NOW is Thursday 2026-11-26 10:30 (+01:00).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

import pytest

from kbtdesk.core import planning, week
from kbtdesk.core.service import ContactDraft, InputError
from tests.helpers.fixtures import NOW

TZ = NOW.tzinfo
DOUBLE_NAME = "Anna-Karin Margareta Söderberg-Lindqvist af Ekenstam"


def _at(day: date, hour: int = 10, tz=TZ) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=tz)


def _contact(service, episode_id, when, ctype="BR", mode=None, final=False):
    codes = tuple(s.code for s in service.suggest_codes(ctype, mode, final))
    return service.save_contact(ContactDraft(episode_id, when, ctype, mode=mode, final=final, codes=codes))


def _patient(service, n: int, name: str):
    from benchmarks.generate import personnummer

    return service.add_patient(personnummer(date(1950 + n, 3, 14), 100 + n), name)


@pytest.fixture
def caseload(service):
    """Five active episodes with something different due on each, and one ended one."""
    made = {}

    def episode(key, name, programme, started, documented=True):
        patient = _patient(service, len(made), name)
        e = service.add_episode(patient.id, programme, started)
        if documented:
            service.set_siber_start_documented(e.id, started)
        made[key] = e
        return e

    fresh = episode("fresh", "Åsa Öberg", "Depressionshjälpen Plus", date(2026, 10, 1))
    _contact(service, fresh.id, _at(date(2026, 10, 1)), "planned-visit", "clinic")
    _contact(service, fresh.id, _at(date(2026, 11, 24)))  # feedback two days ago

    never = episode("never", DOUBLE_NAME, "Oroshjälpen Plus", date(2026, 11, 1))
    _contact(service, never.id, _at(date(2026, 11, 2)), "planned-visit", "video")

    phoned = episode("phoned", "Örjan Ängström", "Oroshjälpen Plus", date(2026, 9, 1))
    _contact(service, phoned.id, _at(date(2026, 11, 19), 9))  # feedback exactly 7 days ago
    _contact(service, phoned.id, _at(date(2026, 11, 25)), "TB")  # then a phone call

    flagged = episode("flagged", "Fatima Haddad", "Ångesthjälpen Plus", date(2026, 11, 10), documented=False)
    _contact(service, flagged.id, _at(date(2026, 11, 25)))
    service.add_measure(flagged.id, date(2026, 11, 11), "madrs-s", 20, [2, 2, 2, 2, 2, 2, 2, 2, 4])

    calmer = episode("calmer", "Erik Björk", "Ångesthjälpen Plus", date(2026, 11, 10))
    _contact(service, calmer.id, _at(date(2026, 11, 25)))
    service.add_measure(calmer.id, date(2026, 11, 11), "madrs-s", 22, [2, 2, 2, 2, 2, 2, 2, 2, 6])
    service.add_measure(calmer.id, date(2026, 11, 24), "madrs-s", 12, [1, 1, 1, 1, 2, 2, 2, 1, 1])
    service.add_measure(calmer.id, date(2026, 11, 25), "phq-9", 5, None)  # an unflagged instrument

    gone = episode("gone", "Maja Söderberg", "Depressionshjälpen Plus", date(2026, 1, 5))
    _contact(service, gone.id, _at(date(2026, 3, 1)), "planned-visit", "clinic", final=True)
    return service, made


def _by_key(rows, made):
    ids = {e.id: key for key, e in made.items()}
    return {ids[r.episode_id]: r for r in rows}


def test_one_row_per_active_episode_with_what_is_due(caseload):
    service, made = caseload
    rows = week.week_rows(service)
    got = _by_key(rows, made)
    assert set(got) == {"fresh", "never", "phoned", "flagged", "calmer"}  # the ended one is not there

    assert got["fresh"].due == ()
    assert got["fresh"].days_without_feedback == 2
    assert got["fresh"].last_contact_type == "BR" and got["fresh"].week == 9

    never = got["never"]
    assert [d.kind for d in never.due] == [week.DUE_FEEDBACK]
    assert never.last_feedback_utc is None and never.days_without_feedback == 25
    assert never.due[0].message.render() == "No feedback yet, 25 days since the start"
    assert never.last_contact_type == "planned-visit" and never.last_contact_mode == "video"

    phoned = got["phoned"]
    assert [d.kind for d in phoned.due] == [week.DUE_FEEDBACK]  # 7 days is the threshold: due
    assert phoned.due[0].message.render() == "No feedback for 7 days"
    assert phoned.last_contact_type == "TB"
    assert phoned.last_contact_at() == datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert phoned.last_feedback_at() == datetime(2026, 11, 19, 8, 0, tzinfo=UTC)

    flagged = got["flagged"]
    assert [d.kind for d in flagged.due] == [week.DUE_FLAG, week.DUE_SIBER_START]
    assert flagged.due[0].message.render() == "MADRS-S item 9 at 4 (2026-11-11)"
    assert flagged.due[1].message.render() == "SibeR: start not documented"

    assert got["calmer"].due == ()  # its latest MADRS-S no longer flags


def test_rows_sort_by_what_is_most_due(caseload):
    service, made = caseload
    order = [r.episode_id for r in week.week_rows(service)]
    expected = ["flagged", "never", "phoned"]
    assert order[:3] == [made[k].id for k in expected]
    # Nothing due: the longest without feedback first ("calmer" 1 day, "fresh" 2 days).
    assert order[3:] == [made["fresh"].id, made["calmer"].id]
    counts = week.due_counts(week.week_rows(service))
    assert counts == {week.DUE_FLAG: 1, week.DUE_CLOSING: 0, week.DUE_FEEDBACK: 2, week.DUE_SIBER_START: 1}


def test_the_no_feedback_threshold_is_a_setting(caseload):
    service, made = caseload
    assert planning.feedback_threshold_days(service) == 7
    planning.set_feedback_threshold_days(service, 8)
    got = _by_key(week.week_rows(service), made)
    assert not got["phoned"].is_due(week.DUE_FEEDBACK) and got["never"].is_due(week.DUE_FEEDBACK)
    planning.set_feedback_threshold_days(service, 2)
    assert _by_key(week.week_rows(service), made)["fresh"].is_due(week.DUE_FEEDBACK)
    for bad in (0, -1, 366, 3.5, True, "7"):
        with pytest.raises(InputError) as refused:
            planning.set_feedback_threshold_days(service, bad)
        assert refused.value.field == "feedback_threshold"
    assert planning.feedback_threshold_days(service) == 2


def test_the_closing_visit_is_due_when_the_planned_length_is_reached(caseload):
    service, made = caseload
    assert all(not r.is_due(week.DUE_CLOSING) for r in week.week_rows(service))  # lengths unknown
    planning.set_planned_weeks(service, "Depressionshjälpen Plus", 9)  # "fresh" is in week 9
    planning.set_planned_weeks(service, "Oroshjälpen Plus", 10)  # "phoned" is in week 13, "never" in week 4
    got = _by_key(week.week_rows(service), made)
    assert got["fresh"].is_due(week.DUE_CLOSING) and got["fresh"].planned_weeks == 9
    assert got["fresh"].due[0].message.render() == "Closing visit due: week 9 of 9"
    assert got["phoned"].is_due(week.DUE_CLOSING) and not got["never"].is_due(week.DUE_CLOSING)
    assert [r.episode_id for r in week.week_rows(service)][:2] == [made["flagged"].id, made["phoned"].id]

    planning.set_planned_weeks(service, "Depressionshjälpen Plus", 10)
    assert not _by_key(week.week_rows(service), made)["fresh"].is_due(week.DUE_CLOSING)
    planning.set_planned_weeks(service, "Oroshjälpen Plus", None)  # unknown again: no prompt
    assert not _by_key(week.week_rows(service), made)["phoned"].is_due(week.DUE_CLOSING)
    assert planning.planned_weeks(service, "Depressionshjälpen Plus") == 10
    assert planning.planned_weeks(service, "Oroshjälpen Plus") is None
    for bad in (0, 105, 8.0, False):
        with pytest.raises(InputError):
            planning.set_planned_weeks(service, "Depressionshjälpen Plus", bad)


def test_a_reopened_episode_with_its_final_contact_needs_no_closing_visit(caseload):
    service, made = caseload
    gone = made["gone"]
    service.reopen_episode(gone.id)
    planning.set_planned_weeks(service, "Depressionshjälpen Plus", 8)
    got = _by_key(week.week_rows(service), made)
    assert "gone" in got and not got["gone"].is_due(week.DUE_CLOSING)


def test_which_contact_types_count_as_feedback(caseload, rules):
    service, made = caseload
    # The rule set marks the written contact as the weekly feedback.
    assert planning.feedback_types(service) == tuple(t.id for t in rules.contact_types if t.weekly_feedback)
    planning.set_feedback_types(service, ["BR", "TB"])
    got = _by_key(week.week_rows(service), made)
    assert not got["phoned"].is_due(week.DUE_FEEDBACK) and got["phoned"].days_without_feedback == 1
    for bad in (["no-such-type"], []):
        with pytest.raises(InputError):
            planning.set_feedback_types(service, bad)
    planning.set_feedback_types(service, None)
    assert _by_key(week.week_rows(service), made)["phoned"].is_due(week.DUE_FEEDBACK)


def test_identity_is_masked_unless_asked_for(caseload):
    service, made = caseload
    row = _by_key(week.week_rows(service), made)["fresh"]
    assert row.identity.startswith("1950") and row.masked_identity().endswith("****")
    assert row.identity[-4:] not in row.masked_identity()


def test_an_episode_of_200_contacts_and_dates_at_the_calendars_ends(service):
    """The calendar's ends as kbtdesk keeps it (kbtdesk/core/limits.py: 1900-01-01 to 2199-12-31)."""
    from kbtdesk.core.limits import EARLIEST_CARE_DAY, LATEST_CARE_DAY

    patient = _patient(service, 1, DOUBLE_NAME)
    long_one = service.add_episode(patient.id, "Stresshjälpen Plus", date(2025, 1, 1))
    first = datetime(2025, 1, 2, 9, 0, tzinfo=TZ)
    for n in range(200):
        _contact(service, long_one.id, first + timedelta(days=n * 3 % 600, minutes=n), "TB" if n % 2 else "BR")
    ancient = service.add_episode(patient.id, "Stresshjälpen Plus", EARLIEST_CARE_DAY)
    _contact(service, ancient.id, datetime(1900, 1, 1, 12, 0, tzinfo=UTC))
    future = service.add_episode(patient.id, "Stresshjälpen Plus", LATEST_CARE_DAY)
    _contact(service, future.id, datetime(2199, 12, 31, 22, 0, tzinfo=UTC), "TB")
    service.add_measure(future.id, LATEST_CARE_DAY, "madrs-s", 54, [6] * 9)

    rows = {r.episode_id: r for r in week.week_rows(service)}
    last = max(first + timedelta(days=n * 3 % 600, minutes=n) for n in range(200))
    assert rows[long_one.id].last_contact_at() == last
    last_br = max(first + timedelta(days=n * 3 % 600, minutes=n) for n in range(0, 200, 2))
    assert rows[long_one.id].last_feedback_at() == last_br
    assert rows[ancient.id].days_without_feedback == (NOW.date() - EARLIEST_CARE_DAY).days
    assert rows[ancient.id].is_due(week.DUE_FEEDBACK)
    assert rows[future.id].week == 0 and rows[future.id].days_without_feedback < 0
    assert [d.kind for d in rows[future.id].due] == [week.DUE_FLAG, week.DUE_SIBER_START]
    assert rows[future.id].patient_name == DOUBLE_NAME


def test_an_instrument_scored_without_items_raises_no_flag(service, episode):
    service.add_measure(episode.id, date(2026, 11, 20), "madrs-s", 40)
    row = week.week_rows(service)[0]
    assert not row.is_due(week.DUE_FLAG)


def test_an_empty_log_has_an_empty_week(service):
    assert week.week_rows(service) == []


def test_items_as_stored_json_are_read_back(service, episode):
    """The flag reads the stored JSON list (as the score was given), not a total."""
    service.add_measure(episode.id, date(2026, 11, 20), "madrs-s", 9, [0, 0, 0, 0, 0, 0, 0, 5, 4])
    with service.session() as s:
        stored = s.exec(__import__("sqlalchemy").text("SELECT items FROM measure")).one()[0]
    assert json.loads(stored)[8] == 4
    assert week.week_rows(service)[0].is_due(week.DUE_FLAG)


def test_the_threshold_is_the_one_the_settings_dialog_saves(caseload):
    """One setting, not two: the Unit tab's "No feedback after" (preferences.save) moves the week view."""
    from kbtdesk.core import preferences

    service, made = caseload
    profile = service.profile()
    preferences.save(service, preferences.Preferences(
        profile.name, profile.profession, profile.care_unit, profile.care_level, profile.ehr, {},
        service.programmes(), no_feedback_days=2))
    assert planning.feedback_threshold_days(service) == 2 == service.no_feedback_days()
    assert _by_key(week.week_rows(service), made)["fresh"].is_due(week.DUE_FEEDBACK)


def test_a_planned_length_from_the_rule_set_applies_until_the_therapist_changes_it(log, rules, caseload):
    import dataclasses

    from kbtdesk.core.service import LogService

    service, made = caseload
    longer = dataclasses.replace(rules, programmes=tuple(
        dataclasses.replace(p, planned_weeks=9) if p.name == "Depressionshjälpen Plus" else p
        for p in rules.programmes))
    unit_service = LogService(log.engine, longer, now=service.now)
    assert planning.planned_weeks(unit_service, "Depressionshjälpen Plus") == 9
    assert _by_key(week.week_rows(unit_service), made)["fresh"].is_due(week.DUE_CLOSING)
    planning.set_planned_weeks(unit_service, "Depressionshjälpen Plus", None)  # unknown, whatever the rules say
    assert planning.planned_weeks(unit_service, "Depressionshjälpen Plus") is None
    assert unit_service.planned_weeks("Depressionshjälpen Plus") is None
    assert not _by_key(week.week_rows(unit_service), made)["fresh"].is_due(week.DUE_CLOSING)
    planning.set_planned_weeks(unit_service, "Depressionshjälpen Plus", 12)
    assert unit_service.planned_weeks("Depressionshjälpen Plus") == 12
