"""Small dialogs: first-run setup, unlock, new episode, end episode, record score, settings.

Each exposes an ``ask(...)`` classmethod returning plain values (or the saved record), so that
tests patch one seam. Dialogs that save call the service themselves and show its InputError
inline, so the user can correct the field without losing what they typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core.models import CARE_LEVELS, EHR_SYSTEMS, END_REASONS
from kbtdesk.core.service import InputError, LogService, check_score
from kbtdesk.core.strength import MAX_STRENGTH, passphrase_strength
from kbtdesk.db import keyfile
from kbtdesk.ui.formatting import from_qdate, locale_for, name_widget, render, to_qdate

EHR_NAMES = {"asynja-visph": "Asynja Visph", "j4": "J4", "webdoc": "Webdoc"}


def care_level_label(level: str) -> str:
    return {
        "specialist": QCoreApplication.translate("Labels", "Specialist care"),
        "primary": QCoreApplication.translate("Labels", "Primary care"),
    }.get(level, level)


def end_reason_label(reason: str) -> str:
    return {
        "completed": QCoreApplication.translate("Labels", "Completed"),
        "dropout": QCoreApplication.translate("Labels", "Dropped out"),
        "other": QCoreApplication.translate("Labels", "Other reason"),
    }.get(reason, reason)


def confirm(parent, title: str, text: str) -> bool:
    """Yes/No question; No is the default so that Enter never deletes by accident."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def show_error(parent, title: str, text: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def _run(dialog: QDialog, value):
    """exec() the dialog; `value()` when accepted, else None. The dialog is freed afterwards."""
    try:
        return value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _error_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setStyleSheet("color: #a4000f; font-weight: bold;")
    label.setVisible(False)
    name_widget(label, object_name, QCoreApplication.translate("Labels", "Error message"))
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _combo(object_name: str, accessible: str, items: list[tuple[str, str]], current: str | None = None) -> QComboBox:
    combo = name_widget(QComboBox(), object_name, accessible)
    for value, text in items:
        combo.addItem(text, value)
    if current is not None:
        index = combo.findData(current)
        if index >= 0:
            combo.setCurrentIndex(index)
    return combo


def _date_edit(object_name: str, accessible: str, value: date, locale) -> QDateEdit:
    edit = name_widget(QDateEdit(to_qdate(value)), object_name, accessible)
    edit.setCalendarPopup(True)
    edit.setLocale(locale)
    edit.setDisplayFormat("yyyy-MM-dd" if locale.language() == locale.Language.Swedish else "dd/MM/yyyy")
    return edit


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.setObjectName("buttons")
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setObjectName("okButton")
    ok.setAccessibleName(ok_text.replace("&", ""))
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Labels", "Cancel"))
    cancel.setObjectName("cancelButton")
    cancel.setAccessibleName(QCoreApplication.translate("Labels", "Cancel"))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# -- first run ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SetupResult:
    name: str
    profession: str
    care_unit: str
    care_level: str
    ehr: str
    passphrase: str


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
        value = passphrase_strength(passphrase, keyfile.MIN_PASSPHRASE_LENGTH)
        self.bar.setValue(value)
        colours = ["#a4000f", "#c25e00", "#a08000", "#2e7d32", "#1b5e20"]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colours[value]}; }}")
        words = [self.tr("Too short"), self.tr("Weak"), self.tr("Fair"), self.tr("Good"), self.tr("Strong")]
        self.word.setText(words[value])
        self.bar.setAccessibleDescription(words[value])


class SetupDialog(QDialog):
    """First start: who you are, and the passphrase that protects the new log."""

    def __init__(self, log_location: str, parent=None):
        super().__init__(parent)
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Create your kbtdesk log"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("No log was found. Tell kbtdesk who you are and choose a passphrase: "
                               "the log is encrypted and cannot be opened without it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        where = QLabel(self.tr("The log will be created at: {path}").format(path=log_location))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setObjectName("logLocation")
        layout.addWidget(where)

        form = QFormLayout()
        self.name = name_widget(QLineEdit(), "profileName", self.tr("Your name"))
        self.profession = name_widget(QLineEdit(), "profession", self.tr("Profession"))
        self.profession.setPlaceholderText(self.tr("e.g. psychologist"))
        self.care_unit = name_widget(QLineEdit(), "careUnit", self.tr("Care unit"))
        self.care_level = _combo("careLevel", self.tr("Care level"),
                                 [(lvl, care_level_label(lvl)) for lvl in CARE_LEVELS])
        self.ehr = _combo("ehr", self.tr("EHR system"), [(e, EHR_NAMES[e]) for e in EHR_SYSTEMS])
        self.passphrase = name_widget(QLineEdit(), "passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = name_widget(QLineEdit(), "passphraseRepeat", self.tr("Repeat passphrase"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Profession:"), self.profession)
        form.addRow(self.tr("Care &unit:"), self.care_unit)
        form.addRow(self.tr("Care &level:"), self.care_level)
        form.addRow(self.tr("&EHR system:"), self.ehr)
        form.addRow(self.tr("P&assphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        layout.addLayout(form)
        hint = QLabel(self.tr("At least {n} characters. A few unrelated words are easy to remember and hard "
                              "to guess. If you forget the passphrase, the log cannot be recovered.")
                      .format(n=keyfile.MIN_PASSPHRASE_LENGTH))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.error = _error_label("setupError")
        layout.addWidget(self.error)
        self.buttons = _buttons(self, self.tr("&Create log"))
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update)
        self.repeat.textChanged.connect(self._update)
        self._update()

    def _problem(self) -> str:
        problem = keyfile.passphrase_problem(self.passphrase.text(), self.repeat.text())
        return render(problem) if problem else ""

    def _update(self) -> None:
        self.meter.set_passphrase(self.passphrase.text())
        problem = keyfile.passphrase_problem(self.passphrase.text())
        if problem is None and self.repeat.text() and self.repeat.text() != self.passphrase.text():
            problem = keyfile.passphrase_problem(self.passphrase.text(), self.repeat.text())
        _show(self.error, render(problem) if problem and self.passphrase.text() else "")

    def accept(self) -> None:
        problem = self._problem()
        if problem:
            _show(self.error, problem)
            self.passphrase.setFocus()
            return
        super().accept()

    def result_value(self) -> SetupResult:
        return SetupResult(self.name.text(), self.profession.text(), self.care_unit.text(),
                           self.care_level.currentData(), self.ehr.currentData(), self.passphrase.text())

    @classmethod
    def ask(cls, parent, log_location: str) -> SetupResult | None:
        dialog = cls(log_location, parent)
        return _run(dialog, lambda: dialog.result_value())


# -- unlock -----------------------------------------------------------------------------------

class UnlockDialog(QDialog):
    """Asks for the passphrase; a wrong one keeps the dialog open with a message.

    When the log cannot be opened the dialog offers what `LogOpenError.kind` suggests: open it
    read-only (in use by another kbtdesk: who, where, since when), or restore the newest good
    backup (damaged). "Forgot passphrase?" leads to the recovery code.
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
        where = QLabel(self.tr("Log: {path}").format(path=log_location))
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setWordWrap(True)
        where.setObjectName("logLocation")
        layout.addWidget(where)
        form = QFormLayout()
        self.passphrase = name_widget(QLineEdit(), "passphrase", self.tr("Passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.forgot = name_widget(QPushButton(self.tr("Forgot passphrase?")), "forgotPassphrase",
                                  self.tr("Forgot passphrase? Use the recovery code"))
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; border: none; "
                                  "text-align: left; }")
        self.forgot.setVisible(recoverer is not None)
        self.forgot.clicked.connect(self._forgot)
        layout.addWidget(self.forgot, 0, Qt.AlignmentFlag.AlignLeft)
        self.error = _error_label("unlockError")
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
        self.buttons = _buttons(self, self.tr("&Unlock"))
        layout.addWidget(self.buttons)

    def _offer(self, exc) -> None:
        self.read_only_button.setVisible(bool(getattr(exc, "offer_read_only", False)) and
                                         self._read_only_opener is not None)
        self.restore_button.setVisible(bool(getattr(exc, "offer_restore", False)) and self._restorer is not None)

    def _try(self, open_it) -> bool:
        from kbtdesk.db.engine import LogOpenError

        try:
            opened = open_it(self.passphrase.text())
        except keyfile.WrongPassphrase as exc:
            _show(self.error, render(exc.message))
            self._offer(None)
            self.passphrase.clear()
            self.passphrase.setFocus()
            return False
        except (keyfile.KeyFileError, LogOpenError) as exc:
            _show(self.error, render(exc.message))
            self._offer(exc)
            return False
        if opened is None:  # only the restorer answers None: there was no good backup
            _show(self.error, self.tr("No good backup was found in the backups folder. Nothing was changed."))
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
        log = RecoveryDialog.ask(self, self._recoverer)
        if log is None:
            return
        code, log.recovery_code = log.recovery_code, None
        RecoveryCodeDialog.ask(self, code or "", new=True)
        self.log = log
        super().accept()

    @classmethod
    def ask(cls, parent, log_location: str, opener: Callable[[str], object], **offers):
        """The opened Log, or None when the user gives up."""
        dialog = cls(log_location, opener, parent, **offers)
        return _run(dialog, lambda: dialog.log)


# -- recovery code ----------------------------------------------------------------------------

def ask_printer(parent, title: str = ""):
    """A printer the user chose in the system's print dialog, or None if they cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if title:
        printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    try:
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def print_plain_text(parent, title: str, text: str) -> bool:
    """Print plain text through the system's print dialog (text only: never rich text from data)."""
    from PySide6.QtGui import QTextDocument

    printer = ask_printer(parent, title)
    if printer is None:
        return False
    document = QTextDocument()
    document.setDefaultFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    document.setPlainText(text)
    document.print_(printer)
    return True


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code once: large, selectable, printable; continuing needs the tick."""

    def __init__(self, code: str, new: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setMinimumWidth(620)
        self.code = code
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        intro = QLabel(self.tr("The used recovery code no longer works. This is your new one. ") if new else "")
        intro.setVisible(new)
        intro.setWordWrap(True)
        intro.setObjectName("recoveryNewIntro")
        layout.addWidget(intro)
        explain = QLabel(self.tr(
            "If you forget your passphrase, this code is the only way into your log. It is shown only "
            "now. Write it down or print it, and keep it apart from this computer (not in a file on it)."))
        explain.setWordWrap(True)
        explain.setObjectName("recoveryExplanation")
        layout.addWidget(explain)
        self.code_label = QLabel(code)
        self.code_label.setObjectName("recoveryCode")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextFormat(Qt.TextFormat.PlainText)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                                Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setWordWrap(True)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 14px;")
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        self.print_button = name_widget(QPushButton(self.tr("&Print…")), "printRecoveryCode",
                                        self.tr("Print the recovery code"))
        self.copy_button = name_widget(QPushButton(self.tr("&Copy")), "copyRecoveryCode",
                                       self.tr("Copy the recovery code"))
        for button in (self.print_button, self.copy_button):
            button.setAutoDefault(False)
        self.copy_status = QLabel()
        self.copy_status.setObjectName("copyRecoveryStatus")
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_status)
        row.addStretch(1)
        layout.addLayout(row)
        self.confirmed = name_widget(QCheckBox(self.tr("I have &written down or printed the recovery code")),
                                     "recoveryConfirmed", self.tr("I have written down or printed the recovery code"))
        layout.addWidget(self.confirmed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.setObjectName("buttons")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("C&ontinue"))
        self.ok.setObjectName("okButton")
        self.ok.setAccessibleName(self.tr("Continue"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.confirmed.toggled.connect(self.ok.setEnabled)
        self.print_button.clicked.connect(self._print)
        self.copy_button.clicked.connect(self._copy)

    def _print(self) -> None:
        text = "kbtdesk\n\n" + self.tr("Recovery code") + ":\n\n" + self.code + "\n"
        print_plain_text(self, self.tr("Recovery code"), text)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.code)
        self.copy_status.setText(self.tr("Copied. Paste it where it is safe, then clear the clipboard."))

    def accept(self) -> None:
        if self.confirmed.isChecked():
            super().accept()

    def reject(self) -> None:
        # Escape must not skip the only showing of the code.
        if self.confirmed.isChecked():
            super().accept()

    @classmethod
    def ask(cls, parent, code: str, new: bool = False) -> bool:
        dialog = cls(code, new, parent)
        return bool(_run(dialog, lambda: True))


class RecoveryDialog(QDialog):
    """Forgot the passphrase: the recovery code and a new passphrase (twice)."""

    def __init__(self, recoverer: Callable[[str, str], object], parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Set a new passphrase with the recovery code"))
        self.setMinimumWidth(560)
        self._recoverer = recoverer
        self.result_log = None
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Type the recovery code you wrote down when the log was created (case, spaces "
                               "and dashes do not matter), then choose a new passphrase. Afterwards you get a "
                               "new recovery code: the one you type here stops working."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.code = name_widget(QLineEdit(), "recoveryCodeInput", self.tr("Recovery code"))
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.passphrase = name_widget(QLineEdit(), "newPassphrase", self.tr("New passphrase"))
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = name_widget(QLineEdit(), "newPassphraseRepeat", self.tr("Repeat new passphrase"))
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        form.addRow(self.tr("Recovery &code:"), self.code)
        form.addRow(self.tr("&New passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        layout.addLayout(form)
        self.error = _error_label("recoveryError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Set passphrase")))
        self.passphrase.textChanged.connect(self.meter.set_passphrase)

    def accept(self) -> None:
        from kbtdesk.db.engine import LogOpenError

        problem = keyfile.passphrase_problem(self.passphrase.text(), self.repeat.text())
        if problem:
            _show(self.error, render(problem))
            self.passphrase.setFocus()
            return
        try:
            self.result_log = self._recoverer(self.code.text(), self.passphrase.text())
        except keyfile.WrongRecoveryCode as exc:
            _show(self.error, render(exc.message))
            self.code.setFocus()
            self.code.selectAll()
            return
        except (keyfile.KeyFileError, LogOpenError) as exc:
            _show(self.error, render(exc.message))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, recoverer: Callable[[str, str], object]):
        """Whatever `recoverer(code, new_passphrase)` returned (the opened Log), or None."""
        dialog = cls(recoverer, parent)
        return _run(dialog, lambda: dialog.result_log)


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
        self.new = name_widget(QLineEdit(), "newPassphrase", self.tr("New passphrase"))
        self.repeat = name_widget(QLineEdit(), "newPassphraseRepeat", self.tr("Repeat new passphrase"))
        for edit in (self.old, self.new, self.repeat):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        form.addRow(self.tr("&Current passphrase:"), self.old)
        form.addRow(self.tr("&New passphrase:"), self.new)
        form.addRow(self.tr("&Repeat:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.meter)
        layout.addLayout(form)
        self.error = _error_label("changePassphraseError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Change passphrase")))
        self.new.textChanged.connect(self.meter.set_passphrase)

    def accept(self) -> None:
        problem = keyfile.passphrase_problem(self.new.text(), self.repeat.text())
        if problem:
            _show(self.error, render(problem))
            self.new.setFocus()
            return
        try:
            self._changer(self.old.text(), self.new.text())
        except keyfile.KeyFileError as exc:
            _show(self.error, render(exc.message))
            if isinstance(exc, keyfile.WrongPassphrase):
                self.old.clear()
                self.old.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, changer: Callable[[str, str], None]) -> bool:
        dialog = cls(changer, parent)
        return bool(_run(dialog, lambda: True))


# -- episodes ---------------------------------------------------------------------------------

class NewEpisodeDialog(QDialog):
    """Find the patient by identity number (or add a new one) and start an episode."""

    def __init__(self, service: LogService, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("newEpisodeDialog")
        self.setWindowTitle(self.tr("New episode"))
        self.setMinimumWidth(480)
        self.service = service
        self.episode = None
        self._patient = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.identity = name_widget(QLineEdit(), "identity", self.tr("Identity number"))
        self.identity.setPlaceholderText(self.tr("personnummer, samordningsnummer or reservnummer"))
        self.found = QLabel()
        self.found.setTextFormat(Qt.TextFormat.PlainText)
        self.found.setObjectName("patientFound")
        self.name = name_widget(QLineEdit(), "patientName", self.tr("Patient's name"))
        self.programme = _combo("programme", self.tr("Programme"), [(p, p) for p in service.programmes()])
        self.programme.setEditable(True)
        today = service.now().date()
        self.started = _date_edit("started", self.tr("Start date"), today, locale_for(language))
        form.addRow(self.tr("&Identity number:"), self.identity)
        form.addRow("", self.found)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Programme:"), self.programme)
        form.addRow(self.tr("&Start date:"), self.started)
        layout.addLayout(form)
        self.error = _error_label("episodeError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Start episode")))
        self.identity.textChanged.connect(self._lookup)
        self._lookup()

    def _lookup(self) -> None:
        self._patient = self.service.patient_by_identity(self.identity.text()) if self.identity.text().strip() else None
        if self._patient is not None:
            self.found.setText(self.tr("Patient in the log: {name}").format(name=self._patient.name))
            self.name.setText(self._patient.name)
        else:
            self.found.setText(self.tr("New patient: enter the name below."))
        self.name.setEnabled(self._patient is None)

    def accept(self) -> None:
        try:
            patient = self._patient or self.service.add_patient(self.identity.text(), self.name.text())
            self._patient = patient
            self.episode = self.service.add_episode(patient.id, self.programme.currentText(),
                                                    from_qdate(self.started.date()))
        except InputError as exc:
            _show(self.error, render(exc.message))
            {"identity": self.identity, "name": self.name, "programme": self.programme}.get(
                exc.field, self.identity).setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, language: str = "sv") -> str | None:
        """The new episode's id, or None."""
        dialog = cls(service, language, parent)
        return _run(dialog, lambda: dialog.episode.id)


class EndEpisodeDialog(QDialog):
    def __init__(self, service: LogService, episode_id: str, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("endEpisodeDialog")
        self.setWindowTitle(self.tr("End episode"))
        self.service, self.episode_id, self.episode = service, episode_id, None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ended = _date_edit("ended", self.tr("End date"), service.now().date(), locale_for(language))
        self.reason = _combo("endReason", self.tr("Reason"), [(r, end_reason_label(r)) for r in END_REASONS])
        form.addRow(self.tr("End &date:"), self.ended)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        note = QLabel(self.tr("A completed treatment also needs a final contact with code UV112."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = _error_label("endError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&End episode")))

    def accept(self) -> None:
        try:
            self.episode = self.service.end_episode(self.episode_id, from_qdate(self.ended.date()),
                                                    self.reason.currentData())
        except InputError as exc:
            _show(self.error, render(exc.message))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, episode_id: str, language: str = "sv"):
        dialog = cls(service, episode_id, language, parent)
        return _run(dialog, lambda: dialog.episode)


class ScoreDialog(QDialog):
    """Record a rating-scale score: the total, and the item scores when known."""

    def __init__(self, service: LogService, episode_id: str, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("scoreDialog")
        self.setWindowTitle(self.tr("Record score"))
        self.setMinimumWidth(460)
        self.service, self.episode_id, self.language, self.measure = service, episode_id, language, None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.instrument = _combo("instrument", self.tr("Rating scale"),
                                 [(i.id, i.name) for i in service.rules.instruments])
        self.on = _date_edit("scoreDate", self.tr("Date"), service.now().date(), locale_for(language))
        self.total = name_widget(QSpinBox(), "total", self.tr("Total score"))
        self.items = name_widget(QLineEdit(), "items", self.tr("Item scores"))
        self.items.setPlaceholderText(self.tr("optional, separated by spaces: 2 3 1 …"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("instrumentNote")
        form.addRow(self.tr("&Rating scale:"), self.instrument)
        form.addRow(self.tr("&Date:"), self.on)
        form.addRow(self.tr("&Total:"), self.total)
        form.addRow(self.tr("&Item scores:"), self.items)
        layout.addLayout(form)
        layout.addWidget(self.note)
        self.error = _error_label("scoreError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Save score")))
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.items.textChanged.connect(self._items_changed)
        self._instrument_changed()

    def _instrument_changed(self) -> None:
        instrument = self.service.rules.instrument(self.instrument.currentData())
        self.total.setRange(0, instrument.total_max)
        parts = []
        if instrument.items:
            parts.append(self.tr("{n} items, each {lo}–{hi}; total 0–{max}.").format(
                n=instrument.items, lo=instrument.item_min, hi=instrument.item_max, max=instrument.total_max))
        for note in (instrument.flag.note if instrument.flag else None, instrument.note):
            if note:
                parts.append(note.get(self.language))
        self.note.setText(" ".join(parts))

    def _parsed_items(self) -> list[int] | None:
        words = self.items.text().replace(",", " ").split()
        if not words:
            return None
        if not all(w.isascii() and w.isdigit() for w in words):
            raise ValueError
        return [int(w) for w in words]

    def _items_changed(self) -> None:
        try:
            items = self._parsed_items()
        except ValueError:
            return
        if items:
            self.total.setValue(min(sum(items), self.total.maximum()))

    def accept(self) -> None:
        try:
            items = self._parsed_items()
        except ValueError:
            _show(self.error, self.tr("Item scores must be whole numbers separated by spaces."))
            self.items.setFocus()
            return
        try:
            # The importer's check too (core.service.check_score): range, item count, item range.
            check_score(self.service.rules, self.instrument.currentData(), self.total.value(), items)
            self.measure = self.service.add_measure(self.episode_id, from_qdate(self.on.date()),
                                                    self.instrument.currentData(), self.total.value(), items)
        except InputError as exc:
            _show(self.error, render(exc.message))
            (self.items if exc.field == "items" else self.total).setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, episode_id: str, language: str = "sv"):
        dialog = cls(service, episode_id, language, parent)
        return _run(dialog, lambda: dialog.measure)


# -- settings ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class SettingsResult:
    name: str
    profession: str
    care_unit: str
    care_level: str
    ehr: str
    language: str
    template_headings: dict[str, list[str]]
    programmes: list[str]
    auto_lock_minutes: int = 10


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


class SettingsDialog(QDialog):
    def __init__(self, service: LogService, language: str, parent=None, *, auto_lock_minutes: int = 10,
                 change_passphrase: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(620, 480)
        self.service = service
        profile = service.profile()
        layout = QVBoxLayout(self)
        self.tabs = name_widget(QTabWidget(), "settingsTabs", self.tr("Settings"))
        layout.addWidget(self.tabs)

        page = QWidget()
        form = QFormLayout(page)
        self.name = name_widget(QLineEdit(profile.name if profile else ""), "profileName", self.tr("Your name"))
        self.profession = name_widget(QLineEdit(profile.profession if profile else ""), "profession",
                                      self.tr("Profession"))
        self.care_unit = name_widget(QLineEdit(profile.care_unit if profile else ""), "careUnit", self.tr("Care unit"))
        self.care_level = _combo("careLevel", self.tr("Care level"),
                                 [(lvl, care_level_label(lvl)) for lvl in CARE_LEVELS],
                                 profile.care_level if profile else None)
        self.ehr = _combo("ehr", self.tr("EHR system"), [(e, EHR_NAMES[e]) for e in EHR_SYSTEMS],
                          profile.ehr if profile else None)
        self.language = _combo("language", self.tr("Language"), [("sv", "Svenska"), ("en", "English")], language)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Profession:"), self.profession)
        form.addRow(self.tr("Care &unit:"), self.care_unit)
        form.addRow(self.tr("Care &level:"), self.care_level)
        form.addRow(self.tr("&EHR system:"), self.ehr)
        form.addRow(self.tr("Lan&guage:"), self.language)
        self.tabs.addTab(page, self.tr("Profile"))

        page = QWidget()
        page.setObjectName("securityPage")
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.auto_lock = name_widget(QSpinBox(), "autoLockMinutes", self.tr("Lock the window after minutes without use"))
        self.auto_lock.setRange(1, 120)
        self.auto_lock.setValue(auto_lock_minutes)
        self.auto_lock.setSuffix(self.tr(" min"))
        form.addRow(self.tr("&Lock after:"), self.auto_lock)
        box.addLayout(form)
        note = QLabel(self.tr("After this many minutes without a key press or mouse movement the window hides "
                              "all patient data and asks for the passphrase. Ctrl+L locks at once."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.change_passphrase = name_widget(QPushButton(self.tr("C&hange passphrase…")), "changePassphrase",
                                             self.tr("Change passphrase"))
        self.change_passphrase.setAutoDefault(False)
        self.change_passphrase.setVisible(change_passphrase is not None)
        self.passphrase_status = QLabel()
        self.passphrase_status.setObjectName("passphraseStatus")
        self.passphrase_status.setWordWrap(True)
        self._changer = change_passphrase
        self.change_passphrase.clicked.connect(self._change_passphrase)
        box.addWidget(self.change_passphrase, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.passphrase_status)
        box.addStretch(1)
        self.tabs.addTab(page, self.tr("Security"))

        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("Headings of the journal note skeleton, one per line. They are a suggestion: "
                              "adjust them to your unit's lathund."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.template_tabs = QTabWidget()
        self.template_tabs.setObjectName("templateTabs")
        self.templates: dict[str, QPlainTextEdit] = {}
        for ehr in EHR_SYSTEMS:
            edit = name_widget(QPlainTextEdit("\n".join(service.template_headings(ehr))), f"template_{ehr}",
                               self.tr("Template headings for {ehr}").format(ehr=EHR_NAMES[ehr]))
            edit.setTabChangesFocus(True)
            self.templates[ehr] = edit
            self.template_tabs.addTab(edit, EHR_NAMES[ehr])
        box.addWidget(self.template_tabs)
        self.tabs.addTab(page, self.tr("Templates"))

        page = QWidget()
        box = QVBoxLayout(page)
        note = QLabel(self.tr("The programmes offered for a new episode, one per line."))
        note.setWordWrap(True)
        box.addWidget(note)
        self.programmes = name_widget(QPlainTextEdit("\n".join(service.programmes())), "programmes",
                                      self.tr("Programmes"))
        self.programmes.setTabChangesFocus(True)
        box.addWidget(self.programmes)
        self.tabs.addTab(page, self.tr("Programmes"))

        self.error = _error_label("settingsError")
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self, self.tr("&Save")))

    def result_value(self) -> SettingsResult:
        return SettingsResult(
            self.name.text(), self.profession.text(), self.care_unit.text(), self.care_level.currentData(),
            self.ehr.currentData(), self.language.currentData(),
            {ehr: _lines(edit) for ehr, edit in self.templates.items()}, _lines(self.programmes),
            self.auto_lock.value())

    def _change_passphrase(self) -> None:
        if self._changer is not None and ChangePassphraseDialog.ask(self, self._changer):
            self.passphrase_status.setText(self.tr("The passphrase was changed. Use the new one from now on."))

    def accept(self) -> None:
        if not _lines(self.programmes):
            _show(self.error, self.tr("Keep at least one programme."))
            self.tabs.setCurrentWidget(self.programmes.parentWidget())
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, language: str, **options) -> SettingsResult | None:
        dialog = cls(service, language, parent, **options)
        return _run(dialog, lambda: dialog.result_value())
