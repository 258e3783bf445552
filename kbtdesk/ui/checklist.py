"""The contact checklist: one contact walked through contact, journal, codes and registration.

Layout only: the four steps are widgets of their own (kbtdesk.ui.checklist_steps); what the routine
requires (suggested codes, findings, texts to copy) comes from the core (`LogService`,
`kbtdesk.core.contact_text`, `kbtdesk.core.contact_steps`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
)

from kbtdesk.core import contact_steps, contact_text
from kbtdesk.core.checker import Finding, has_errors
from kbtdesk.core.models import Contact
from kbtdesk.core.rules import is_kva_code
from kbtdesk.core.service import ContactDraft, InputError, LogService
from kbtdesk.translation import chosen_language
from kbtdesk.ui.checklist_steps import (
    CodesStep,
    ContactStep,
    JournalStep,
    RegistrationStep,
    hide_error,
    shortcut_letters,
)
from kbtdesk.ui.widgets import Palette, confirm, emphasise, name_widget, note_label, plain_label, quiet_button

STEP_CONTACT, STEP_JOURNAL, STEP_CODES, STEP_REGISTRATION = range(4)


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
        self._episode_id = episode_id
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
        self._loaded = True  # from now on the day follows into the codes and findings (_build)
        # the length changes what the rules find too, and an error of the last Finish follows at once
        self.contact_step.minutes_edit.valueChanged.connect(lambda _v: self._update_findings())
        if step:
            self.go_to(step)
        self.resize(960, 680)

    # -- building -----------------------------------------------------------------------------

    def _build(self) -> None:
        outer = QVBoxLayout(self)

        outer.addWidget(emphasise(plain_label(self.tr("{name} · {identity} · {programme}").format(
            name=self._patient.name, identity=contact_text.masked_identity(self._patient.identity),
            programme=self._episode.programme), "checklistPatient")))

        self._outage_banner = note_label(self.tr(
            "Logged during an outage: this contact stays on the worklist until the journal note "
            "and the registration are ticked as entered."), "outageBanner")
        self._outage_banner.setVisible(self._original.outage)
        outer.addWidget(self._outage_banner)

        body = QHBoxLayout()
        outer.addLayout(body, 1)

        self.steps = name_widget(QListWidget(), "checklistSteps", self.tr("Steps"))
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.steps.setFixedWidth(200)
        self.steps.setSpacing(4)
        for _ in range(4):
            self.steps.addItem(QListWidgetItem())
        body.addWidget(self.steps)

        self.contact_step = ContactStep(self._rules, self._lang)
        self.journal_step = JournalStep(self._rules, self._episode,
                                        self._service.template_headings(self._episode.ehr), self._lang)
        self.codes_step = CodesStep(self._rules)
        self.registration_step = RegistrationStep(self._rules, self._episode, self._lang)
        self.pages = name_widget(QStackedWidget(), "checklistPages", self.tr("Checklist step"))
        for page in (self.contact_step, self.journal_step, self.codes_step, self.registration_step):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
        body.addWidget(self.pages, 1)

        self.status = plain_label("", "checklistStatus")
        outer.addWidget(self.status)

        buttons = QHBoxLayout()
        self.back_button = quiet_button(self.tr("Bac&k"), "backButton", self.tr("Previous step"))
        self.next_button = quiet_button(self.tr("&Next"), "nextButton", self.tr("Next step"))
        self.finish_button = quiet_button(self.tr("&Finish"), "finishButton", self.tr("Finish and save the contact"))
        self.cancel_button = quiet_button(self.tr("Cancel"), "cancelButton", self.tr("Cancel without saving"))
        buttons.addWidget(plain_label(self.tr("Alt+1…4 or Ctrl+PgUp/PgDn: go to a step"), "stepHint", wrap=False))
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.finish_button, self.cancel_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)
        self.contact_step.give_shortcut_letters(shortcut_letters(self) - shortcut_letters(self.pages))

        self.contact_step.kindChanged.connect(self._kind_changed)
        self.contact_step.endingChanged.connect(self._codes_changed)
        # the day decides the episode rules (before its start, after its end, after a flagged score)
        self.contact_step.at_edit.dateTimeChanged.connect(
            lambda _v: self._kind_changed() if getattr(self, "_loaded", False) else None)
        self.journal_step.doneToggled.connect(lambda _on: self._update_step_titles())
        self.codes_step.addRequested.connect(self._add_typed_code)
        self.codes_step.removeRequested.connect(self._remove_codes)
        self.registration_step.registeredToggled.connect(lambda _on: self._update_step_titles())
        self.steps.currentRowChanged.connect(self._show_step)
        self.back_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.pages.currentIndex() + 1))
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button.clicked.connect(self.cancel)
        for number in range(4):
            shortcut = QShortcut(QKeySequence(f"Alt+{number + 1}"), self)
            shortcut.activated.connect(lambda n=number: self.go_to(n, focus=True))
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(
            lambda: self.go_to(self.pages.currentIndex() - 1, focus=True))
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(
            lambda: self.go_to(self.pages.currentIndex() + 1, focus=True))

    # -- loading and reading ------------------------------------------------------------------

    def _load(self, draft: ContactDraft) -> None:
        self.contact_step.load(draft)
        self.journal_step.journal_check.setChecked(draft.journal_done is not None)
        self.registration_step.registered_check.setChecked(draft.registered is not None)
        self._codes_changed()
        self.go_to(STEP_CONTACT)

    def selected_type(self) -> str:
        return self.contact_step.selected_type()

    def selected_mode(self) -> str | None:
        return self.contact_step.selected_mode()

    def codes(self) -> tuple[str, ...]:
        return self._codes

    def draft(self) -> ContactDraft:
        """The contact as the form holds it now (not yet validated)."""
        now = self._service.now()
        contact = self.contact_step
        return ContactDraft(
            episode_id=self._original.episode_id,
            at=contact_steps.contact_moment(contact.moment(), self._original.at),
            type=contact.selected_type(), mode=contact.selected_mode(), minutes=contact.minutes_edit.value() or None,
            final=contact.final_check.isChecked(), codes=self._codes,
            journal_done=contact_steps.stamp(self._original.journal_done,
                                             self.journal_step.journal_check.isChecked(), now),
            registered=contact_steps.stamp(self._original.registered,
                                           self.registration_step.registered_check.isChecked(), now),
            note=contact.note_edit.toPlainText(), outage=self._original.outage, id=self._original.id,
            **self._ending(),
        )

    def _ending(self) -> dict:
        """The end reason and day of a contact that ends an open episode (asked, never assumed)."""
        if not (self.contact_step.final_check.isChecked() and self._episode.ended is None):
            return {"end_reason": self._original.end_reason, "ended": self._original.ended}
        ending = self.contact_step.ending
        return {"end_reason": ending.end_reason(), "ended": ending.end_day()}

    def current_step(self) -> int:
        return self.pages.currentIndex()

    def is_changed(self) -> bool:
        """Has anything been entered since the checklist opened? (What the window keeps on lock.)"""
        return self.draft() != self._original

    def findings(self) -> list[Finding]:
        return list(self._findings)

    # -- reacting -------------------------------------------------------------------------------

    def _suggested_for(self, contact_type: str, mode: str | None, final: bool) -> tuple[str, ...]:
        return tuple(s.code for s in self._suggestions(contact_type, mode, final))

    def _suggestions(self, contact_type: str, mode: str | None, final: bool):
        """The routine's codes for the contact, with what its episode calls for (a flagged score)."""
        step, original = getattr(self, "contact_step", None), getattr(self, "_original", None)
        day = (step.moment() if step is not None else original.at if original is not None
               else self._service.now()).date()
        return self._service.suggest_codes(contact_type, mode, final, day, self._episode_id,
                                           getattr(self, "_original", None) and self._original.id)

    def _kind_changed(self) -> None:
        """Type, mode or ending changed: the suggested codes follow, hand-added codes stay."""
        contact = self.contact_step
        suggested = self._suggested_for(contact.selected_type(), contact.selected_mode(),
                                        contact.final_check.isChecked())
        self._codes = contact_steps.recode(self._codes, self._suggested, suggested)
        self._suggested = suggested
        self._codes_changed()

    def _codes_changed(self) -> None:
        contact = self.contact_step
        reasons = {s.code: s.reason for s in self._suggestions(
            contact.selected_type(), contact.selected_mode(), contact.final_check.isChecked())}
        lines = []
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
            lines.append((code, f"{code} {contact_text.DASH} {title}" if title else code, why))
        self.codes_step.show_codes(self._codes, lines)
        self._update_findings()
        self._update_registration()

    def _update_findings(self) -> None:
        draft = self.draft()
        self._findings = self._service.findings_for_draft(draft)
        self._show_rules_version(draft.at.date())
        self.codes_step.show_findings(self._findings, lambda f: f.text(self._translate, self._lang))
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
        self.codes_step.rules_version.setText(text + (f" {note.render(self._translate)}." if note is not None else ""))

    def _update_registration(self) -> None:
        draft = self.draft()
        self.registration_step.show_draft(draft)
        self.contact_step.final_hint.setVisible(draft.final)
        self.contact_step.ending.setVisible(draft.final and self._episode.ended is None)

    def _update_step_titles(self) -> None:
        errors = sum(1 for f in self._findings if f.severity == "error")
        titles = [
            self.tr("1  Contact"),
            self.tr("2  Journal") + ("  ✓" if self.journal_step.journal_check.isChecked() else ""),
            self.tr("3  Codes") + (self.tr("  (%n error(s))", "", errors) if errors else ""),
            self.tr("4  Registration") + ("  ✓" if self.registration_step.registered_check.isChecked() else ""),
        ]
        for row, title in enumerate(titles):
            item = self.steps.item(row)
            item.setText(title)
            item.setData(Qt.ItemDataRole.ForegroundRole,
                         QBrush(Palette.ERROR) if row == STEP_CODES and errors else None)

    @staticmethod
    def _translate(context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)

    def _set_status(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {Palette.ERROR.name()}; font-weight: bold;" if error else "")
        self.status.setVisible(bool(text))

    # -- actions --------------------------------------------------------------------------------

    def go_to(self, step: int, focus: bool = False) -> None:
        step = max(0, min(step, self.pages.count() - 1))
        if self.steps.currentRow() != step:
            self.steps.setCurrentRow(step)
        else:
            self._show_step(step)
        if focus:
            page = (self.contact_step, self.journal_step, self.codes_step, self.registration_step)[step]
            page.first_field().setFocus(Qt.FocusReason.ShortcutFocusReason)

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
            self.codes_step.show_error(self.tr("{code} is already listed.").format(code=code.upper()))
            return False
        self._codes = updated
        self._codes_changed()
        added = updated[-1]
        if not is_kva_code(added):
            self.codes_step.show_error(self.tr(
                "{code} is not a valid KVÅ code; remove it before finishing.").format(code=added))
        return True

    def _add_typed_code(self, text: str) -> None:
        if self.add_code(text):
            self.codes_step.new_code_edit.clear()

    def remove_code(self, code: str) -> None:
        self._codes = tuple(c for c in self._codes if c != code)
        self._codes_changed()
        self._clear_code_error()

    def _clear_code_error(self) -> None:
        """The message about a typed code goes once no code it could be about is left."""
        if all(is_kva_code(c) for c in self._codes):
            hide_error(self.codes_step.code_error)

    def _remove_codes(self, chosen: list[str]) -> None:
        code_list = self.codes_step.code_list
        row = code_list.currentRow()
        self._codes = tuple(c for c in self._codes if c not in chosen)
        self._codes_changed()
        self._clear_code_error()
        if self._codes:
            code_list.setCurrentRow(min(row, len(self._codes) - 1))
        code_list.setFocus()

    def cancel(self) -> None:
        """Esc or Cancel: a checklist with entries asks before it throws them away; an unchanged one
        closes at once. (Locking and the program close it without asking: the lock keeps its draft.)"""
        if self._may_discard():
            self.reject()

    def _may_discard(self) -> bool:
        return not self.is_changed() or confirm(
            self, self.tr("Discard the contact?"),
            self.tr("You have entered or changed this contact. Close the checklist and discard it?"))

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event) -> None:
        if event.spontaneous() and not self._may_discard():  # the window's close button
            event.ignore()
            return
        super().closeEvent(event)

    def finish(self) -> Contact | None:
        """Validate and save the contact in one transaction; None (with a message) if it cannot be."""
        draft = self.draft()
        problem = contact_steps.ending_problem(draft.final, self._episode.ended is None, draft.end_reason)
        if problem is not None:
            self._show_input_error(InputError(*problem))
            return None
        self._findings = self._service.findings_for_draft(draft)
        if has_errors(self._findings):
            self._update_findings()
            self.go_to(STEP_CODES)
            self.codes_step.findings_list.setFocus()
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
        step = self.contact_step
        places = {
            "type": (step.type_error, step.type_buttons[step.selected_type()]),
            "mode": (step.mode_error, next(iter(step.mode_buttons.values()), None)),
            "at": (step.at_error, step.at_edit),
            "minutes": (step.minutes_error, step.minutes_edit),
            "end_reason": (step.ending.error, step.ending.reason),
            "ended": (step.ending.error, step.ending.ended),
        }
        if exc.field in places:
            label, widget = places[exc.field]
            label.setText(text)
            label.setVisible(True)
            self.go_to(STEP_CONTACT)
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_status(text, error=True)
