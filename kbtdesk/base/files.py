"""Writing files so that a crash never leaves a half-written file under the final name, and
finding the temporary files that a killed process left behind."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from kbtdesk.base.oslock import try_lock, unlock

#: Where `replacing` lists its temporary files (`track_temporaries`); None: not listed.
_ledger: Path | None = None


def track_temporaries(ledger: Path | None) -> None:
    """List every temporary file `replacing` creates from now on in `ledger` (one path a line),
    so that the next start can remove those a kill left behind (`remove_abandoned`). An export
    goes wherever the user chose, so its temporary (plaintext patient data) cannot be found by
    looking beside the log."""
    global _ledger
    _ledger = Path(ledger) if ledger is not None else None


def _note_temporary(tmp: str) -> None:
    if _ledger is None:
        return
    try:
        fd = os.open(_ledger, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, (os.path.abspath(tmp) + "\n").encode("utf-8", "surrogateescape"))
        finally:
            os.close(fd)
    except OSError:
        pass  # a read-only log folder: the export itself must not fail for its bookkeeping


def remove_abandoned(ledger: Path) -> list[Path]:
    """Remove the listed temporary files that no running process holds; returns them.

    A temporary is locked (`base.oslock`) for as long as `replacing` writes it, so one that can be
    locked belongs to a process that died. Only hidden `.tmp` files are ever removed.
    """
    try:
        listed = Path(ledger).read_bytes().decode("utf-8", "surrogateescape").splitlines()
    except OSError:
        return []
    removed, kept = [], []
    for line in dict.fromkeys(listed):
        path = Path(line)
        if not (path.name.startswith(".") and path.name.endswith(".tmp")):
            continue
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            continue  # renamed into place, removed, or on a drive that is not there today
        try:
            free = try_lock(fd)
            if free:
                unlock(fd)
        finally:
            os.close(fd)
        if not free:
            kept.append(line)
            continue
        with suppress(OSError):
            path.unlink()
            removed.append(path)
    with suppress(OSError):
        tmp = Path(str(ledger) + ".new")
        tmp.write_bytes("".join(line + "\n" for line in kept).encode("utf-8", "surrogateescape"))
        os.replace(tmp, ledger)
    return removed


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write; on success it is fsynced and renamed over `path`.

    On any error or cancel the temporary file is removed and `path` stays as it was. The file is
    created owner-only (mkstemp): exports hold patient data. While it is written it is locked and
    listed (`track_temporaries`), so that a kill does not leave it behind for good.
    """
    path = Path(path)
    import tempfile  # here, not at the top: the window's first paint writes no file

    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", suffix=".tmp", dir=path.parent)
    open_fd: int | None = fd if try_lock(fd) else None
    if open_fd is None:
        os.close(fd)
    _note_temporary(tmp)

    def let_go() -> None:  # before the rename: Windows renames no file that is open
        nonlocal open_fd
        if open_fd is not None:
            with suppress(OSError):
                unlock(open_fd)
            os.close(open_fd)
            open_fd = None

    try:
        yield Path(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        let_go()
        os.replace(tmp, path)
    except BaseException:
        let_go()
        with suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def write_atomically(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves the old file or the new one, never half."""
    with replacing(path) as tmp:
        tmp.write_bytes(data)


def fsync_dir(folder: Path) -> None:
    """Make a rename durable: on POSIX the folder entry is data too."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
