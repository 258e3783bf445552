"""Facts about one episode that the window shows: treatment week, end checklist, score flags."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Protocol

from kbtdesk.core.models import Contact, Episode
from kbtdesk.core.rules import RuleBook, RuleSet, normalise_code


def treatment_week(started: date, today: date, ended: date | None = None) -> int:
    """Week N of treatment, counting the start week as week 1 and stopping at the end date."""
    until = min(today, ended) if ended is not None else today
    if until < started:
        return 0
    return (until - started).days // 7 + 1


class Scored(Protocol):
    """What the flag rules read of a score: a stored `Measure` or a row read without the ORM."""

    @property
    def on(self) -> date: ...

    @property
    def instrument(self) -> str: ...

    @property
    def items(self) -> str | None: ...


def measure_items(measure: Scored) -> list[int] | None:
    if not measure.items:
        return None
    return [int(v) for v in json.loads(measure.items)]


def flagged(measure: Scored, rules: RuleSet) -> bool:
    """True when the instrument's flag item (MADRS-S item 9 "livslust") reaches its threshold."""
    instrument = rules.instrument(measure.instrument)
    if instrument is None or instrument.flag is None:
        return False
    items = measure_items(measure)
    if items is None or len(items) < instrument.flag.item:
        return False
    return items[instrument.flag.item - 1] >= instrument.flag.threshold


def flag_item_value(measure: Scored, rules: RuleSet) -> int | None:
    """The score of the instrument's flag item, when the instrument has one and items were given."""
    instrument = rules.instrument(measure.instrument)
    items = measure_items(measure)
    if instrument is None or instrument.flag is None or items is None or len(items) < instrument.flag.item:
        return None
    return items[instrument.flag.item - 1]


# States of the end-of-episode checklist line "final contact with the ending code".
FINAL_MISSING = "missing"  # no contact is marked final
FINAL_WITHOUT_CODE = "without-code"  # a final contact exists but lacks the ending code
FINAL_DONE = "done"


def _contact_rules(rules: RuleSet | RuleBook, contact: Contact) -> RuleSet:
    return rules.for_date(date.fromisoformat(contact.at[:10]))


def ending_code(rules: RuleSet | RuleBook, contacts: Sequence[Contact], today: date) -> str:
    """The ending code the episode's end is registered with: that of the version valid on the
    final contact's day (of today when no contact is final yet)."""
    finals = [c for c in contacts if c.final]
    return (_contact_rules(rules, finals[-1]) if finals else rules.for_date(today)).ending_code


def final_contact_state(contacts: Iterable[Contact], rules: RuleSet | RuleBook) -> str:
    """Whether a final contact carries the ending code of the version valid on its day."""
    finals = [c for c in contacts if c.final]
    if not finals:
        return FINAL_MISSING
    if any(_contact_rules(rules, c).ending_code in {normalise_code(code) for code in c.code_list} for c in finals):
        return FINAL_DONE
    return FINAL_WITHOUT_CODE


@dataclass(frozen=True)
class EndChecklist:
    """The three things an episode needs for SibeR, in the order the therapist does them."""

    start_documented: date | None
    final_contact: str  # FINAL_*
    ended: date | None
    siber_transferred: date | None
    ending_code: str = ""  # the code the final contact needs, from the rule set

    @property
    def can_transfer(self) -> bool:
        return self.ended is not None


def end_checklist(episode: Episode, contacts: Sequence[Contact], rules: RuleSet | RuleBook,
                  today: date | None = None) -> EndChecklist:
    today = today or episode.ended or date.today()
    return EndChecklist(episode.siber_start_documented, final_contact_state(contacts, rules),
                        episode.ended, episode.siber_transferred, ending_code(rules, contacts, today))


def judging_versions(rules: RuleSet | RuleBook, episode: Episode, contacts: Sequence[Contact],
                     today: date) -> list[RuleSet]:
    """The versions of the routine that judge an episode's contacts (by their days) and the
    episode itself (by its end day, or today while open), oldest first."""
    days = [date.fromisoformat(c.at[:10]) for c in contacts] + [episode.ended or today]
    found = {id(v): v for v in (rules.for_date(day) for day in days)}
    return sorted(found.values(), key=lambda v: v.valid_from)
