"""Keyed SQLCipher connections with our pragmas; the one place that opens the database file."""

from __future__ import annotations

import sys
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from kbtdesk.db import keyfile

# 64 MiB of decrypted pages per connection: SQLCipher decrypts every page it reads, and a warm
# cache is what brings it close to plain SQLite (conventions.md, measured).
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000

DatabaseError = sqlcipher.DatabaseError


def is_network_path(path: Path) -> bool:
    """A log on a network share must not use WAL: its shared memory does not work across hosts."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform.startswith("linux"):
        try:
            mounts = Path("/proc/mounts").read_text().splitlines()
        except OSError:
            return False
        best, fstype = "", ""
        resolved = str(Path(path).resolve())
        for line in mounts:
            parts = line.split()
            if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
                best, fstype = parts[1], parts[2]
        return fstype in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "9p"}
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = Path(path).resolve().drive
        if drive.startswith("\\\\"):
            return True
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    return False


def connect(path: Path, data_key: bytes, *, readonly: bool = False, check: bool = True,
            immutable: bool = False):
    """A keyed SQLCipher connection in autocommit mode, with our pragmas set.

    `immutable` reads the main file only, creating no -wal/-shm and taking no locks: used to
    look at a file before deciding to open it for writing, so a refused file stays untouched.
    """
    if readonly or immutable:
        query = "mode=ro&immutable=1" if immutable else "mode=ro"
        conn = sqlcipher.connect(f"file:{Path(path).as_posix()}?{query}", uri=True,
                                 isolation_level=None, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Silence SQLCipher's own stderr lines on a wrong key or damaged page: we report those.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{keyfile.sqlcipher_key_literal(data_key)}"')
        if check:
            # The key is only tried on the first read: do it now so a wrong key fails here.
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        # Sorting and temporary tables stay in memory: a temp file would hold decrypted rows.
        conn.execute("PRAGMA temp_store = MEMORY")
        conn.execute("PRAGMA synchronous = FULL")
        if not (readonly or immutable):
            # Checkpoint after every commit (inside COMMIT, before it returns): an acknowledged save
            # is then in the main file too, so damage to the -wal cannot take it away (SQLite stops
            # replaying a -wal silently at a damaged frame; issue 12.7, docs/trust.md).
            conn.execute("PRAGMA wal_autocheckpoint = 1")
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn
