"""Undoable changes: what an operation hands back so that the window can undo it with one Ctrl+Z.

An operation (log many contacts, tick many items, delete an episode, correct an identity number…)
does its work in one transaction and returns a `Change`: a small record of what it changed,
with `undo(service)` and `redo(service)` that each run in one transaction, audited, and a short
`label` for the Undo menu ("Ångra borttagning"). The window's one undo command wraps any Change
(redo is not run when it is pushed: the operation has already been done).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from kbtdesk.base.messages import Message

if TYPE_CHECKING:
    from kbtdesk.core.service import LogService


class Change(Protocol):
    @property
    def label(self) -> Message: ...

    def undo(self, service: LogService) -> None: ...

    def redo(self, service: LogService) -> None: ...


#: The audit detail of an entry written by an undo or a redo (entries never name patients).
UNDO_DETAIL = "undo"
REDO_DETAIL = "redo"
