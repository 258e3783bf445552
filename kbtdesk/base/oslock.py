"""One portable, non-blocking OS lock on an open file: `flock` on POSIX, `msvcrt.locking` on Windows.

Both are released by the operating system when the process ends, however it ends, so a lock left
by a killed process is simply free again. The standard library has all it needs; `filelock` and
`portalocker` wrap the same two calls but lock by path (a lock file they create and may delete),
and kbtdesk must also lock files that already exist (the log itself, a temporary export file).

`flock` locks the open file description: other descriptors of the same file, in this process or
another, are not affected in what they read or write, and SQLite's own `fcntl` byte-range locks
are independent of it (Linux). Windows byte-range locks are mandatory, so the lock is taken on one
byte far past any data (`offset`), where nobody reads or writes.
"""

from __future__ import annotations

import os
import sys

#: Windows: lock a byte this far in (past the end of any file we lock, beyond SQLite's lock bytes).
WINDOWS_LOCK_OFFSET = 1 << 40

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def try_lock(fd: int, offset: int = WINDOWS_LOCK_OFFSET) -> bool:
        """Take the exclusive lock on the open file `fd`; False when another holder has it."""
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, position, os.SEEK_SET)
        return True

    def unlock(fd: int, offset: int = WINDOWS_LOCK_OFFSET) -> None:
        position = os.lseek(fd, 0, os.SEEK_CUR)
        os.lseek(fd, offset, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        finally:
            os.lseek(fd, position, os.SEEK_SET)
else:
    import fcntl

    def try_lock(fd: int, offset: int = WINDOWS_LOCK_OFFSET) -> bool:
        """Take the exclusive lock on the open file `fd`; False when another holder has it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def unlock(fd: int, offset: int = WINDOWS_LOCK_OFFSET) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


__all__ = ["WINDOWS_LOCK_OFFSET", "try_lock", "unlock"]
