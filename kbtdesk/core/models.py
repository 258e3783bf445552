"""The records of the log, as SQLModel tables.

Ids are UUID strings so that they stay the same across export and import. Date-times keep the
offset they were given (text, ISO 8601) so that an export gives back exactly what was imported;
`at_utc` beside a contact's time is what sorting and period queries use.
Search columns (`*_folded`) hold NFC-normalised, case-folded copies: SQLite's own case folding
knows only ASCII, and a therapist searching "öb" must find "Öberg".
The schema itself (tables and indexes) is written by kbtdesk/db/migrations.py; these classes
mirror it, and a test checks that they agree.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlmodel import Field, SQLModel

# Contact types and their modes, EHR systems and care levels are the rule set's (core/rules.py):
# the columns below hold its ids, and the service checks them against the rule set.
END_REASONS = ("completed", "dropout", "other")


def new_id() -> str:
    return str(uuid.uuid4())


class Profile(SQLModel, table=True):
    """The therapist who owns the log: one row."""

    id: int = Field(default=1, primary_key=True)
    name: str = ""
    profession: str = ""
    care_unit: str = ""
    care_level: str = ""  # "": the rule set's first care level and EHR (LogService)
    ehr: str = ""


class Setting(SQLModel, table=True):
    """Preferences that belong with the log (template skeletons, programme list), as JSON."""

    key: str = Field(primary_key=True)
    value: str


class Patient(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    identity: str
    name: str
    name_folded: str = ""


class SearchTerm(SQLModel, table=True):
    __tablename__ = "search_term"

    term: str = Field(primary_key=True)
    patient_id: str = Field(primary_key=True, foreign_key="patient.id")


class Episode(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    patient_id: str = Field(foreign_key="patient.id", index=True)
    programme: str
    programme_folded: str = ""
    started: date
    ended: date | None = None
    end_reason: str | None = None
    care_level: str = ""
    ehr: str = ""
    siber_start_documented: date | None = None
    siber_transferred: date | None = None
    # Kept on the episode so that sorting by latest contact never scans the contacts.
    last_contact_at: str | None = None


class Contact(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    episode_id: str = Field(foreign_key="episode.id")
    at: str
    at_utc: str
    type: str
    mode: str | None = None
    minutes: int | None = None
    final: bool = False
    # Space-separated KVÅ codes in the order they were given.
    codes: str = ""
    journal_done: str | None = None
    registered: str | None = None
    note: str = ""
    # Logged while the EHR was down: shown first on the worklist until entered.
    outage: bool = False

    @property
    def code_list(self) -> list[str]:
        return self.codes.split()


class Measure(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    episode_id: str = Field(foreign_key="episode.id", index=True)
    on: date
    instrument: str
    score: int
    # JSON list of item scores, or null when only the total is known.
    items: str | None = None
