"""ui/undo.ChangeCommand: a change core already wrote is not written twice on push, and undo/redo
reach core each time."""

from PySide6.QtGui import QUndoStack

from kbtdesk.base.messages import Message
from kbtdesk.ui.undo import ChangeCommand


class FakeChange:
    label = Message("Undo", "deletion")

    def __init__(self):
        self.calls = []

    def undo(self, service):
        self.calls.append(("undo", service))

    def redo(self, service):
        self.calls.append(("redo", service))


def test_push_does_not_write_again_then_undo_and_redo_reach_core(qtbot):
    stack, change, refreshed = QUndoStack(), FakeChange(), []
    stack.push(ChangeCommand("service", change, lambda: refreshed.append(1)))
    assert change.calls == []
    assert stack.undoText() == "deletion"
    stack.undo()
    stack.redo()
    assert change.calls == [("undo", "service"), ("redo", "service")]
    assert len(refreshed) == 3


def test_the_label_follows_the_language(qtbot, monkeypatch):
    """After a language switch the stack's text is rendered again from core's label."""
    from kbtdesk.ui import undo

    stack, change = QUndoStack(), FakeChange()
    stack.push(ChangeCommand("service", change, lambda: None))
    monkeypatch.setattr(undo, "render", lambda message: "borttagning" if message.source == "deletion" else "?")
    stack.command(0).retranslate()
    assert stack.undoText() == "borttagning"
