"""What the week view's prompts depend on and a unit may set: the no-feedback threshold, each
programme's planned length, and which contact types count as the weekly feedback.

Each value has one function that says where it comes from (today: the log's settings, else the
rule set, else a default). A unit overlay deployed by IT can later be a source of the same
values: point these functions at it and every caller follows.
"""

from __future__ import annotations

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core.service import InputError, LogService, clean_text

FEEDBACK_THRESHOLD_KEY = "week_feedback_threshold_days"
PLANNED_WEEKS_KEY = "programme_planned_weeks"
FEEDBACK_TYPES_KEY = "week_feedback_contact_types"

#: "No feedback this week": a week is the rhythm of internet CBT (one module a week).
DEFAULT_FEEDBACK_THRESHOLD_DAYS = 7
MAX_FEEDBACK_THRESHOLD_DAYS = 365
#: Programmes run 6–12 weeks (domain.md §4, §7); a year is far beyond any of them.
MAX_PLANNED_WEEKS = 104


def _error(field: str, source: str, **params) -> InputError:
    return InputError(field, Message("Input", source, params))


def _whole_number_in(value: object, low: int, high: int) -> bool:
    """An int (not a bool) from low to high: what a setting accepts, whatever a caller hands over."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def feedback_threshold_days(service: LogService) -> int:
    """Days without feedback after which an active episode shows "feedback due"."""
    value = service.setting(FEEDBACK_THRESHOLD_KEY)
    return value if isinstance(value, int) and 1 <= value <= MAX_FEEDBACK_THRESHOLD_DAYS \
        else DEFAULT_FEEDBACK_THRESHOLD_DAYS


def set_feedback_threshold_days(service: LogService, days: int) -> None:
    if not _whole_number_in(days, 1, MAX_FEEDBACK_THRESHOLD_DAYS):
        raise _error("feedback_threshold", QT_TRANSLATE_NOOP(
            "Input", "The days without feedback must be a whole number from 1 to {max}."),
            max=MAX_FEEDBACK_THRESHOLD_DAYS)
    service.set_setting(FEEDBACK_THRESHOLD_KEY, days)


def planned_weeks_by_programme(service: LogService) -> dict[str, int]:
    """Every programme whose planned length is known, by name (as the episodes store it)."""
    stored = service.setting(PLANNED_WEEKS_KEY) or {}
    return {name: weeks for name, weeks in stored.items()
            if isinstance(weeks, int) and 1 <= weeks <= MAX_PLANNED_WEEKS}


def planned_weeks(service: LogService, programme: str) -> int | None:
    """The programme's planned length in weeks; None when unknown (then no closing-visit prompt)."""
    return planned_weeks_by_programme(service).get(clean_text(programme).strip())


def set_planned_weeks(service: LogService, programme: str, weeks: int | None) -> None:
    """Set a programme's planned length, or forget it with None (unknown again)."""
    name = clean_text(programme).strip()
    if not name:
        raise _error("programme", QT_TRANSLATE_NOOP("Input", "Choose a programme."))
    if weeks is not None and not _whole_number_in(weeks, 1, MAX_PLANNED_WEEKS):
        raise _error("planned_weeks", QT_TRANSLATE_NOOP(
            "Input", "The planned length must be a whole number of weeks from 1 to {max}."), max=MAX_PLANNED_WEEKS)
    stored = dict(service.setting(PLANNED_WEEKS_KEY) or {})
    if weeks is None:
        stored.pop(name, None)
    else:
        stored[name] = weeks
    service.set_setting(PLANNED_WEEKS_KEY, stored)


def feedback_types(service: LogService) -> tuple[str, ...]:
    """The contact types whose date is "the last feedback": the log's setting if it names types
    of the rule set, else the types the rule set marks `weekly_feedback`, else every type."""
    known = [t.id for t in service.rules.contact_types]
    chosen = service.setting(FEEDBACK_TYPES_KEY)
    if isinstance(chosen, list):
        picked = tuple(t for t in known if t in chosen)
        if picked:
            return picked
    marked = tuple(t.id for t in service.rules.contact_types if t.weekly_feedback)
    return marked or tuple(known)


def set_feedback_types(service: LogService, type_ids: list[str] | None) -> None:
    """Which contact types count as feedback (None: the rule set's choice)."""
    if type_ids is not None:
        known = {t.id for t in service.rules.contact_types}
        if not type_ids:
            raise _error("type", QT_TRANSLATE_NOOP("Input", "Choose at least one contact type."))
        unknown = [t for t in type_ids if t not in known]
        if unknown:
            raise _error("type", QT_TRANSLATE_NOOP("Input", "Unknown contact type '{value}'."),
                         value=", ".join(unknown))
    service.set_setting(FEEDBACK_TYPES_KEY, list(type_ids) if type_ids is not None else None)
