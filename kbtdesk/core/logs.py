"""A log as a file on disk, before and beside any service: create it, open it (with the passphrase
or the recovery code), restore it from a backup, change its passphrase, check it, see who holds it.

These are the use cases the unlock dialogs, the first-run setup and the command line share; the
work is storage's (kbtdesk.db.engine, .health, .lock; the key file's rules: kbtdesk.core.keys), and
this module is the one door the front ends use to reach it, so that they never import kbtdesk.db. The window's
first paint imports this module: keep SQLAlchemy and the backup module off it (db.engine already
imports them lazily).
"""

from kbtdesk.db.engine import (
    Log,
    change_passphrase,
    commit_recovery,
    create_demo_log,
    create_log,
    existing_key_material,
    newest_good_backup,
    note_event,
    open_log,
    open_with_recovery_code,
    refuse_over_key_material,
    restore_backup,
    unwrap_noting_failure,
)
from kbtdesk.db.health import check_database
from kbtdesk.db.lock import LockOwner, who_holds

__all__ = [
    "LockOwner", "Log", "change_passphrase", "commit_recovery", "check_database", "create_demo_log", "create_log",
    "existing_key_material", "refuse_over_key_material",
    "newest_good_backup", "note_event", "open_log", "open_with_recovery_code", "restore_backup",
    "unwrap_noting_failure", "who_holds",
]
