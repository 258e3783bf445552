"""The recovery code, shown once when it is made: copied by hand or printed on paper, never to a file.

It is the one way into the log when the passphrase is forgotten, so it must not lie on the computer
beside the log. The printout is one sheet that says what it is, for which unit and log, made when,
and what to do with it. Only printers that print on paper are offered: without one, the dialog says
to write the code down, and the system's print dialog never offers "print to file".
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.ui.widgets import confirm, name_widget, plain_label, quiet_button, run_dialog

#: Printers whose name says they write a file (Windows' "Microsoft Print to PDF", "… XPS Document
#: Writer", "OneNote", CUPS-PDF): not paper, so never offered for the recovery code.
FILE_WRITERS = ("pdf", "xps", "onenote", "document writer")
TITLE = QT_TRANSLATE_NOOP("RecoverySheet", "kbtdesk: recovery code")


@dataclass(frozen=True)
class RecoverySheet:
    """The recovery code and what its printout says beside it."""

    code: str
    log_location: str
    care_unit: str = ""
    made_on: date = field(default_factory=date.today)


def writes_a_file(printer_name: str) -> bool:
    return any(word in printer_name.casefold() for word in FILE_WRITERS)


def paper_printers() -> list[str]:
    """The installed printers that print on paper, the system's default first."""
    names = [name for name in QPrinterInfo.availablePrinterNames() if not writes_a_file(name)]
    default = QPrinterInfo.defaultPrinterName()
    return sorted(names, key=lambda name: name != default)


def _translate(source: str) -> str:
    return QCoreApplication.translate("RecoverySheet", source)


def sheet_document(sheet: RecoverySheet) -> QTextDocument:
    """The printout: the code large, then when, for which unit and log, what it is for, what to do.

    Everything from outside (the code, the unit, the path) is escaped: it is never read as HTML."""
    # ISO 8601: read the same in any language, years later.
    rows = [(QCoreApplication.translate("RecoverySheet", "Made on"), sheet.made_on.isoformat()),
            (QCoreApplication.translate("RecoverySheet", "Care unit"), sheet.care_unit or "—"),
            (QCoreApplication.translate("RecoverySheet", "Log"), sheet.log_location)]
    purpose = QCoreApplication.translate(
        "RecoverySheet", "The log is encrypted: only its passphrase opens it. If the passphrase is forgotten, "
        "this code sets a new one. Nothing else can, not even IT.")
    steps = [
        QCoreApplication.translate(
            "RecoverySheet", "Keep this sheet locked away, apart from the computer and its bag. Do not "
            "photograph it, scan it or save it in a file."),
        QCoreApplication.translate(
            "RecoverySheet", "Whoever has this sheet and the log file can read the log: keep it as safe as "
            "the patients' records."),
        QCoreApplication.translate(
            "RecoverySheet", "If you forget the passphrase: start kbtdesk, choose “Forgot passphrase?”, type "
            "this code and choose a new passphrase."),
        QCoreApplication.translate(
            "RecoverySheet", "The code then stops working and kbtdesk shows a new one: print or write down "
            "that one, and shred this sheet."),
    ]
    purpose_title = QCoreApplication.translate("RecoverySheet", "What the code is for")
    steps_title = QCoreApplication.translate("RecoverySheet", "What to do with this sheet")
    e = html.escape
    document = QTextDocument()
    document.setDocumentMargin(24)
    document.setHtml(
        f"<h2>{e(_translate(TITLE))}</h2>"
        # One line: a code broken across lines is easy to mistype.
        f"<p style='font-family: monospace; font-size: 15pt; font-weight: bold; white-space: nowrap;'>"
        f"{e(sheet.code)}</p>"
        "<table>" + "".join(f"<tr><td><b>{e(k)}:</b>&nbsp;&nbsp;</td><td>{e(v)}</td></tr>" for k, v in rows)
        + "</table>"
        f"<h3>{e(purpose_title)}</h3><p>{e(purpose)}</p><h3>{e(steps_title)}</h3>"
        "<ul>" + "".join(f"<li>{e(step)}</li>" for step in steps) + "</ul>")
    return document


def choose_paper_printer(parent):
    """A paper printer the user chose in the system's print dialog (print to file not offered), or None."""
    names = paper_printers()
    if not names:
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(names[0])  # not the system's default when that one writes a file
    printer.setDocName(_translate(TITLE))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
    finally:
        dialog.deleteLater()
    # A file name is what "print to file" sets (the option is off, but a platform's dialog may differ).
    to_file = bool(printer.outputFileName()) or writes_a_file(printer.printerName())
    if to_file and not confirm(parent, _translate(TITLE), QCoreApplication.translate(
            "RecoverySheet", "“{printer}” saves a file instead of printing on paper. A recovery code in a file "
            "on this computer is found by whoever gets at the computer. Print to it anyway?").format(
                printer=printer.printerName() or printer.outputFileName())):
        return None
    return printer


def print_sheet(parent, sheet: RecoverySheet) -> bool:
    """Print the recovery code's sheet on paper; False when nothing was printed."""
    printer = choose_paper_printer(parent)
    if printer is None:
        return False
    sheet_document(sheet).print_(printer)
    return True


class RecoveryCodeDialog(QDialog):
    """Shows a recovery code once: large, selectable, printable on paper; continuing needs the tick."""

    #: Locking the window closes every dialog but this one: the code is shown only once.
    stays_open_when_locking = True

    def __init__(self, sheet: RecoverySheet, new: bool = False, parent=None):
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Your recovery code"))
        self.setMinimumWidth(620)
        self.sheet = sheet
        self.code = sheet.code
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
        self.code_label = plain_label(self.code, "recoveryCode")
        self.code_label.setAccessibleName(self.tr("Recovery code"))
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse |
                                                Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * 1.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet("background: palette(base); border: 1px solid palette(mid); padding: 14px;")
        layout.addWidget(self.code_label)
        row = QHBoxLayout()
        self.print_button = quiet_button(self.tr("&Print…"), "printRecoveryCode", self.tr("Print the recovery code"))
        self.copy_button = quiet_button(self.tr("&Copy"), "copyRecoveryCode", self.tr("Copy the recovery code"))
        self.copy_status = QLabel()
        self.copy_status.setObjectName("copyRecoveryStatus")
        row.addWidget(self.print_button)
        row.addWidget(self.copy_button)
        row.addWidget(self.copy_status)
        row.addStretch(1)
        layout.addLayout(row)
        self.no_printer = plain_label(self.tr("No printer that prints on paper is set up on this computer: "
                                              "write the code down by hand."), "noPaperPrinter")
        layout.addWidget(self.no_printer)
        has_printer = bool(paper_printers())
        self.print_button.setEnabled(has_printer)
        self.no_printer.setVisible(not has_printer)
        self.confirmed = name_widget(QCheckBox(self.tr("I have &written down or printed the recovery code")),
                                     "recoveryConfirmed", self.tr("I have written down or printed the recovery code"))
        layout.addWidget(self.confirmed)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        self.buttons.setObjectName("buttons")
        self.ok = name_widget(self.buttons.button(QDialogButtonBox.StandardButton.Ok), "okButton", self.tr("Continue"))
        self.ok.setText(self.tr("C&ontinue"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        layout.addWidget(self.buttons)
        self.confirmed.toggled.connect(self.ok.setEnabled)
        self.print_button.clicked.connect(lambda: print_sheet(self, self.sheet))
        self.copy_button.clicked.connect(self._copy)

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
    def ask(cls, parent, sheet: RecoverySheet, new: bool = False) -> bool:
        dialog = cls(sheet, new, parent)
        return bool(run_dialog(dialog, lambda: True))
