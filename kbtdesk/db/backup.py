"""Encrypted backups: taken through the SQLite backup API, verified, renamed into place, thinned.

A backup is a complete log file encrypted with the same data key (the backup API writes into a
keyed target; conventions.md, measured), in DELETE journal mode so that it is one self-contained
file. It is written under a hidden temporary name, checked with `cipher_integrity_check`, fsynced
and only then renamed: a crash or a full disk never leaves a partial file under a backup's name.
A copy of the key file sits in the backups folder, so the folder alone (plus the passphrase or
the recovery code) restores the log on another workstation.

Thinning keeps the newest backup of each day for two weeks, of each ISO week for three months
and of each month for two years (like Anki and Time Machine: recent history dense, old sparse).
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable, Iterable

from kbtdesk.core import audit
from kbtdesk.core.text import QT_TRANSLATE_NOOP, Message
from kbtdesk.db import errors, migrations
from kbtdesk.db.connection import DatabaseError, connect
from kbtdesk.db.errors import LogOpenError
from kbtdesk.db.files import fsync_dir, write_atomically
from kbtdesk.db.health import check_database, damaged, inspect_file
from kbtdesk.paths import LogPaths

STAMP = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<prefix>.+?)-(?P<stamp>\d{8}T\d{6}Z)(?:-(?P<n>\d+))?\.db$")
AUTO, PRE_MIGRATION = "auto", "pre-migration"

DAILY_FOR = timedelta(days=14)
WEEKLY_FOR = timedelta(days=92)
MONTHLY_FOR = timedelta(days=730)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    at: datetime  # UTC, from the name
    size: int
    kind: str  # AUTO or PRE_MIGRATION


def stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(STAMP)


def _tmp_for(target: Path) -> Path:
    return target.with_name("." + target.name + ".tmp")


def _fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def create_private(path: Path) -> None:
    """An empty owner-only file for SQLite to fill (it gives its -wal/-journal the same mode):
    encrypted or not, a log is nobody else's business on a shared workstation."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def _remove(*paths: Path) -> None:
    for p in paths:
        try:
            p.unlink()
        except FileNotFoundError:
            pass


#: Pages copied per step of the backup API between two progress reports (4 MiB of 4 KiB pages).
PAGES_PER_STEP = 1024


def copy_database(source_conn, target: Path, data_key: bytes, *, check_source: bool = True,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Copy an open, keyed database to `target` through the backup API, atomically.

    The source's pages are checked first: the backup API between two databases with the same
    key does NOT fail on a page whose HMAC is wrong (measured: it copies it and the copy then
    passes its own check), so an unchecked backup could launder damage into a "good" backup.

    `progress(done, total)` is called with pages copied; an exception it raises (a cancel) stops
    the copy and removes the temporary file: nothing is left under the backup's name.
    """
    target = Path(target)
    tmp = _tmp_for(target)
    journal = Path(str(tmp) + "-journal")
    _remove(tmp, journal)
    if check_source:
        problems = [r[0] for r in source_conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        if problems:
            raise damaged(target, problems[0])
    try:
        create_private(tmp)
        dest = connect(tmp, data_key, check=False)
        try:
            if progress is None:
                source_conn.backup(dest)
            else:
                progress(0, 1)
                source_conn.backup(dest, pages=PAGES_PER_STEP,
                                   progress=lambda _status, remaining, total: progress(total - remaining, total))
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = [r[0] for r in dest.execute("PRAGMA cipher_integrity_check").fetchall()]
        finally:
            dest.close()
        if problems:
            raise damaged(target, problems[0])
        _fsync_file(tmp)
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except BaseException:
        _remove(tmp, journal)
        raise
    return target


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if not match:
        return None
    try:
        at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=timezone.utc)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    kind = PRE_MIGRATION if match["prefix"].startswith("pre-migration-") else AUTO
    return BackupInfo(path, at, size, kind)


def list_backups(paths: LogPaths) -> list[BackupInfo]:
    """Every backup beside the log, newest first (temporary files are not backups)."""
    if not paths.backups.is_dir():
        return []
    found = [_parse(p) for p in paths.backups.iterdir() if p.is_file() and not p.name.startswith(".")]
    return sorted((b for b in found if b is not None), key=lambda b: (b.at, b.path.name), reverse=True)


def unique_target(folder: Path, prefix: str, now: datetime) -> Path:
    base = f"{prefix}-{stamp(now)}"
    target, n = folder / f"{base}.db", 1
    while target.exists() or _tmp_for(target).exists():
        n += 1
        target = folder / f"{base}-{n}.db"
    return target


def clean_leftovers(folder: Path) -> None:
    """Remove temporary files of backups that a crash interrupted."""
    if folder.is_dir():
        for p in folder.iterdir():
            if p.name.startswith(".") and (p.name.endswith(".tmp") or p.name.endswith(".tmp-journal")):
                _remove(p)


def _copy_key_file(paths: LogPaths) -> None:
    try:
        data = paths.key.read_bytes()
    except OSError:
        return
    copy = paths.backups / paths.key.name
    try:
        if copy.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomically(copy, data)


def backup_now(paths: LogPaths, data_key: bytes, now: datetime | None = None, *, source=None,
               prefix: str | None = None, progress: Callable[[int, int], None] | None = None) -> BackupInfo:
    """Write one verified backup of the log now; returns it. Raises OSError/LogOpenError on failure."""
    now = now or datetime.now(timezone.utc)
    paths.backups.mkdir(mode=0o700, parents=True, exist_ok=True)
    clean_leftovers(paths.backups)
    target = unique_target(paths.backups, prefix or paths.log.stem, now)
    own = source is None
    if own:
        source = connect(paths.log, data_key, readonly=True)
    try:
        copy_database(source, target, data_key, progress=progress)
    except DatabaseError as exc:
        kind = errors.sqlite_error_kind(exc)
        if kind == errors.DISK_FULL:
            raise OSError(28, "No space left on device") from exc
        raise
    finally:
        if own:
            source.close()
    _copy_key_file(paths)
    info = _parse(target)
    assert info is not None
    return info


def thinning_keep(times: Iterable[datetime], now: datetime) -> set[datetime]:
    """Which backup times to keep: the newest of each day (2 weeks), week (3 months), month (2 years)."""
    times = sorted(set(times), reverse=True)
    keep: set[datetime] = set(times[:1])
    seen: set[tuple] = set()
    for at in times:
        age = now - at
        if age < DAILY_FOR:
            bucket: tuple = ("day", at.date())
        elif age < WEEKLY_FOR:
            bucket = ("week", *at.isocalendar()[:2])
        elif age < MONTHLY_FOR:
            bucket = ("month", at.year, at.month)
        else:
            continue
        if bucket not in seen:
            seen.add(bucket)
            keep.add(at)
    return keep


def thin(paths: LogPaths, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups the thinning rule no longer keeps; returns what was deleted."""
    now = now or datetime.now(timezone.utc)
    autos = [b for b in list_backups(paths) if b.kind == AUTO]
    keep = thinning_keep([b.at for b in autos], now)
    kept_at: set[datetime] = set()
    removed = []
    for b in autos:  # newest first: of two backups in the same second keep the newer name
        if b.at in keep and b.at not in kept_at:
            kept_at.add(b.at)
            continue
        _remove(b.path)
        removed.append(b.path)
    return removed


def _data_head_of_file(path: Path, data_key: bytes) -> tuple[int, str] | None:
    try:
        conn = connect(path, data_key, immutable=True)
    except DatabaseError:
        return None
    try:
        return audit.data_head(lambda sql, p: conn.execute(sql, p))
    except DatabaseError:
        return (0, audit.GENESIS)  # a backup from before the audit trail
    finally:
        conn.close()


@dataclass
class BackupPolicy:
    """Automatic backups for the window: call `maybe_backup()` after saves, on a timer, and on close.

    A backup is taken when the care data changed since the newest backup (compared through the
    audit trail's newest data entry, so unlocking or exporting alone costs no backup) and the
    newest backup is at least `interval` old, or at once when `closing`.
    """

    log: object  # kbtdesk.db.engine.Log
    interval: timedelta = timedelta(hours=1)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    _head_cache: dict = field(default_factory=dict, repr=False)

    @property
    def paths(self) -> LogPaths:
        return self.log.paths

    def last_backup(self) -> BackupInfo | None:
        backups = list_backups(self.paths)
        return backups[0] if backups else None

    def _log_data_head(self) -> tuple[int, str]:
        from sqlalchemy import text

        with self.log.engine.connect() as conn:
            return audit.data_head(lambda sql, p: conn.execute(text(sql), p))

    def _backup_head(self, info: BackupInfo) -> tuple[int, str] | None:
        key = (info.path, info.size)
        if key not in self._head_cache:
            self._head_cache[key] = _data_head_of_file(info.path, self.log.data_key)
        return self._head_cache[key]

    def changed_since_last_backup(self) -> bool:
        last = self.last_backup()
        return last is None or self._backup_head(last) != self._log_data_head()

    def due(self, now: datetime | None = None, *, closing: bool = False) -> bool:
        now = now or self.clock()
        if getattr(self.log, "demo", False) or not self.changed_since_last_backup():
            return False
        last = self.last_backup()
        return closing or last is None or now - last.at >= self.interval

    def maybe_backup(self, now: datetime | None = None, *, closing: bool = False) -> BackupInfo | None:
        """Back up if due (and thin); the new backup or None. Errors (full disk) propagate."""
        now = now or self.clock()
        if not self.due(now, closing=closing):
            return None
        info = backup_now(self.paths, self.log.data_key, now)
        thin(self.paths, now)
        return info


# -- restore ------------------------------------------------------------------------------

def verify_backup(path: Path, data_key: bytes, full: bool = False) -> int:
    """The backup's schema version if it is whole and opens with this key; else LogOpenError."""
    inspect_file(path)
    report = check_database(path, data_key, full=full, immutable=True)
    if not report.ok:
        if report.kind == errors.NOT_A_LOG:
            raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
                "Log", "{path} does not open with this log's key: it is damaged or belongs to another "
                       "key file. The current log was not touched."), {"path": str(path)}), errors.NOT_A_LOG)
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "The backup {path} is damaged ({detail}). The current log was not touched."),
            {"path": str(path), "detail": report.problems[0] if report.problems else "?"}), errors.DAMAGED)
    migrations.pending(report.version or 0)  # LogTooNew for a backup from a newer kbtdesk
    return report.version or 0


def set_aside(paths: LogPaths, data_key: bytes, now: datetime) -> Path | None:
    """Keep the current log as `<log>.before-restore-<stamp>` (and its -wal as `...-wal`).

    The caller holds the writer lock and has closed its engine. A byte copy, taken before
    anything else: the log exactly as it was, damage included. Its -wal and -shm are then
    removed so that they can never be replayed onto the restored file.
    """
    if not paths.log.exists():
        return None
    aside = paths.log.with_name(f"{paths.log.name}.before-restore-{stamp(now)}")
    wal, shm = Path(str(paths.log) + "-wal"), Path(str(paths.log) + "-shm")
    # A byte copy, not the backup API: the log as it was, damage included, for whoever looks later.
    tmp = _tmp_for(aside)
    shutil.copyfile(paths.log, tmp)
    _fsync_file(tmp)
    os.replace(tmp, aside)
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, Path(str(aside) + "-wal"))
    _remove(wal, shm)
    fsync_dir(paths.log.parent)
    return aside


def restore_file(paths: LogPaths, data_key: bytes, backup: Path, now: datetime | None = None) -> Path | None:
    """Replace the log by a verified backup; returns where the old log was set aside.

    The caller holds the writer lock. At every moment a complete log sits under the log's name:
    the backup is copied to a temporary file first and renamed over the log last.
    """
    now = now or datetime.now(timezone.utc)
    verify_backup(backup, data_key)
    aside = set_aside(paths, data_key, now)
    source = connect(backup, data_key, immutable=True)
    try:
        copy_database(source, paths.log, data_key)
    finally:
        source.close()
    return aside


__all__ = ["AUTO", "PRE_MIGRATION", "BackupInfo", "BackupPolicy", "backup_now", "clean_leftovers",
           "copy_database", "list_backups", "restore_file", "set_aside", "thin", "thinning_keep",
           "unique_target", "verify_backup"]
