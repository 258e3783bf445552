"""How the contact checklist turns the user's choices into a draft: codes, ticks and the time.

Kept apart from the widgets so the rules can be tested without Qt and reused by other front ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core.rules import normalise_code


def recode(current: Sequence[str], old_suggested: Sequence[str], new_suggested: Sequence[str]) -> tuple[str, ...]:
    """The codes after the contact's type, mode or ending changed.

    The new suggestions replace the old ones (a code suggested before and no longer required
    goes, a newly required one comes); a code the user added by hand, one that was not
    suggested before, is kept after them.
    """
    old = {normalise_code(c) for c in old_suggested}
    new = [normalise_code(c) for c in new_suggested]
    manual = [normalise_code(c) for c in current if normalise_code(c) not in old]
    return tuple(dict.fromkeys([*new, *manual]))


def add_code(current: Sequence[str], text: str) -> tuple[str, ...]:
    """`text` as a code (normalised) after the current ones; a code already there is not repeated.

    A malformed code is kept as typed (normalised) so that the checker reports it as invalid.
    """
    code = normalise_code(text)
    if not code:
        return tuple(current)
    return tuple(dict.fromkeys([*current, code]))


def stamp(existing: datetime | None, ticked: bool, now: datetime) -> datetime | None:
    """A tick's time: kept while it stays ticked, `now` when newly ticked, None when cleared."""
    if not ticked:
        return None
    return existing if existing is not None else now


def contact_moment(wall: datetime, reference: datetime) -> datetime:
    """The aware time of a contact from the wall-clock time the user entered.

    `reference` is the time the form started from (now, or the contact's saved time). If the
    user left it as it was, it is kept exactly (with its own offset). Otherwise a reference in
    this computer's time zone gives the new time this zone's offset on that date (summer time
    changes), and a reference in another offset keeps that offset.
    """
    wall = wall.replace(tzinfo=None)
    if wall == reference.replace(tzinfo=None):
        return reference
    if reference.utcoffset() == reference.astimezone().utcoffset():
        return wall.astimezone()
    return wall.replace(tzinfo=reference.tzinfo)


def ending_problem(final: bool, episode_open: bool, end_reason: str | None) -> tuple[str, Message] | None:
    """(field, message) when a contact that ends the treatment does not say how: the checklist
    asks the end reason of an episode it ends, never ending it as completed unasked."""
    if final and episode_open and end_reason is None:
        return "end_reason", Message("Input", QT_TRANSLATE_NOOP(
            "Input", "Choose how the treatment ends: this contact ends the episode."))
    return None
