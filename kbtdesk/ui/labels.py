"""The names the window shows for the log's stored values (care level and EHR system from the rule set, end reason)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from kbtdesk.core.rules import RuleSet


def _ui_language() -> str:
    return QLocale().name().split("_")[0]


def care_level_choices(rules: RuleSet) -> list[tuple[str, str]]:
    """The rule set's care levels with their names in the window's language."""
    return [(level, rules.care_level_name(level, _ui_language())) for level in rules.care_levels]


def ehr_choices(rules: RuleSet) -> list[tuple[str, str]]:
    """The rule set's EHR systems with their names (the names are in the rule set, not here)."""
    return [(t.id, t.name) for t in rules.ehr_templates]


def end_reason_label(reason: str) -> str:
    return {
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "dropout": QCoreApplication.translate("Labels", "Dropped out"),
        "other": QCoreApplication.translate("Labels", "Other reason"),
    }.get(reason, reason)
