"""The therapist's profile and the log's own settings, and what the window offers from them laid
over the unit's configuration (unit.json) and the routine: programmes, note headings, code lists."""

from __future__ import annotations

import json
from typing import Any

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import audit
from kbtdesk.core.models import Profile, Setting
from kbtdesk.core.rules import RuleSet
from kbtdesk.core.service.inputs import InputError, clean_text, input_message
from kbtdesk.core.service.store import Store

#: Days without written feedback before an active episode counts as due (the week view uses it).
DEFAULT_NO_FEEDBACK_DAYS = 7


def check_care_level_and_ehr(rules: RuleSet, care_level: str, ehr: str) -> None:
    """A care level and an EHR system the rule set knows (the profile's, and each episode's)."""
    if care_level not in rules.care_levels:
        raise InputError("care_level", input_message(QT_TRANSLATE_NOOP("Input", "Unknown care level '{value}'."),
                                                     value=care_level))
    if ehr not in rules.ehr_ids:
        raise InputError("ehr", input_message(QT_TRANSLATE_NOOP("Input", "Unknown EHR system '{value}'."), value=ehr))


class Settings:
    def __init__(self, store: Store):
        self.store = store

    def profile(self) -> Profile | None:
        with self.store.session() as s:
            return s.get(Profile, 1)

    def save_profile(self, name: str, profession: str, care_unit: str, care_level: str, ehr: str) -> Profile:
        check_care_level_and_ehr(self.store.rules, care_level, ehr)
        with self.store.session() as s:
            profile = s.get(Profile, 1) or Profile(id=1)
            profile.name, profile.profession, profile.care_unit = (
                clean_text(name).strip(), clean_text(profession).strip(), clean_text(care_unit).strip())
            profile.care_level, profile.ehr = care_level, ehr
            s.add(profile)
            self.store.write_audit(s, audit.UPDATE, "profile", "1")
            s.commit()
            return profile

    def get(self, key: str, default: Any = None) -> Any:
        with self.store.session() as s:
            row = s.get(Setting, key)
            return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        with self.store.session() as s:
            row = s.get(Setting, key) or Setting(key=key, value="null")
            row.value = json.dumps(value, ensure_ascii=False)
            s.add(row)
            self.store.write_audit(s, audit.UPDATE, "setting", key)
            s.commit()

    def programmes(self) -> list[str]:
        """The programme names offered for a new episode: the user's list (unless the unit fixes
        it), else the unit's or the rule set's."""
        names = None if self.store.unit.locked("programmes") else self.get("programmes")
        if names:
            return list(names)
        return [p.name for p in self.store.rules.programmes]

    def planned_weeks(self, programme: str) -> int | None:
        """A programme's planned length in weeks: the therapist's own (core.planning sets it; None
        there: unknown), else where the unit or the rule set gives it."""
        own = self.get("programme_planned_weeks") or {}
        if programme in own:
            return own[programme] if isinstance(own[programme], int) else None
        return next((p.planned_weeks for p in self.store.rules.programmes if p.name == programme), None)

    def template_headings(self, ehr: str) -> list[str]:
        """The note skeleton's headings: the user's own (unless the unit fixes them), else the
        unit's or the rule set's."""
        unit = self.store.unit
        fixed = unit.locked("template_headings") and ehr in (unit.value("template_headings") or {})
        custom = None if fixed else (self.get("template_headings") or {}).get(ehr)
        if custom:
            return list(custom)
        template = self.store.rules.template(ehr)
        return list(template.headings) if template is not None else []

    def no_feedback_days(self) -> int:
        unit = self.store.unit
        own = None if unit.locked("no_feedback_days") else self.get("no_feedback_days")
        return int(own or unit.value("no_feedback_days") or DEFAULT_NO_FEEDBACK_DAYS)

    def extra_codes(self) -> dict[str, list[str]]:
        """KVÅ codes the unit uses beside the routine's: {"allowed": [...], "suggested": [...]}."""
        unit = self.store.unit
        own = None if unit.locked("extra_codes") else self.get("extra_codes")
        chosen = own or unit.value("extra_codes") or {}
        return {"allowed": list(chosen.get("allowed", [])), "suggested": list(chosen.get("suggested", []))}
