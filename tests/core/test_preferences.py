"""Saving Settings through the core: checked before anything is written; only what differs is kept."""

from __future__ import annotations

import pytest

from kbtdesk.core import preferences
from kbtdesk.core.preferences import Preferences
from kbtdesk.core.service import InputError


def choice(service, **changes) -> Preferences:
    values = dict(name="Tove Terapeut", profession="Psykolog", care_unit="Psykiatri Affektiva, Sahlgrenska",
                  care_level="specialist", ehr="asynja-visph",
                  template_headings={t.id: list(t.headings) for t in service.rules.ehr_templates},
                  programmes=[p.name for p in service.rules.programmes], auto_lock_minutes=10)
    values.update(changes)
    return Preferences(**values)


def test_unchanged_templates_and_programmes_follow_the_rule_set(service):
    preferences.save(service, choice(service, name="  Tove T  "))
    assert service.profile().name == "Tove T"
    assert service.setting("template_headings") == {}
    assert service.setting("programmes") is None
    assert service.setting("auto_lock_minutes") is None  # the default is not written either


def test_what_differs_is_kept_trimmed(service):
    preferences.save(service, choice(service, template_headings={"j4": ["Bakgrund", "Plan"], "webdoc": []},
                                     programmes=["  Sömnskolan ", "", "Oroshjälpen Plus"], auto_lock_minutes=25))
    assert service.setting("template_headings") == {"j4": ["Bakgrund", "Plan"]}
    assert service.programmes() == ["Sömnskolan", "Oroshjälpen Plus"]
    assert preferences.auto_lock_minutes(service) == 25


@pytest.mark.parametrize(("changes", "field"), [
    ({"programmes": [" ", ""]}, "programmes"),
    ({"care_level": "tertiary"}, "care_level"),
    ({"ehr": "cosmic"}, "ehr"),
    ({"auto_lock_minutes": 0}, "auto_lock_minutes"),
    ({"auto_lock_minutes": 121}, "auto_lock_minutes"),
])
def test_a_refused_value_names_its_field_and_nothing_is_written(service, changes, field):
    before = [e.action for e in service.audit_entries()]
    with pytest.raises(InputError) as refused:
        preferences.save(service, choice(service, name="Someone else", **changes))
    assert refused.value.field == field
    assert service.profile().name == "Tove Terapeut"
    assert [e.action for e in service.audit_entries()] == before


def test_lines_keeps_words_and_drops_blank_lines():
    assert preferences.lines("  Anamnes:\n\n\t\nPlan:  \r\n") == ["Anamnes:", "Plan:"]


def test_a_stored_lock_time_out_of_range_reads_as_the_default(service):
    service.set_setting("auto_lock_minutes", 100000)
    assert preferences.auto_lock_minutes(service) == preferences.DEFAULT_AUTO_LOCK_MINUTES
    service.set_setting("auto_lock_minutes", "7")
    assert preferences.auto_lock_minutes(service) == preferences.DEFAULT_AUTO_LOCK_MINUTES
