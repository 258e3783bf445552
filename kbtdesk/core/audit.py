"""The audit trail as the rest of the program sees it: the chain itself lives in kbtdesk/db/audit.py
(the engine writes unlocks and migrations into it, and db must not import core); the window and the
command line take its names from here, so that they never import db."""

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.db.audit import (
    COLUMNS,
    CREATE,
    DATA_ACTIONS,
    DELETE,
    EXPORT,
    FAILED_UNLOCK,
    GENESIS,
    IMPORT,
    INSERT_CONTENT,
    INSERT_ENTRY,
    MIGRATE,
    NO_CONTENT,
    PASSPHRASE,
    PRINT,
    RECORDS,
    RECOVER,
    RESTORE,
    UNLOCK,
    UNLOCK_READ_ONLY,
    UPDATE,
    WAL_SET_ASIDE,
    AuditEntry,
    Chain,
    Change,
    CopyCheck,
    RecordProblem,
    TrailCopy,
    Verification,
    append,
    backup_copy,
    content_hash,
    content_of,
    data_head,
    describe,
    entries,
    entry_hash,
    export_copy,
    head,
    profile_name,
    record_hash,
    utc_stamp,
    verify,
    verify_entries,
)

__all__ = [
    "COLUMNS", "CREATE", "DATA_ACTIONS", "DELETE", "EXPORT", "FAILED_UNLOCK", "GENESIS", "IMPORT", "INSERT_CONTENT",
    "INSERT_ENTRY", "MIGRATE", "NO_CONTENT",
    "PASSPHRASE", "PRINT", "RECORDS", "RECOVER", "RESTORE", "UNLOCK", "UNLOCK_READ_ONLY", "UPDATE", "WAL_SET_ASIDE",
    "ACTION_TEXT", "RECORD_TEXT", "action_text", "record_text", "AuditEntry",
    "Change", "Chain", "CopyCheck", "RecordProblem", "TrailCopy", "Verification", "append", "backup_copy",
    "content_hash", "content_of", "data_head", "describe", "entries", "entry_hash", "export_copy", "head",
    "profile_name", "record_hash", "utc_stamp", "verify", "verify_entries",
]


# What each action and record kind is called in the window's trail and the audit extract: one table,
# so that no entry is shown by its internal name (a test holds every action of db/audit.py to it).
ACTION_TEXT = {
    CREATE: QT_TRANSLATE_NOOP("Audit", "created"),
    UPDATE: QT_TRANSLATE_NOOP("Audit", "changed"),
    DELETE: QT_TRANSLATE_NOOP("Audit", "deleted"),
    IMPORT: QT_TRANSLATE_NOOP("Audit", "imported"),
    EXPORT: QT_TRANSLATE_NOOP("Audit", "exported"),
    PRINT: QT_TRANSLATE_NOOP("Audit", "printed"),
    RESTORE: QT_TRANSLATE_NOOP("Audit", "restored"),
    UNLOCK: QT_TRANSLATE_NOOP("Audit", "unlocked"),
    UNLOCK_READ_ONLY: QT_TRANSLATE_NOOP("Audit", "unlocked read-only"),
    FAILED_UNLOCK: QT_TRANSLATE_NOOP("Audit", "wrong passphrase"),
    RECOVER: QT_TRANSLATE_NOOP("Audit", "unlocked with the recovery code"),
    PASSPHRASE: QT_TRANSLATE_NOOP("Audit", "passphrase changed"),
    MIGRATE: QT_TRANSLATE_NOOP("Audit", "log format updated"),
    WAL_SET_ASIDE: QT_TRANSLATE_NOOP("Audit", "damaged write-ahead file set aside"),
}
RECORD_TEXT = {
    "patient": QT_TRANSLATE_NOOP("Audit", "patient"),
    "episode": QT_TRANSLATE_NOOP("Audit", "episode"),
    "contact": QT_TRANSLATE_NOOP("Audit", "contact"),
    "measure": QT_TRANSLATE_NOOP("Audit", "score"),
}


def action_text(action: str) -> Message | None:
    """The action's name for people, or None for one this version does not know (a newer log's)."""
    source = ACTION_TEXT.get(action)
    return Message("Audit", source) if source else None


def record_text(kind: str | None) -> Message | None:
    source = RECORD_TEXT.get(kind or "")
    return Message("Audit", source) if source else None
