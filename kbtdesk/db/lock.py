"""One writer per log: an OS lock on a file beside the log, with the owner written into it.

`fcntl.flock` (POSIX) and `msvcrt.locking` (Windows) are released by the operating system when the
process ends, however it ends: a lock left by a killed kbtdesk is simply free again, so there is
no staleness to guess. The owner information (user, host, pid, since) is only there to tell a
second kbtdesk who has the log; the lock itself is the OS lock, never the file's content.
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
from kbtdesk.db.errors import IN_USE, READ_ONLY, LogOpenError

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Windows byte-range locks are mandatory: lock a byte far past the owner text so that a
    # second kbtdesk can still read who holds the log.
    _LOCK_OFFSET = 1 << 30

    def _try_lock(fd: int) -> bool:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


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
    if not path.exists():
        return None
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        if _try_lock(fd):
            _unlock(fd)
            return None
    finally:
        os.close(fd)
    return _read_owner(path) or LockOwner("?", "?", 0, "")


class WriterLock:
    """The held writer lock of one log. `release()` (or process death) frees it."""

    def __init__(self, log: Path, fd: int, owner: LockOwner):
        self.path = lock_path(log)
        self.owner = owner
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
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
    opened it); it is emptied on release.
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
    owner = LockOwner.me()
    if writable:
        data = json.dumps(asdict(owner)).encode("utf-8")
        try:
            os.ftruncate(fd, 0)
            os.pwrite(fd, data, 0) if hasattr(os, "pwrite") else os.write(fd, data)
            os.fsync(fd)
        except OSError:
            pass  # a full disk must not stop the lock: the OS lock is what counts
    return WriterLock(log, fd, owner)


__all__ = ["LockOwner", "LogInUse", "WriterLock", "acquire", "lock_path", "who_holds"]
