"""The passphrase: unlocking the log at start, changing it, setting a new one with the recovery
code, and the one form every new passphrase is typed into (with its strength meter)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import keys
from kbtdesk.core.errors import LogOpenError
from kbtdesk.core.strength import MAX_STRENGTH, passphrase_strength
from kbtdesk.ui.formatting import render
from kbtdesk.ui.widgets import (
    Palette,
    dialog_buttons,
    error_label,
    link_button,
    name_widget,
    plain_label,
    run_dialog,
    show_message,
)


class StrengthMeter(QWidget):
    """A bar and a word: how hard the passphrase is to guess (length + character classes)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.bar = name_widget(QProgressBar(), "strengthBar", self.tr("Passphrase strength"))
        self.bar.setRange(0, MAX_STRENGTH)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(10)
        self.word = QLabel()
        self.word.setObjectName("strengthText")
        layout.addWidget(self.bar)
        layout.addWidget(self.word)
        self.set_passphrase("")

    def set_passphrase(self, passphrase: str) -> None:
        value = passphrase_strength(passphrase, keys.MIN_PASSPHRASE_LENGTH)
        self.bar.setValue(value)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {Palette.STRENGTH[value].name()}; }}")
        words = [self.tr("Too short"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        self.word.setText(words[value])
        self.bar.setAccessibleDescription(words[value])


class NewPassphraseForm(QObject):
    """A new passphrase typed twice, with its strength: three rows for the dialog's own form.

    `problem()` is what keeps the dialog open (too short, not the same twice); `edited` fires on
    every key, and `problem_so_far()` is what to show meanwhile: nothing until something is typed,
    the repeat compared only once it is being typed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget, *, first: bool = False):
        """`first`: the log's first passphrase (no "new" in the labels)."""
        super().__init__(parent)
        if first:
            self.passphrase = name_widget(QLineEdit(), "passphrase", self.tr("Passphrase"))
            self.repeat = name_widget(QLineEdit(), "passphraseRepeat", self.tr("Repeat passphrase"))
        else:
            self.passphrase = name_widget(QLineEdit(), "newPassphrase", self.tr("New passphrase"))
            self.repeat = name_widget(QLineEdit(), "newPassphraseRepeat", self.tr("Repeat new passphrase"))
        self._label = self.tr("P&assphrase:") if first else self.tr("&New passphrase:")
        for edit in (self.passphrase, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.textChanged.connect(self._changed)
        self.meter = StrengthMeter()

    def add_rows(self, form: QFormLayout) -> None:
        form.addRow(self._label, self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str:
        problem = keys.passphrase_problem(self.passphrase.text(), self.repeat.text())
        return render(problem) if problem else ""

    def refused(self, error: QLabel) -> bool:
        """Whether the dialog must stay open: the problem shown in `error`, focus on the passphrase."""
        problem = self.problem()
        if problem:
            show_message(error, problem)
            self.passphrase.setFocus()
        return bool(problem)

    def problem_so_far(self) -> str:
        if not self.passphrase.text():
            return ""
        problem = keys.passphrase_problem(self.passphrase.text(),
                                             self.repeat.text() if self.repeat.text() else None)
        return render(problem) if problem else ""

    def _changed(self) -> None:
        self.meter.set_passphrase(self.passphrase.text())
        self.edited.emit()


class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one keeps the dialog open with a message.

    When the log cannot be opened the dialog offers what `LogOpenError.kind` suggests: open it
    read-only (in use by another kbtdesk: who, where, since when), or restore the newest good
    backup (damaged). "Forgot passphrase?" leads to the recovery code; the log it opens carries
    its new recovery code, which whoever asked shows (kbtdesk.ui.app.open_or_create).
    """

    def __init__(self, log_location: str, opener: Callable[[str], object], parent=None, *,
                 read_only_opener: Callable[[str], object] | None = None,
                 restorer: Callable[[str], tuple] | None = None,
                 recoverer: Callable[[str, str], object] | None = None):
        super().__init__(parent)
        self.setObjectName("unlockDialog")
        self.setWindowTitle(self.tr("Unlock kbtdesk"))
        self.setMinimumWidth(480)
        self._opener = opener
        self._read_only_opener = read_only_opener
        self._restorer = restorer
        self._recoverer = recoverer
        self.log = None
        self.restored_aside = None
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("Log: {path}").format(path=log_location), "logLocation"))
        form = QFormLayout()
        self.passphrase = name_widget(QLineEdit(), "passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.forgot = link_button(self.tr("Forgot passphrase?"), "forgotPassphrase",
                                  self.tr("Forgot passphrase? Use the recovery code"))
        self.forgot.setVisible(recoverer is not None)
        self.forgot.clicked.connect(self._forgot)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = error_label("unlockError")
        layout.addWidget(self.error)
        offers = QHBoxLayout()
        self.read_only_button = name_widget(QPushButton(self.tr("Open &read-only")), "openReadOnly",
                                            self.tr("Open the log read-only"))
        self.read_only_button.setAutoDefault(False)
        self.read_only_button.setVisible(False)
        self.read_only_button.clicked.connect(self._open_read_only)
        self.restore_button = name_widget(QPushButton(self.tr("Restore the newest good &backup")),
                                          "restoreBackup", self.tr("Restore the newest good backup"))
        self.restore_button.setAutoDefault(False)
        self.restore_button.setVisible(False)
        self.restore_button.clicked.connect(self._restore)
        offers.addWidget(self.read_only_button)
        offers.addWidget(self.restore_button)
        offers.addStretch(1)
        layout.addLayout(offers)
        self.buttons = dialog_buttons(self, self.tr("&Unlock"))
        layout.addWidget(self.buttons)

    def _offer(self, exc) -> None:
        self.read_only_button.setVisible(bool(getattr(exc, "offer_read_only", False)) and
                                         self._read_only_opener is not None)
        self.restore_button.setVisible(bool(getattr(exc, "offer_restore", False)) and self._restorer is not None)

    def _try(self, open_it) -> bool:
        try:
            opened = open_it(self.passphrase.text())
        except keys.WrongPassphrase as exc:
            show_message(self.error, render(exc.message))
            self._offer(None)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return False
        except (keys.KeyFileError, LogOpenError) as exc:
            show_message(self.error, render(exc.message))
            self._offer(exc)
            return False
        if opened is None:  # only the restorer answers None: there was no good backup
            show_message(self.error, self.tr("No good backup was found in the backups folder. Nothing was changed."))
            self.restore_button.setVisible(False)
            return False
        if isinstance(opened, tuple):
            self.log, self.restored_aside = opened
        else:
            self.log = opened
        return True

    def accept(self) -> None:
        if self._try(self._opener):
            super().accept()

    def _open_read_only(self) -> None:
        if self._read_only_opener is not None and self._try(self._read_only_opener):
            super().accept()

    def _restore(self) -> None:
        if self._restorer is None:
            return
        if not self._try(self._restorer):
            return
        if self.restored_aside is not None:
            message = self.tr("The newest good backup was restored. The damaged log was kept as:\n{path}").format(
                path=str(self.restored_aside))
        else:
            message = self.tr("The newest good backup was restored.")
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Log restored"), message,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("restoredMessage")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
        box.deleteLater()
        super().accept()

    def _forgot(self) -> None:
        if self._recoverer is None:  # the link is hidden then
            return
        log = RecoveryDialog.ask(self, self._recoverer)
        if log is None:
            return
        self.log = log
        super().accept()

    @classmethod
    def ask(cls, parent, log_location: str, opener: Callable[[str], object], **offers):
        """The opened Log, or None when the user gives up."""
        dialog = cls(log_location, opener, parent, **offers)
        return run_dialog(dialog, lambda: dialog.log)


class RecoveryDialog(QDialog):
    """Forgot the passphrase: the recovery code and a new passphrase (twice)."""

    def __init__(self, recoverer: Callable[[str, str], object], parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Set a new passphrase with the recovery code"))
        self.setMinimumWidth(560)
        self._recoverer = recoverer
        self.result_log: object = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the recovery code you wrote down when the log was created (case, spaces "
                               "and dashes do not matter), then choose a new passphrase. Afterwards you get a "
                               "new recovery code: the one you type here stops working."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = name_widget(QLineEdit(), "recoveryCodeInput", self.tr("Recovery code"))
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        form.addRow(self.tr("Recovery &code:"), self.code)
        self.new_passphrase = NewPassphraseForm(self)
        self.new_passphrase.add_rows(form)
        layout.addLayout(form)
        self.error = error_label("recoveryError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Set passphrase")))
        self.new_passphrase.edited.connect(lambda: show_message(self.error, self.new_passphrase.problem_so_far()))

    def accept(self) -> None:
        if self.new_passphrase.refused(self.error):
            return
        try:
            self.result_log = self._recoverer(self.code.text(), self.new_passphrase.text())
        except keys.WrongRecoveryCode as exc:
            show_message(self.error, render(exc.message))
            self.code.setFocus()
            self.code.selectAll()
            return
        except (keys.KeyFileError, LogOpenError) as exc:
            show_message(self.error, render(exc.message))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, recoverer: Callable[[str, str], object]):
        """Whatever `recoverer(code, new_passphrase)` returned (the opened Log), or None."""
        dialog = cls(recoverer, parent)
        return run_dialog(dialog, lambda: dialog.result_log)


class ChangePassphraseDialog(QDialog):
    """The old passphrase and a new one (twice); `changer(old, new)` re-wraps the key."""

    def __init__(self, changer: Callable[[str, str], None], parent=None):
        super().__init__(parent)
        self.setObjectName("changePassphraseDialog")
        self.setWindowTitle(self.tr("Change passphrase"))
        self.setMinimumWidth(500)
        self._changer = changer
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = name_widget(QLineEdit(), "oldPassphrase", self.tr("Current passphrase"))
        self.old.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Current passphrase:"), self.old)
        self.new_passphrase = NewPassphraseForm(self)
        self.new_passphrase.add_rows(form)
        layout.addLayout(form)
        self.error = error_label("changePassphraseError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Change passphrase")))
        self.new_passphrase.edited.connect(lambda: show_message(self.error, self.new_passphrase.problem_so_far()))

    def accept(self) -> None:
        if self.new_passphrase.refused(self.error):
            return
        try:
            self._changer(self.old.text(), self.new_passphrase.text())
        except keys.KeyFileError as exc:
            show_message(self.error, render(exc.message))
            if isinstance(exc, keys.WrongPassphrase):
                self.old.clear()
                self.old.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, changer: Callable[[str, str], None]) -> bool:
        dialog = cls(changer, parent)
        return bool(run_dialog(dialog, lambda: True))
