"""Locking the window: idle time on the wall clock, the lock screen, the clipboard guard, and
`WindowLock`, the one object that locks and unlocks the main window.

While the window is locked the log stays open: its engine and data key stay in this process's
memory, and so does the writer lock, so that no other kbtdesk takes the log over while its owner
is at lunch. What the lock removes is everything on screen: a half-filled checklist is kept in the
log, every dialog closes, the window empties its models and labels and shows only the lock
screen. Unlocking checks the passphrase against the key file (kbtdesk.core.unlock, no Qt).

The checklist and the recovery dialogs are imported where they are used: they import the ORM
(≈0.4 s) and the print support, which the window's first paint, made with a WindowLock, need not
wait for.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import keys
from kbtdesk.core.unlock import DEFAULT_AUTO_LOCK_MINUTES, Unlocker
from kbtdesk.ui.formatting import render
from kbtdesk.ui.widgets import emphasise, error_label, link_button, name_widget, plain_label

if TYPE_CHECKING:
    from kbtdesk.ui.main_window import MainWindow

_KEY_PRESS = int(QEvent.Type.KeyPress.value)

_ACTIVITY = frozenset(int(t.value) for t in (
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin,
    QEvent.Type.TabletPress, QEvent.Type.ShortcutOverride,
))


class LockController(QObject):
    """Locks after `minutes` without a key press or mouse event, measured on the wall clock.

    A one-second timer compares `clock()` with the last activity, so a machine that was
    suspended for hours locks at the first tick after it wakes, before anyone can read the screen.
    """

    lockRequested = Signal()

    def __init__(self, parent=None, *, clock: Callable[[], float] = time.time, minutes: int = DEFAULT_AUTO_LOCK_MINUTES,
                 watch: bool = True):
        super().__init__(parent)
        self.setObjectName("lockController")
        self.clock = clock
        self.minutes = max(1, int(minutes))
        self.locked = False
        self.last_activity = clock()
        self.timer = QTimer(self)
        self.timer.setObjectName("lockTimer")
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.watching = False
        if watch:
            self.watch()

    def watch(self) -> None:
        """Start seeing key presses and mouse events, through an application-wide event filter.

        The main window calls this just after its first paint, not before: the first events such a
        filter hands to Python come from objects of Qt's internal classes, and wrapping them makes
        PySide6 set up its Python types for all of QtCore, QtGui and QtWidgets (about 90 enums,
        20–40 ms), which the first paint need not wait for. Nobody can touch a window that is
        not yet painted."""
        app = QApplication.instance()
        if app is not None and not self.watching:
            app.installEventFilter(self)
            self.watching = True

    def set_minutes(self, minutes: int) -> None:
        self.minutes = max(1, int(minutes))

    def eventFilter(self, watched, event) -> bool:
        kind = int(event.type().value)
        if kind in _ACTIVITY and not self.locked:
            self.last_activity = self.clock()
            # A modal dialog shadows the main window's shortcuts: Ctrl+L must lock from there too.
            if kind == _KEY_PRESS and QApplication.activeModalWidget() is not None \
                    and event.keyCombination() == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_L):
                self.lock()
                return True
        return False

    def idle_seconds(self) -> float:
        return self.clock() - self.last_activity

    def tick(self) -> None:
        if self.locked:
            return
        now = self.clock()
        if now < self.last_activity:  # the clock was set back: count from now
            self.last_activity = now
        if now - self.last_activity >= self.minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked:
            return
        self.locked = True
        self.lockRequested.emit()

    def unlocked(self) -> None:
        self.locked = False
        self.last_activity = self.clock()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
            self.watching = False


class ClipboardGuard(QObject):
    """Remembers the last text kbtdesk put on the clipboard, to clear it on lock only if still there.

    The window's copy actions tell it directly (`remember`); copies made elsewhere in kbtdesk
    (checklist and worklist buttons, Ctrl+C in a field) are caught where the platform says this
    application owns the clipboard. Text another program copied is never touched.
    """

    def __init__(self, parent=None, clipboard=None):
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self.ours: str | None = None
        self.clipboard.dataChanged.connect(self._changed)

    def remember(self, text: str) -> None:
        self.ours = text

    def copy(self, text: str) -> None:
        self.remember(text)
        self.clipboard.setText(text)

    def _changed(self) -> None:
        if self.clipboard.ownsClipboard():
            self.ours = self.clipboard.text()

    def clear_if_ours(self) -> bool:
        if self.ours is not None and self.clipboard.text() == self.ours:
            self.clipboard.clear()
            self.ours = None
            return True
        return False

    def detach(self) -> None:
        with contextlib.suppress(RuntimeError, TypeError):
            self.clipboard.dataChanged.disconnect(self._changed)


class LockScreen(QWidget):
    """The page the main window shows while locked: no patient data, one field, one button."""

    unlockRequested = Signal(str)
    forgotRequested = Signal()

    def __init__(self, needs_passphrase: bool, can_recover: bool, parent=None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.needs_passphrase = needs_passphrase
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMinimumWidth(440)
        card.setMaximumWidth(560)
        box = QVBoxLayout(card)
        box.setContentsMargins(28, 24, 28, 24)
        box.setSpacing(10)
        self.title = emphasise(plain_label("", "lockTitle", wrap=False), scale=1.5)
        box.addWidget(self.title)
        self.explanation = plain_label("", "lockExplanation")
        box.addWidget(self.explanation)
        self.passphrase = name_widget(QLineEdit(), "lockPassphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setVisible(needs_passphrase)
        box.addWidget(self.passphrase)
        self.error = error_label("lockError")
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        self.forgot = link_button("", "forgotPassphrase", "")
        self.forgot.setVisible(can_recover)
        self.forgot.clicked.connect(self.forgotRequested)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box.addLayout(buttons)
        row.addWidget(card, 1)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("kbtdesk is locked"))
        self.title.setAccessibleName(self.tr("kbtdesk is locked"))
        if self.needs_passphrase:
            self.explanation.setText(self.tr("Patient data are hidden. Enter your passphrase to continue where "
                                             "you were."))
        else:
            self.explanation.setText(self.tr("Patient data are hidden. This demo log has no passphrase."))
        self.explanation.setAccessibleName(self.tr("Why the window is locked"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.error.setAccessibleName(self.tr("Error message"))
        self.forgot.setText(self.tr("Forgot passphrase?"))
        self.forgot.setAccessibleName(self.tr("Forgot passphrase? Use the recovery code"))
        self.unlock_button.setText(self.tr("&Unlock"))
        self.unlock_button.setAccessibleName(self.tr("Unlock"))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _submit(self) -> None:
        self.unlockRequested.emit(self.passphrase.text())

    def reset(self) -> None:
        self.passphrase.clear()
        self.show_error("")

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if text:
            self.passphrase.clear()
        self.passphrase.setFocus() if self.needs_passphrase else self.unlock_button.setFocus()


class WindowLock(QObject):
    """Locks and unlocks the main window: after `minutes` idle, on Ctrl+L, or when asked.

    Locking keeps a half-filled checklist in the log (kbtdesk.core.drafts), closes popups and
    dialogs (all but the recovery code's), clears what kbtdesk put on the clipboard, and has the
    window hide every piece of patient data behind the lock screen. Unlocking (the passphrase, or
    the recovery code and a new passphrase) has the window show the log again, then emits
    `unlocked`, when the window offers the kept checklist.
    """

    unlocked = Signal()

    def __init__(self, window: MainWindow, unlocker: Unlocker, *, clock: Callable[[], float] = time.time):
        super().__init__(window)
        self.window = window
        self.unlocker = unlocker
        # Activity is watched from the first paint on (`watch`): nobody can touch a window before.
        self.controller = LockController(self, clock=clock, watch=False)
        self.controller.lockRequested.connect(self.lock_now)
        self.clipboard = ClipboardGuard(self)
        self._screen: LockScreen | None = None
        self.kept_on_lock = False

    @property
    def locked(self) -> bool:
        return self.controller.locked

    @property
    def screen(self) -> LockScreen:
        """The page shown while locked, made the first time it is needed."""
        if self._screen is None:
            self._screen = LockScreen(self.unlocker.needs_passphrase, self.unlocker.can_recover)
            self._screen.unlockRequested.connect(self.unlock)
            self._screen.forgotRequested.connect(self.recover)
        return self._screen

    def watch(self, minutes: int) -> None:
        """Lock after `minutes` without use, from now on."""
        self.controller.set_minutes(minutes)
        self.controller.watch()

    def stop(self) -> None:
        self.controller.stop()

    def _open_dialogs(self) -> list[QDialog]:
        """Open dialogs of this application, innermost (most recently shown) last."""
        return [w for w in QApplication.topLevelWidgets()
                if w is not self.window and w.isVisible() and isinstance(w, QDialog)
                and not getattr(w, "stays_open_when_locking", False)]

    def lock_now(self) -> None:
        """Hide every piece of patient data: keep a half-filled checklist, close dialogs, empty models."""
        from kbtdesk.core import drafts
        from kbtdesk.ui.checklist import ContactChecklist

        self.controller.locked = True
        kept = False
        for widget in self._open_dialogs():
            if isinstance(widget, ContactChecklist) and not self.window.read_only and widget.is_changed():
                drafts.keep(self.window.service, widget.draft(), widget.current_step())
                kept = True
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in reversed(self._open_dialogs()):
            widget.done(QDialog.DialogCode.Rejected)
        self.kept_on_lock = kept
        self.clipboard.clear_if_ours()
        self.screen.reset()
        self.window.hide_patient_data(self.screen)
        self.screen.show_error("")

    def unlock(self, passphrase: str = "") -> bool:
        """Check the passphrase (a wrong one is recorded as a failed unlock) and show the log again."""
        if not self.locked:
            return True
        try:
            self.unlocker.unlock(passphrase)
        except keys.KeyFileError as exc:
            self.screen.show_error(render(exc.message))
            return False
        self._show_log_again()
        return True

    def recover(self) -> None:
        """Forgot the passphrase at the lock screen: the recovery code sets a new one and unlocks."""
        from kbtdesk.ui.dialogs.passphrase import RecoveryDialog
        from kbtdesk.ui.dialogs.recovery_code import RecoveryCodeDialog, RecoverySheet

        new_code = {}

        def recoverer(code: str, new_passphrase: str):
            new_code["code"] = self.unlocker.recover(code, new_passphrase)
            return True

        if not RecoveryDialog.ask(self.window, recoverer):
            return
        profile = self.window.service.profile()
        RecoveryCodeDialog.ask(self.window, RecoverySheet(new_code.get("code", ""), self.window.log_location,
                                                          profile.care_unit if profile else ""), new=True)
        self.unlocker.commit_recovery()  # the new code is in force only now that it was shown
        self._show_log_again()

    def _show_log_again(self) -> None:
        self.screen.reset()
        self.controller.unlocked()
        self.window.show_patient_data()
        self.unlocked.emit()
