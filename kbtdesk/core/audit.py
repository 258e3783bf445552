"""The audit trail: an append-only, hash-chained record of who did what to which record, when.

Each entry is written in the same transaction as the change it records (HSLF-FS 2016:40 asks for
access logs; a trail written later could miss a change that was saved). Entries are chained:
`hash = HMAC-SHA256(audit key, canonical entry + prev_hash)`, the audit key derived from the log's
data key, so an edited, removed or re-ordered entry breaks the chain at the first bad `seq`, and
nobody without the data key can compute a new chain. Triggers refuse UPDATE and DELETE on the
table; the chain is what catches someone who drops them.

The functions here take an `execute(sql, params)` callable so that the same code runs inside a
SQLAlchemy session (service methods) and on a raw connection (unlock, restore).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any, NamedTuple

GENESIS = "0" * 64

# What the entries say; the window translates these for display.
CREATE, UPDATE, DELETE = "create", "update", "delete"
IMPORT, EXPORT, PRINT = "import", "export", "print"
UNLOCK, UNLOCK_READ_ONLY, FAILED_UNLOCK = "unlock", "unlock-read-only", "failed-unlock"
RECOVER, PASSPHRASE, RESTORE, MIGRATE = "recover", "change-passphrase", "restore", "migrate"

#: Entries that record a change to the care data; backups are due only after one of these.
DATA_ACTIONS = (CREATE, UPDATE, DELETE, IMPORT, RESTORE, MIGRATE)

Execute = Callable[[str, dict], Any]

COLUMNS = ("seq", "at", "action", "record_kind", "record_id", "patient_id", "profile", "detail",
           "prev_hash", "hash")


class AuditEntry(NamedTuple):
    """One row of the audit table (a NamedTuple: made at every unlock, read by the thousand when
    the chain is verified)."""

    seq: int
    at: str  # UTC, ISO 8601 with Z
    action: str
    record_kind: str | None
    record_id: str | None
    patient_id: str | None
    profile: str
    detail: str
    prev_hash: str
    hash: str

    def canonical(self) -> bytes:
        body = [self.seq, self.at, self.action, self.record_kind, self.record_id, self.patient_id,
                self.profile, self.detail, self.prev_hash]
        return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def entry_hash(key: bytes, entry: AuditEntry) -> str:
    return hmac.new(key, entry.canonical(), hashlib.sha256).hexdigest()


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows(result) -> list[tuple]:
    return [tuple(r) for r in result.fetchall()]


def head(execute: Execute) -> tuple[int, str]:
    rows = _rows(execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", {}))
    return (rows[0][0], rows[0][1]) if rows else (0, GENESIS)


def data_head(execute: Execute) -> tuple[int, str]:
    """The newest entry that changed care data: equal heads mean nothing to back up."""
    marks = ",".join(f":a{i}" for i in range(len(DATA_ACTIONS)))
    rows = _rows(execute(f"SELECT seq, hash FROM audit WHERE action IN ({marks}) ORDER BY seq DESC LIMIT 1",
                         {f"a{i}": a for i, a in enumerate(DATA_ACTIONS)}))
    return (rows[0][0], rows[0][1]) if rows else (0, GENESIS)


def profile_name(execute: Execute) -> str:
    rows = _rows(execute("SELECT name FROM profile WHERE id = 1", {}))
    return rows[0][0] if rows else ""


def append(execute: Execute, key: bytes, at: datetime, action: str, record_kind: str | None = None,
           record_id: str | None = None, patient_id: str | None = None, detail: str = "",
           profile: str | None = None) -> AuditEntry:
    """Add one entry inside the caller's transaction (the caller commits)."""
    seq, prev = head(execute)
    entry = AuditEntry(seq + 1, utc_stamp(at), action, record_kind, record_id, patient_id,
                       profile_name(execute) if profile is None else profile, detail, prev, "")
    entry = entry._replace(hash=entry_hash(key, entry))
    execute("INSERT INTO audit (seq, at, action, record_kind, record_id, patient_id, profile, detail, "
            "prev_hash, hash) VALUES (:seq, :at, :action, :record_kind, :record_id, :patient_id, "
            ":profile, :detail, :prev_hash, :hash)", entry._asdict())
    return entry


def entries(execute: Execute, patient_id: str | None = None, after: int = 0,
            limit: int | None = None) -> list[AuditEntry]:
    sql = f"SELECT {', '.join(COLUMNS)} FROM audit WHERE seq > :after"
    params: dict = {"after": after}
    if patient_id is not None:
        sql += " AND patient_id = :p"
        params["p"] = patient_id
    sql += " ORDER BY seq"
    if limit:
        sql += " LIMIT :n"
        params["n"] = limit
    return [AuditEntry(*row) for row in _rows(execute(sql, params))]


class Verification(NamedTuple):
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""
    head_hash: str = GENESIS


def verify_entries(key: bytes, rows: Iterable[AuditEntry]) -> Verification:
    """Walk the chain from the start: the first entry whose seq, link or hash is wrong is named."""
    expected_seq, prev, count = 1, GENESIS, 0
    for entry in rows:
        if entry.seq != expected_seq:
            return Verification(False, count, expected_seq,
                                f"entry {expected_seq} is missing (next is {entry.seq})", prev)
        if entry.prev_hash != prev:
            return Verification(False, count, entry.seq, "its link to the entry before does not match", prev)
        if not hmac.compare_digest(entry_hash(key, entry), entry.hash or ""):
            return Verification(False, count, entry.seq, "its content was changed", prev)
        prev, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    return Verification(True, count, None, "", prev)


def verify(execute: Execute, key: bytes, batch: int = 5000) -> Verification:
    def walk():
        after = 0
        while True:
            chunk = entries(execute, after=after, limit=batch)
            if not chunk:
                return
            yield from chunk
            after = chunk[-1].seq
    # Rows are read in seq order: a removed row shows as a gap, an inserted one as a bad link.
    return verify_entries(key, walk())


def describe(entries_: Sequence[AuditEntry]) -> list[dict]:
    """Plain dicts for JSON output and the window's table."""
    return [{k: getattr(e, k) for k in COLUMNS} for e in entries_]
