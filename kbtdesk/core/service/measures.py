"""Measures: rating-scale scores on an episode, each checked against its instrument in the rule set."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import audit
from kbtdesk.core.models import Measure
from kbtdesk.core.rules import RuleSet
from kbtdesk.core.service.inputs import InputError, check_care_day, input_message
from kbtdesk.core.service.store import Store


def check_score(rules: RuleSet, instrument: str, score: int, items: Sequence[int] | None) -> None:
    """A score against its instrument in the rule set: known instrument, total in range, item count
    and item range, items adding up to the total. The one check for the window's score dialog,
    `LogService.add_measure` and the importer; InputError names the field."""
    known = rules.instrument(instrument)
    if known is None:
        raise InputError("instrument", input_message(QT_TRANSLATE_NOOP(
            "Input", "'{instrument}' is not a rating scale of the rule set ({known})."),
            instrument=instrument, known=", ".join(i.id for i in rules.instruments)))
    if not 0 <= score <= known.total_max:
        raise InputError("score", input_message(QT_TRANSLATE_NOOP(
            "Input", "The score {score} is outside the range of {instrument} (0–{max})."),
            score=score, instrument=known.name, max=known.total_max))
    if items is None:
        return
    if known.items is not None and len(items) != known.items:
        raise InputError("items", input_message(QT_TRANSLATE_NOOP(
            "Input", "{instrument} has {n} items, not {m}."), instrument=known.name, n=known.items, m=len(items)))
    low = known.item_min if known.item_min is not None else 0
    high = known.item_max if known.item_max is not None else known.total_max
    if any(not (low <= v <= high) for v in items):
        raise InputError("items", input_message(QT_TRANSLATE_NOOP(
            "Input", "An item score of {instrument} is outside {lo}–{hi}."),
            instrument=known.name, lo=low, hi=high))
    if sum(items) != score:
        raise InputError("score", input_message(QT_TRANSLATE_NOOP(
            "Input", "The item scores add up to {total}, not {score}."), total=sum(items), score=score))


class Measures:
    def __init__(self, store: Store):
        self.store = store

    def validate(self, instrument: str, score: int, items: Sequence[int] | None) -> None:
        check_score(self.store.rules, instrument, score, items)

    def add(self, episode_id: str, on: date, instrument: str, score: int,
            items: Sequence[int] | None = None, measure_id: str | None = None) -> Measure:
        self.validate(instrument, score, items)
        check_care_day("on", on)
        with self.store.session() as s:
            episode = self.store.episode_in(s, episode_id)
            measure = Measure(episode_id=episode_id, on=on, instrument=instrument, score=score,
                              items=json.dumps(list(items)) if items is not None else None)
            if measure_id:
                measure.id = measure_id
            s.add(measure)
            self.store.write_audit(s, audit.CREATE, "measure", measure.id, episode.patient_id)
            s.commit()
            return measure

    def delete(self, measure_id: str) -> None:
        with self.store.session() as s:
            measure = s.get(Measure, measure_id)
            if measure is not None:
                s.delete(measure)
                self.store.write_audit(s, audit.DELETE, "measure", measure.id,
                                       self.store.patient_of_episode(s, measure.episode_id))
                s.commit()
