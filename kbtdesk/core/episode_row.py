"""One line of the episode list, apart from the service so the first paint can build it without
importing the ORM (kbtdesk.composition.WindowService)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class EpisodeRow:
    """One line of the episode list."""

    episode_id: str
    patient_id: str
    patient_name: str
    identity: str
    programme: str
    started: date
    ended: date | None
    open_items: int
    last_contact_at: str | None
