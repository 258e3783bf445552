"""The main window's actions in one table: name, text, shortcuts, what each does, where it shows.

One QAction per line, shared by the menu bar, the toolbar and the buttons above the contacts: one
action, one state, one shortcut. The texts are in the MainWindow context of the catalogue.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar
from shiboken6 import isValid

from kbtdesk.base.messages import QT_TRANSLATE_NOOP  # a str, which lupdate reads like Qt's

if TYPE_CHECKING:
    from kbtdesk.ui.main_window import MainWindow

Shortcuts = str | QKeySequence.StandardKey | Sequence[str] | None


def _translate(source: str) -> str:
    return QCoreApplication.translate("MainWindow", source)


class WindowActions:
    """The window's QActions, each made from one line of the table in `__init__`."""

    def __init__(self, window: MainWindow):
        self._window = window
        self._texts: list[tuple[QAction, str, str | None, str | None]] = []
        self._menus: dict[str, tuple[QMenu, str]] = {}
        w, make = window, self._make
        self.new_episode = make("newEpisode", QT_TRANSLATE_NOOP("MainWindow", "New &episode"), w.new_episode,
                                "Ctrl+Shift+N", writes=True)
        self.new_contact = make("newContact", QT_TRANSLATE_NOOP("MainWindow", "&New contact"), w.new_contact,
                                QKeySequence.StandardKey.New, writes=True)
        # Enter and Delete act on the contacts table only (it adds them to its own context menu).
        self.edit_contact = make("editContact", QT_TRANSLATE_NOOP("MainWindow", "&Edit contact…"), w.edit_contact,
                                 ("Return", "Enter"), context=Qt.ShortcutContext.WidgetShortcut, writes=True,
                                 short=QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        self.delete_contact = make("deleteContact", QT_TRANSLATE_NOOP("MainWindow", "&Delete contact"),
                                   w.delete_contact, QKeySequence.StandardKey.Delete,
                                   context=Qt.ShortcutContext.WidgetShortcut, writes=True,
                                   short=QT_TRANSLATE_NOOP("MainWindow", "&Delete"))
        self.end_episode = make("endEpisode", QT_TRANSLATE_NOOP("MainWindow", "End episo&de"), w.end_episode,
                                writes=True)
        self.record_score = make("recordScore", QT_TRANSLATE_NOOP("MainWindow", "Record &score"), w.record_score,
                                 "Ctrl+M", writes=True)
        self.undo = self._undo_redo("undo", QKeySequence.StandardKey.Undo, w.undo_stack.undo)  # every binding
        self.redo = self._undo_redo("redo", QKeySequence.StandardKey.Redo, w.undo_stack.redo)  # Ctrl+Y, Ctrl+Shift+Z
        for signal in (w.undo_stack.indexChanged, w.undo_stack.cleanChanged, w.undo_stack.undoTextChanged,
                       w.undo_stack.redoTextChanged):
            signal.connect(lambda *_: self.update_undo())
        self.worklist = make("worklist", QT_TRANSLATE_NOOP("MainWindow", "&Worklist"), w.show_worklist, "Ctrl+W",
                             checkable=True)
        self.outage = make("outageMode", QT_TRANSLATE_NOOP("MainWindow", "EHR is d&own"), w.set_outage,
                           "Ctrl+Shift+O", checkable=True, writes=True, tooltip=QT_TRANSLATE_NOOP(
                               "MainWindow", "Switch on while the EHR or network is down: contacts you log "
                               "are kept on the worklist until you have entered them."))
        self.settings = make("settings", QT_TRANSLATE_NOOP("MainWindow", "Se&ttings"), w.open_settings, "Ctrl+,",
                             writes=True)
        self.find = make("find", QT_TRANSLATE_NOOP("MainWindow", "Find"), w.focus_search,
                         QKeySequence.StandardKey.Find)
        self.quit = make("quit", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
        # Exports and prints write to the log too: each is recorded in the audit trail.
        self.export = make("exportAndPrint", QT_TRANSLATE_NOOP("MainWindow", "E&xport and print…"), w.open_exports,
                           QKeySequence.StandardKey.Print, writes=True,
                           short=QT_TRANSLATE_NOOP("MainWindow", "Export and print"))
        self.print_episode = make("printEpisodeSummary", QT_TRANSLATE_NOOP("MainWindow", "&Print episode summary…"),
                                  w.print_episode_summary, "Ctrl+Shift+P", writes=True)
        self.copy_registration = make("copyRegistration", QT_TRANSLATE_NOOP("MainWindow", "Copy &registration"),
                                      w.copy_registration, "Ctrl+Shift+C")
        self.copy_note = make("copyNoteSkeleton", QT_TRANSLATE_NOOP("MainWindow", "Copy note s&keleton"),
                              w.copy_note_skeleton, "Ctrl+Shift+J")
        self.user_guide = make("userGuide", QT_TRANSLATE_NOOP("MainWindow", "&User guide"), w.show_user_guide,
                               QKeySequence.StandardKey.HelpContents)
        self.about = make("about", QT_TRANSLATE_NOOP("MainWindow", "&About kbtdesk"), w.show_about)
        # Application-wide, and seen in modal dialogs too (the window lock's activity filter).
        self.lock = make("lockNow", QT_TRANSLATE_NOOP("MainWindow", "&Lock now"), w.lock_now, "Ctrl+L",
                         context=Qt.ShortcutContext.ApplicationShortcut, short=QT_TRANSLATE_NOOP("MainWindow", "Lock"))
        self.audit = make("auditTrail", QT_TRANSLATE_NOOP("MainWindow", "Show &log extract for this patient…"),
                          w.show_audit_trail)
        # Corrections (kbtdesk.ui.corrections); Enter and Delete act on the scores table only.
        fix = w.corrections
        self.reopen_episode = make("reopenEpisode", QT_TRANSLATE_NOOP("MainWindow", "&Reopen episode"),
                                   fix.reopen_episode, writes=True)
        self.change_ending = make("changeEnding", QT_TRANSLATE_NOOP("MainWindow", "Change &ending…"),
                                  fix.change_ending, writes=True)
        self.delete_episode = make("deleteEpisode", QT_TRANSLATE_NOOP("MainWindow", "&Delete episode…"),
                                   fix.delete_episode, writes=True)
        self.rename_patient = make("renamePatient", QT_TRANSLATE_NOOP("MainWindow", "Re&name patient…"),
                                   fix.rename_patient, writes=True)
        self.correct_identity = make("correctIdentity", QT_TRANSLATE_NOOP("MainWindow", "Correct &identity number…"),
                                     fix.correct_identity, writes=True)
        self.edit_score = make("editScore", QT_TRANSLATE_NOOP("MainWindow", "Edit &score…"), fix.edit_score,
                               ("Return", "Enter"), context=Qt.ShortcutContext.WidgetShortcut, writes=True)
        self.delete_score = make("deleteScore", QT_TRANSLATE_NOOP("MainWindow", "Delete s&core"), fix.delete_score,
                                 QKeySequence.StandardKey.Delete, context=Qt.ShortcutContext.WidgetShortcut,
                                 writes=True)
        self.editing = [self.undo, self.redo, *(action for action, _, _, _ in self._texts if action.property("writes"))]

    def _make(self, name: str, text: str, handler: Callable, shortcuts: Shortcuts = None, *, checkable: bool = False,
              context: Qt.ShortcutContext | None = None, writes: bool = False, short: str | None = None,
              tooltip: str | None = None) -> QAction:
        """`writes`: writes to the log, so disabled while it is read-only. `short`: the toolbar's and
        buttons' text, when shorter than the menu's. `tooltip`: instead of the text and shortcut."""
        action = QAction(self._window)
        action.setObjectName(name)
        if isinstance(shortcuts, QKeySequence.StandardKey):
            action.setShortcuts(shortcuts)
        elif isinstance(shortcuts, str):
            action.setShortcut(QKeySequence(shortcuts))
        elif shortcuts:
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        if context is not None:
            action.setShortcutContext(context)
        action.setCheckable(checkable)
        action.setProperty("writes", writes)
        if checkable:
            action.toggled.connect(handler)
        else:
            action.triggered.connect(lambda _checked=False: handler())
        self._window.addAction(action)
        self._texts.append((action, text, short, tooltip))
        return action

    def _undo_redo(self, name: str, shortcuts: QKeySequence.StandardKey, handler: Callable[[], None]) -> QAction:
        """Undo or Redo with the stack's short label ("Undo deletion"), in the current language
        (QUndoStack.createUndoAction keeps the prefix it was made with)."""
        action = QAction(self._window)
        action.setObjectName(name)
        action.setShortcuts(shortcuts)
        action.setEnabled(False)
        action.triggered.connect(lambda _checked=False: handler())
        self._window.addAction(action)
        return action

    def update_undo(self) -> None:
        """Undo and Redo say what they undo, and are enabled only when there is something to undo
        in a window that is neither locked nor read-only."""
        window = self._window
        stack = window.undo_stack
        if not isValid(stack):  # the window is going: the stack clears itself as it is deleted
            return
        lock = getattr(window, "window_lock", None)  # made after the actions
        enabled = not window.read_only and not (lock is not None and lock.locked)
        for action, can, label, plain, template in (
                (self.undo, stack.canUndo(), stack.undoText(), QT_TRANSLATE_NOOP("MainWindow", "Undo"),
                 QT_TRANSLATE_NOOP("MainWindow", "Undo {what}")),
                (self.redo, stack.canRedo(), stack.redoText(), QT_TRANSLATE_NOOP("MainWindow", "Redo"),
                 QT_TRANSLATE_NOOP("MainWindow", "Redo {what}"))):
            text = _translate(template).format(what=label) if can and label else _translate(plain)
            action.setText(text)
            action.setIconText(_translate(plain))  # the toolbar keeps its width: the label is in the menu and tooltip
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shortcut})" if shortcut else text)
            action.setEnabled(enabled and can)

    def all(self) -> list[QAction]:
        return [self.undo, self.redo, *(action for action, _, _, _ in self._texts)]

    def add_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        """The menu bar's File, Edit, Corrections, View and Help, by objectName."""
        for name, title, actions in (
            ("menuFile", QT_TRANSLATE_NOOP("MainWindow", "&File"),
             (self.new_episode, self.new_contact, None, self.export, self.print_episode, self.audit, None,
              self.lock, self.quit)),
            ("menuEdit", QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
             (self.undo, self.redo, None, self.edit_contact, self.delete_contact, None, self.copy_registration,
              self.copy_note, None, self.find, self.settings)),
            ("menuCorrections", QT_TRANSLATE_NOOP("MainWindow", "&Corrections"),
             (self.reopen_episode, self.change_ending, self.delete_episode, None, self.rename_patient,
              self.correct_identity, None, self.edit_score, self.delete_score)),
            ("menuView", QT_TRANSLATE_NOOP("MainWindow", "&View"), (self.worklist, self.outage)),
            ("menuHelp", QT_TRANSLATE_NOOP("MainWindow", "&Help"), (self.user_guide, None, self.about)),
        ):
            menu = bar.addMenu("")
            _fill(menu, actions)
            menu.setObjectName(name)
            self._menus[name] = (menu, title)
        return {name: menu for name, (menu, _) in self._menus.items()}

    def add_toolbar(self, toolbar: QToolBar) -> None:
        _fill(toolbar, (self.new_episode, self.new_contact, self.record_score, self.end_episode, None, self.undo,
                        None, self.worklist, self.outage, None, self.export, self.settings, None, self.lock))

    def retranslate(self) -> None:
        """Texts and tooltips in the current language; a tooltip names the shortcut."""
        for action, text, short, tooltip in self._texts:
            translated = _translate(text)
            action.setText(translated)
            plain = translated.replace("&", "")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(_translate(tooltip) if tooltip else f"{plain} ({shortcut})" if shortcut else plain)
            if short is not None:
                action.setIconText(_translate(short).replace("&", ""))
        for menu, title in self._menus.values():
            menu.setTitle(_translate(title))
        stack = self._window.undo_stack
        for index in range(stack.count()):  # the commands' labels, then Undo and Redo that show them
            retranslate = getattr(stack.command(index), "retranslate", None)
            if retranslate is not None:
                retranslate()
        self.update_undo()


def _fill(target: QMenu | QToolBar, actions) -> None:
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)
