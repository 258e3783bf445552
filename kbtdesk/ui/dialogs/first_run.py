"""First start: who the therapist is, and the passphrase that protects the new log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kbtdesk.core import keys
from kbtdesk.core.rules import RuleBook, RuleSet
from kbtdesk.ui.dialogs.passphrase import NewPassphraseForm
from kbtdesk.ui.labels import care_level_choices, ehr_choices
from kbtdesk.ui.widgets import combo, dialog_buttons, error_label, name_widget, plain_label, run_dialog, show_message


@dataclass(frozen=True)
class SetupResult:
    name: str
    profession: str
    care_unit: str
    care_level: str
    ehr: str
    passphrase: str


class SetupDialog(QDialog):
    """First start: who you are, and the passphrase that protects the new log."""

    def __init__(self, log_location: str, parent=None, rules: RuleSet | RuleBook | None = None):
        super().__init__(parent)
        if rules is None:
            from kbtdesk.composition import load_rules

            rules = load_rules()
        rules = rules.for_date(date.today())
        self.setObjectName("setupDialog")
        self.setWindowTitle(self.tr("Create your kbtdesk log"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("No log was found. Tell kbtdesk who you are and choose a passphrase: "
                               "the log is encrypted, and the passphrase is what opens it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(plain_label(self.tr("The log will be created at: {path}").format(path=log_location),
                                     "logLocation"))

        form = QFormLayout()
        self.name = name_widget(QLineEdit(), "profileName", self.tr("Your name"))
        self.profession = name_widget(QLineEdit(), "profession", self.tr("Profession"))
        self.profession.setPlaceholderText(self.tr("e.g. psychologist"))
        self.care_unit = name_widget(QLineEdit(), "careUnit", self.tr("Care unit"))
        self.care_level = combo("careLevel", self.tr("Care level"), care_level_choices(rules))
        self.ehr = combo("ehr", self.tr("EHR system"), ehr_choices(rules))
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Profession:"), self.profession)
        form.addRow(self.tr("Care &unit:"), self.care_unit)
        form.addRow(self.tr("Care &level:"), self.care_level)
        form.addRow(self.tr("&EHR system:"), self.ehr)
        self.new_passphrase = NewPassphraseForm(self, first=True)
        for edit in (self.name, self.care_unit):  # the strength check refuses a passphrase made of them
            edit.textChanged.connect(self._context_changed)
        self.new_passphrase.add_rows(form)
        layout.addLayout(form)
        # What the recovery code is for, before it is handed out: the one way back in.
        hint = QLabel(self.tr("At least {n} characters. A few unrelated words are easy to remember and hard "
                              "to guess. Next, kbtdesk shows a recovery code: if you forget the passphrase, "
                              "that code is the only way into the log. You print it or write it down, and keep "
                              "it apart from this computer.").format(n=keys.MIN_PASSPHRASE_LENGTH))
        hint.setWordWrap(True)
        hint.setObjectName("passphraseHint")
        layout.addWidget(hint)
        self.error = error_label("setupError")
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self, self.tr("&Create log"))
        layout.addWidget(self.buttons)
        self.new_passphrase.edited.connect(lambda: show_message(self.error, self.new_passphrase.problem_so_far()))

    def _context_changed(self) -> None:
        self.new_passphrase.user_inputs = (self.name.text(), self.care_unit.text())

    def accept(self) -> None:
        if self.new_passphrase.refused(self.error):
            return
        super().accept()

    def result_value(self) -> SetupResult:
        return SetupResult(self.name.text(), self.profession.text(), self.care_unit.text(),
                           self.care_level.currentData(), self.ehr.currentData(), self.new_passphrase.text())

    @classmethod
    def ask(cls, parent, log_location: str, rules: RuleSet | RuleBook | None = None) -> SetupResult | None:
        dialog = cls(log_location, parent, rules)
        return run_dialog(dialog, lambda: dialog.result_value())
