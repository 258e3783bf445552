"""What the week view's prompts depend on and a unit may set: the no-feedback threshold, each
programme's planned length, and which contact types count as the weekly feedback.

Each value has one function that says where it comes from. The threshold is the one the Settings
dialog's Unit tab edits (`Settings.no_feedback_days`: the therapist's own unless unit.json fixes
it, else unit.json's, else 7). A programme's planned length is the log's own where the therapist
set one (Settings, Programmes tab), else what unit.json or the rule set gives (`planned_weeks`
of the programme), else unknown.
"""

from __future__ import annotations

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core.service import InputError, LogService, clean_text

FEEDBACK_THRESHOLD_KEY = "no_feedback_days"  # the key Settings.no_feedback_days reads
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
    value = service.no_feedback_days()
    return value if 1 <= value <= MAX_FEEDBACK_THRESHOLD_DAYS else DEFAULT_FEEDBACK_THRESHOLD_DAYS


def set_feedback_threshold_days(service: LogService, days: int) -> None:
    if not _whole_number_in(days, 1, MAX_FEEDBACK_THRESHOLD_DAYS):
        raise _error("feedback_threshold", QT_TRANSLATE_NOOP(
            "Input", "The days without feedback must be a whole number from 1 to {max}."),
            max=MAX_FEEDBACK_THRESHOLD_DAYS)
    service.set_setting(FEEDBACK_THRESHOLD_KEY, days)


def planned_weeks_by_programme(service: LogService) -> dict[str, int]:
    """Every programme whose planned length is known, by name (as the episodes store it): the
    rule set's or unit.json's, overlaid by the log's own (where a stored None means "unknown")."""
    lengths: dict[str, int | None] = {p.name: p.planned_weeks for p in service.rules.programmes}
    lengths.update(service.setting(PLANNED_WEEKS_KEY) or {})
    return {name: weeks for name, weeks in lengths.items()
            if isinstance(weeks, int) and not isinstance(weeks, bool) and 1 <= weeks <= MAX_PLANNED_WEEKS}


def planned_weeks(service: LogService, programme: str) -> int | None:
    """The programme's planned length in weeks; None when unknown (then no closing-visit prompt)."""
    return planned_weeks_by_programme(service).get(clean_text(programme).strip())


def set_planned_weeks(service: LogService, programme: str, weeks: int | None) -> None:
    """Set a programme's planned length, or None: unknown (no closing-visit prompt), even where
    the rule set or unit.json gives one."""
    name = clean_text(programme).strip()
    if not name:
        raise _error("programme", QT_TRANSLATE_NOOP("Input", "Choose a programme."))
    if weeks is not None and not _whole_number_in(weeks, 1, MAX_PLANNED_WEEKS):
        raise _error("planned_weeks", QT_TRANSLATE_NOOP(
            "Input", "The planned length must be a whole number of weeks from 1 to {max}."), max=MAX_PLANNED_WEEKS)
    stored = dict(service.setting(PLANNED_WEEKS_KEY) or {})
    if name in stored and stored[name] == weeks:
        return  # no audit entry for a change that changes nothing
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
