"""The contact checklist: one contact walked through contact, journal, codes and registration.

Layout only: what the routine requires (suggested codes, findings, texts to copy) comes from the
core (`LogService`, `kbtdesk.core.contact_text`, `kbtdesk.core.contact_steps`).
"""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import contact_steps, contact_text
from kbtdesk.core.checker import Finding, has_errors
from kbtdesk.core.models import Contact
from kbtdesk.core.rules import is_kva_code
from kbtdesk.core.service import ContactDraft, InputError, LogService
from kbtdesk.translation import chosen_language

ERROR_COLOUR = QColor("#b3261e")
WARNING_COLOUR = QColor("#8a5300")
OK_COLOUR = QColor("#1e6b34")

STEP_CONTACT, STEP_JOURNAL, STEP_CODES, STEP_REGISTRATION = range(4)


def _named(widget, object_name: str, accessible: str):
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


def _plain(text: str = "", object_name: str | None = None, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if object_name:
        label.setObjectName(object_name)
    return label


def _error_label(object_name: str) -> QLabel:
    label = _plain("", object_name)
    label.setStyleSheet(f"color: {ERROR_COLOUR.name()};")
    label.setVisible(False)
    return label


def _button(text: str, object_name: str, accessible: str) -> QPushButton:
    button = _named(QPushButton(text), object_name, accessible)
    # Enter in a field must never finish or cancel the dialog by accident.
    button.setAutoDefault(False)
    button.setDefault(False)
    return button


def _to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def _from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


class ContactChecklist(QDialog):
    """The checklist for one new or existing contact; `finish()` validates and saves it."""

    saved = Signal(object)  # the saved Contact

    @classmethod
    def ask(cls, parent, service: LogService, episode_id: str, contact_id: str | None = None,
            *, outage: bool = False, restore: ContactDraft | None = None, step: int = 0) -> Contact | None:
        """The saved contact, or None. `restore`: values kept when the window locked, shown again."""
        dialog = cls(parent, service, episode_id, contact_id, outage, restore=restore, step=step)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.saved_contact
            return None
        finally:
            dialog.deleteLater()

    def __init__(self, parent, service: LogService, episode_id: str, contact_id: str | None = None,
                 outage: bool = False, *, lang: str | None = None, restore: ContactDraft | None = None,
                 step: int = 0):
        super().__init__(parent)
        self.setObjectName("contactChecklist")
        self._service = service
        self._rules = service.rules
        self._lang = lang or chosen_language()
        self.saved_contact: Contact | None = None
        self._findings: list[Finding] = []

        detail = service.episode_detail(episode_id)
        self._episode = detail.episode
        self._patient = detail.patient
        if contact_id is not None:
            contact = service.contact(contact_id)
            if contact is None:
                raise ValueError(f"unknown contact {contact_id}")
            self._original = ContactDraft.from_contact(contact)
        else:
            first_type = service.rules.contact_types[0].id  # the rule set lists the most common first
            suggested = self._suggested_for(first_type, None, False)
            self._original = ContactDraft(episode_id=episode_id, at=service.now(), type=first_type,
                                          codes=suggested, outage=outage)
        shown = restore if restore is not None else self._original
        self._codes: tuple[str, ...] = shown.codes
        self._suggested = self._suggested_for(shown.type, shown.mode, shown.final)

        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        self.setAccessibleName(self.windowTitle())
        self._build()
        self._load(shown)
        if step:
            self.go_to(step)
        self.resize(960, 680)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        header = _plain(self.tr("{name} · {identity} · {programme}").format(
            name=self._patient.name, identity=contact_text.masked_identity(self._patient.identity),
            programme=self._episode.programme), "checklistPatient")
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        outer.addWidget(header)

        self._outage_banner = _plain(self.tr(
            "Logged during an outage: this contact stays on the worklist until the journal note "
            "and the registration are ticked as entered."), "outageBanner")
        self._outage_banner.setStyleSheet(
            f"background: #fff4d6; color: {WARNING_COLOUR.name()}; padding: 4px; border-radius: 3px;")
        self._outage_banner.setVisible(self._original.outage)
        outer.addWidget(self._outage_banner)

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.steps = _named(QListWidget(), "checklistSteps", self.tr("Steps"))
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.steps.setFixedWidth(200)
        self.steps.setSpacing(4)
        for _ in range(4):
            self.steps.addItem(QListWidgetItem())
        body.addWidget(self.steps)

        self.pages = _named(QStackedWidget(), "checklistPages", self.tr("Checklist step"))
        for page in (self._contact_page(), self._journal_page(), self._codes_page(), self._registration_page()):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
        body.addWidget(self.pages, 1)

        self.status = _plain("", "checklistStatus")
        outer.addWidget(self.status)

        buttons = QHBoxLayout()
        self.back_button = _button(self.tr("&Back"), "backButton", self.tr("Previous step"))
        self.next_button = _button(self.tr("&Next"), "nextButton", self.tr("Next step"))
        self.finish_button = _button(self.tr("&Finish"), "finishButton", self.tr("Finish and save the contact"))
        self.cancel_button = _button(self.tr("Cancel"), "cancelButton", self.tr("Cancel without saving"))
        hint = _plain(self.tr("Alt+1…4 or Ctrl+PgUp/PgDn: go to a step"), "stepHint", wrap=False)
        buttons.addWidget(hint)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

        self.steps.currentRowChanged.connect(self._show_step)
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.reject)
        for number in range(4):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.go_to(n, focus=True))
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(
            lambda: self.go_to(self.pages.currentIndex() - 1, focus=True))
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(
            lambda: self.go_to(self.pages.currentIndex() + 1, focus=True))

    def _page(self, object_name: str, title: str) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        page.setObjectName(object_name)
        layout = QVBoxLayout(page)
        heading = _plain(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        return page, layout

    def _contact_page(self) -> QWidget:
        page, layout = self._page("contactPage", self.tr("Contact"))

        when = QHBoxLayout()
        self.at_edit = _named(QDateTimeEdit(), "contactAt", self.tr("Date and time of the contact"))
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        at_label = QLabel(self.tr("&Date and time:"))
        at_label.setBuddy(self.at_edit)
        when.addWidget(at_label)
        when.addWidget(self.at_edit)
        when.addSpacing(24)
        self.minutes_edit = _named(QSpinBox(), "contactMinutes", self.tr("Minutes spent"))
        self.minutes_edit.setRange(0, 24 * 60)
        self.minutes_edit.setSpecialValueText(self.tr("not given"))
        self.minutes_edit.setSuffix(self.tr(" min"))
        minutes_label = QLabel(self.tr("M&inutes:"))
        minutes_label.setBuddy(self.minutes_edit)
        when.addWidget(minutes_label)
        when.addWidget(self.minutes_edit)
        when.addStretch(1)
        layout.addLayout(when)
        self.at_error = _error_label("contactAtError")
        self.minutes_error = _error_label("contactMinutesError")
        layout.addWidget(self.at_error)
        layout.addWidget(self.minutes_error)

        types = QGroupBox(self.tr("Contact type"))
        types.setObjectName("contactTypeGroup")
        grid = QVBoxLayout(types)
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[str, QRadioButton] = {}
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for ctype in self._rules.contact_types:
            label = contact_text.contact_type_label(self._rules, ctype.id, None, self._lang)
            radio = _named(QRadioButton(label), f"contactType_{ctype.id.replace('-', '_')}",
                           self.tr("Contact type: {name}").format(name=label))
            self.type_group.addButton(radio)
            self.type_buttons[ctype.id] = radio
            grid.addWidget(radio)
            use = _plain(self.tr("Use: {text}").format(text=ctype.use.get(self._lang)),
                         f"contactTypeUse_{ctype.id.replace('-', '_')}")
            use.setContentsMargins(26, 0, 0, 6)
            grid.addWidget(use)
            if ctype.modes:
                modes = QHBoxLayout()
                modes.setContentsMargins(26, 0, 0, 0)
                modes.addWidget(QLabel(self.tr("Held:")))
                for mode in ctype.modes:
                    name = mode.name.get(self._lang)
                    mode_radio = _named(QRadioButton(name), f"contactMode_{mode.id}",
                                        self.tr("Visit held: {name}").format(name=name))
                    self.mode_group.addButton(mode_radio)
                    self.mode_buttons[mode.id] = mode_radio
                    modes.addWidget(mode_radio)
                modes.addStretch(1)
                grid.addLayout(modes)
                if ctype.note is not None:
                    note = _plain(ctype.note.get(self._lang), f"contactTypeNote_{ctype.id.replace('-', '_')}")
                    note.setContentsMargins(26, 0, 0, 0)
                    italic = note.font()
                    italic.setItalic(True)
                    note.setFont(italic)
                    grid.addWidget(note)
        layout.addWidget(types)
        self.type_error = _error_label("contactTypeError")
        self.mode_error = _error_label("contactModeError")
        layout.addWidget(self.type_error)
        layout.addWidget(self.mode_error)

        self.final_check = _named(QCheckBox(self.tr("This contact &ends the treatment")), "contactFinal",
                                  self.tr("This contact ends the treatment"))
        layout.addWidget(self.final_check)
        self.final_hint = _plain(self.tr(
            "Finishing ends the treatment episode (if it is still open); the ending is registered "
            "with its own code and the episode goes to SibeR."), "finalHint")
        self.final_hint.setContentsMargins(26, 0, 0, 0)
        layout.addWidget(self.final_hint)

        note_label = QLabel(self.tr("Private no&te (kept in this log only, not the journal):"))
        self.note_edit = _named(QPlainTextEdit(), "contactNote", self.tr("Private note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        note_label.setBuddy(self.note_edit)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)

        self.at_edit.dateTimeChanged.connect(lambda _v: self._hide_error(self.at_error))
        self.minutes_edit.valueChanged.connect(lambda _v: self._hide_error(self.minutes_error))
        self.type_group.buttonToggled.connect(self._type_toggled)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.final_check.toggled.connect(lambda _on: self._kind_changed())
        return page

    def _journal_page(self) -> QWidget:
        page, layout = self._page("journalPage", self.tr("Journal"))
        template = self._rules.template(self._episode.ehr)
        ehr_name = template.name if template is not None else self._episode.ehr
        if template is not None:
            use = QLabel(self.tr("Use the template <b>{template}</b> in {ehr}.").format(
                template=html.escape(template.template), ehr=html.escape(ehr_name)))
            use.setTextFormat(Qt.TextFormat.RichText)
            use.setWordWrap(True)
            use.setObjectName("journalTemplate")
            layout.addWidget(use)
            layout.addWidget(_plain(self.tr("From the quick guide: {lathund} ({ehr})").format(
                lathund=template.lathund, ehr=ehr_name), "journalLathund"))
        else:
            layout.addWidget(_plain(self.tr("The rule set names no journal template for {ehr}.").format(
                ehr=ehr_name), "journalTemplate"))

        skeleton_label = QLabel(self.tr("Note &skeleton (the template's headings):"))
        self.skeleton_edit = _named(QPlainTextEdit(), "journalSkeleton", self.tr("Note skeleton"))
        self.skeleton_edit.setReadOnly(True)
        self.skeleton_edit.setTabChangesFocus(True)
        self.skeleton_edit.setPlainText(contact_text.note_skeleton(
            self._service.template_headings(self._episode.ehr) if template is not None else []))
        lines = self.skeleton_edit.toPlainText().count("\n") + 2
        self.skeleton_edit.setMinimumHeight(min(lines, 14) * self.skeleton_edit.fontMetrics().lineSpacing())
        skeleton_label.setBuddy(self.skeleton_edit)
        layout.addWidget(skeleton_label)
        layout.addWidget(self.skeleton_edit)

        copy_row = QHBoxLayout()
        self.copy_skeleton_button = _button(self.tr("&Copy skeleton"), "copySkeleton",
                                            self.tr("Copy the note skeleton to the clipboard"))
        self.copy_skeleton_status = _plain("", "copySkeletonStatus", wrap=False)
        copy_row.addWidget(self.copy_skeleton_button)
        copy_row.addWidget(self.copy_skeleton_status)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        if template is not None:
            note = _plain(template.note.get(self._lang), "journalTemplateNote")
            note.setStyleSheet(f"background: #fff4d6; color: {WARNING_COLOUR.name()}; padding: 4px;")
            layout.addWidget(note)

        self.journal_check = _named(
            QCheckBox(self.tr("Note &written and signed in {ehr}").format(ehr=ehr_name)), "journalDone",
            self.tr("Journal note written and signed in {ehr}").format(ehr=ehr_name))
        layout.addWidget(self.journal_check)
        layout.addWidget(_plain(self.tr(
            "Leave it unticked if the EHR is down or the note is not signed yet: the contact waits "
            "on the worklist."), "journalLater"))
        layout.addStretch(1)

        self.copy_skeleton_button.clicked.connect(self._copy_skeleton)
        self.journal_check.toggled.connect(lambda _on: self._update_step_titles())
        return page

    def _codes_page(self) -> QWidget:
        page, layout = self._page("codesPage", self.tr("Codes (KVÅ)"))
        layout.addWidget(_plain(self.tr(
            "Suggested from the routine for this contact. Remove a code or add another KVÅ code."),
            "codesIntro"))

        self.code_list = _named(QListWidget(), "codeList", self.tr("KVÅ codes of this contact"))
        self.code_list.setWordWrap(True)
        self.code_list.setAlternatingRowColors(True)
        self.code_list.setSpacing(2)
        self.code_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.code_list.setMinimumHeight(150)
        layout.addWidget(self.code_list, 2)

        row = QHBoxLayout()
        self.remove_code_button = _button(self.tr("&Remove selected"), "removeCode",
                                          self.tr("Remove the selected codes"))
        self.new_code_edit = _named(QLineEdit(), "newCode", self.tr("Another KVÅ code"))
        example = next((c.code for c in self._rules.codes if not c.in_routine), self._rules.codes[-1].code)
        self.new_code_edit.setPlaceholderText(self.tr("e.g. {code}").format(code=example))
        self.new_code_edit.setMaxLength(12)
        self.new_code_edit.setMaximumWidth(140)
        self.add_code_button = _button(self.tr("&Add"), "addCode", self.tr("Add the code"))
        add_label = QLabel(self.tr("Add c&ode:"))
        add_label.setBuddy(self.new_code_edit)
        row.addWidget(self.remove_code_button)
        row.addSpacing(24)
        row.addWidget(add_label)
        row.addWidget(self.new_code_edit)
        row.addWidget(self.add_code_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.code_error = _error_label("newCodeError")
        layout.addWidget(self.code_error)

        findings_label = QLabel(self.tr("Chec&ks against the routine:"))
        self.findings_list = _named(QListWidget(), "findingsList", self.tr("Checks against the routine"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(2)
        self.findings_list.setMinimumHeight(110)
        findings_label.setBuddy(self.findings_list)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings_list, 1)
        self.rules_version = _named(QLabel(), "rulesVersion", self.tr("Rule set that judges this contact"))
        self.rules_version.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_version.setWordWrap(True)
        layout.addWidget(self.rules_version)

        self.remove_code_button.clicked.connect(self.remove_selected_codes)
        self.add_code_button.clicked.connect(self._add_typed_code)
        self.new_code_edit.returnPressed.connect(self._add_typed_code)
        self.new_code_edit.textEdited.connect(lambda _t: self._hide_error(self.code_error))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.code_list,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.remove_selected_codes)
        self.code_list.itemSelectionChanged.connect(
            lambda: self.remove_code_button.setEnabled(bool(self.code_list.selectedItems())))
        return page

    def _registration_page(self) -> QWidget:
        page, layout = self._page("registrationPage", self.tr("Registration"))
        registration = self._rules.registration_for(self._episode.care_level)
        self._system = contact_text.registration_system(self._rules, self._episode.care_level, self._episode.ehr)
        where = self.tr("Register the contact in {system}.").format(system=self._system)
        if registration is not None and registration.routine:
            where = self.tr("Register the contact in {system} as in {routine}.").format(
                system=self._system, routine=registration.routine)
        layout.addWidget(_plain(where, "registrationWhere"))
        if registration is not None:
            layout.addWidget(_plain(registration.text.get(self._lang), "registrationRoutineText"))

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.addWidget(QLabel(self.tr("Contact type:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        self.registration_type = _plain("", "registrationType")
        self.registration_type.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.registration_type, 0, 1)
        form.addWidget(QLabel(self.tr("KVÅ codes:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        self.registration_codes = _plain("", "registrationCodes")
        form.addWidget(self.registration_codes, 1, 1)
        layout.addLayout(form)

        self.registration_note = _plain("", "registrationTypeNote")
        self.registration_note.setStyleSheet(f"background: #fff4d6; color: {WARNING_COLOUR.name()}; padding: 4px;")
        layout.addWidget(self.registration_note)

        text_label = QLabel(self.tr("Te&xt to copy:"))
        self.registration_text = _named(QLineEdit(), "registrationText", self.tr("Registration text"))
        self.registration_text.setReadOnly(True)
        text_label.setBuddy(self.registration_text)
        layout.addWidget(text_label)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.registration_text, 1)
        self.copy_registration_button = _button(self.tr("&Copy"), "copyRegistration",
                                                self.tr("Copy the registration text to the clipboard"))
        copy_row.addWidget(self.copy_registration_button)
        layout.addLayout(copy_row)
        self.copy_registration_status = _plain("", "copyRegistrationStatus", wrap=False)
        layout.addWidget(self.copy_registration_status)

        self.registered_check = _named(
            QCheckBox(self.tr("Re&gistered in {system}").format(system=self._system)), "registered",
            self.tr("Contact registered in {system}").format(system=self._system))
        layout.addWidget(self.registered_check)

        self.siber_reminder = _plain(self.tr(
            "This contact ends the treatment: transfer the episode to SibeR via Medrave. "
            "See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the "
            "worklist until you tick it there."), "siberReminder")
        self.siber_reminder.setStyleSheet("background: #e3effa; padding: 4px;")
        layout.addWidget(self.siber_reminder)
        layout.addStretch(1)

        self.copy_registration_button.clicked.connect(self._copy_registration)
        self.registered_check.toggled.connect(lambda _on: self._update_step_titles())
        return page

    # -- loading and reading ------------------------------------------------------------------

    def _load(self, draft: ContactDraft) -> None:
        self._loading = True
        self.at_edit.setDateTime(_to_qdatetime(draft.at))
        self.minutes_edit.setValue(draft.minutes or 0)
        self.type_buttons[draft.type].setChecked(True)
        if draft.mode in self.mode_buttons:
            self.mode_buttons[draft.mode].setChecked(True)
        self.final_check.setChecked(draft.final)
        self.note_edit.setPlainText(draft.note)
        self.journal_check.setChecked(draft.journal_done is not None)
        self.registered_check.setChecked(draft.registered is not None)
        self._loading = False
        self._sync_modes()
        self._codes_changed()
        self.go_to(STEP_CONTACT)

    def selected_type(self) -> str:
        return next(t for t, radio in self.type_buttons.items() if radio.isChecked())

    def selected_mode(self) -> str | None:
        if not self._rules.contact_type(self.selected_type()).modes:
            return None
        return next((m for m, radio in self.mode_buttons.items() if radio.isChecked()), None)

    def codes(self) -> tuple[str, ...]:
        return self._codes

    def draft(self) -> ContactDraft:
        """The contact as the form holds it now (not yet validated)."""
        now = self._service.now()
        minutes = self.minutes_edit.value() or None
        return ContactDraft(
            episode_id=self._original.episode_id,
            at=contact_steps.contact_moment(_from_qdatetime(self.at_edit.dateTime()), self._original.at),
            type=self.selected_type(), mode=self.selected_mode(), minutes=minutes,
            final=self.final_check.isChecked(), codes=self._codes,
            journal_done=contact_steps.stamp(self._original.journal_done, self.journal_check.isChecked(), now),
            registered=contact_steps.stamp(self._original.registered, self.registered_check.isChecked(), now),
            note=self.note_edit.toPlainText(), outage=self._original.outage, id=self._original.id,
        )

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def is_changed(self) -> bool:
        """Has anything been entered since the checklist opened? (What the window keeps on lock.)"""
        return self.draft() != self._original

    def findings(self) -> list[Finding]:
        return list(self._findings)

    # -- reacting -------------------------------------------------------------------------------

    def _suggested_for(self, contact_type: str, mode: str | None, final: bool) -> tuple[str, ...]:
        return tuple(s.code for s in self._service.suggest_codes(contact_type, mode, final))

    def _sync_modes(self) -> None:
        has_modes = bool(self._rules.contact_type(self.selected_type()).modes)
        for radio in self.mode_buttons.values():
            radio.setEnabled(has_modes)
        if not has_modes and self.mode_group.checkedButton() is not None:
            self.mode_group.setExclusive(False)
            self.mode_group.checkedButton().setChecked(False)
            self.mode_group.setExclusive(True)

    def _type_toggled(self, _button, checked: bool) -> None:
        if not checked:
            return
        self._hide_error(self.type_error)
        self._sync_modes()
        self._kind_changed()

    def _mode_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._hide_error(self.mode_error)
            self._kind_changed()

    def _kind_changed(self) -> None:
        """Type, mode or ending changed: the suggested codes follow, hand-added codes stay."""
        if getattr(self, "_loading", True):
            return
        suggested = self._suggested_for(self.selected_type(), self.selected_mode(), self.final_check.isChecked())
        self._codes = contact_steps.recode(self._codes, self._suggested, suggested)
        self._suggested = suggested
        self._codes_changed()

    def _codes_changed(self) -> None:
        reasons = {s.code: s.reason for s in self._service.suggest_codes(
            self.selected_type(), self.selected_mode(), self.final_check.isChecked())}
        self.code_list.clear()
        for code in self._codes:
            known = self._rules.code(code)
            title = known.title.get(self._lang) if known is not None else ""
            if code in reasons:
                why = self.tr("Routine: {reason}").format(reason=reasons[code].get(self._lang))
            elif not is_kva_code(code):
                why = self.tr("Not a KVÅ code: two letters and three digits, or three letters and two digits.")
            elif known is not None and known.note is not None:
                why = self.tr("Added by you. {note}").format(note=known.note.get(self._lang))
            else:
                why = self.tr("Added by you.")
            first = f"{code} {contact_text.DASH} {title}" if title else code
            item = QListWidgetItem(f"{first}\n    {why}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{first}. {why}")
            if not is_kva_code(code):
                item.setForeground(QBrush(ERROR_COLOUR))
            self.code_list.addItem(item)
        if not self._codes:
            item = QListWidgetItem(self.tr("No codes."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.code_list.addItem(item)
        self.remove_code_button.setEnabled(False)
        self._update_findings()
        self._update_registration()

    def _update_findings(self) -> None:
        draft = self.draft()
        self._findings = self._service.findings_for_draft(draft)
        self._show_rules_version(draft.at.date())
        self.findings_list.clear()
        for finding in sorted(self._findings, key=lambda f: f.severity != "error"):
            error = finding.severity == "error"
            prefix = self.tr("Error") if error else self.tr("Warning")
            item = QListWidgetItem(f"{prefix}: {finding.text(self._translate, self._lang)}")
            item.setForeground(QBrush(ERROR_COLOUR if error else WARNING_COLOUR))
            item.setData(Qt.ItemDataRole.UserRole, finding.kind)
            self.findings_list.addItem(item)
        if not self._findings:
            item = QListWidgetItem(self.tr("No findings: the codes follow the routine."))
            item.setForeground(QBrush(OK_COLOUR))
            self.findings_list.addItem(item)
        blocked = has_errors(self._findings)
        self.finish_button.setEnabled(not blocked)
        if blocked:
            self._set_status(self.tr("Finish is blocked: fix the errors under step 3, Codes."), error=True)
        else:
            self._set_status("")
        self._update_step_titles()

    def _show_rules_version(self, day) -> None:
        from kbtdesk.core.checker import outside_note

        placement = self._service.placement(day)
        text = self.tr("Judged by rule set {rules} (valid from {valid_from}).").format(
            rules=placement.rules.label, valid_from=placement.rules.valid_from.isoformat())
        note = outside_note(placement)
        self.rules_version.setText(text + (f" {note.render(self._translate)}." if note is not None else ""))

    def _update_registration(self) -> None:
        draft = self.draft()
        code = contact_text.registration_code(self._rules, draft.type)
        name = contact_text.contact_type_name(self._rules, draft.type, draft.mode, self._lang)
        self.registration_type.setText(f"{code} {contact_text.DASH} {name}" if code else name)
        ctype = self._rules.contact_type(draft.type)
        note = ctype.note.get(self._lang) if (code is None and ctype.note is not None) else ""
        self.registration_note.setText(note)
        self.registration_note.setVisible(bool(note))
        self.registration_codes.setText(" ".join(draft.codes) or self.tr("none"))
        self.registration_text.setText(contact_text.registration_text(self._rules, draft, self._lang))
        self.registration_text.setCursorPosition(0)
        self.siber_reminder.setVisible(draft.final)
        self.final_hint.setVisible(draft.final)
        self.copy_registration_status.setText("")

    def _update_step_titles(self) -> None:
        errors = sum(1 for f in self._findings if f.severity == "error")
        titles = [
            self.tr("1  Contact"),
            self.tr("2  Journal") + ("  ✓" if self.journal_check.isChecked() else ""),
            self.tr("3  Codes") + (self.tr("  (%n error(s))", "", errors) if errors else ""),
            self.tr("4  Registration") + ("  ✓" if self.registered_check.isChecked() else ""),
        ]
        for row, title in enumerate(titles):
            item = self.steps.item(row)
            item.setText(title)
            item.setData(Qt.ItemDataRole.ForegroundRole,
                         QBrush(ERROR_COLOUR) if row == STEP_CODES and errors else None)

    @staticmethod
    def _translate(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {ERROR_COLOUR.name()};" if error else "")
        self.status.setVisible(bool(text))

    @staticmethod
    def _hide_error(label: QLabel) -> None:
        label.clear()
        label.setVisible(False)

    # -- actions --------------------------------------------------------------------------------

    def go_to(self, step: int, focus: bool = False) -> None:
        step = max(0, min(step, self.pages.count() - 1))
        if self.steps.currentRow() != step:
            self.steps.setCurrentRow(step)
        else:
            self._show_step(step)
        if focus:
            first = {STEP_CONTACT: self.at_edit, STEP_JOURNAL: self.copy_skeleton_button,
                     STEP_CODES: self.code_list, STEP_REGISTRATION: self.copy_registration_button}[step]
            first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_step(self, step: int) -> None:
        if step < 0:
            return
        self.pages.setCurrentIndex(step)
        self.back_button.setEnabled(step > 0)
        self.next_button.setEnabled(step < self.pages.count() - 1)

    def add_code(self, text: str) -> bool:
        """Add a code typed by the user; False (with a message) if there was nothing new to add."""
        code = text.strip()
        if not code:
            return False
        updated = contact_steps.add_code(self._codes, code)
        if updated == self._codes:
            self._show_error(self.code_error, self.tr("{code} is already listed.").format(code=code.upper()))
            return False
        self._codes = updated
        self._codes_changed()
        added = updated[-1]
        if not is_kva_code(added):
            self._show_error(self.code_error, self.tr(
                "{code} is not a valid KVÅ code; remove it before finishing.").format(code=added))
        return True

    def _add_typed_code(self) -> None:
        if self.add_code(self.new_code_edit.text()):
            self.new_code_edit.clear()

    def remove_code(self, code: str) -> None:
        self._codes = tuple(c for c in self._codes if c != code)
        self._codes_changed()

    def remove_selected_codes(self) -> None:
        chosen = {item.data(Qt.ItemDataRole.UserRole) for item in self.code_list.selectedItems()}
        if not chosen:
            return
        row = self.code_list.currentRow()
        self._codes = tuple(c for c in self._codes if c not in chosen)
        self._codes_changed()
        if self._codes:
            self.code_list.setCurrentRow(min(row, len(self._codes) - 1))
        self.code_list.setFocus()

    def _copy_skeleton(self) -> None:
        QGuiApplication.clipboard().setText(self.skeleton_edit.toPlainText())
        self.copy_skeleton_status.setText(self.tr("Copied."))

    def _copy_registration(self) -> None:
        QGuiApplication.clipboard().setText(self.registration_text.text())
        self.copy_registration_status.setText(self.tr("Copied."))

    def _show_error(self, label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(True)

    def finish(self) -> Contact | None:
        """Validate and save the contact in one transaction; None (with a message) if it cannot be."""
        draft = self.draft()
        self._findings = self._service.findings_for_draft(draft)
        if has_errors(self._findings):
            self._update_findings()
            self.go_to(STEP_CODES)
            self.findings_list.setFocus()
            return None
        try:
            contact = self._service.save_contact(draft)
        except InputError as exc:
            self._show_input_error(exc)
            return None
        self.saved_contact = contact
        self.saved.emit(contact)
        self.accept()
        return contact

    def _show_input_error(self, exc: InputError) -> None:
        text = exc.message.render(self._translate)
        places = {
            "type": (self.type_error, STEP_CONTACT, self.type_buttons[self.selected_type()]),
            "mode": (self.mode_error, STEP_CONTACT, next(iter(self.mode_buttons.values()), None)),
            "at": (self.at_error, STEP_CONTACT, self.at_edit),
            "minutes": (self.minutes_error, STEP_CONTACT, self.minutes_edit),
        }
        if exc.field in places:
            label, step, widget = places[exc.field]
            self._show_error(label, text)
            self.go_to(step)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_status(text, error=True)
