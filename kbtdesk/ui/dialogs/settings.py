"""Settings: the therapist's profile, language, auto-lock and passphrase, templates and programmes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import preferences
from kbtdesk.core.preferences import AUTO_LOCK_RANGE, Preferences, lines
from kbtdesk.core.service import InputError, LogService
from kbtdesk.ui.dialogs.passphrase import ChangePassphraseDialog
from kbtdesk.ui.formatting import render
from kbtdesk.ui.labels import care_level_choices, ehr_choices
from kbtdesk.ui.widgets import combo, dialog_buttons, error_label, name_widget, run_dialog, show_message


@dataclass(frozen=True)
class SettingsResult:
    """What was saved (`preferences`) and the language chosen for the window."""

    language: str
    preferences: Preferences


class SettingsDialog(QDialog):
    """The profile, the language, the auto-lock time, the passphrase, template headings, programmes.

    Saving goes through kbtdesk.core.preferences, which checks everything before it writes; a
    refused value is shown here, on its tab. The language is the window's own (QSettings)."""

    def __init__(self, service: LogService, language: str, parent=None, *, auto_lock_minutes: int = 10,
                 change_passphrase: Callable[[str, str], None] | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 560)  # the Unit tab's table: each value whole, wrapped
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
        self.care_level = combo("careLevel", self.tr("Care level"), care_level_choices(service.rules),
                                profile.care_level if profile else None)
        self.ehr = combo("ehr", self.tr("EHR system"), ehr_choices(service.rules),
                         profile.ehr if profile else None)
        self.language = combo("language", self.tr("Language"), [("sv", "Svenska"), ("en", "English")], language)
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
        self.auto_lock = name_widget(QSpinBox(), "autoLockMinutes",
                                     self.tr("Lock the window after minutes without use"))
        self.auto_lock.setRange(*AUTO_LOCK_RANGE)
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
        for ehr, ehr_name in ehr_choices(service.rules):
            edit = name_widget(QPlainTextEdit("\n".join(service.template_headings(ehr))), f"template_{ehr}",
                               self.tr("Template headings for {ehr}").format(ehr=ehr_name))
            edit.setTabChangesFocus(True)
            self.templates[ehr] = edit
            self.template_tabs.addTab(edit, ehr_name)
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

        self._add_unit_page(service, language)
        self.error = error_label("settingsError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Save")))

    def _add_unit_page(self, service: LogService, language: str) -> None:
        """The Unit tab, and the unit's marks on the Templates and Programmes tabs (ui/unit_settings.py)."""
        from kbtdesk.ui.unit_settings import UnitSettingsPage, guard_unit_values

        by_unit = service.unit.value("template_headings") or {}
        guarded = (("template_headings", [e for ehr, e in self.templates.items() if ehr in by_unit],
                    self.template_tabs.parentWidget()),
                   ("programmes", [self.programmes], self.programmes.parentWidget()))
        for key, edits, page in guarded:
            note = QLabel()
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            box = page.layout() if page is not None else None
            assert isinstance(box, QVBoxLayout)  # each tab's page is laid out by a QVBoxLayout
            box.insertWidget(1, note)
            guard_unit_values(service.unit, key, edits, note)
            note.setVisible(bool(note.text()))
        self.unit_page = UnitSettingsPage(service, language)
        self.tabs.addTab(self.unit_page, self.tr("Unit"))

    def result_value(self) -> SettingsResult:
        return SettingsResult(self.language.currentData(), Preferences(
            self.name.text(), self.profession.text(), self.care_unit.text(), self.care_level.currentData(),
            self.ehr.currentData(), {ehr: lines(edit.toPlainText()) for ehr, edit in self.templates.items()},
            lines(self.programmes.toPlainText()), self.auto_lock.value(), self.unit_page.no_feedback_days()))

    def _change_passphrase(self) -> None:
        if self._changer is not None and ChangePassphraseDialog.ask(self, self._changer):
            self.passphrase_status.setText(self.tr("The passphrase was changed. Use the new one from now on."))

    def accept(self) -> None:
        try:
            preferences.save(self.service, self.result_value().preferences)
        except InputError as exc:
            show_message(self.error, render(exc.message))
            field = {"programmes": self.programmes, "auto_lock_minutes": self.auto_lock,
                     "care_level": self.care_level, "ehr": self.ehr}.get(exc.field, self.name)
            page = field.parentWidget()
            if page is not None:
                self.tabs.setCurrentWidget(page)
            field.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, language: str, **options) -> SettingsResult | None:
        dialog = cls(service, language, parent, **options)
        return run_dialog(dialog, lambda: dialog.result_value())
