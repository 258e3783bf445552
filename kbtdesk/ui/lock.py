"""Auto-lock: idle time on the wall clock, the lock screen, unlocking, and the clipboard guard.

While the window is locked the log stays open: its engine and data key stay in this process's
memory, and so does the writer lock, so that no other kbtdesk takes the log over while its owner
is at lunch. What the lock removes is everything on screen: the window empties its models and
labels and shows only this lock screen. Unlocking checks the passphrase against the key file.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import audit
from kbtdesk.db import keyfile
from kbtdesk.ui.formatting import name_widget
from kbtdesk.ui.lazy_qt import Qt

DEFAULT_MINUTES = 10
_KEY_PRESS = int(QEvent.Type.KeyPress.value)
SETTING_KEY = "auto_lock_minutes"

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

    def __init__(self, parent=None, *, clock: Callable[[], float] = time.time, minutes: int = DEFAULT_MINUTES,
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


class Unlocker:
    """Checks the passphrase of an open log against its key file, and records the result.

    A wrong passphrase is noted in `<log>.events` exactly as `engine.open_log` does; the next
    successful unlock moves those notes into the audit trail with its own `unlock` entry.
    """

    def __init__(self, log, kdf: keyfile.KdfParams | None = None):
        self.log = log
        self.kdf = kdf or keyfile.KdfParams()

    @property
    def needs_passphrase(self) -> bool:
        return self.log is not None and not self.log.demo and self.log.paths.key.exists()

    @property
    def can_recover(self) -> bool:
        return self.needs_passphrase and not self.log.readonly and keyfile.has_recovery_code(self.log.paths.key)

    def _failed(self) -> None:
        from kbtdesk.db import engine

        engine.note_event(self.log.paths, audit.FAILED_UNLOCK)

    def _succeeded(self, action: str = audit.UNLOCK, detail: str = "") -> None:
        from kbtdesk.db import engine

        if self.log.readonly:
            engine.note_event(self.log.paths, audit.UNLOCK_READ_ONLY)
        else:
            engine.record_unlock(self.log, action, detail)

    def unlock(self, passphrase: str) -> None:
        """Returns when the passphrase opens this log's key; raises WrongPassphrase otherwise."""
        if not self.needs_passphrase:
            return
        try:
            data_key = keyfile.unwrap_data_key(self.log.paths.key, passphrase)
        except keyfile.WrongPassphrase:
            self._failed()
            raise
        if not keyfile.same_key(data_key, self.log.data_key):  # the key file was replaced meanwhile
            self._failed()
            raise keyfile.WrongPassphrase()
        self._succeeded()

    def recover(self, code: str, new_passphrase: str) -> str:
        """Forgotten passphrase while locked: set a new one with the recovery code; the new code."""
        problem = keyfile.passphrase_problem(new_passphrase)
        if problem:
            raise keyfile.KeyFileError(problem)
        try:
            data_key = keyfile.unwrap_with_recovery_code(self.log.paths.key, code)
        except keyfile.WrongRecoveryCode:
            self._failed()
            raise
        if not keyfile.same_key(data_key, self.log.data_key):
            self._failed()
            raise keyfile.WrongRecoveryCode()
        _, fresh = keyfile.recover(self.log.paths.key, code, new_passphrase, self.kdf)
        self._succeeded(audit.RECOVER, "new passphrase set with the recovery code;")
        return fresh


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
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        box.addWidget(self.title)
        self.explanation = QLabel()
        self.explanation.setObjectName("lockExplanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        box.addWidget(self.explanation)
        self.passphrase = name_widget(QLineEdit(), "lockPassphrase", "")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setVisible(needs_passphrase)
        box.addWidget(self.passphrase)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a4000f; font-weight: bold;")
        self.error.setVisible(False)
        box.addWidget(self.error)
        buttons = QHBoxLayout()
        self.forgot = QPushButton()
        self.forgot.setObjectName("forgotPassphrase")
        self.forgot.setFlat(True)
        self.forgot.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; }")
        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)
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
