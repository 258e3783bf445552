"""What the Settings dialog saves: the profile, the auto-lock time, template headings, programmes.

Checked and saved here so that the window only shows the values and the errors: a template or
programme list equal to the rule set's is not stored (the rule set's own then applies, and follows
a new rule set), and nothing is saved unless everything is valid.
"""

from __future__ import annotations

from dataclasses import dataclass

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core import planning
from kbtdesk.core.service import InputError, LogService
from kbtdesk.core.unlock import AUTO_LOCK_RANGE, AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES


@dataclass(frozen=True)
class Preferences:
    name: str
    profession: str
    care_unit: str
    care_level: str
    ehr: str
    #: Headings of the note skeleton per EHR system, one entry per line.
    template_headings: dict[str, list[str]]
    programmes: list[str]
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    #: Days without feedback before the week view warns; None: fixed by the unit's configuration.
    no_feedback_days: int | None = None
    #: Planned weeks per programme (None: unknown, no closing-visit prompt); None: not edited.
    planned_weeks: dict[str, int | None] | None = None


def lines(text: str) -> list[str]:
    """One entry per line of `text` that is not blank, trimmed."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def auto_lock_minutes(service: LogService) -> int:
    """The minutes without use after which the window locks, as saved (or the default)."""
    minutes = service.setting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES)
    low, high = AUTO_LOCK_RANGE
    return minutes if isinstance(minutes, int) and low <= minutes <= high else DEFAULT_AUTO_LOCK_MINUTES


def _error(field: str, source: str, **params) -> InputError:
    return InputError(field, Message("Input", source, params))


def check(preferences: Preferences, rules) -> None:
    """Raises InputError naming the first field that cannot be saved (care level and EHR system
    against `rules`, the rule set valid today)."""
    if preferences.care_level not in rules.care_levels:
        raise _error("care_level", QT_TRANSLATE_NOOP("Input", "Unknown care level '{value}'."),
                     value=preferences.care_level)
    if preferences.ehr not in rules.ehr_ids:
        raise _error("ehr", QT_TRANSLATE_NOOP("Input", "Unknown EHR system '{value}'."), value=preferences.ehr)
    low, high = AUTO_LOCK_RANGE
    if not low <= preferences.auto_lock_minutes <= high:
        raise _error("auto_lock_minutes", QT_TRANSLATE_NOOP(
            "Input", "The window locks after {low} to {high} minutes without use."), low=low, high=high)
    if not [p for p in preferences.programmes if p.strip()]:
        raise _error("programmes", QT_TRANSLATE_NOOP("Input", "Keep at least one programme."))
    for weeks in (preferences.planned_weeks or {}).values():
        if weeks is not None and (type(weeks) is not int or not 1 <= weeks <= planning.MAX_PLANNED_WEEKS):
            raise _error("planned_weeks", QT_TRANSLATE_NOOP(
                "Input", "The planned length must be a whole number of weeks from 1 to {max}."),
                max=planning.MAX_PLANNED_WEEKS)


def save(service: LogService, preferences: Preferences) -> None:
    """Check, then save what differs from what the log holds; raises InputError before any write."""
    rules = service.rules
    check(preferences, rules)
    service.save_profile(preferences.name, preferences.profession, preferences.care_unit,
                         preferences.care_level, preferences.ehr)
    if preferences.auto_lock_minutes != service.setting(AUTO_LOCK_SETTING, DEFAULT_AUTO_LOCK_MINUTES):
        service.set_setting(AUTO_LOCK_SETTING, preferences.auto_lock_minutes)
    if preferences.no_feedback_days is not None and preferences.no_feedback_days != service.no_feedback_days():
        service.set_setting("no_feedback_days", preferences.no_feedback_days)
    custom = {}
    for ehr, headings in preferences.template_headings.items():
        template = rules.template(ehr)
        if headings and (template is None or headings != list(template.headings)):
            custom[ehr] = headings
    service.set_setting("template_headings", custom)
    for programme, weeks in (preferences.planned_weeks or {}).items():
        if planning.planned_weeks(service, programme) != weeks:
            planning.set_planned_weeks(service, programme, weeks)
    programmes = [p.strip() for p in preferences.programmes if p.strip()]
    service.set_setting("programmes", None if programmes == [p.name for p in rules.programmes] else programmes)
