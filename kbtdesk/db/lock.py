"""One writer per log: an OS lock on a file beside the log, with the owner written into it, and
(POSIX) an OS lock on the log file itself.

`fcntl.flock` (POSIX) and `msvcrt.locking` (Windows, `base.oslock`) are released by the operating
system when the process ends, however it ends: a lock left by a killed kbtdesk is simply free
again, so there is no staleness to guess. The owner information (user, host, pid, since) is only
there to tell a second kbtdesk who has the log; the lock itself is the OS lock, never the file's
content. The lock on the log file itself is what keeps a second writer out when the lock file
was deleted under a running kbtdesk: it does not rest on a file beside the log.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.base.oslock import try_lock, unlock
from kbtdesk.db.errors import IN_USE, READ_ONLY, LogOpenError

# Windows: the byte of the lock file locked since the first kbtdesk (kept, so that versions see
# each other's locks); far past the owner text, which a second kbtdesk must still be able to read.
_LOCK_OFFSET = 1 << 30


def _try_lock(fd: int) -> bool:
    return try_lock(fd, _LOCK_OFFSET)


def _unlock(fd: int) -> None:
    unlock(fd, _LOCK_OFFSET)


def _hold_log_file(path: Path) -> int | None:
    """POSIX: an `flock` on the log file itself, so that deleting `<log>.lock` (a user, a cleanup
    tool) does not let a second writer in (issue 12.6). Returns the descriptor, None when there is
    no such file yet (the lock file guards `init`), or raises `_Held`.

    Windows: not needed and not taken. A file open in a process cannot be deleted or renamed there
    (Python opens without FILE_SHARE_DELETE), so the held lock file cannot go away; and a byte lock
    in the log would be mandatory, refusing reads of that byte to SQLite and to the page check.
    """
    if os.name == "nt":  # pragma: no cover - Windows only
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    if not try_lock(fd):
        os.close(fd)
        raise _Held
    return fd


class _Held(Exception):
    """The log file itself is locked by another writer."""


def lock_path(log: Path) -> Path:
    log = Path(log)
    return log.with_name(log.name + ".lock")


def _host_name() -> str:
    """This machine's name: what socket.gethostname() returns, without importing socket (≈4 ms
    on the way to the first paint) where uname gives the same name."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


@dataclass(frozen=True)
class LockOwner:
    """Who holds a log: shown as "in use by tove on MOTT-PC-12 (process 4711) since 09:14"."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    @classmethod
    def me(cls) -> LockOwner:
        try:
            user = getpass.getuser()
        except Exception:  # no user name on some service accounts
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        return cls(user, _host_name(), os.getpid(),
                   datetime.now(UTC).isoformat(timespec="seconds"))

    def describe(self) -> str:
        return f"{self.user}@{self.host}, process {self.pid}, since {self.since}"


class LogInUse(LogOpenError):
    """Another kbtdesk is writing to this log. `owner` is None when it could not be read."""

    def __init__(self, log: Path, owner: LockOwner | None):
        self.owner = owner
        if owner is None:
            message = Message("Log", QT_TRANSLATE_NOOP(
                "Log", "{path} is in use by another kbtdesk. Nothing was written; you can open it read-only."),
                {"path": str(log)})
        else:
            message = Message("Log", QT_TRANSLATE_NOOP(
                "Log", "{path} is in use by {user} on {host} (process {pid}) since {since}. Nothing was "
                       "written; you can open it read-only."),
                {"path": str(log), "user": owner.user, "host": owner.host, "pid": owner.pid,
                 "since": owner.since})
        super().__init__(message, IN_USE)


def _read_owner(path: Path) -> LockOwner | None:
    try:
        doc = json.loads(path.read_bytes()[:4096] or b"null")
        return LockOwner(str(doc["user"]), str(doc["host"]), int(doc["pid"]), str(doc["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def who_holds(log: Path) -> LockOwner | None:
    """The owner of a held lock, or None when the log is free (a lock of a dead process is free)."""
    path = lock_path(log)
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        fd = None
    if fd is not None:
        try:
            if not _try_lock(fd):
                return _read_owner(path) or LockOwner("?", "?", 0, "")
            _unlock(fd)
        finally:
            os.close(fd)
    try:
        held = _hold_log_file(Path(log))
    except _Held:
        return LockOwner("?", "?", 0, "")  # a writer whose lock file was deleted
    if held is not None:
        unlock(held)
        os.close(held)
    return None


class WriterLock:
    """The held writer lock of one log. `release()` (or process death) frees it."""

    def __init__(self, log: Path, fd: int, owner: LockOwner, log_fd: int | None = None):
        self.path = lock_path(log)
        self.owner = owner
        self._fd: int | None = fd
        self._log_fds: list[int] = [] if log_fd is None else [log_fd]

    def hold_file(self, path: Path) -> None:
        """Lock a file that is about to be renamed over the log (a restore, `init`) before the
        rename, so that the log under its name is never without its lock. POSIX only (see
        `_hold_log_file`); the old log's lock is kept until `release`."""
        try:
            fd = _hold_log_file(Path(path))
        except _Held:
            raise LogInUse(Path(path), None) from None
        if fd is not None:
            self._log_fds.append(fd)

    def release_log_files(self) -> None:
        """Drop the locks on log files (Windows cannot rename over an open file; see `hold_file`)."""
        fds, self._log_fds = self._log_fds, []
        for fd in fds:
            with contextlib.suppress(OSError):
                unlock(fd)
            os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        self.release_log_files()
        fd, self._fd = self._fd, None
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> WriterLock:
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def acquire(log: Path, retries: int = 5) -> WriterLock:
    """Take the writer lock of `log`, or raise LogInUse naming who has it.

    The lock file is never deleted (deleting a lock file races with a process that has just
    opened it); it is emptied on release. The log file itself is locked too (POSIX), after the
    lock file, so that a lock file deleted under a running kbtdesk does not admit a second writer.
    """
    log = Path(log)
    path = lock_path(log)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o660)
        writable = True
    except PermissionError:
        # Another user's lock file in a shared folder: flock needs no write access.
        try:
            fd = os.open(path, os.O_RDONLY)
            writable = False
        except OSError:
            raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
                "Log", "kbtdesk cannot write in the folder of {path}. Nothing was changed; you can "
                       "open the log read-only."), {"path": str(log)}), READ_ONLY) from None
    except OSError:
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "kbtdesk cannot write in the folder of {path}. Nothing was changed; you can open "
                   "the log read-only."), {"path": str(log)}), READ_ONLY) from None
    if not _try_lock(fd):
        os.close(fd)
        # The winner writes its name just after locking: give it a moment to do so.
        owner = None
        for _ in range(retries):
            owner = _read_owner(path)
            if owner is not None:
                break
            time.sleep(0.02)
        raise LogInUse(log, owner)
    try:
        log_fd = _hold_log_file(log)
    except _Held:
        # The lock file was deleted under a running kbtdesk and we made a new one: it is ours,
        # but the log itself is still held. Who holds it is written in the deleted file.
        _unlock(fd)
        os.close(fd)
        raise LogInUse(log, None) from None
    owner = LockOwner.me()
    if writable:
        data = json.dumps(asdict(owner)).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else os.write(fd, data)
            os.fsync(fd)
        except OSError:
            pass  # a full disk must not stop the lock: the OS lock is what counts
    return WriterLock(log, fd, owner, log_fd)


__all__ = ["LockOwner", "LogInUse", "WriterLock", "acquire", "lock_path", "who_holds"]
