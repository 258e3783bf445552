"""Versioned schema migrations, tracked in `PRAGMA user_version`.

Each step runs in one transaction together with the version bump, so a log is always at the old or
the new version, never in between. Before migrating an existing log, a copy is taken through the
SQLite backup API. A log written by a newer kbtdesk is refused, never touched.

Each step of an existing log is an entry in its audit trail (`migrate`, written in the step's own
transaction once the trail records content). A step that changes what a record's content is
(kbtdesk/db/audit.py `RECORDS`) must cover the records again in its own `run`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.db import audit
from kbtdesk.db.errors import TOO_NEW, LogOpenError


class LogTooNew(LogOpenError):
    def __init__(self, found: int, supported: int):
        self.found, self.supported = found, supported
        super().__init__(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "This log was written by a newer kbtdesk (schema {found}; this version reads up to "
                   "{supported}). Update kbtdesk to open it; nothing was changed."),
            {"found": found, "supported": supported}), TOO_NEW)


@dataclass(frozen=True)
class Migration:
    """One schema step: SQL statements, then optionally `rewrite(connection)` for what SQL alone
    cannot compute (text folded in Python), in the same transaction as the version bump."""

    version: int
    description: str
    statements: Sequence[str]
    #: Work that SQL alone cannot do, run after the statements in the same transaction:
    #: `run(connection, audit_key)`; the key is None when a new, empty log is being built.
    run: Callable[[Any, bytes | None], Any] | None = None


SCHEMA_V1 = (
    """CREATE TABLE profile (
        id INTEGER NOT NULL PRIMARY KEY,
        name VARCHAR NOT NULL, profession VARCHAR NOT NULL, care_unit VARCHAR NOT NULL,
        care_level VARCHAR NOT NULL, ehr VARCHAR NOT NULL)""",
    """CREATE TABLE setting (key VARCHAR NOT NULL PRIMARY KEY, value VARCHAR NOT NULL)""",
    """CREATE TABLE patient (
        id VARCHAR NOT NULL PRIMARY KEY,
        identity VARCHAR NOT NULL, name VARCHAR NOT NULL, name_folded VARCHAR NOT NULL)""",
    "CREATE UNIQUE INDEX ix_patient_identity ON patient (identity)",
    "CREATE INDEX ix_patient_name_folded ON patient (name_folded)",
    # Every word of the folded name and the identity number in both lengths, for prefix search
    # as you type through one index (a LIKE over joined tables scans everything).
    """CREATE TABLE search_term (
        term VARCHAR NOT NULL, patient_id VARCHAR NOT NULL REFERENCES patient (id),
        PRIMARY KEY (term, patient_id)) WITHOUT ROWID""",
    "CREATE INDEX ix_search_term_patient ON search_term (patient_id)",
    """CREATE TABLE episode (
        id VARCHAR NOT NULL PRIMARY KEY,
        patient_id VARCHAR NOT NULL REFERENCES patient (id),
        programme VARCHAR NOT NULL, programme_folded VARCHAR NOT NULL,
        started DATE NOT NULL, ended DATE, end_reason VARCHAR,
        care_level VARCHAR NOT NULL, ehr VARCHAR NOT NULL,
        siber_start_documented DATE, siber_transferred DATE,
        last_contact_at VARCHAR)""",
    "CREATE INDEX ix_episode_patient_id ON episode (patient_id)",
    "CREATE INDEX ix_episode_programme_folded ON episode (programme_folded)",
    "CREATE INDEX ix_episode_last_contact_at ON episode (last_contact_at)",
    """CREATE TABLE contact (
        id VARCHAR NOT NULL PRIMARY KEY,
        episode_id VARCHAR NOT NULL REFERENCES episode (id),
        at VARCHAR NOT NULL, at_utc VARCHAR NOT NULL,
        type VARCHAR NOT NULL, mode VARCHAR, minutes INTEGER,
        final BOOLEAN NOT NULL, codes VARCHAR NOT NULL,
        journal_done VARCHAR, registered VARCHAR,
        note VARCHAR NOT NULL, outage BOOLEAN NOT NULL)""",
    "CREATE INDEX ix_contact_episode_at ON contact (episode_id, at_utc)",
    "CREATE INDEX ix_contact_at_utc ON contact (at_utc)",
    # The worklist reads only open contacts: a partial index keeps that query small at any size.
    """CREATE INDEX ix_contact_open ON contact (episode_id, at_utc)
        WHERE journal_done IS NULL OR registered IS NULL""",
    """CREATE TABLE measure (
        id VARCHAR NOT NULL PRIMARY KEY,
        episode_id VARCHAR NOT NULL REFERENCES episode (id),
        "on" DATE NOT NULL, instrument VARCHAR NOT NULL, score INTEGER NOT NULL, items VARCHAR)""",
    "CREATE INDEX ix_measure_episode_id ON measure (episode_id)",
)

# The audit trail (kbtdesk/core/audit.py): append-only, hash-chained. `seq` is the chain order,
# never reused; the triggers refuse edits and removals made through SQL, the chain catches the rest.
SCHEMA_V2 = (
    """CREATE TABLE audit (
        seq INTEGER NOT NULL PRIMARY KEY,
        at VARCHAR NOT NULL, action VARCHAR NOT NULL,
        record_kind VARCHAR, record_id VARCHAR, patient_id VARCHAR,
        profile VARCHAR NOT NULL, detail VARCHAR NOT NULL,
        prev_hash VARCHAR NOT NULL, hash VARCHAR NOT NULL)""",
    "CREATE INDEX ix_audit_patient ON audit (patient_id, seq)",
    "CREATE INDEX ix_audit_action ON audit (action, seq)",
    """CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)

# Indexes for what the window asks at clinic scale (100,000 episodes): the episode list in its own
# order (all, and the active ones by a partial index), and the ended episodes still to transfer.
# Measured at 1M contacts: the list's first page and the open counts no longer sort every episode.
SCHEMA_V3 = (
    "CREATE INDEX ix_episode_recent ON episode (last_contact_at, started, id)",
    "CREATE INDEX ix_episode_active ON episode (last_contact_at, started, id) WHERE ended IS NULL",
    """CREATE INDEX ix_episode_siber_open ON episode (ended, id)
        WHERE ended IS NOT NULL AND siber_transferred IS NULL""",
)


# The week view (kbtdesk/core/week.py) reads, for every active episode, its latest contact, its
# latest feedback and its latest flagged score. Each is one seek into these indexes; with the type
# and mode (a few bytes) and the score's items in the index, no table row is read. Measured at L
# (4,888 active episodes, 1M contacts, 64 MiB cache): 500-650 ms with the old indexes (the table
# pages of 3 structures do not fit the cache together), 60-120 ms covered. The whole step (indexes and
# the search terms of 50,000 patients rebuilt) took 5.6 s at L, after the usual pre-migration backup.
SCHEMA_V4 = (
    "DROP INDEX ix_contact_episode_at",
    "CREATE INDEX ix_contact_episode_at ON contact (episode_id, at_utc, type, mode)",
    "DROP INDEX ix_measure_episode_id",
    'CREATE INDEX ix_measure_episode_id ON measure (episode_id, instrument, "on", items)',
)


def refold_search_columns(conn) -> None:
    """Rewrite every stored search column with today's `fold` (case and diacritics ignored since
    this step: "ohman" finds Öhman) and rebuild the search terms from the names and numbers."""
    # Imported here: opening a log that needs no migration (every start) does not load anyascii.
    from kbtdesk.base.search_text import fold, search_terms

    patients = conn.execute("SELECT id, name, identity FROM patient").fetchall()
    conn.executemany("UPDATE patient SET name_folded = ? WHERE id = ?",
                     [(fold(name), pid) for pid, name, _identity in patients])
    conn.execute("DELETE FROM search_term")
    conn.executemany("INSERT INTO search_term (term, patient_id) VALUES (?, ?)",
                     [(term, pid) for pid, name, identity in patients
                      for term in search_terms(fold(name), identity)])
    programmes = [row[0] for row in conn.execute("SELECT DISTINCT programme FROM episode").fetchall()]
    conn.executemany("UPDATE episode SET programme_folded = ? WHERE programme = ?",
                     [(fold(name), name) for name in programmes])


# The audit trail covers content (kbtdesk/db/audit.py): an entry's `content` is the sum of its rows
# in audit_content, one per record it changed (a hash of the record before and after). Entries
# written before stay as they were ("not covered"); the step records every record as it is now, in
# one entry, so that every record is explained from here on. No foreign key to audit: the baseline
# writes its rows before its entry, and the rows' sum is what ties them to the entries.
SCHEMA_AUDIT_CONTENT = (
    "ALTER TABLE audit ADD COLUMN content VARCHAR",
    """CREATE TABLE audit_content (
        seq INTEGER NOT NULL, record_kind VARCHAR NOT NULL, record_id VARCHAR NOT NULL,
        before VARCHAR, after VARCHAR,
        PRIMARY KEY (record_kind, record_id, seq)) WITHOUT ROWID""",
    """CREATE TRIGGER audit_content_no_update BEFORE UPDATE ON audit_content
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_content_no_delete BEFORE DELETE ON audit_content
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)


def _cover_existing_records(conn, audit_key: bytes | None) -> None:
    audit.cover_existing(conn, audit_key, datetime.now(UTC),
                         "content covered from here on: every record as it was when kbtdesk began to cover it")


# Which patients each export or print held (issue 15): a list export (registration list, SibeR
# basis, coverage, the whole log) names nobody in its audit entry, yet a patient's log extract must
# list it. Rows are written in the same transaction as the entry; append-only like the audit table.
SCHEMA_EXPORTED_PATIENTS = (
    """CREATE TABLE audit_patient (
        seq INTEGER NOT NULL REFERENCES audit (seq),
        patient_id VARCHAR NOT NULL,
        PRIMARY KEY (patient_id, seq)) WITHOUT ROWID""",
    """CREATE TRIGGER audit_patient_no_update BEFORE UPDATE ON audit_patient
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER audit_patient_no_delete BEFORE DELETE ON audit_patient
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "episode log: profile, patients, episodes, contacts, measures", SCHEMA_V1),
    Migration(2, "audit trail", SCHEMA_V2),
    Migration(3, "indexes for the episode list and the worklist at clinic scale", SCHEMA_V3),
    Migration(4, "search ignores case and diacritics (search terms and folded columns rebuilt); the "
                 "contact and measure indexes by episode cover the week view", SCHEMA_V4,
              run=lambda conn, _audit_key: refold_search_columns(conn)),
    Migration(5, "audit entries cover the content of the records they change", SCHEMA_AUDIT_CONTENT,
              run=_cover_existing_records),
    Migration(6, "the patients each export held, for the patient's log extract", SCHEMA_EXPORTED_PATIENTS),
)


def latest_version(migrations: Sequence[Migration] = MIGRATIONS) -> int:
    return migrations[-1].version


def user_version(dbapi_connection) -> int:
    return dbapi_connection.execute("PRAGMA user_version").fetchone()[0]


def pending(current: int, migrations: Sequence[Migration] = MIGRATIONS) -> list[Migration]:
    supported = latest_version(migrations)
    if current > supported:
        raise LogTooNew(current, supported)
    return [m for m in migrations if m.version > current]


def apply(dbapi_connection, migrations: Sequence[Migration] = MIGRATIONS,
          before_each: Callable[[Migration], None] | None = None, audit_key: bytes | None = None) -> list[int]:
    """Bring the log to the latest version; returns the versions applied.

    The connection must be in autocommit mode (isolation_level None): each step opens its own
    transaction, so DDL, its `run`, its audit entry (with `audit_key`: an existing log) and the
    version bump commit together or not at all.
    """
    applied = []
    for step in pending(user_version(dbapi_connection), migrations):
        if before_each:
            before_each(step)
        dbapi_connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in step.statements:
                dbapi_connection.execute(statement)
            if step.run is not None:
                step.run(dbapi_connection, audit_key)
            if audit_key is not None:
                audit.record_migration(dbapi_connection, audit_key, step.version, step.description)
            dbapi_connection.execute(f"PRAGMA user_version = {int(step.version)}")
            dbapi_connection.execute("COMMIT")
        except BaseException:
            dbapi_connection.execute("ROLLBACK")
            raise
        applied.append(step.version)
    return applied
