"""Opening the encrypted log: checks first, one writer, migrations, the unlock in the audit trail.

Opening goes in this order so that a refused file is never changed:
1. look at the file (missing, empty, cut short, plain SQLite: `health.inspect_file`);
2. take the writer lock beside the log (`lock.acquire`: a second kbtdesk is told who has it);
3. walk its -wal (`wal.inspect_wal`: damage that would make SQLite drop saved changes is refused),
   then read it, main file with its -wal as SQLite does, through a read-only connection: the key
   opens page 1, the schema is not from a newer kbtdesk, and (up to CHECK_PAGES_ON_OPEN_BYTES)
   every page passes its SQLCipher HMAC;
4. only then open it for writing, back up and migrate, and record the unlock in the audit trail.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlcipher3 import dbapi2 as sqlcipher

from kbtdesk.base.files import track_temporaries
from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.db import audit, errors, keyfile, leftovers, migrations, wal
from kbtdesk.db.connection import BUSY_TIMEOUT_MS, CACHE_KIB, DatabaseError, connect, is_network_path
from kbtdesk.db.errors import LogOpenError
from kbtdesk.db.health import damaged, damaged_wal, inspect_file, not_a_log
from kbtdesk.db.lock import LockOwner, LogInUse, WriterLock, acquire, who_holds
from kbtdesk.paths import LogPaths

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

#: Every page's HMAC is checked on open up to this size (≈60 ms here); bigger logs get the page
#: check in `kbtdesk verify` and before every backup instead (≈0.48 s at 64 MB, 2.3 s at 1M
#: contacts). A damaged page is refused whenever it is read anyway: SQLCipher checks each page's
#: HMAC as it decrypts it, so skipping the check on open never lets damaged data through, it only
#: finds the damage later. 8 MiB is a log of a few thousand contacts: a small log is checked whole
#: at no cost the user notices, a clinic-size log opens without reading every page (docs/trust.md).
CHECK_PAGES_ON_OPEN_BYTES = 8 * 1024 * 1024
#: The engine's attribute that holds its log's audit key (core's Store reads it).
AUDIT_KEY_ATTRIBUTE = "kbtdesk_audit_key"
#: Failed unlocks and read-only unlocks are remembered here (no patient data) until the next
#: unlock that can write them into the audit trail.
MAX_PENDING_EVENTS = 1000

__all__ = [
    "BUSY_TIMEOUT_MS", "CACHE_KIB", "CHECK_PAGES_ON_OPEN_BYTES", "Log", "LogInUse", "LogOpenError",
    "LockOwner", "change_passphrase", "connect", "create_demo_log", "create_log", "is_network_path",
    "migrate", "open_log", "open_with_key", "open_with_recovery_code", "pending_events_path",
    "restore_backup", "who_holds",
]


@dataclass
class Log:
    """An open log: its files, its key (for backups) and the one engine of the process.

    `engine` is the SQLAlchemy engine, created on first use: opening the log and recording the
    unlock import no SQLAlchemy (≈0.2 s), so the window's first paint does not wait for it.
    `readonly`: opened without the writer lock (in use elsewhere, or on request); writes fail.
    `immutable`: read-only and read through the main file alone (a folder we cannot write).
    `on_network_drive`: the window should warn (DELETE journal, locks depend on the server).
    `recovery_code`: set only by create_log / open_with_recovery_code; show it once, then forget it.
    `failed_unlocks`: (time, who) of failed unlocks since the last successful one, to show.
    """

    paths: LogPaths
    data_key: bytes
    journal_mode: str
    demo: bool = False
    readonly: bool = False
    on_network_drive: bool = False
    lock: WriterLock | None = None
    recovery_code: str | None = None
    failed_unlocks: tuple = ()
    unlock_seconds: float | None = None
    immutable: bool = False
    _closed: bool = field(default=False, repr=False)
    _engine: Engine | None = field(default=None, repr=False, compare=False)
    _engine_lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine over this log (`_engine_for`), created on first access."""
        if self._engine is None:
            with self._engine_lock:
                if self._engine is None:
                    self._engine = _engine_for(self.paths.log, self.data_key, readonly=self.readonly,
                                               immutable=self.immutable)
        return self._engine

    @property
    def audit_key(self) -> bytes:
        return keyfile.audit_key(self.data_key)

    def close(self) -> None:
        """Dispose of the engine if it was created (checkpointing the WAL) and release the writer
        lock. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._engine is not None:
                self._engine.dispose()
        finally:
            if self.lock is not None:
                self.lock.release()

    def record(self, action: str, detail: str = "", **fields) -> None:
        """Append an audit entry in its own transaction (unlock, passphrase change, restore)."""
        if self.readonly:
            return
        from sqlalchemy import text

        with self.engine.begin() as conn:
            audit.append(lambda sql, p: conn.execute(text(sql), p), self.audit_key,
                         datetime.now(UTC), action, detail=detail, **fields)


def _journal_mode(path: Path) -> str:
    return "DELETE" if is_network_path(path) else "WAL"


def _engine_for(path: Path, data_key: bytes, readonly: bool = False, immutable: bool = False) -> Engine:
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect(path, data_key, readonly=readonly, check=False, immutable=immutable),
        # LIFO: one thread reuses the connection it used last. Each connection has its own page
        # cache, which a write through another connection empties (at L the open-item count then
        # takes ≈55 ms instead of ≈6 ms); FIFO would alternate between pooled connections.
        poolclass=QueuePool, pool_size=2, max_overflow=2, pool_use_lifo=True,
    )
    # The driver runs in autocommit mode (its own implicit transactions skip some statements);
    # SQLAlchemy begins every transaction itself, so a session's writes commit together or not at all.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    # The service finds the audit key here, so every LogService over this engine chains its entries.
    setattr(engine, AUDIT_KEY_ATTRIBUTE, keyfile.audit_key(data_key))
    return engine


def _classified(exc: BaseException, path: Path, default: str = errors.NOT_A_LOG) -> LogOpenError:
    kind = errors.sqlite_error_kind(exc) or default
    if isinstance(exc, OSError) and exc.errno in (28, 27, 122):
        kind = errors.DISK_FULL
    if kind == errors.DISK_FULL:
        return LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "There is not enough free space to open {path} (it needs room for a backup and its "
                   "journal). Nothing was changed; free some space and try again, or open it read-only."),
            {"path": str(path)}), errors.DISK_FULL)
    if kind == errors.READ_ONLY:
        return _read_only_error(path)
    if kind == errors.DAMAGED:
        return damaged(path, str(exc))
    if kind == errors.UNREADABLE or isinstance(exc, OSError):
        return LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "{path} could not be read or written ({error}). Nothing was changed; check the disk "
                   "and try again, or open the log read-only."), {"path": str(path), "error": str(exc)}),
            errors.UNREADABLE)
    return not_a_log(path)


def _read_only_error(path: Path) -> LogOpenError:
    return LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
        "Log", "{path} or its folder cannot be written. Nothing was changed; you can open the log "
               "read-only."), {"path": str(path)}), errors.READ_ONLY)


def _backup_before_migration(conn, paths: LogPaths, data_key: bytes, from_version: int) -> Path:
    from kbtdesk.db.backup import copy_database, unique_target  # only when migrating: not at start-up

    paths.backups.mkdir(parents=True, exist_ok=True)
    target = unique_target(paths.backups, f"pre-migration-v{from_version}", datetime.now(UTC))
    return copy_database(conn, target, data_key)


def migrate(conn, paths: LogPaths, data_key: bytes, steps=migrations.MIGRATIONS) -> list[int]:
    current = migrations.user_version(conn)
    todo = migrations.pending(current, steps)
    if todo and current > 0:
        _backup_before_migration(conn, paths, data_key, current)
    # Each step is an entry in the log's audit trail, in the step's own transaction.
    return migrations.apply(conn, steps, audit_key=keyfile.audit_key(data_key))


def _precheck(path: Path, data_key: bytes, size: int, check_pages: bool, *, writer: bool = False) -> int:
    """Read-only look before writing: the -wal, key, schema version, page HMACs. Returns the version.

    The log is read as SQLite reads it, main file *with* its -wal: after a crash or a full disk the
    newest saves (and pages a checkpoint had not finished copying) are only in the -wal, and the
    main file alone is then a half-written picture that fails its checks although nothing is lost
    (issue 12.2). When the -wal holds nothing SQLite would replay, the main file is the whole log
    and is read alone (`immutable`: no -wal or -shm is created beside a file that may be refused).
    """
    journal = wal.inspect_wal(path)
    main_alone = False
    if journal.damaged and journal.in_main_file:
        # Every committed change is in the main file already (checkpointed after each commit):
        # the damage costs nothing. The writer moves the -wal out of SQLite's way (kept); a reader
        # reads the main file alone.
        if writer:
            kept = wal.set_aside_damaged(path, datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ"))
            # On record at this open's unlock: someone may ask later where that file came from.
            note_event(LogPaths(path), audit.WAL_SET_ASIDE, detail=f"{kept.name}: {journal.describe()}")
            journal = wal.inspect_wal(path)
        else:
            main_alone = True
    elif journal.damaged:
        raise damaged_wal(path, journal.describe())
    hot_journal = Path(str(path) + "-journal")
    try:
        if writer and hot_journal.exists() and hot_journal.stat().st_size:
            # DELETE journal (network drive) after a crash: only a writing connection may roll the
            # interrupted transaction back, as SQLite does on every open; read-only it cannot be read.
            conn = connect(path, data_key)
        else:
            conn = connect(path, data_key, readonly=True, immutable=main_alone or not journal.holds_data)
    except DatabaseError as exc:
        raise _classified(exc, path) from None
    try:
        version = migrations.user_version(conn)
        migrations.pending(version)  # LogTooNew
        if check_pages and size <= CHECK_PAGES_ON_OPEN_BYTES:
            problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            if problems:
                raise damaged(path, problems[0])
        return version
    except DatabaseError as exc:
        raise _classified(exc, path, errors.DAMAGED) from None
    finally:
        conn.close()


def _writable(paths: LogPaths) -> bool:
    return os.access(paths.log, os.W_OK) and os.access(paths.log.parent, os.W_OK | os.X_OK)


def open_with_key(paths: LogPaths, data_key: bytes, *, demo: bool = False, readonly: bool = False,
                  lock: WriterLock | None = None) -> Log:
    """Open (and migrate) a log whose data key is already known. See the module text for the order."""
    size = inspect_file(paths.log)
    network = is_network_path(paths.log)
    # Exports of this process are listed beside the log while written, so a kill leaves no
    # plaintext behind for good: the next writer's open removes them (leftovers.remove_stale).
    track_temporaries(leftovers.temporaries_ledger(paths))
    if readonly:
        # A WAL log in a folder we cannot write (read-only share, CD, locked-down profile) cannot
        # get its -shm: read the file alone then; nobody can be writing it through this folder.
        journal = wal.inspect_wal(paths.log)
        immutable = (not os.access(paths.log.parent, os.W_OK | os.X_OK) and not journal.holds_data) \
            or (journal.damaged and journal.in_main_file)  # see _precheck
        _precheck(paths.log, data_key, size, check_pages=who_holds(paths.log) is None)
        mode = _journal_mode(paths.log)
        return Log(paths, data_key, mode, demo, readonly=True, on_network_drive=network, immutable=immutable)
    if not _writable(paths):
        raise _read_only_error(paths.log)
    lock = lock or acquire(paths.log)
    try:
        leftovers.remove_stale(paths)
        _precheck(paths.log, data_key, size, check_pages=True, writer=True)
        try:
            conn = connect(paths.log, data_key)
        except DatabaseError as exc:
            raise _classified(exc, paths.log) from None
        try:
            try:
                migrate(conn, paths, data_key)
                mode = _journal_mode(paths.log)
                conn.execute(f"PRAGMA journal_mode = {mode}")
            except (DatabaseError, OSError) as exc:
                raise _classified(exc, paths.log, errors.DAMAGED) from None
        finally:
            conn.close()
        return Log(paths, data_key, mode, demo, on_network_drive=network, lock=lock)
    except BaseException:
        lock.release()
        raise


# -- unlock events that cannot be written into the log when they happen ---------------------------

def pending_events_path(paths: LogPaths) -> Path:
    return paths.log.with_name(paths.log.name + ".events")


def note_event(paths: LogPaths, action: str, *, record_kind: str | None = None, detail: str = "",
               patient_id: str | None = None) -> None:
    """Remember a failed or read-only unlock, or an export from a log read read-only, beside the log
    (time, user, what; a patient only by the log's random id: no names or identity numbers)."""
    path = pending_events_path(paths)
    try:
        if path.exists() and path.stat().st_size > MAX_PENDING_EVENTS * 200:
            return  # someone is guessing in a loop: the first thousand attempts are on record
        owner = LockOwner.me()
        event = {"at": audit.utc_stamp(datetime.now(UTC)), "action": action, "who": f"{owner.user}@{owner.host}"}
        event.update({k: v for k, v in (("record_kind", record_kind), ("detail", detail),
                                        ("patient_id", patient_id)) if v})
        line = json.dumps(event) + "\n"
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line.encode("utf-8"))
        finally:
            os.close(fd)
    except OSError:
        pass  # a read-only folder or a full disk must not turn a wrong passphrase into a crash


def _pending_events(paths: LogPaths) -> list[dict]:
    try:
        lines = pending_events_path(paths).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    events = []
    for line in lines:
        try:
            doc = json.loads(line)
            events.append({"at": str(doc["at"]), "action": str(doc["action"]), "who": str(doc.get("who", "")),
                           "record_kind": doc.get("record_kind"), "detail": str(doc.get("detail", "")),
                           "patient_id": doc.get("patient_id")})
        except (ValueError, KeyError, TypeError):
            continue  # a line cut short by a crash
    return events


def record_unlock(log: Log, action: str = audit.UNLOCK, detail: str = "") -> None:
    """Write the pending events and this unlock into the audit trail, in one transaction.

    Written through a connection of its own (the same `connect` the engine uses, explicit
    BEGIN/COMMIT), not the engine: the unlock comes before the window's first paint, which must
    not wait for SQLAlchemy's import.
    """
    events = _pending_events(log.paths)
    log.failed_unlocks = tuple((e["at"], e["who"]) for e in events if e["action"] == audit.FAILED_UNLOCK)
    conn = connect(log.paths.log, log.data_key, check=False)
    try:
        conn.execute("BEGIN")
        try:
            execute = conn.execute
            for event in events:
                at = datetime.strptime(event["at"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
                audit.append(execute, log.audit_key, at, event["action"], record_kind=event["record_kind"],
                             patient_id=event["patient_id"],
                             detail=" ".join(filter(None, (event["detail"], event["who"])))
                             + " (recorded at the next unlock)")
            owner = LockOwner.me()
            audit.append(execute, log.audit_key, datetime.now(UTC), action,
                         detail=(detail + " " if detail else "") + f"{owner.user}@{owner.host}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                # closing the connection rolls back anyway; the first error is the one to tell
                with contextlib.suppress(DatabaseError):
                    conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    if events:
        pending_events_path(log.paths).unlink(missing_ok=True)


def open_log(paths: LogPaths, passphrase: str, *, readonly: bool = False) -> Log:
    """Unwrap the key with the passphrase and open the log. A wrong passphrase changes nothing
    but a line in the pending-events file, which the next unlock moves into the audit trail."""
    if not paths.log.exists():
        inspect_file(paths.log)
    started = time.perf_counter()
    try:
        data_key = keyfile.unwrap_data_key(paths.key, passphrase)
    except keyfile.WrongPassphrase:
        note_event(paths, audit.FAILED_UNLOCK)
        raise
    log = open_with_key(paths, data_key, readonly=readonly)
    _after_unlock(log, started)
    return log


def _after_unlock(log: Log, started: float, action: str = audit.UNLOCK, detail: str = "") -> None:
    try:
        if log.readonly:
            note_event(log.paths, audit.UNLOCK_READ_ONLY)
        else:
            try:
                record_unlock(log, action, detail)
            except (DatabaseError, OSError) as exc:  # a full disk: the unlock entry does not fit
                raise _classified(exc, log.paths.log, errors.UNREADABLE) from None
    except BaseException:
        log.close()
        raise
    log.unlock_seconds = time.perf_counter() - started


def open_with_recovery_code(paths: LogPaths, code: str, new_passphrase: str,
                            kdf: keyfile.KdfParams = keyfile.KdfParams()) -> Log:
    """Forgotten passphrase: the recovery code sets `new_passphrase` and opens the log.

    The returned Log carries a new recovery code (the used one no longer works): show it once.
    """
    if not paths.log.exists():
        inspect_file(paths.log)
    problem = keyfile.passphrase_problem(new_passphrase)
    if problem:
        raise LogOpenError(problem, errors.BAD_PASSPHRASE)
    started = time.perf_counter()
    try:
        data_key = keyfile.unwrap_with_recovery_code(paths.key, code)
    except keyfile.WrongRecoveryCode:
        note_event(paths, audit.FAILED_UNLOCK)
        raise
    # Take the lock before changing the key file: a second kbtdesk must not see it change.
    lock = acquire(paths.log)
    try:
        _, fresh = keyfile.recover(paths.key, code, new_passphrase, kdf)
    except BaseException:
        lock.release()
        raise
    log = open_with_key(paths, data_key, lock=lock)
    log.recovery_code = fresh
    _after_unlock(log, started, audit.RECOVER, "new passphrase set with the recovery code;")
    return log


def change_passphrase(log: Log, old: str, new: str, kdf: keyfile.KdfParams = keyfile.KdfParams()) -> None:
    """Re-wrap the data key with a new passphrase (the log is not rewritten) and record it."""
    problem = keyfile.passphrase_problem(new)
    if problem:
        raise keyfile.KeyFileError(problem)
    keyfile.change_passphrase(log.paths.key, old, new, kdf)
    log.record(audit.PASSPHRASE)


def create_log(paths: LogPaths, passphrase: str, kdf: keyfile.KdfParams = keyfile.KdfParams(),
               *, data_key: bytes | None = None, recovery: bool = True) -> Log:
    """A new, empty, encrypted log and its key file; `Log.recovery_code` holds the recovery code.

    The database is built under a temporary name and renamed last, so a crash leaves either
    no log or a complete one.
    """
    problem = keyfile.passphrase_problem(passphrase)
    if problem:
        raise LogOpenError(problem, errors.BAD_PASSPHRASE)
    if paths.log.exists():
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "A log already exists at {path}; it was not touched."), {"path": str(paths.log)}),
            errors.EXISTS)
    try:
        paths.log.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _classified(exc, paths.log, errors.READ_ONLY) from None
    lock = acquire(paths.log)
    try:
        if paths.log.exists():
            raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
                "Log", "A log already exists at {path}; it was not touched."), {"path": str(paths.log)}),
                errors.EXISTS)
        data_key = data_key or keyfile.new_data_key()
        code = keyfile.new_recovery_code() if recovery else None
        build = paths.log.with_name("." + paths.log.name + ".new")
        for leftover in (build, Path(str(build) + "-journal")):
            leftover.unlink(missing_ok=True)
        try:
            from kbtdesk.db.backup import create_private

            create_private(build)
            conn = connect(build, data_key, check=False)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                migrations.apply(conn)
            finally:
                conn.close()
            keyfile.write_key_file(paths.key, data_key, passphrase, kdf, recovery_code=code)
            lock.hold_file(build)  # the log is locked from the moment it has its name
            os.replace(build, paths.log)
        except (DatabaseError, OSError) as exc:
            build.unlink(missing_ok=True)
            raise _classified(exc, paths.log, errors.READ_ONLY) from None
        log = open_with_key(paths, data_key, lock=lock)
    except BaseException:
        lock.release()
        raise
    log.recovery_code = code
    try:
        log.record(audit.CREATE, record_kind="log")
    except BaseException:
        log.close()
        raise
    return log


def restore_backup(paths: LogPaths, data_key: bytes, backup: Path,
                   now: datetime | None = None) -> tuple[Log, Path | None]:
    """Replace the log by a verified backup and open it; returns (log, where the old log was kept).

    Refused (LogInUse) while another kbtdesk has the log open; the backup is verified before
    anything is touched, and the current log is kept as `<log>.before-restore-<stamp>`.
    """
    from kbtdesk.db.backup import restore_file

    lock = acquire(paths.log)
    try:
        leftovers.remove_stale(paths)
        aside = restore_file(paths, data_key, Path(backup), now, lock=lock)
        log = open_with_key(paths, data_key, lock=lock)
    except BaseException:
        lock.release()
        raise
    try:
        log.record(audit.RESTORE, detail=_restore_detail(Path(backup), data_key))
    except BaseException:
        log.close()
        raise
    return log, aside


def _restore_detail(backup: Path, data_key: bytes) -> str:
    """Which backup, and where its trail ended: `audit verify` then knows copies of the log that
    the restore replaced for what they are (kbtdesk/db/audit.py `check_copy`)."""
    copy = audit.backup_copy(backup, data_key)
    return audit.restore_detail(backup.name, copy.seq if copy else 0)


def unwrap_noting_failure(paths: LogPaths, passphrase: str | None = None, *, code: str | None = None,
                          key_path: Path | None = None) -> bytes:
    """The data key from the passphrase (or the recovery code) for a task that reads the key
    without unlocking the log (`verify`, `restore`, the window's restore): a wrong one is noted
    in the pending-events file like a failed unlock, and so reaches the audit trail."""
    key_path = key_path or paths.key
    try:
        if code is not None:
            return keyfile.unwrap_with_recovery_code(key_path, code)
        return keyfile.unwrap_data_key(key_path, passphrase or "")
    except (keyfile.WrongPassphrase, keyfile.WrongRecoveryCode):
        note_event(paths, audit.FAILED_UNLOCK)
        raise


def newest_good_backup(paths: LogPaths, data_key: bytes) -> Path | None:
    """For the window's "restore from the newest good backup" offer after a damaged log."""
    from kbtdesk.db.backup import list_backups, verify_backup

    for info in list_backups(paths):
        try:
            verify_backup(info.path, data_key)
        except LogOpenError:
            continue
        return info.path
    return None


def create_demo_log(folder: Path) -> Log:
    """A throwaway log with a random key held only in memory (`--demo`)."""
    paths = LogPaths(Path(folder) / "kbtdesk-demo.db")
    data_key = keyfile.new_data_key()
    conn = connect(paths.log, data_key, check=False)
    try:
        migrations.apply(conn)
    finally:
        conn.close()
    return open_with_key(paths, data_key, demo=True)
