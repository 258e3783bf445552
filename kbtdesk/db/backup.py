"""Encrypted backups: taken through the SQLite backup API, verified, renamed into place, thinned.

A backup is a complete log file encrypted with the same data key (the backup API writes into a
keyed target; conventions.md, measured), in DELETE journal mode so that it is one self-contained
file. It is written under a hidden temporary name, its pages checked as `cipher_integrity_check`
checks them, fsynced and only then renamed: a crash, a full disk or a cancel never leaves a
partial file under a backup's name.
A copy of the key file sits in the backups folder, so the folder alone (plus the passphrase or
the recovery code) restores the log on another workstation.

Thinning keeps the newest backup of each day for two weeks, of each ISO week for three months
and of each month for two years (like Anki and Time Machine: recent history dense, old sparse).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import os
import re
import shutil
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from kbtdesk.base.files import fsync_dir, write_atomically
from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.progress import Progress
from kbtdesk.db import audit, errors, migrations
from kbtdesk.db.connection import DatabaseError, connect
from kbtdesk.db.errors import LogOpenError
from kbtdesk.db.health import check_database, damaged, inspect_file
from kbtdesk.paths import LogPaths

if TYPE_CHECKING:
    from kbtdesk.db.engine import Log

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
    return moment.astimezone(UTC).strftime(STAMP)


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
        with contextlib.suppress(FileNotFoundError):
            p.unlink()


#: Pages checked or copied per step between two progress reports (4 MiB of 4 KiB pages): a cancel
#: (an exception from `progress`) lands within one step.
PAGES_PER_STEP = 1024

# SQLCipher 4's default page format, the one `_check_pages` verifies by itself.
_PAGE_FORMAT = {"cipher": "AES-256-CBC", "cipher_use_hmac": "1", "cipher_hmac_algorithm": "HMAC_SHA512",
                "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512", "fast_kdf_iter": "2", "cipher_hmac_pgno": "le",
                "cipher_hmac_salt_mask": "3a", "cipher_plaintext_header_size": "0"}
_SALT, _IV, _HMAC, _KEY = 16, 16, 64, 32
# SQLite never uses the page holding the byte at 1 GiB; SQLCipher's check skips it too.
_PENDING_BYTE = 0x40000000


def _page_size_if_known_format(conn) -> int | None:
    """The page size, when the connection's page format is the one `_check_pages` knows."""
    for pragma, expected in _PAGE_FORMAT.items():
        row = conn.execute(f"PRAGMA {pragma}").fetchone()
        if row is None or str(row[0]) != expected:
            return None
    return int(conn.execute("PRAGMA cipher_page_size").fetchone()[0])


def _check_pages(path: Path, data_key: bytes, page_size: int,
                 step: Progress) -> list[str]:
    """What `PRAGMA cipher_integrity_check` reports for the file, checked a step at a time.

    The pragma runs to its end inside one C call that neither the progress handler nor
    `interrupt()` reaches (measured: ≈2.7 s at 1M contacts), so a cancel would wait for it. This
    is the same check from the file: each page's HMAC-SHA512 over its ciphertext and IV (page 1
    without its salt) and its little-endian number, keyed by PBKDF2-HMAC-SHA512 of the raw data
    key over the salt XOR 0x3a, 2 iterations (measured ≈2.0 s at 1M contacts).
    """
    reserve = _IV + _HMAC
    payload_end = page_size - reserve + _IV
    pending_page = _PENDING_BYTE // page_size + 1
    with open(path, "rb") as handle:
        size = os.fstat(handle.fileno()).st_size
        pages = size // page_size
        salt = handle.read(_SALT)
        hmac_key = hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, _KEY)

        def whole(number: int, page) -> bool:
            mac = hmac.new(hmac_key, page[_SALT if number == 1 else 0:payload_end], hashlib.sha512)
            mac.update(number.to_bytes(4, "little"))
            return hmac.compare_digest(mac.digest(), page[payload_end:payload_end + _HMAC])

        problems = []
        step(0, pages)
        for first in range(1, pages + 1, PAGES_PER_STEP):
            handle.seek((first - 1) * page_size)
            chunk = memoryview(handle.read(PAGES_PER_STEP * page_size))
            for i in range(len(chunk) // page_size):
                number = first + i
                if number == pending_page or whole(number, chunk[i * page_size:(i + 1) * page_size]):
                    continue
                # Read once more: a checkpoint of the open log may have been writing this page.
                handle.seek((number - 1) * page_size)
                if not whole(number, handle.read(page_size)):
                    problems.append(f"HMAC verification failed for page {number}")
            step(min(first - 1 + PAGES_PER_STEP, pages), pages)
    if size % page_size:
        problems.append(f"page {pages + 1} has an invalid size of {size % page_size} bytes "
                        f"(expected {page_size} bytes)")
    return problems


def _integrity_problems(conn, path: Path, data_key: bytes, step: Progress) -> list[str]:
    page_size = _page_size_if_known_format(conn)
    if page_size is None:  # another page format: SQLCipher's own check, not cancellable midway
        step(0, 1)
        problems = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        step(1, 1)
        return problems
    return _check_pages(path, data_key, page_size, step)


def _database_file(conn) -> Path:
    return Path(next(row[2] for row in conn.execute("PRAGMA database_list").fetchall() if row[1] == "main"))


def _phases(progress: Progress | None, count: int, pages: int):
    """`phase(n)`: a progress(done, total) for phase n that reports to `progress` as a share of
    the whole job, `pages` units per phase."""
    pages = max(pages, 1)

    def phase(n: int) -> Progress:
        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(n * pages + min(done * pages // max(total, 1), pages), count * pages)
        return step

    return phase


def copy_database(source_conn, target: Path, data_key: bytes, *, check_source: bool = True,
                  progress: Progress | None = None) -> Path:
    """Copy an open, keyed database to `target` through the backup API, atomically.

    The source's pages are checked first: the backup API between two databases with the same
    key does NOT fail on a page whose HMAC is wrong (measured: it copies it and the copy then
    passes its own check), so an unchecked backup could launder damage into a "good" backup.
    Then the copy, then the copy's pages are checked.

    `progress(done, total)` follows the whole job (check, copy, check of the copy) and is last
    called with done == total just before the rename. An exception it raises (a cancel) stops
    whichever phase runs and removes the temporary file: nothing is left under the backup's name.
    """
    target = Path(target)
    tmp = _tmp_for(target)
    journal = Path(str(tmp) + "-journal")
    _remove(tmp, journal)
    phase = _phases(progress, 3 if check_source else 2,
                    source_conn.execute("PRAGMA page_count").fetchone()[0])
    copying, checking_copy = (1, 2) if check_source else (0, 1)
    if check_source:
        problems = _integrity_problems(source_conn, _database_file(source_conn), data_key, phase(0))
        if problems:
            raise damaged(target, problems[0])
    try:
        create_private(tmp)
        dest = connect(tmp, data_key, check=False)
        try:
            step = phase(copying)
            step(0, 1)
            source_conn.backup(dest, pages=PAGES_PER_STEP,
                               progress=lambda _status, remaining, total: step(total - remaining, total))
            dest.execute("PRAGMA journal_mode = DELETE")
            problems = _integrity_problems(dest, tmp, data_key, phase(checking_copy))
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
        at = datetime.strptime(match["stamp"], STAMP).replace(tzinfo=UTC)
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
               prefix: str | None = None, progress: Progress | None = None) -> BackupInfo:
    """Write one verified backup of the log now; returns it. Raises OSError/LogOpenError on failure."""
    now = now or datetime.now(UTC)
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
    now = now or datetime.now(UTC)
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


@dataclass(frozen=True)
class BackupJob:
    """A backup the policy found due. `run` opens its own connection to the log, so it may run on
    a worker thread while the log's engine serves the window."""

    paths: LogPaths
    data_key: bytes = field(repr=False)
    now: datetime

    def run(self, progress: Progress | None = None) -> BackupInfo:
        """Write the backup, then thin. An exception from `progress` cancels: no backup and no
        temporary file is left, and the log is only read."""
        info = backup_now(self.paths, self.data_key, self.now, progress=progress)
        thin(self.paths, self.now)
        return info


@dataclass
class BackupPolicy:
    """Automatic backups for the window: after saves, on a timer, and on close.

    A backup is taken when the care data changed since the newest backup (compared through the
    audit trail's newest data entry, so unlocking or exporting alone costs no backup) and the
    newest backup is at least `interval` old, or at once when `closing`. After the user cancels
    one (`cancelled()`), none is due for `hold_after_cancel` unless closing: the user said "not now".

    `due_backup()` decides (cheap; it reads through the log's engine, so on the thread that owns
    it) and returns a `BackupJob` to run anywhere; `maybe_backup()` does both in one go.
    """

    log: Log
    interval: timedelta = timedelta(hours=1)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    hold_after_cancel: timedelta = timedelta(minutes=10)
    _head_cache: dict[tuple[Path, int], tuple[int, str] | None] = field(default_factory=dict, repr=False)
    _held_until: datetime | None = field(default=None, repr=False)

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

    def cancelled(self, now: datetime | None = None) -> None:
        """The user cancelled a backup: no automatic one for `hold_after_cancel` (closing still backs up)."""
        self._held_until = (now or self.clock()) + self.hold_after_cancel

    def due(self, now: datetime | None = None, *, closing: bool = False) -> bool:
        now = now or self.clock()
        if not closing and self._held_until is not None and now < self._held_until:
            return False
        if getattr(self.log, "demo", False) or not self.changed_since_last_backup():
            return False
        last = self.last_backup()
        return closing or last is None or now - last.at >= self.interval

    def due_backup(self, now: datetime | None = None, *, closing: bool = False) -> BackupJob | None:
        """The backup to take now, or None when none is due."""
        now = now or self.clock()
        if not self.due(now, closing=closing):
            return None
        return BackupJob(self.paths, self.log.data_key, now)

    def maybe_backup(self, now: datetime | None = None, *, closing: bool = False,
                     progress: Progress | None = None) -> BackupInfo | None:
        """Back up if due (and thin); the new backup or None. Errors (full disk) propagate."""
        job = self.due_backup(now, closing=closing)
        return None if job is None else job.run(progress)


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


def _log_files(path: Path) -> list[tuple[str, Path]]:
    """A log is its main file, its -wal and its -shm: they move and are kept together."""
    return [(suffix, Path(str(path) + suffix)) for suffix in ("", "-wal", "-shm")]


def set_aside(paths: LogPaths, data_key: bytes, now: datetime) -> Path | None:
    """Keep the current log as `<log>.before-restore-<stamp>` with its -wal (byte copies, 0600).

    The caller holds the writer lock and has closed its engine. Copies of the files exactly as
    they are, damage included, taken before anything else: the pair opens as the old log, with
    every save that was only in its -wal. The live log is not touched here.
    """
    if not paths.log.exists():
        return None
    aside = paths.log.with_name(f"{paths.log.name}.before-restore-{stamp(now)}")
    n = 1
    while aside.exists():
        n += 1
        aside = paths.log.with_name(f"{paths.log.name}.before-restore-{stamp(now)}-{n}")
    for suffix, live in _log_files(paths.log)[:2]:  # the -shm is rebuilt from the -wal by SQLite
        if not live.exists() or (suffix and not live.stat().st_size):
            continue
        target = Path(str(aside) + suffix)
        tmp = _tmp_for(target)
        _remove(tmp)
        create_private(tmp)  # 0600: a set-aside copy is a whole log
        shutil.copyfile(live, tmp)
        _fsync_file(tmp)
        os.replace(tmp, target)
    fsync_dir(paths.log.parent)
    return aside


def _fold_wal_into_main(paths: LogPaths, data_key: bytes) -> bool:
    """Checkpoint the live log so that its main file alone holds every committed save and its
    -wal is empty. True when done; False when the log cannot be read (it is damaged: the set-aside
    copies are what keeps it). LogInUse when a reader (a read-only kbtdesk) holds the -wal."""
    from kbtdesk.db.lock import LogInUse
    from kbtdesk.db.wal import inspect_wal

    if not inspect_wal(paths.log).holds_data:
        return True
    if inspect_wal(paths.log).damaged:
        return False
    try:
        conn = connect(paths.log, data_key)
        try:
            busy, _frames, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except DatabaseError:
        return False
    if busy:
        raise LogInUse(paths.log, None)
    return True


def restore_file(paths: LogPaths, data_key: bytes, backup: Path, now: datetime | None = None,
                 lock=None) -> Path | None:
    """Replace the log by a verified backup; returns where the old log was set aside.

    The caller holds the writer lock (`lock`, a `WriterLock`). A kill at any moment leaves the old
    log with every acknowledged save or the new one, never a mix (issue 12.5), because the steps
    are, in this order:
    1. the backup is verified and copied to a hidden file beside the log, checked and fsynced;
    2. the current main file and -wal are copied aside (`set_aside`);
    3. the live log is checkpointed, so its main file alone is the whole old log;
    4. only then are its (empty) -wal and -shm removed, and the new file is renamed over it last.
    A -wal is never removed while it holds a save the main file lacks, and never left beside a
    main file it does not belong to. Leftovers of a killed restore go at the next start
    (`leftovers.remove_stale`).
    """
    now = now or datetime.now(UTC)
    verify_backup(backup, data_key)
    staged = restore_staging(paths)
    source = connect(backup, data_key, immutable=True)
    try:
        copy_database(source, staged, data_key)
    finally:
        source.close()
    aside = None
    try:
        aside = set_aside(paths, data_key, now)
        if paths.log.exists():
            _fold_wal_into_main(paths, data_key)
        for _suffix, old in _log_files(paths.log)[1:]:
            _remove(old)
        if lock is not None:
            lock.hold_file(staged)  # the file under the log's name is never without its lock
        os.replace(staged, paths.log)
    except BaseException:
        _remove(staged)
        if aside is not None and paths.log.exists():  # refused before the rename: the log stays
            _remove(*(Path(str(aside) + suffix) for suffix, _ in _log_files(aside)))
        raise
    fsync_dir(paths.log.parent)
    return aside


def restore_staging(paths: LogPaths) -> Path:
    """Where a restore builds the new log before renaming it over the old one."""
    return paths.log.with_name("." + paths.log.name + ".restore")


__all__ = ["AUTO", "PRE_MIGRATION", "BackupInfo", "BackupJob", "BackupPolicy", "backup_now", "clean_leftovers",
           "copy_database", "list_backups", "restore_file", "restore_staging", "set_aside", "thin", "thinning_keep",
           "unique_target", "verify_backup"]
