"""What every concern of the service shares: the engine, its audited sessions, the clock and the
routine's versions (the `Store`), the way Anki's managers share their collection's backend.

`LogService` is a Store; each per-concern module (patients, episodes, contacts, ...) is handed it
and reaches the log only through `session()` and `write_audit()`, so that every change commits with
its audit entry whichever concern made it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import event, text
from sqlmodel import Session

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import audit
from kbtdesk.core.models import Contact, Episode, Measure, Patient, Profile, Setting
from kbtdesk.core.rules import Placement, RuleBook, RuleSet
from kbtdesk.core.service.inputs import InputError, input_message
from kbtdesk.core.unit_config import UnitConfig
from kbtdesk.db.engine import AUDIT_KEY_ATTRIBUTE

#: The records whose content the audit trail covers, by their ORM class.
_CONTENT_KINDS: dict[type, str] = {Profile: "profile", Setting: "setting", Patient: "patient", Episode: "episode",
                                   Contact: "contact", Measure: "measure"}


class _AuditedSession(Session):
    """A session that remembers, per record it writes, the content the log held before."""


def _content_key(obj: object) -> tuple[str, str] | None:
    kind = _CONTENT_KINDS.get(type(obj))
    return None if kind is None else (kind, str(getattr(obj, audit.RECORDS[kind].key)))


@event.listens_for(_AuditedSession, "before_flush")
def _note_content_before(session: Session, _flush_context: object, _instances: object) -> None:
    """Before the first write of a record in this transaction, read what the log holds: the entry
    says what the record held before the change, as the log had it (not as the last entry says:
    a change made outside kbtdesk in between would be laundered)."""
    key = session.info.get("audit_key")
    if key is None:
        return
    seen = session.info.setdefault("audit_before", {})
    conn = session.connection()
    for obj in (*session.new, *session.dirty, *session.deleted):
        record = _content_key(obj)
        if record is not None and record not in seen:
            seen[record] = audit.record_hash(lambda sql, p: conn.execute(text(sql), p), key, *record)


@event.listens_for(_AuditedSession, "before_commit")
def _no_change_without_entry(session: Session) -> None:
    """A change to a covered record must commit with its entry (`Store.write_audit`)."""
    session.flush()
    pending = session.info.get("audit_before")
    if not pending:
        return
    conn = session.connection()
    key = session.info["audit_key"]
    for record, was in pending.items():
        if audit.record_hash(lambda sql, p: conn.execute(text(sql), p), key, *record) != was:
            raise RuntimeError(f"{record[0]} {record[1]} changed without an audit entry")


def _local_now() -> datetime:
    return datetime.now().astimezone()


@dataclass
class Store:
    """One log's engine, clock and routine. `now` is injectable for tests."""

    engine: Any
    #: The rule set valid today. Given a RuleBook (several versions), the store keeps the book
    #: in `rule_book` and this becomes the version valid on the store's today.
    rules: RuleSet
    now: Callable[[], datetime] = field(default=_local_now)
    #: HMAC key of the audit chain; by default the one the engine was built with (db/engine.py).
    audit_key: bytes | None = None
    #: Every version of the routine: each contact is judged by the version valid on its day.
    rule_book: RuleBook = field(default=None)  # type: ignore[assignment]  # set in __post_init__
    #: The unit's configuration (unit.json); already laid over the rules by composition.load_rules.
    unit: UnitConfig = field(default_factory=UnitConfig)

    def __post_init__(self) -> None:
        if self.audit_key is None:
            self.audit_key = getattr(self.engine, AUDIT_KEY_ATTRIBUTE, b"")
        if isinstance(self.rules, RuleBook):
            self.rule_book = self.rules
        if self.rule_book is None:
            self.rule_book = RuleBook.of(self.rules)
        self.rules = self.rule_book.for_date(self.now().date())

    def rules_for(self, day: date) -> RuleSet:
        """The version of the routine that judges `day`."""
        return self.rule_book.for_date(day)

    def placement(self, day: date) -> Placement:
        """The version that judges `day`, and whether the day lies outside every version's period."""
        return self.rule_book.placement(day)

    def session(self) -> Session:
        s = _AuditedSession(self.engine, expire_on_commit=False)
        s.info["audit_key"] = self.audit_key
        return s

    def write_audit(self, s: Session, action: str, record_kind: str | None = None, record_id: str | None = None,
              patient_id: str | None = None, detail: str = "") -> audit.AuditEntry:
        """Append an audit entry inside the session's transaction: it commits with the change.

        The entry covers every record the session changed since the last entry: the content
        each held before (read from the log as the session first wrote it, see
        `_note_content_before`) and holds now."""
        s.flush()

        def execute(sql: str, p: Any) -> Any:
            return s.execute(text(sql), p)

        key = self.audit_key or b""
        before = s.info.pop("audit_before", {})
        changes = [audit.Change(kind, rid, was, audit.record_hash(execute, key, kind, rid))
                   for (kind, rid), was in before.items()]
        return audit.append(execute, key, self.now(), action, record_kind, record_id, patient_id,
                            detail, changes=changes)

    def episode_in(self, s: Session, episode_id: str) -> Episode:
        """The episode in session `s`, or InputError."""
        episode = s.get(Episode, episode_id)
        if episode is None:
            raise InputError("episode", input_message(QT_TRANSLATE_NOOP("Input", "Unknown episode {id}."),
                                                      id=episode_id))
        return episode

    def patient_of_episode(self, s: Session, episode_id: str | None) -> str | None:
        episode = s.get(Episode, episode_id) if episode_id else None
        return episode.patient_id if episode is not None else None

    # The names the other core modules (batch, corrections, ticks) have long called.
    _audit = write_audit
    _episode = episode_in
    _patient_of_episode = patient_of_episode
