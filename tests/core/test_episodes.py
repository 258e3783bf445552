from __future__ import annotations

import json
from datetime import date

import pytest

from kbtdesk.core import episodes
from kbtdesk.core.models import Contact, Episode, Measure


@pytest.mark.parametrize("today, ended, week", [
    (date(2026, 10, 1), None, 1), (date(2026, 10, 7), None, 1), (date(2026, 10, 8), None, 2),
    (date(2026, 11, 26), None, 9), (date(2026, 11, 26), date(2026, 10, 20), 3), (date(2026, 9, 1), None, 0),
])
def test_treatment_week(today, ended, week):
    assert episodes.treatment_week(date(2026, 10, 1), today, ended) == week


def _madrs(items):
    return Measure(episode_id="e", on=date(2026, 10, 1), instrument="madrs-s", score=sum(items) if items else 20,
                   items=json.dumps(items) if items else None)


@pytest.mark.parametrize("items, flagged", [
    ([0] * 8 + [4], True), ([6] * 8 + [3], False), ([0] * 8 + [6], True), (None, False),
])
def test_madrs_item_9_flag_comes_from_the_rule_set(rules, items, flagged):
    assert episodes.flagged(_madrs(items), rules) is flagged


def test_instruments_without_a_flag_never_flag(rules):
    measure = Measure(episode_id="e", on=date(2026, 10, 1), instrument="phq-9", score=27, items=json.dumps([3] * 9))
    assert not episodes.flagged(measure, rules)


def _contact(final, codes):
    return Contact(episode_id="e", at="2026-03-02T10:00:00+01:00", at_utc="", type="BR", final=final, codes=codes)


def test_final_contact_state(rules):
    assert episodes.final_contact_state([_contact(False, "DU011")], rules) == episodes.FINAL_MISSING
    assert episodes.final_contact_state([_contact(True, "ZV044")], rules) == episodes.FINAL_WITHOUT_CODE
    assert episodes.final_contact_state([_contact(True, "ZV044 uv112")], rules) == episodes.FINAL_DONE
    state = episodes.end_checklist(Episode(id="e", patient_id="p", programme="x", started=date(2026, 1, 1)), [],
                                   rules, date(2026, 3, 1))
    assert not state.can_transfer
    assert state.ending_code == rules.ending_code == "UV112"


def test_passphrase_strength_is_zxcvbns_and_refused_means_weak():
    from kbtdesk.core import keys

    assert keys.meter("short") == 0
    assert keys.meter("aaaaaaaaaa") == 1 and keys.new_passphrase_problem("aaaaaaaaaa") is not None
    assert keys.meter(" " * 10) == 1 and keys.new_passphrase_problem(" " * 10) is not None
    assert keys.new_passphrase_problem("Mottagningen Väst", user_inputs=("Mottagningen Väst",)) is not None
    assert keys.meter("Tre Ord Och 2 siffror!") == 4 and keys.new_passphrase_problem("Tre Ord Och 2 siffror!") is None
