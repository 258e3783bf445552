"""The names the window shows for the log's stored values (care level, end reason, EHR system)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

EHR_NAMES = {"asynja-visph": "Asynja Visph", "j4": "J4", "webdoc": "Webdoc"}


def care_level_label(level: str) -> str:
    return {
        "specialist": QCoreApplication.translate("Labels", "Specialist care"),
        "primary": QCoreApplication.translate("Labels", "Primary care"),
    }.get(level, level)


def end_reason_label(reason: str) -> str:
    return {
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "dropout": QCoreApplication.translate("Labels", "Dropped out"),
        "other": QCoreApplication.translate("Labels", "Other reason"),
    }.get(reason, reason)
