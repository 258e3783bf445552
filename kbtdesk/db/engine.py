"""Opening the encrypted log: SQLCipher connections, pragmas, migrations, one engine per process."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from kbtdesk.core.text import QT_TRANSLATE_NOOP, Message
from kbtdesk.db import keyfile, migrations
from kbtdesk.paths import LogPaths

# 64 MiB of decrypted pages per connection: SQLCipher decrypts every page it reads, and a warm
# cache is what brings it close to plain SQLite (conventions.md, measured).
CACHE_KIB = 64 * 1024
BUSY_TIMEOUT_MS = 5000


class LogOpenError(Exception):
    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


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
    return False


def connect(path: Path, data_key: bytes, *, readonly: bool = False, check: bool = True):
    """A keyed SQLCipher connection in autocommit mode, with our pragmas set."""
    if readonly:
        conn = sqlcipher.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True,
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
    except sqlcipher.DatabaseError:
        conn.close()
        raise
    return conn


def _journal_mode(path: Path) -> str:
    return "DELETE" if is_network_path(path) else "WAL"


@dataclass
class Log:
    """An open log: its files, its key (for backups) and the one engine of the process."""

    paths: LogPaths
    data_key: bytes
    engine: object
    journal_mode: str
    demo: bool = False

    def close(self) -> None:
        self.engine.dispose()


def _engine_for(path: Path, data_key: bytes, readonly: bool = False):
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import QueuePool

    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=lambda: connect(path, data_key, readonly=readonly, check=False),
        poolclass=QueuePool, pool_size=2, max_overflow=2,
    )
    # The driver runs in autocommit mode (its own implicit transactions skip some statements);
    # SQLAlchemy begins every transaction itself, so a session's writes commit together or not at all.
    event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


def _not_a_log(path: Path) -> LogOpenError:
    return LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
        "Log", "{path} could not be opened with this key: it is damaged, not a kbtdesk log, or "
               "belongs to another key file. Nothing was changed."), {"path": str(path)}))


def _backup_before_migration(conn, paths: LogPaths, data_key: bytes, from_version: int) -> Path:
    paths.backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = paths.backups / f"pre-migration-v{from_version}-{stamp}.db"
    tmp = target.with_suffix(".tmp")
    dest = connect(tmp, data_key, check=False)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(tmp, target)
    return target


def migrate(conn, paths: LogPaths, data_key: bytes, steps=migrations.MIGRATIONS) -> list[int]:
    current = migrations.user_version(conn)
    todo = migrations.pending(current, steps)
    if todo and current > 0:
        _backup_before_migration(conn, paths, data_key, current)
    return migrations.apply(conn, steps)


def open_with_key(paths: LogPaths, data_key: bytes, *, demo: bool = False) -> Log:
    """Open (and migrate) a log whose data key is already known."""
    if not paths.log.exists():
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP("Log", "There is no log at {path}."),
                                   {"path": str(paths.log)}))
    try:
        conn = connect(paths.log, data_key)
    except sqlcipher.DatabaseError:
        raise _not_a_log(paths.log) from None
    try:
        try:
            migrate(conn, paths, data_key)
        except sqlcipher.DatabaseError:
            raise _not_a_log(paths.log) from None
        mode = _journal_mode(paths.log)
        conn.execute(f"PRAGMA journal_mode = {mode}")
    finally:
        conn.close()
    return Log(paths, data_key, _engine_for(paths.log, data_key), mode, demo)


def open_log(paths: LogPaths, passphrase: str) -> Log:
    """Unwrap the key with the passphrase and open the log. A wrong passphrase changes nothing."""
    if not paths.log.exists():
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP("Log", "There is no log at {path}."),
                                   {"path": str(paths.log)}))
    data_key = keyfile.unwrap_data_key(paths.key, passphrase)
    return open_with_key(paths, data_key)


def create_log(paths: LogPaths, passphrase: str, kdf: keyfile.KdfParams = keyfile.KdfParams(),
               *, data_key: bytes | None = None) -> Log:
    """A new, empty, encrypted log and its key file.

    The database is built under a temporary name and renamed last, so a crash leaves either
    no log or a complete one.
    """
    problem = keyfile.passphrase_problem(passphrase)
    if problem:
        raise LogOpenError(problem)
    if paths.log.exists():
        raise LogOpenError(Message("Log", QT_TRANSLATE_NOOP(
            "Log", "A log already exists at {path}; it was not touched."), {"path": str(paths.log)}))
    paths.log.parent.mkdir(parents=True, exist_ok=True)
    data_key = data_key or keyfile.new_data_key()
    build = paths.log.with_name("." + paths.log.name + ".new")
    for leftover in (build, Path(str(build) + "-journal")):
        leftover.unlink(missing_ok=True)
    conn = connect(build, data_key, check=False)
    try:
        migrations.apply(conn)
    finally:
        conn.close()
    keyfile.write_key_file(paths.key, data_key, passphrase, kdf)
    os.replace(build, paths.log)
    return open_with_key(paths, data_key)


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
