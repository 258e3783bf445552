"""The contact checklist's four steps, one widget each: contact, journal, codes, registration.

Each step lays out its fields and says what the user did (signals); the checklist
(kbtdesk.ui.checklist) holds the contact being entered, asks the core and fills the steps in.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QBrush, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import contact_text
from kbtdesk.core.checker import Finding
from kbtdesk.core.models import Episode
from kbtdesk.core.rules import RuleSet, is_kva_code
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui.ending import EndingFields
from kbtdesk.ui.widgets import Palette, emphasise, error_label, name_widget, note_label, plain_label, quiet_button


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())


def shortcut_letter(text: str) -> str | None:
    """The letter after a single '&' in a control's text (Alt+letter), case-folded; "&&" is an ampersand."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].casefold() if 0 <= at < len(plain) - 1 and not plain[at + 1].isspace() else None


def shortcut_letters(widget: QWidget, skip: tuple[QWidget, ...] = ()) -> set[str]:
    """The shortcut letters of the buttons, labelled fields and group boxes inside `widget`."""
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b not in skip]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None]
    texts += [box.title() for box in widget.findChildren(QGroupBox)]
    return {letter for letter in map(shortcut_letter, texts) if letter}


def with_shortcut_letter(label: str, taken: set[str]) -> tuple[str, str | None]:
    """`label` with a shortcut letter not in `taken`: the first letter of a word if one is free
    (so "BR — ..." is Alt+B), else any free letter; the letter, or None when every one is taken."""
    starts = [n for n, ch in enumerate(label) if ch.isalnum() and (n == 0 or not label[n - 1].isalnum())]
    for n in starts + [n for n, ch in enumerate(label) if ch.isalnum() and n not in starts]:
        if label[n].casefold() not in taken:
            escaped = label[:n].replace("&", "&&") + "&" + label[n:].replace("&", "&&")
            return escaped, label[n].casefold()
    return label.replace("&", "&&"), None


def hide_error(label: QLabel) -> None:
    label.clear()
    label.setVisible(False)


class _Step(QWidget):
    """A step's page: its heading, then what the step lays out below it. `first_field()` is where
    Alt+<the step's number> puts the focus."""

    def __init__(self, object_name: str, title: str):
        super().__init__()
        self.setObjectName(object_name)
        self.box = QVBoxLayout(self)
        self.box.addWidget(emphasise(plain_label(title), scale=1.25))


class ContactStep(_Step):
    """1 Contact: when, how long, the contact type (and mode), whether it ends the treatment, a private note."""

    kindChanged = Signal()  # type, mode or "ends the treatment": the suggested codes follow
    endingChanged = Signal()  # the end reason or day of a contact that ends the treatment

    def __init__(self, rules: RuleSet, lang: str):
        super().__init__("contactPage", self.tr("Contact"))
        self._rules = rules
        layout = self.box

        when = QHBoxLayout()
        self.at_edit = name_widget(QDateTimeEdit(), "contactAt", self.tr("Date and time of the contact"))
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        at_label = QLabel(self.tr("&Date and time:"))
        at_label.setBuddy(self.at_edit)
        when.addWidget(at_label)
        when.addWidget(self.at_edit)
        when.addSpacing(24)
        self.minutes_edit = name_widget(QSpinBox(), "contactMinutes", self.tr("Minutes spent"))
        self.minutes_edit.setRange(0, 24 * 60)
        self.minutes_edit.setSpecialValueText(self.tr("not given"))
        self.minutes_edit.setSuffix(self.tr(" min"))
        minutes_label = QLabel(self.tr("M&inutes:"))
        minutes_label.setBuddy(self.minutes_edit)
        when.addWidget(minutes_label)
        when.addWidget(self.minutes_edit)
        when.addStretch(1)
        layout.addLayout(when)
        self.at_error = error_label("contactAtError")
        self.minutes_error = error_label("contactMinutesError")
        layout.addWidget(self.at_error)
        layout.addWidget(self.minutes_error)

        types = QGroupBox(self.tr("Contact type"))
        types.setObjectName("contactTypeGroup")
        grid = QVBoxLayout(types)
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[str, QRadioButton] = {}
        self.mode_group = QButtonGroup(self)
        self.mode_buttons: dict[str, QRadioButton] = {}
        for ctype in rules.contact_types:
            key = ctype.id.replace("-", "_")
            label = contact_text.contact_type_label(rules, ctype.id, None, lang)
            radio = name_widget(QRadioButton(label), f"contactType_{key}",
                                self.tr("Contact type: {name}").format(name=label))
            self.type_group.addButton(radio)
            self.type_buttons[ctype.id] = radio
            grid.addWidget(radio)
            use = plain_label(self.tr("Use: {text}").format(text=ctype.use.get(lang)), f"contactTypeUse_{key}")
            use.setContentsMargins(26, 0, 0, 6)
            grid.addWidget(use)
            if ctype.modes:
                modes = QHBoxLayout()
                modes.setContentsMargins(26, 0, 0, 0)
                modes.addWidget(QLabel(self.tr("Held:")))
                for mode in ctype.modes:
                    name = mode.name.get(lang)
                    mode_radio = name_widget(QRadioButton(name), f"contactMode_{mode.id}",
                                             self.tr("Visit held: {name}").format(name=name))
                    self.mode_group.addButton(mode_radio)
                    self.mode_buttons[mode.id] = mode_radio
                    modes.addWidget(mode_radio)
                modes.addStretch(1)
                grid.addLayout(modes)
                if ctype.note is not None:
                    note = plain_label(ctype.note.get(lang), f"contactTypeNote_{key}")
                    note.setContentsMargins(26, 0, 0, 0)
                    italic = note.font()
                    italic.setItalic(True)
                    note.setFont(italic)
                    grid.addWidget(note)
        layout.addWidget(types)
        self.type_error = error_label("contactTypeError")
        self.mode_error = error_label("contactModeError")
        layout.addWidget(self.type_error)
        layout.addWidget(self.mode_error)

        self.final_check = name_widget(QCheckBox(self.tr("This contact &ends the treatment")), "contactFinal",
                                       self.tr("This contact ends the treatment"))
        layout.addWidget(self.final_check)
        self.final_hint = plain_label(self.tr(
            "Finishing ends the treatment episode (if it is still open) as chosen below; the ending is "
            "registered with its own code and the episode goes to SibeR."), "finalHint")
        self.final_hint.setContentsMargins(26, 0, 0, 0)
        layout.addWidget(self.final_hint)
        self.ending = EndingFields(rules, date.today(), lang)  # the end reason is asked, never assumed
        self.ending.setVisible(False)
        layout.addWidget(self.ending)

        note_label_ = QLabel(self.tr("Private n&ote (kept in this log only, not the journal):"))
        self.note_edit = name_widget(QPlainTextEdit(), "contactNote", self.tr("Private note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 4)
        note_label_.setBuddy(self.note_edit)
        layout.addWidget(note_label_)
        layout.addWidget(self.note_edit)
        layout.addStretch(1)

        self._loading = True
        self.at_edit.dateTimeChanged.connect(lambda _v: hide_error(self.at_error))
        self.minutes_edit.valueChanged.connect(lambda _v: hide_error(self.minutes_error))
        self.type_group.buttonToggled.connect(self._type_toggled)
        self.mode_group.buttonToggled.connect(self._mode_toggled)
        self.final_check.toggled.connect(lambda _on: self._changed())
        self.ending.changed.connect(self.endingChanged)
        self.at_edit.dateTimeChanged.connect(lambda v: self.ending.follow_contact_day(from_qdatetime(v).date()))

    def first_field(self) -> QWidget:
        return self.at_edit

    def load(self, draft: ContactDraft) -> None:
        self._loading = True
        self.at_edit.setDateTime(to_qdatetime(draft.at))
        self.minutes_edit.setValue(draft.minutes or 0)
        self.type_buttons[draft.type].setChecked(True)
        if draft.mode in self.mode_buttons:
            self.mode_buttons[draft.mode].setChecked(True)
        self.final_check.setChecked(draft.final)
        self.ending.load(draft.end_reason, draft.ended or draft.at.date())
        self.note_edit.setPlainText(draft.note)
        self._loading = False
        self._sync_modes()

    def selected_type(self) -> str:
        return next(t for t, radio in self.type_buttons.items() if radio.isChecked())

    def _selected_type_has_modes(self) -> bool:
        ctype = self._rules.contact_type(self.selected_type())
        return ctype is not None and bool(ctype.modes)

    def selected_mode(self) -> str | None:
        if not self._selected_type_has_modes():
            return None
        return next((m for m, radio in self.mode_buttons.items() if radio.isChecked()), None)

    def moment(self) -> datetime:
        return from_qdatetime(self.at_edit.dateTime())

    def _sync_modes(self) -> None:
        has_modes = self._selected_type_has_modes()
        for radio in self.mode_buttons.values():
            radio.setEnabled(has_modes)
        checked = self.mode_group.checkedButton()
        if not has_modes and checked is not None:
            self.mode_group.setExclusive(False)
            checked.setChecked(False)
            self.mode_group.setExclusive(True)

    def _type_toggled(self, _button, checked: bool) -> None:
        if checked:
            hide_error(self.type_error)
            self._sync_modes()
            self._changed()

    def _mode_toggled(self, _button, checked: bool) -> None:
        if checked:
            hide_error(self.mode_error)
            self._changed()

    def _changed(self) -> None:
        if not self._loading:
            self.kindChanged.emit()

    def give_shortcut_letters(self, taken_outside: set[str]) -> None:
        """A shortcut letter for each contact type, then each visit mode, none of them used by
        the step's other fields or by `taken_outside` (the dialog's own buttons): Alt+B for BR.
        The rule set names the types, so the letters are chosen here, not in the catalogue."""
        radios = (*self.type_buttons.values(), *self.mode_buttons.values())
        taken = set(taken_outside) | shortcut_letters(self, skip=radios)
        for radio in radios:
            text, letter = with_shortcut_letter(radio.text(), taken)  # the rule set's name, as built
            radio.setText(text)
            if letter:
                taken.add(letter)


class JournalStep(_Step):
    """2 Journal: which template of the EHR to use, the note skeleton to copy, and "written and signed"."""

    doneToggled = Signal(bool)

    def __init__(self, rules: RuleSet, episode: Episode, headings: list[str], lang: str):
        super().__init__("journalPage", self.tr("Journal"))
        layout = self.box
        template = rules.template(episode.ehr)
        ehr_name = template.name if template is not None else episode.ehr
        if template is not None:
            use = QLabel(self.tr("Use the template <b>{template}</b> in {ehr}.").format(
                template=html.escape(template.template), ehr=html.escape(ehr_name)))
            use.setTextFormat(Qt.TextFormat.RichText)
            use.setWordWrap(True)
            use.setObjectName("journalTemplate")
            layout.addWidget(use)
            layout.addWidget(plain_label(self.tr("From the quick guide: {lathund} ({ehr})").format(
                lathund=template.lathund, ehr=ehr_name), "journalLathund"))
        else:
            layout.addWidget(plain_label(self.tr("The rule set names no journal template for {ehr}.").format(
                ehr=ehr_name), "journalTemplate"))

        skeleton_label = QLabel(self.tr("Note &skeleton (the template's headings):"))
        self.skeleton_edit = name_widget(QPlainTextEdit(), "journalSkeleton", self.tr("Note skeleton"))
        self.skeleton_edit.setReadOnly(True)
        self.skeleton_edit.setTabChangesFocus(True)
        self.skeleton_edit.setPlainText(contact_text.note_skeleton(headings if template is not None else []))
        lines = self.skeleton_edit.toPlainText().count("\n") + 2
        self.skeleton_edit.setMinimumHeight(min(lines, 14) * self.skeleton_edit.fontMetrics().lineSpacing())
        skeleton_label.setBuddy(self.skeleton_edit)
        layout.addWidget(skeleton_label)
        layout.addWidget(self.skeleton_edit)

        copy_row = QHBoxLayout()
        self.copy_skeleton_button = quiet_button(self.tr("&Copy skeleton"), "copySkeleton",
                                                 self.tr("Copy the note skeleton to the clipboard"))
        self.copy_skeleton_status = plain_label("", "copySkeletonStatus", wrap=False)
        copy_row.addWidget(self.copy_skeleton_button)
        copy_row.addWidget(self.copy_skeleton_status)
        copy_row.addStretch(1)
        layout.addLayout(copy_row)

        if template is not None:
            layout.addWidget(note_label(template.note.get(lang), "journalTemplateNote"))

        self.journal_check = name_widget(
            QCheckBox(self.tr("Note &written and signed in {ehr}").format(ehr=ehr_name)), "journalDone",
            self.tr("Journal note written and signed in {ehr}").format(ehr=ehr_name))
        layout.addWidget(self.journal_check)
        layout.addWidget(plain_label(self.tr(
            "Leave it unticked if the EHR is down or the note is not signed yet: the contact waits "
            "on the worklist."), "journalLater"))
        layout.addStretch(1)

        self.copy_skeleton_button.clicked.connect(self._copy_skeleton)
        self.journal_check.toggled.connect(self.doneToggled)

    def first_field(self) -> QWidget:
        return self.copy_skeleton_button

    def _copy_skeleton(self) -> None:
        QGuiApplication.clipboard().setText(self.skeleton_edit.toPlainText())
        self.copy_skeleton_status.setText(self.tr("Copied."))


class CodesStep(_Step):
    """3 Codes: the KVÅ codes with why each is there, adding and removing, and the routine's findings."""

    addRequested = Signal(str)
    removeRequested = Signal(list)  # the codes to remove

    def __init__(self, rules: RuleSet):
        super().__init__("codesPage", self.tr("Codes (KVÅ)"))
        layout = self.box
        layout.addWidget(plain_label(self.tr(
            "Suggested from the routine for this contact. Remove a code or add another KVÅ code."), "codesIntro"))

        self.code_list = name_widget(QListWidget(), "codeList", self.tr("KVÅ codes of this contact"))
        self.code_list.setWordWrap(True)
        self.code_list.setAlternatingRowColors(True)
        self.code_list.setSpacing(2)
        self.code_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.code_list.setMinimumHeight(150)
        layout.addWidget(self.code_list, 2)

        row = QHBoxLayout()
        self.remove_code_button = quiet_button(self.tr("&Remove selected"), "removeCode",
                                               self.tr("Remove the selected codes"))
        self.new_code_edit = name_widget(QLineEdit(), "newCode", self.tr("Another KVÅ code"))
        # An example the routine does not suggest itself (the rule set's data, not a literal here).
        example = next((c.code for c in rules.codes if not c.in_routine), rules.codes[-1].code)
        self.new_code_edit.setPlaceholderText(self.tr("e.g. {code}").format(code=example))
        self.new_code_edit.setMaxLength(12)
        self.new_code_edit.setMaximumWidth(140)
        self.add_code_button = quiet_button(self.tr("&Add"), "addCode", self.tr("Add the code"))
        add_label = QLabel(self.tr("Add c&ode:"))
        add_label.setBuddy(self.new_code_edit)
        row.addWidget(self.remove_code_button)
        row.addSpacing(24)
        row.addWidget(add_label)
        row.addWidget(self.new_code_edit)
        row.addWidget(self.add_code_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.code_error = error_label("newCodeError")
        layout.addWidget(self.code_error)

        findings_label = QLabel(self.tr("&Checks against the routine:"))
        self.findings_list = name_widget(QListWidget(), "findingsList", self.tr("Checks against the routine"))
        self.findings_list.setWordWrap(True)
        self.findings_list.setSpacing(2)
        self.findings_list.setMinimumHeight(110)
        findings_label.setBuddy(self.findings_list)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings_list, 1)
        self.rules_version = name_widget(QLabel(), "rulesVersion", self.tr("Rule set that judges this contact"))
        self.rules_version.setTextFormat(Qt.TextFormat.PlainText)
        self.rules_version.setWordWrap(True)
        layout.addWidget(self.rules_version)

        self.remove_code_button.clicked.connect(self._remove_selected)
        self.add_code_button.clicked.connect(lambda: self.addRequested.emit(self.new_code_edit.text()))
        self.new_code_edit.returnPressed.connect(lambda: self.addRequested.emit(self.new_code_edit.text()))
        self.new_code_edit.textEdited.connect(lambda _t: hide_error(self.code_error))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.code_list,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self._remove_selected)
        self.code_list.itemSelectionChanged.connect(
            lambda: self.remove_code_button.setEnabled(bool(self.code_list.selectedItems())))

    def first_field(self) -> QWidget:
        return self.code_list

    def show_codes(self, codes: tuple[str, ...], lines: list[tuple[str, str, str]]) -> None:
        """`lines`: (code, first line, why) for each code, in order."""
        self.code_list.clear()
        for code, first, why in lines:
            item = QListWidgetItem(f"{first}\n    {why}")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{first}. {why}")
            if not is_kva_code(code):
                item.setForeground(QBrush(Palette.ERROR))
            self.code_list.addItem(item)
        if not codes:
            item = QListWidgetItem(self.tr("No codes."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.code_list.addItem(item)
        self.remove_code_button.setEnabled(False)

    def show_findings(self, findings: list[Finding], text_of) -> None:
        """Errors first; `text_of(finding)` says it in the user's language."""
        self.findings_list.clear()
        for finding in sorted(findings, key=lambda f: f.severity != "error"):
            error = finding.severity == "error"
            prefix = self.tr("Error") if error else self.tr("Warning")
            item = QListWidgetItem(f"{prefix}: {text_of(finding)}")
            item.setForeground(QBrush(Palette.ERROR if error else Palette.WARNING))
            item.setData(Qt.ItemDataRole.UserRole, finding.kind)
            self.findings_list.addItem(item)
        if not findings:
            item = QListWidgetItem(self.tr("No findings: the codes follow the routine."))
            item.setForeground(QBrush(Palette.DONE))
            self.findings_list.addItem(item)

    def show_error(self, text: str) -> None:
        self.code_error.setText(text)
        self.code_error.setVisible(True)

    def _remove_selected(self) -> None:
        chosen = [item.data(Qt.ItemDataRole.UserRole) for item in self.code_list.selectedItems()]
        if chosen:
            self.removeRequested.emit(chosen)


class RegistrationStep(_Step):
    """4 Registration: where and as what to register, the text to copy, and "registered"."""

    registeredToggled = Signal(bool)

    def __init__(self, rules: RuleSet, episode: Episode, lang: str):
        super().__init__("registrationPage", self.tr("Registration"))
        self._rules, self._lang = rules, lang
        layout = self.box
        registration = rules.registration_for(episode.care_level)
        self.system = contact_text.registration_system(rules, episode.care_level, episode.ehr)
        where = self.tr("Register the contact in {system}.").format(system=self.system)
        if registration is not None and registration.routine:
            where = self.tr("Register the contact in {system} as in {routine}.").format(
                system=self.system, routine=registration.routine)
        layout.addWidget(plain_label(where, "registrationWhere"))
        if registration is not None:
            layout.addWidget(plain_label(registration.text.get(lang), "registrationRoutineText"))

        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.addWidget(QLabel(self.tr("Contact type:")), 0, 0, Qt.AlignmentFlag.AlignTop)
        self.registration_type = plain_label("", "registrationType")
        self.registration_type.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addWidget(self.registration_type, 0, 1)
        form.addWidget(QLabel(self.tr("KVÅ codes:")), 1, 0, Qt.AlignmentFlag.AlignTop)
        self.registration_codes = plain_label("", "registrationCodes")
        form.addWidget(self.registration_codes, 1, 1)
        layout.addLayout(form)

        self.registration_note = note_label("", "registrationTypeNote")
        layout.addWidget(self.registration_note)

        text_label = QLabel(self.tr("Te&xt to copy:"))
        self.registration_text = name_widget(QLineEdit(), "registrationText", self.tr("Registration text"))
        self.registration_text.setReadOnly(True)
        text_label.setBuddy(self.registration_text)
        layout.addWidget(text_label)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.registration_text, 1)
        self.copy_registration_button = quiet_button(self.tr("&Copy"), "copyRegistration",
                                                     self.tr("Copy the registration text to the clipboard"))
        copy_row.addWidget(self.copy_registration_button)
        layout.addLayout(copy_row)
        self.copy_registration_status = plain_label("", "copyRegistrationStatus", wrap=False)
        layout.addWidget(self.copy_registration_status)

        self.registered_check = name_widget(
            QCheckBox(self.tr("Re&gistered in {system}").format(system=self.system)), "registered",
            self.tr("Contact registered in {system}").format(system=self.system))
        layout.addWidget(self.registered_check)

        self.siber_reminder = note_label(self.tr(
            "This contact ends the treatment: transfer the episode to SibeR via Medrave. "
            "See “Lathund för överföring via Medrave till SibeR”. The transfer stays on the "
            "worklist until you tick it there."), "siberReminder", Palette.INFO)
        layout.addWidget(self.siber_reminder)
        layout.addStretch(1)

        self.copy_registration_button.clicked.connect(self._copy_registration)
        self.registered_check.toggled.connect(self.registeredToggled)

    def first_field(self) -> QWidget:
        return self.copy_registration_button

    def show_draft(self, draft: ContactDraft) -> None:
        """What to register for the contact as the form holds it now."""
        rules, lang = self._rules, self._lang
        code = contact_text.registration_code(rules, draft.type)
        name = contact_text.contact_type_name(rules, draft.type, draft.mode, lang)
        self.registration_type.setText(f"{code} {contact_text.DASH} {name}" if code else name)
        ctype = rules.contact_type(draft.type)
        note = ctype.note.get(lang) if (code is None and ctype is not None and ctype.note is not None) else ""
        if code is None:  # the unit's setting: Settings › Unit, or IT's unit.json
            note = " ".join(filter(None, (note, self.tr("Set your unit's code under Settings › Unit."))))
        self.registration_note.setText(note)
        self.registration_note.setVisible(bool(note))
        self.registration_codes.setText(" ".join(draft.codes) or self.tr("none"))
        self.registration_text.setText(contact_text.registration_text(rules, draft, lang))
        self.registration_text.setCursorPosition(0)
        self.siber_reminder.setVisible(draft.final)
        self.copy_registration_status.setText("")

    def _copy_registration(self) -> None:
        QGuiApplication.clipboard().setText(self.registration_text.text())
        self.copy_registration_status.setText(self.tr("Copied."))
