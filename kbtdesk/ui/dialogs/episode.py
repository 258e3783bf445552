"""Starting an episode (finding the patient by identity number, or adding one) and ending it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QMessageBox, QVBoxLayout

from kbtdesk.core.models import END_REASONS, Episode, Patient
from kbtdesk.core.service import InputError, LogService
from kbtdesk.ui.ending import ending_advice_text
from kbtdesk.ui.formatting import from_qdate, locale_for, render
from kbtdesk.ui.labels import end_reason_label
from kbtdesk.ui.widgets import (
    combo,
    date_edit,
    dialog_buttons,
    error_label,
    name_widget,
    plain_label,
    run_dialog,
    show_message,
)


class NewEpisodeDialog(QDialog):
    """Find the patient by identity number (or add a new one) and start an episode."""

    def __init__(self, service: LogService, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("newEpisodeDialog")
        self.setWindowTitle(self.tr("New episode"))
        self.setMinimumWidth(480)
        self.service = service
        self.episode: Episode | None = None
        self._patient: Patient | None = None
        self._language = language
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.identity = name_widget(QLineEdit(), "identity", self.tr("Identity number"))
        self.identity.setPlaceholderText(self.tr("personnummer, samordningsnummer or reservnummer"))
        self.found = plain_label("", "patientFound", wrap=False)
        self.name = name_widget(QLineEdit(), "patientName", self.tr("Patient's name"))
        self.programme = combo("programme", self.tr("Programme"), [(p, p) for p in service.programmes()])
        self.programme.setEditable(True)
        today = service.now().date()
        self.started = date_edit("started", self.tr("Start date"), today, locale_for(language))
        form.addRow(self.tr("&Identity number:"), self.identity)
        form.addRow("", self.found)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Programme:"), self.programme)
        form.addRow(self.tr("&Start date:"), self.started)
        layout.addLayout(form)
        self.error = error_label("episodeError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Start episode")))
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
            if self._patient is not None and not self._second_episode_confirmed(self._patient):
                return
            patient = self._patient or self.service.add_patient(self.identity.text(), self.name.text())
            self._patient = patient
            self.episode = self.service.add_episode(patient.id, self.programme.currentText(),
                                                    from_qdate(self.started.date()))
        except InputError as exc:
            show_message(self.error, render(exc.message))
            {"identity": self.identity, "name": self.name, "programme": self.programme}.get(
                exc.field, self.identity).setFocus()
            return
        super().accept()

    def _second_episode_confirmed(self, patient: Patient) -> bool:
        """The rule set's word on a second active episode of the programme, asked before adding it."""
        findings = self.service.second_episode_findings(patient.id, self.programme.currentText(),
                                                        from_qdate(self.started.date()))
        if not findings:
            return True
        translate = QCoreApplication.translate
        text = "\n\n".join(f.text(translate, self._language) for f in findings)
        return self.confirm_second_episode(self, text)

    @staticmethod
    def confirm_second_episode(parent, text: str) -> bool:
        """Yes to start the episode anyway (the seam tests patch: a modal question)."""
        question = QCoreApplication.translate("NewEpisodeDialog", "{findings}\n\nStart this episode anyway?")
        answer = QMessageBox.question(parent, QCoreApplication.translate("NewEpisodeDialog", "Second active episode"),
                                      question.format(findings=text))
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def ask(cls, parent, service: LogService, language: str = "sv") -> str | None:
        """The new episode's id, or None."""
        dialog = cls(service, language, parent)
        return run_dialog(dialog, lambda: dialog.episode.id if dialog.episode is not None else None)


class EndEpisodeDialog(QDialog):
    def __init__(self, service: LogService, episode_id: str, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("endEpisodeDialog")
        self.setWindowTitle(self.tr("End episode"))
        self.setMinimumWidth(480)  # the rule set's words about the final contact wrap, never clip
        self.service, self.episode_id = service, episode_id
        self.episode: Episode | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ended = date_edit("ended", self.tr("End date"), service.now().date(), locale_for(language))
        self.reason = combo("endReason", self.tr("Reason"), [(r, end_reason_label(r)) for r in END_REASONS])
        form.addRow(self.tr("End &date:"), self.ended)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        # What the rule set says about the final contact for the chosen reason, word for word: the
        # same text as the finding under the episode and the checklist's ending fields.
        self.advice = plain_label("", "endAdvice")
        layout.addWidget(self.advice)
        self.reason.currentIndexChanged.connect(lambda _i: self._show_advice(language))
        self._show_advice(language)
        self.error = error_label("endError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&End episode")))

    def _show_advice(self, language: str) -> None:
        show_message(self.advice, ending_advice_text(self.service.rules, self.reason.currentData(), language))

    def accept(self) -> None:
        try:
            self.episode = self.service.end_episode(self.episode_id, from_qdate(self.ended.date()),
                                                    self.reason.currentData())
        except InputError as exc:
            show_message(self.error, render(exc.message))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, episode_id: str, language: str = "sv"):
        dialog = cls(service, episode_id, language, parent)
        return run_dialog(dialog, lambda: dialog.episode)
