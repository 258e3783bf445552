"""The audit trail: an append-only, hash-chained record of who did what to which record, when, and
what the record held afterwards.

Each entry is written in the same transaction as the change it records (HSLF-FS 2016:40 asks for
access logs; a trail written later could miss a change that was saved). Entries are chained:
`hash = HMAC-SHA256(audit key, canonical entry + prev_hash)`, the audit key derived from the log's
data key, so an edited, removed or re-ordered entry breaks the chain at the first bad `seq`, and
nobody without the data key can compute a new chain. Triggers refuse UPDATE and DELETE on the
tables; the chain is what catches someone who drops them.

**Content.** An entry also says what the records it changed hold: one row in `audit_content` per
record, with a keyed hash (BLAKE2b keyed with the audit key) of the record's content before the
change (None for a new record) and after it (None once deleted). The entry's `content` column is
the sum of its rows' MACs (mod 2^256, an incremental multiset hash, Clarke et al. 2003's MSet-Add
with a keyed hash): it is part of what the entry's hash covers, so a row
that goes missing, changes or moves to another entry makes the rows no longer add up to the
entries. `verify` recomputes the content of every live record and names each one whose content no
entry explains: changed, added or deleted with plain SQL, or put back from an older copy of a
page of the file (which needs no key at all: SQLCipher pages of the same key are interchangeable).

Entries written before kbtdesk recorded content have `content` NULL: they are "not covered". The
migration that added content (see `cover_existing`) recorded every record as it was then, in one
entry, so that every record is explained from that entry on.

A record's content is the columns in `RECORDS`. Derived columns that other changes move
(`episode.last_contact_at`, the `search_term` table) are left out. A migration that adds a column
to a record's content must cover the records again in its own step (`cover_existing`), else every
record reads as changed.

The functions here take an `execute(sql, params)` callable so that the same code runs inside a
SQLAlchemy session (service methods) and on a raw connection (unlock, migrations, restore).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

GENESIS = "0" * 64

# What the entries say; the window translates these for display.
CREATE, UPDATE, DELETE = "create", "update", "delete"
IMPORT, EXPORT, PRINT = "import", "export", "print"
UNLOCK, UNLOCK_READ_ONLY, FAILED_UNLOCK = "unlock", "unlock-read-only", "failed-unlock"
RECOVER, PASSPHRASE, RESTORE, MIGRATE = "recover", "change-passphrase", "restore", "migrate"
#: A damaged -wal whose every commit was already in the main file, moved aside at open (db/wal.py).
WAL_SET_ASIDE = "wal-set-aside"

#: Entries that record a change to the care data; backups are due only after one of these.
DATA_ACTIONS = (CREATE, UPDATE, DELETE, IMPORT, RESTORE, MIGRATE)

Execute = Callable[[str, dict], Any]

COLUMNS = ("seq", "at", "action", "record_kind", "record_id", "patient_id", "profile", "detail",
           "prev_hash", "hash", "content")

_MOD = 1 << 256
#: The `content` of an entry that changed no record.
NO_CONTENT = "0" * 64


class RecordKind(NamedTuple):
    table: str
    key: str  # the primary-key column
    columns: tuple[str, ...]  # what the record's content is, in this order


#: The records whose content the trail covers. The column order is the order the importer
#: inserts them in, so that it can hash the rows it writes without reading them back.
RECORDS: dict[str, RecordKind] = {
    "profile": RecordKind("profile", "id", ("id", "name", "profession", "care_unit", "care_level", "ehr")),
    "setting": RecordKind("setting", "key", ("key", "value")),
    "patient": RecordKind("patient", "id", ("id", "identity", "name", "name_folded")),
    "episode": RecordKind("episode", "id", (
        "id", "patient_id", "programme", "programme_folded", "started", "ended", "end_reason", "care_level",
        "ehr", "siber_start_documented", "siber_transferred")),
    "contact": RecordKind("contact", "id", (
        "id", "episode_id", "at", "at_utc", "type", "mode", "minutes", "final", "codes", "journal_done",
        "registered", "note", "outage")),
    "measure": RecordKind("measure", "id", ("id", "episode_id", "on", "instrument", "score", "items")),
}


#: The entries' canonical JSON (one encoder: json.dumps with options makes a new one per call).
_ENTRY = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


class AuditEntry(NamedTuple):
    """One row of the audit table (a NamedTuple: made at every unlock, read by the thousand when
    the chain is verified). `content` is None in entries written before content was covered."""

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
    content: str | None = None

    def canonical(self) -> bytes:
        body: list = [self.seq, self.at, self.action, self.record_kind, self.record_id, self.patient_id,
                      self.profile, self.detail, self.prev_hash]
        if self.content is not None:
            body.append(self.content)
        return _ENTRY.encode(body).encode("utf-8")


class Change(NamedTuple):
    """What one entry says about one record: its content hash before and after (None: absent)."""

    record_kind: str
    record_id: str
    before: str | None
    after: str | None


def entry_hash(key: bytes, entry: AuditEntry) -> str:
    return hmac.digest(key, entry.canonical(), "sha256").hex()


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _rows(result) -> list[tuple]:
    return [tuple(r) for r in result.fetchall()]


def _stream(result, size: int = 5000) -> Iterator[tuple]:
    while True:
        chunk = result.fetchmany(size)
        if not chunk:
            return
        yield from chunk


def _blob(value):
    if isinstance(value, bytes | bytearray | memoryview):
        return {"blob": bytes(value).hex()}
    raise TypeError(type(value).__name__)


# -- content hashes --------------------------------------------------------------------------------

#: One encoder for every hash (json.dumps with options builds a new one per call: at a million
#: records that was a third of `verify`'s time).
_CANONICAL = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), default=_blob)


def content_hash(key: bytes, kind: str, values: Sequence) -> str:
    """The keyed hash of one record's content: its `RECORDS` columns as SQLite returns them (a
    writer hashing what it is about to insert passes 0/1 for booleans, as SQLite stores them).
    Keyed BLAKE2b (a MAC in one call), 128 bits: enough that no change collides."""
    body = _CANONICAL.encode([kind, *values]).encode("ascii")
    return hashlib.blake2b(body, key=key, digest_size=16, person=b"kbtdesk-content").hexdigest()


def _select(kind: RecordKind) -> str:
    return f'SELECT {", ".join(chr(34) + c + chr(34) for c in kind.columns)} FROM {kind.table}'


def record_hash(execute: Execute, key: bytes, kind: str, record_id: str) -> str | None:
    """The content hash of one record as the log holds it now, or None when it is not there."""
    spec = RECORDS[kind]
    rows = _rows(execute(f"{_select(spec)} WHERE {spec.key} = :id", {"id": record_id}))
    return content_hash(key, kind, rows[0]) if rows else None


def _row_mac(key: bytes, seq: int, change: Change) -> int:
    # Unambiguous without JSON (a third of the time at a million rows): the id is length-prefixed,
    # the hashes are hex digits or "-".
    kind, rid, before, after = change
    body = f"{seq}|{kind}|{len(rid)}:{rid}|{before or '-'}|{after or '-'}".encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(body, key=key, digest_size=32, person=b"kbtdesk-row").digest(), "big")


def content_digest(key: bytes, seq: int, changes: Iterable[Change]) -> str:
    """An entry's `content`: the sum of its rows' MACs, so rows can be written in any order."""
    return format(sum(_row_mac(key, seq, c) for c in changes) % _MOD, "064x")


def merged(changes: Iterable[Change]) -> list[Change]:
    """One change per record (its first `before`, its last `after`), dropping those that changed nothing."""
    by_record: dict[tuple[str, str], Change] = {}
    for c in changes:
        seen = by_record.get((c.record_kind, c.record_id))
        by_record[(c.record_kind, c.record_id)] = c if seen is None else seen._replace(after=c.after)
    return [c for c in by_record.values() if c.before != c.after]


# -- writing ---------------------------------------------------------------------------------------

INSERT_ENTRY = ("INSERT INTO audit (seq, at, action, record_kind, record_id, patient_id, profile, detail, "
                "prev_hash, hash, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
INSERT_CONTENT = "INSERT INTO audit_content (seq, record_kind, record_id, before, after) VALUES (?, ?, ?, ?, ?)"


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


class Chain:
    """The chain continued in memory, for writers of many entries at once (import, the content
    baseline): `add` returns the entry's row and its content rows for INSERT_ENTRY / INSERT_CONTENT."""

    def __init__(self, execute: Execute, key: bytes, at: datetime, profile: str | None = None):
        self.seq, self.prev = head(execute)
        self.key = key
        self.at = utc_stamp(at)
        self.profile = profile_name(execute) if profile is None else profile

    def add(self, action: str, record_kind: str | None = None, record_id: str | None = None,
            patient_id: str | None = None, detail: str = "", changes: Iterable[Change] = (),
            digest: str | None = None) -> tuple[AuditEntry, list[tuple]]:
        """The next entry. `digest` instead of `changes`: its rows were written already (by the caller)."""
        seq = self.seq + 1
        rows = [] if digest is not None else merged(changes)
        content = digest if digest is not None else content_digest(self.key, seq, rows)
        entry = AuditEntry(seq, self.at, action, record_kind, record_id, patient_id, self.profile, detail,
                           self.prev, "", content)
        entry = entry._replace(hash=entry_hash(self.key, entry))
        self.seq, self.prev = seq, entry.hash
        return entry, [(seq, *c) for c in rows]


def append(execute: Execute, key: bytes, at: datetime, action: str, record_kind: str | None = None,
           record_id: str | None = None, patient_id: str | None = None, detail: str = "",
           profile: str | None = None, changes: Iterable[Change] = ()) -> AuditEntry:
    """Add one entry, with what it changed, inside the caller's transaction (the caller commits)."""
    chain = Chain(execute, key, at, profile)
    entry, rows = chain.add(action, record_kind, record_id, patient_id, detail, changes)
    execute("INSERT INTO audit (seq, at, action, record_kind, record_id, patient_id, profile, detail, "
            "prev_hash, hash, content) VALUES (:seq, :at, :action, :record_kind, :record_id, :patient_id, "
            ":profile, :detail, :prev_hash, :hash, :content)", entry._asdict())
    for row in rows:
        execute("INSERT INTO audit_content (seq, record_kind, record_id, before, after) "
                "VALUES (:seq, :kind, :id, :before, :after)",
                dict(zip(("seq", "kind", "id", "before", "after"), row, strict=True)))
    return entry


def has_content(execute: Execute) -> bool:
    """Whether this log's trail can record content (the migration that added it has run)."""
    return bool(_rows(execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'audit_content'", {})))


def cover_existing(conn, key: bytes | None, at: datetime | None = None,
                   detail: str = "content covered from here on: every record as it was") -> AuditEntry | None:
    """Record the content of every record in one `migrate` entry (raw DB-API connection, inside
    the caller's transaction). Records are read and their rows written a batch at a time, the
    entry last: its digest is the sum of the rows. None when the log holds no records."""
    execute = conn.execute
    chain = Chain(execute, key or b"", at or datetime.now(UTC))
    seq, total, count = chain.seq + 1, 0, 0
    for kind, spec in RECORDS.items():
        result = conn.execute(_select(spec))
        while True:
            chunk = result.fetchmany(5000)
            if not chunk:
                break
            if key is None:
                raise RuntimeError("the log holds records: covering their content needs the audit key")
            changes = [Change(kind, str(row[0]), None, content_hash(key, kind, row)) for row in chunk]
            total += sum(_row_mac(key, seq, c) for c in changes)
            conn.executemany(INSERT_CONTENT, [(seq, *c) for c in changes])
            count += len(changes)
    if not count:
        return None
    entry, _ = chain.add(MIGRATE, "log", None, None, f"{detail} ({count} records)",
                         digest=format(total % _MOD, "064x"))
    conn.execute(INSERT_ENTRY, tuple(entry))
    return entry


def record_migration(conn, key: bytes, version: int, description: str) -> None:
    """One `migrate` entry for a schema step, inside the step's transaction. Skipped while the
    trail cannot record content yet (a log from before it is migrated through the older steps)."""
    execute = conn.execute
    if has_content(execute):
        append(execute, key, datetime.now(UTC), MIGRATE, "log", None, None, f"schema {version}: {description}")


# -- reading ---------------------------------------------------------------------------------------

def _entry_columns(execute: Execute) -> str:
    names = {r[1] for r in _rows(execute("PRAGMA table_info(audit)", {}))}
    return ", ".join(c if c in names else f"NULL AS {c}" for c in COLUMNS)


def entries(execute: Execute, patient_id: str | None = None, after: int = 0,
            limit: int | None = None, columns: str | None = None) -> list[AuditEntry]:
    sql = f"SELECT {columns or ', '.join(COLUMNS)} FROM audit WHERE seq > :after"
    params: dict = {"after": after}
    if patient_id is not None:
        sql += " AND patient_id = :p"
        params["p"] = patient_id
    sql += " ORDER BY seq"
    if limit:
        sql += " LIMIT :n"
        params["n"] = limit
    return [AuditEntry(*row) for row in _rows(execute(sql, params))]


def content_of(execute: Execute, seq: int) -> list[Change]:
    """What one entry recorded about the records it changed (reads the whole table: for tests and
    for looking into one entry, not for the window)."""
    return [Change(*r) for r in _rows(execute(
        "SELECT record_kind, record_id, before, after FROM audit_content WHERE seq = :s "
        "ORDER BY record_kind, record_id", {"s": seq}))]


def describe(entries_: Sequence[AuditEntry]) -> list[dict]:
    """Plain dicts for JSON output and the window's table."""
    return [{k: getattr(e, k) for k in COLUMNS} for e in entries_]


# -- verifying -------------------------------------------------------------------------------------

class RecordProblem(NamedTuple):
    """A live record whose content no entry explains (or an entry's record that is gone)."""

    record_kind: str
    record_id: str
    problem: str
    seq: int | None = None  # the entry that last recorded this record, if any


class TrailCopy(NamedTuple):
    """The head of the trail as an earlier copy of the log holds it (a backup, an export)."""

    source: str
    seq: int
    hash: str
    #: The copy's hash at another entry, when the copy holds the whole trail (a backup).
    hash_at: Callable[[int], str | None] | None = None


class CopyCheck(NamedTuple):
    source: str
    seq: int
    agrees: bool
    problem: str = ""


class Verification(NamedTuple):
    ok: bool
    entries: int
    first_bad_seq: int | None = None
    problem: str = ""
    head_hash: str = GENESIS
    #: Entries written before kbtdesk recorded content ("not covered"), all before the others.
    uncovered: int = 0
    #: Live records whose content was recomputed and compared.
    records: int = 0
    unexplained: tuple[RecordProblem, ...] = ()
    copies: tuple[CopyCheck, ...] = ()
    #: Set when the content rows no longer add up to their entries (rows removed, changed or moved).
    content_problem: str = ""
    head_seq: int = 0


class _Chain(NamedTuple):
    ok: bool
    entries: int
    first_bad_seq: int | None
    problem: str
    head_hash: str
    uncovered: int
    declared: int  # the sum of the covered entries' `content`


def verify_entries(key: bytes, rows: Iterable[AuditEntry]) -> Verification:
    """Walk the chain from the start: the first entry whose seq, link or hash is wrong is named."""
    chain = _walk(key, rows)
    return Verification(chain.ok, chain.entries, chain.first_bad_seq, chain.problem, chain.head_hash,
                        chain.uncovered, head_seq=chain.entries)


def _walk(key: bytes, rows: Iterable[AuditEntry]) -> _Chain:
    expected_seq, prev, count, uncovered, declared = 1, GENESIS, 0, 0, 0

    def broken(seq, problem):
        return _Chain(False, count, seq, problem, prev, uncovered, declared)

    for entry in rows:
        if entry.seq != expected_seq:
            return broken(expected_seq, f"entry {expected_seq} is missing (next is {entry.seq})")
        if entry.prev_hash != prev:
            return broken(entry.seq, "its link to the entry before does not match")
        if not hmac.compare_digest(entry_hash(key, entry), entry.hash or ""):
            return broken(entry.seq, "its content was changed")
        if entry.content is None:
            if uncovered != count:
                return broken(entry.seq, "it has no content hash, though entries before it have")
            uncovered += 1
        else:
            try:
                declared += int(entry.content, 16)
            except ValueError:
                return broken(entry.seq, "its content hash is not a hash")
        prev, expected_seq, count = entry.hash, expected_seq + 1, count + 1
    return _Chain(True, count, None, "", prev, uncovered, declared % _MOD)


Progress = Callable[[int, int], None]


def verify(execute: Execute, key: bytes, batch: int = 5000, copies: Iterable[TrailCopy] = (),
           progress: Progress | None = None) -> Verification:
    """The chain, then the content of every live record against what the entries say, then the
    chain against earlier copies of the log. Streams: memory does not grow with the log.

    `progress(done, total)` counts entries, content rows and records, reported a batch at a time."""
    columns = _entry_columns(execute)
    covered = has_content(execute)
    total = head(execute)[0]
    if covered:
        total += _count(execute, "audit_content") + sum(_count(execute, s.table) for s in RECORDS.values())
    done = [0]

    def advance(n: int) -> None:
        done[0] += n
        if progress:
            progress(min(done[0], total), total)

    def walk():
        after = 0
        while True:
            chunk = entries(execute, after=after, limit=batch, columns=columns)
            if not chunk:
                return
            yield from chunk
            after = chunk[-1].seq
            advance(len(chunk))
    # Rows are read in seq order: a removed row shows as a gap, an inserted one as a bad link.
    chain = _walk(key, walk())
    result = Verification(chain.ok, chain.entries, chain.first_bad_seq, chain.problem, chain.head_hash,
                          chain.uncovered, head_seq=chain.entries)
    if not chain.ok or not covered:
        return result
    content_problem, unexplained, records = _verify_content(execute, key, chain, advance, batch)
    checks = tuple(check_copy(execute, copy) for copy in copies)
    if progress:
        progress(total, total)
    ok = not content_problem and not unexplained and all(c.agrees for c in checks)
    return result._replace(ok=ok, records=records, unexplained=tuple(unexplained), copies=checks,
                           content_problem=content_problem)


def _count(execute: Execute, table: str) -> int:
    return int(_rows(execute(f"SELECT count(*) FROM {table}", {}))[0][0])


def _verify_content(execute: Execute, key: bytes, chain: _Chain, advance: Callable[[int], None],
                    batch: int) -> tuple[str, list[RecordProblem], int]:
    problems: list[RecordProblem] = []
    # 1. The content rows, record by record in seq order (the table's own order: one pass, no
    #    look-ups): each change starts from what the one before left, and all rows add up to the
    #    entries' digests.
    total, alive, n = 0, {kind: 0 for kind in RECORDS}, 0
    last: tuple | None = None
    result = execute("SELECT seq, record_kind, record_id, before, after FROM audit_content "
                     "ORDER BY record_kind, record_id, seq", {})
    for seq, kind, rid, before, after in _stream(result, batch):
        total += _row_mac(key, seq, Change(kind, rid, before, after))
        same = last is not None and last[1] == kind and last[2] == rid
        if last is not None and same and before != last[4]:
            problems.append(RecordProblem(kind, rid, f"changed outside kbtdesk between entry {last[0]} and "
                                                     f"entry {seq}", seq))
        elif not same and before is not None:
            problems.append(RecordProblem(kind, rid, f"was in the log before any entry recorded it "
                                                     f"(first recorded by entry {seq})", seq))
        if not same and last is not None and last[4] is not None and last[1] in alive:
            alive[last[1]] += 1
        last = (seq, kind, rid, before, after)
        n += 1
        if n % batch == 0:
            advance(batch)
    advance(n % batch)
    if last is not None and last[4] is not None and last[1] in alive:
        alive[last[1]] += 1
    content_problem = ""
    if total % _MOD != chain.declared:
        content_problem = ("the content rows no longer add up to their entries: rows were removed, "
                           "changed or moved")
        first = _first_entry_whose_rows_differ(execute, key)
        if first is not None:
            content_problem += f" (first at entry {first})"

    # 2. Every live record against the newest row about it (one index seek per record).
    records = 0
    for kind, spec in RECORDS.items():
        pk = f"CAST(t.{spec.key} AS TEXT)" if kind == "profile" else f"t.{spec.key}"
        cols = ", ".join(f't."{c}"' for c in spec.columns)
        result = execute(
            f"SELECT {cols}, (SELECT coalesce(a.after, '-') FROM audit_content a WHERE a.record_kind = :k "
            f"AND a.record_id = {pk} ORDER BY a.seq DESC LIMIT 1) FROM {spec.table} t", {"k": kind})
        present = 0
        for row in _stream(result, batch):
            records += 1
            if records % batch == 0:
                advance(batch)
            expected, values = row[-1], row[:-1]
            rid = str(values[0])
            if expected is None:
                problems.append(RecordProblem(kind, rid, "no entry records it: added outside kbtdesk"))
                continue
            if expected == "-":
                problems.append(RecordProblem(kind, rid, "an entry deleted it, yet it is in the log",
                                              _last_seq(execute, kind, rid)))
                continue
            present += 1
            if content_hash(key, kind, values) != expected:
                seq = _last_seq(execute, kind, rid)
                problems.append(RecordProblem(kind, rid, f"its content is not what entry {seq} left: "
                                                         "changed outside kbtdesk", seq))
        if present != alive[kind]:
            problems.extend(_gone(execute, kind, spec))
    advance(records % batch)
    return content_problem, problems, records


def _last_seq(execute: Execute, kind: str, rid: str) -> int | None:
    rows = _rows(execute("SELECT max(seq) FROM audit_content WHERE record_kind = :k AND record_id = :i",
                         {"k": kind, "i": rid}))
    return rows[0][0] if rows else None


def _gone(execute: Execute, kind: str, spec: RecordKind) -> list[RecordProblem]:
    """Records that the newest row about them says exist, but that are not in the log (rare: only
    read when the counts differ)."""
    found = []
    rows = _rows(execute("SELECT record_id, after, max(seq) FROM audit_content WHERE record_kind = :k "
                         "GROUP BY record_id", {"k": kind}))
    for rid, after, seq in rows:
        if after is not None and not _rows(execute(f"SELECT 1 FROM {spec.table} WHERE {spec.key} = :i",
                                                   {"i": rid})):
            found.append(RecordProblem(kind, rid, f"entry {seq} recorded it, but it is gone from the log: "
                                                  "deleted outside kbtdesk", seq))
    return found


def _first_entry_whose_rows_differ(execute: Execute, key: bytes) -> int | None:
    sums: dict[int, int] = {}
    for seq, kind, rid, before, after in _stream(execute(
            "SELECT seq, record_kind, record_id, before, after FROM audit_content", {})):
        sums[seq] = (sums.get(seq, 0) + _row_mac(key, seq, Change(kind, rid, before, after))) % _MOD
    for seq, content in _stream(execute("SELECT seq, content FROM audit WHERE content IS NOT NULL "
                                        "ORDER BY seq", {})):
        if format(sums.pop(seq, 0), "064x") != content:
            return seq
    return min(sums) if sums else None


# -- earlier copies --------------------------------------------------------------------------------

_RESTORED_HEAD = re.compile(r"trail ended at entry (\d+)")


def restore_detail(backup_name: str, backup_head: int) -> str:
    """The `detail` of a restore entry: which backup, and where its trail ended, so that copies
    taken of the log it replaced are known as a replaced branch, not as a rewritten trail."""
    return f"{backup_name} (its trail ended at entry {backup_head})"


def hash_at(execute: Execute, seq: int) -> str | None:
    rows = _rows(execute("SELECT hash FROM audit WHERE seq = :s", {"s": seq}))
    return rows[0][0] if rows else None


def check_copy(execute: Execute, copy: TrailCopy) -> CopyCheck:
    """Does the log's trail hold the copy's head? A trail rewritten or cut back since the copy was
    made does not, unless a restore replaced the branch the copy was taken from."""
    ours = hash_at(execute, copy.seq)
    if ours is not None and hmac.compare_digest(ours, copy.hash):
        return CopyCheck(copy.source, copy.seq, True)
    for seq, detail in _rows(execute("SELECT seq, detail FROM audit WHERE action = :a ORDER BY seq",
                                     {"a": RESTORE})):
        match = _RESTORED_HEAD.search(detail or "")
        if not match:
            continue
        branch = int(match.group(1))
        shared = hash_at(execute, branch)
        theirs = copy.hash_at(branch) if copy.hash_at else shared
        if copy.seq > branch and shared is not None and theirs == shared:
            return CopyCheck(copy.source, copy.seq, True,
                             f"taken of the log that the restore at entry {seq} replaced")
    newest = head(execute)[0]
    if copy.seq > newest:
        return CopyCheck(copy.source, copy.seq, False,
                         f"it holds entries up to {copy.seq}, the log only up to {newest}: entries were "
                         "removed from the end, or the log was replaced by an older copy")
    return CopyCheck(copy.source, copy.seq, False,
                     f"its entry {copy.seq} differs from the log's: the trail was rewritten since")


def backup_copy(path: Path, data_key: bytes) -> TrailCopy | None:
    """The trail head of a backup file (same key), or None when it has no trail or does not open."""
    from kbtdesk.db.connection import DatabaseError, connect

    def read(sql: str, params: dict) -> list[tuple]:
        conn = connect(path, data_key, immutable=True)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    try:
        rows = read("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1", {})
    except (DatabaseError, OSError):
        return None
    if not rows:
        return None

    def their_hash(seq: int) -> str | None:
        try:
            found = read("SELECT hash FROM audit WHERE seq = :s", {"s": seq})
        except (DatabaseError, OSError):
            return None
        return found[0][0] if found else None

    return TrailCopy(str(path), int(rows[0][0]), str(rows[0][1]), their_hash)


def export_copy(path: Path) -> TrailCopy | None:
    """The trail head a JSON export carries (`audit_head` in the kbtdesk-log format), or None."""
    try:
        doc = json.loads(Path(path).read_bytes())
        head_ = doc["audit_head"]
        return TrailCopy(str(path), int(head_["seq"]), str(head_["hash"]))
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return None


__all__ = [
    "COLUMNS", "CREATE", "DATA_ACTIONS", "DELETE", "EXPORT", "FAILED_UNLOCK", "GENESIS", "IMPORT", "MIGRATE",
    "NO_CONTENT", "PASSPHRASE", "PRINT", "RECORDS", "RECOVER", "RESTORE", "UNLOCK", "UNLOCK_READ_ONLY", "UPDATE",
    "AuditEntry", "Change", "Chain", "CopyCheck", "RecordKind", "RecordProblem", "TrailCopy", "Verification",
    "append", "backup_copy", "check_copy", "content_digest", "content_hash", "content_of", "cover_existing",
    "data_head", "describe", "entries", "entry_hash", "export_copy", "has_content", "hash_at", "head",
    "merged", "profile_name", "record_hash", "record_migration", "restore_detail", "utc_stamp", "verify",
    "verify_entries",
]
