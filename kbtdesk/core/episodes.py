"""Facts about one episode that the window shows: treatment week, end checklist, score flags."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kbtdesk.core.models import Contact, Episode, Measure
from kbtdesk.core.rules import RuleSet, normalise_code

ENDING_CODE = "UV112"


def treatment_week(started: date, today: date, ended: date | None = None) -> int:
    """Week N of treatment, counting the start week as week 1 and stopping at the end date."""
    until = min(today, ended) if ended is not None else today
    if until < started:
        return 0
    return (until - started).days // 7 + 1


def measure_items(measure: Measure) -> list[int] | None:
    if not measure.items:
        return None
    return [int(v) for v in json.loads(measure.items)]


def flagged(measure: Measure, rules: RuleSet) -> bool:
    """True when the instrument's flag item (MADRS-S item 9 "livslust") reaches its threshold."""
    instrument = rules.instrument(measure.instrument)
    if instrument is None or instrument.flag is None:
        return False
    items = measure_items(measure)
    if items is None or len(items) < instrument.flag.item:
        return False
    return items[instrument.flag.item - 1] >= instrument.flag.threshold


def flag_item_value(measure: Measure, rules: RuleSet) -> int | None:
    """The score of the instrument's flag item, when the instrument has one and items were given."""
    instrument = rules.instrument(measure.instrument)
    items = measure_items(measure)
    if instrument is None or instrument.flag is None or items is None or len(items) < instrument.flag.item:
        return None
    return items[instrument.flag.item - 1]


# States of the end-of-episode checklist line "final contact with UV112".
FINAL_MISSING = "missing"  # no contact is marked final
FINAL_WITHOUT_CODE = "without-code"  # a final contact exists but lacks UV112
FINAL_DONE = "done"


def final_contact_state(contacts: Iterable[Contact]) -> str:
    finals = [c for c in contacts if c.final]
    if not finals:
        return FINAL_MISSING
    if any(ENDING_CODE in {normalise_code(code) for code in c.code_list} for c in finals):
        return FINAL_DONE
    return FINAL_WITHOUT_CODE


@dataclass(frozen=True)
class EndChecklist:
    """The three things an episode needs for SibeR, in the order the therapist does them."""

    start_documented: date | None
    final_contact: str  # FINAL_*
    ended: date | None
    siber_transferred: date | None

    @property
    def can_transfer(self) -> bool:
        return self.ended is not None


def end_checklist(episode: Episode, contacts: Sequence[Contact]) -> EndChecklist:
    return EndChecklist(episode.siber_start_documented, final_contact_state(contacts),
                        episode.ended, episode.siber_transferred)
