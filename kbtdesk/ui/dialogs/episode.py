"""Starting an episode (finding the patient by identity number, or adding one) and ending it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from kbtdesk.core.models import END_REASONS, Episode, Patient
from kbtdesk.core.service import InputError, LogService
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
        self.service, self.episode_id = service, episode_id
        self.episode: Episode | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.ended = date_edit("ended", self.tr("End date"), service.now().date(), locale_for(language))
        self.reason = combo("endReason", self.tr("Reason"), [(r, end_reason_label(r)) for r in END_REASONS])
        form.addRow(self.tr("End &date:"), self.ended)
        form.addRow(self.tr("&Reason:"), self.reason)
        layout.addLayout(form)
        note = QLabel(self.tr("A completed treatment also needs a final contact with code {code}.").format(
            code=service.rules.ending_code))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.error = error_label("endError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&End episode")))

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
