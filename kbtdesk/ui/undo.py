"""Ctrl+Z for the changes core makes: one QUndoCommand over any core change object.

Core returns a change (`core.batch.ContactsLogged`, `core.ticks.TicksChanged`,
`core.corrections.EpisodeDeleted`, ...) once it has written it: an object with a translatable
`label` and `undo(service)` / `redo(service)`. The window pushes it here, so every undoable change
goes through one command, and the rule of what undo means stays in core, next to the change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtGui import QUndoCommand

from kbtdesk.base.messages import Message
from kbtdesk.core.service import LogService
from kbtdesk.ui.formatting import render


class Change(Protocol):
    """What core hands back for a change that can be undone."""

    @property
    def label(self) -> Message: ...

    def undo(self, service: LogService) -> None: ...

    def redo(self, service: LogService) -> None: ...


class ChangeCommand(QUndoCommand):
    """A change core has already written: the stack's first `redo` (Qt calls it on push) does
    nothing; later ones write the change again. `after` refreshes the views either way."""

    def __init__(self, service: LogService, change: Change, after: Callable[[], None]):
        super().__init__(render(change.label))
        self.service, self.change, self.after = service, change, after
        self._written = True

    def retranslate(self) -> None:
        """The label in the current language (WindowActions calls it after a language switch)."""
        self.setText(render(self.change.label))

    def redo(self) -> None:
        if self._written:
            self._written = False
        else:
            self.change.redo(self.service)
        self.after()

    def undo(self) -> None:
        self.change.undo(self.service)
        self.after()
