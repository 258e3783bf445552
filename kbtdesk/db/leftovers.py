"""Temporary files that a killed kbtdesk left beside the log, removed at the next start.

Every file kbtdesk writes goes to a hidden temporary name first and is renamed into place last,
so a kill leaves the temporary behind: a restore's copy of the backup (as big as the log), a
backup's, a set-aside copy's, a new log's. They are complete or partial copies of the log
(encrypted) and nothing reads them; left alone they fill the disk. Removed by the writer, under
the writer lock, so none of them can belong to a running kbtdesk. Exports, which are plaintext
and go to any folder, are listed in `<log>.temporaries` while written and removed from there.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from kbtdesk.base.files import remove_abandoned
from kbtdesk.paths import LogPaths


def temporaries_ledger(paths: LogPaths) -> Path:
    """The list of temporary files being written for this log (`base.files.track_temporaries`):
    exports go wherever the user chose, and a killed export's plaintext must still be found."""
    return paths.log.with_name(paths.log.name + ".temporaries")


def stale_temporaries(paths: LogPaths) -> list[Path]:
    """The leftovers of killed writes beside the log and in its backups folder."""
    log = paths.log
    hidden = "." + log.name
    found = []
    folders = [log.parent] + ([paths.backups] if paths.backups.is_dir() else [])
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            name = entry.name
            if folder == log.parent:
                # .log.db.restore, ..log.db.restore.tmp (its copy's temporary, and -journal),
                # .log.db.tmp (older kbtdesk), .log.db.new (init), .log.db.before-restore-….tmp
                ours = name.startswith((hidden + ".", "." + hidden + ".")) or (
                    name.startswith("." + log.name + ".before-restore-") and ".tmp" in name)
            else:
                ours = name.startswith(".") and (name.endswith(".tmp") or name.endswith(".tmp-journal"))
            if ours and entry.is_file():
                found.append(entry)
    return found


def remove_stale(paths: LogPaths) -> list[Path]:
    """Remove them (the caller holds the writer lock), and the listed temporaries of exports that
    no running process is writing; returns what was removed."""
    removed = remove_abandoned(temporaries_ledger(paths))
    for path in stale_temporaries(paths):
        with contextlib.suppress(FileNotFoundError, PermissionError):
            path.unlink()
            removed.append(path)
    return removed


__all__ = ["remove_stale", "stale_temporaries", "temporaries_ledger"]
