"""Looking at a log or backup file without changing it: what kind of file is it, is it whole?

SQLCipher 4 stores each 4096-byte page with its own IV and HMAC-SHA512, so a flipped byte anywhere
in the file fails `PRAGMA cipher_integrity_check` (or the first read, on page 1). `quick_check`
adds SQLite's own b-tree checks; the full `integrity_check` also checks every index entry and is
slow on a big log (≈26 s at 1M contacts, conventions.md), so it runs only on request.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.progress import Progress
from kbtdesk.db import errors
from kbtdesk.db.connection import DatabaseError, connect
from kbtdesk.db.errors import LogOpenError
from kbtdesk.db.wal import inspect_wal

PAGE_SIZE = 4096
PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


def _err(kind: str, source: str, path: Path, **params) -> LogOpenError:
    return LogOpenError(Message("Log", source, {"path": str(path), **params}), kind)


def inspect_file(path: Path) -> int:
    """The file's size, or LogOpenError for a file that cannot be a log (read only; changes nothing)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(len(PLAIN_SQLITE_HEADER))
    except FileNotFoundError:
        raise _err(errors.MISSING, QT_TRANSLATE_NOOP("Log", "There is no log at {path}."), path) from None
    except IsADirectoryError:
        raise _err(errors.FOREIGN, QT_TRANSLATE_NOOP(
            "Log", "{path} is a folder, not a kbtdesk log. Nothing was changed."), path) from None
    except OSError as exc:
        raise _err(errors.UNREADABLE, QT_TRANSLATE_NOOP(
            "Log", "{path} cannot be read ({error}). Nothing was changed."), path,
            error=exc.strerror or str(exc)) from None
    if size == 0:
        raise _err(errors.EMPTY, QT_TRANSLATE_NOOP(
            "Log", "{path} is empty (0 bytes): it was not written completely. Nothing was changed; "
                   "restore the newest backup."), path)
    if head == PLAIN_SQLITE_HEADER:
        raise _err(errors.FOREIGN, QT_TRANSLATE_NOOP(
            "Log", "{path} is an unencrypted SQLite database, not a kbtdesk log. Nothing was changed."), path)
    if size % PAGE_SIZE:
        raise _err(errors.TRUNCATED, QT_TRANSLATE_NOOP(
            "Log", "{path} is not a complete kbtdesk log ({size} bytes, not a whole number of pages): "
                   "it was cut short, or it is another kind of file. Nothing was changed; restore "
                   "the newest backup."), path, size=size)
    return size


def not_a_log(path: Path) -> LogOpenError:
    return _err(errors.NOT_A_LOG, QT_TRANSLATE_NOOP(
        "Log", "{path} could not be opened with this key: it is damaged, not a kbtdesk log, or "
               "belongs to another key file. Nothing was changed."), path)


def damaged(path: Path, detail: str) -> LogOpenError:
    return _err(errors.DAMAGED, QT_TRANSLATE_NOOP(
        "Log", "{path} is damaged ({detail}). Nothing was changed; restore the newest backup or "
               "open it read-only to copy what can be read."), path, detail=detail)


def damaged_wal(path: Path, detail: str) -> LogOpenError:
    """The -wal would drop saved changes: refused before SQLite reads it (and silently drops them)."""
    return _err(errors.DAMAGED, QT_TRANSLATE_NOOP(
        "Log", "{path} cannot be opened: its write-ahead journal ({path}-wal) is damaged ({detail}). "
               "Nothing was changed and both files are kept as they are; restore the newest backup "
               "(the damaged files are set aside beside it), or keep the two files together and ask "
               "for help to recover the newest saves."), path, detail=detail)


@dataclass
class HealthReport:
    path: Path
    ok: bool
    version: int | None = None
    problems: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    kind: str | None = None


def check_database(path: Path, data_key: bytes, *, full: bool = False, immutable: bool = False,
                   progress: Progress | None = None) -> HealthReport:
    """cipher_integrity_check + quick_check (integrity_check with `full`). Never writes.

    `progress(done, total)` is called per check (each is one statement SQLite runs to its end).

    `immutable` reads the main file alone (no -wal/-shm, no locks): right for a backup file or a
    log nobody has open, wrong for a log another process is writing. It is ignored when the file
    has a -wal that SQLite would replay: the check covers what the log is opened with, so a -wal
    is walked first (`wal.inspect_wal`) and then read with the main file.
    """
    path = Path(path)
    report = HealthReport(path, ok=False)
    try:
        inspect_file(path)
    except LogOpenError as exc:
        report.kind, report.problems = exc.kind, [str(exc)]
        return report
    journal = inspect_wal(path)
    if journal.damaged and not journal.in_main_file:
        report.kind, report.problems = errors.DAMAGED, [f"wal: {journal.describe()}"]
        return report
    # A damaged -wal whose commits are all in the main file is set aside at the next open: the
    # main file alone is what the log is then opened with.
    main_alone = journal.damaged or (immutable and not journal.holds_data)
    try:
        conn = connect(path, data_key, readonly=True, immutable=main_alone)
    except DatabaseError:
        report.kind, report.problems = errors.NOT_A_LOG, [str(not_a_log(path))]
        return report
    try:
        report.version = conn.execute("PRAGMA user_version").fetchone()[0]
        checks = [("cipher_integrity_check", "PRAGMA cipher_integrity_check"),
                  ("integrity_check" if full else "quick_check",
                   "PRAGMA integrity_check" if full else "PRAGMA quick_check")]
        for n, (name, sql) in enumerate(checks):
            if progress is not None:
                progress(n, len(checks))
            started = time.perf_counter()
            try:
                rows = [r[0] for r in conn.execute(sql).fetchall()]
            except DatabaseError as exc:
                rows = [str(exc)]
            report.seconds[name] = time.perf_counter() - started
            problems = [r for r in rows if r != "ok"]
            if problems:
                report.problems.extend(f"{name}: {p}" for p in problems[:20])
                report.kind = errors.DAMAGED
                break
    except DatabaseError as exc:
        report.problems.append(str(exc))
        report.kind = errors.DAMAGED
    finally:
        conn.close()
    report.ok = not report.problems
    if progress is not None and report.ok:
        progress(2, 2)
    return report


__all__ = ["HealthReport", "PAGE_SIZE", "check_database", "damaged", "damaged_wal", "inspect_file", "not_a_log"]
