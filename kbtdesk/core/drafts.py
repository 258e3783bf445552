"""A half-filled contact checklist kept when the window locks, and offered again after unlock.

The draft is kept in the encrypted log itself (the `setting` table, key ``pending_checklist``),
never in a file beside it: nothing about a patient reaches the disk in plain text. Only one
draft is kept; keeping another replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kbtdesk.core.service import ContactDraft, LogService

SETTING_KEY = "pending_checklist"
FORMAT = 1


@dataclass(frozen=True)
class KeptChecklist:
    """A kept checklist: the form's values and the step it was on."""

    draft: ContactDraft
    step: int = 0
    kept_at: str = ""


def _moment(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def to_document(kept: KeptChecklist) -> dict:
    d = kept.draft
    return {
        "format": FORMAT, "step": kept.step, "kept_at": kept.kept_at,
        "draft": {
            "episode_id": d.episode_id, "at": d.at.isoformat(), "type": d.type, "mode": d.mode,
            "minutes": d.minutes, "final": d.final, "codes": list(d.codes),
            "journal_done": d.journal_done.isoformat() if d.journal_done else None,
            "registered": d.registered.isoformat() if d.registered else None,
            "note": d.note, "outage": d.outage, "id": d.id,
        },
    }


def from_document(doc) -> KeptChecklist | None:
    """The kept checklist, or None when the document is not one this version understands."""
    try:
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            return None
        d = doc["draft"]
        draft = ContactDraft(
            episode_id=str(d["episode_id"]), at=datetime.fromisoformat(d["at"]), type=str(d["type"]),
            mode=d.get("mode"), minutes=d.get("minutes"), final=bool(d.get("final")),
            codes=tuple(str(c) for c in d.get("codes", ())),
            journal_done=_moment(d.get("journal_done")), registered=_moment(d.get("registered")),
            note=str(d.get("note", "")), outage=bool(d.get("outage")), id=d.get("id"),
        )
        return KeptChecklist(draft, int(doc.get("step", 0)), str(doc.get("kept_at", "")))
    except (KeyError, TypeError, ValueError):
        return None


def keep(service: LogService, draft: ContactDraft, step: int = 0) -> None:
    """Keep a half-filled checklist in the encrypted log (replacing any kept before)."""
    kept = KeptChecklist(draft, step, service.now().isoformat(timespec="seconds"))
    service.set_setting(SETTING_KEY, to_document(kept))


def pending(service: LogService) -> KeptChecklist | None:
    return from_document(service.setting(SETTING_KEY))


def discard(service: LogService) -> None:
    if service.setting(SETTING_KEY) is not None:
        service.set_setting(SETTING_KEY, None)
