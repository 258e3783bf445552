"""A backup as one use case: the window's automatic backups and `kbtdesk backup` build the same
`BackupRequest` and run it, so that the file written (its folder, its name, its key copy), the
verification and the thinning afterwards are the same from both front ends.

The work is storage's (kbtdesk.db.backup); the window reaches it through `BackupPolicy` here,
which decides when a backup is due and hands out the request to run on a worker thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kbtdesk.base.progress import Progress
from kbtdesk.db import backup
from kbtdesk.db.backup import BackupInfo, list_backups
from kbtdesk.paths import LogPaths

if TYPE_CHECKING:
    from kbtdesk.db.engine import Log

__all__ = ["BackupInfo", "BackupPolicy", "BackupRequest", "list_backups"]


def _utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class BackupRequest:
    """What: the log at `paths` (read with `data_key`). Target: its backups folder, the file named
    by the log and `now` (kbtdesk.db.backup.unique_target). Then the folder is thinned as of `now`."""

    paths: LogPaths
    data_key: bytes = field(repr=False)
    now: datetime = field(default_factory=_utc_now)

    @classmethod
    def of(cls, log: Log, now: datetime | None = None) -> BackupRequest:
        return cls(log.paths, log.data_key, now or _utc_now())

    def run(self, progress: Progress | None = None) -> BackupInfo:
        """Write the verified backup, then thin; the new backup. OSError (a full disk) or
        LogOpenError on failure, with no file left behind; an exception from `progress` cancels."""
        return backup.BackupJob(self.paths, self.data_key, self.now).run(progress)


class BackupPolicy(backup.BackupPolicy):
    """When the window backs up (after saves, on a timer, on close: kbtdesk.db.backup.BackupPolicy),
    handing out the same request the command line runs."""

    log: Log

    # Returns core's request, which runs as db's BackupJob does (db/ cannot name core's type).
    def due_backup(  # type: ignore[override]  # see the line above
            self, now: datetime | None = None, *, closing: bool = False) -> BackupRequest | None:
        now = now or self.clock()
        if not self.due(now, closing=closing):
            return None
        return BackupRequest(self.paths, self.log.data_key, now)
