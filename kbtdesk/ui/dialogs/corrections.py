"""The dialogs of the corrections: delete an episode (the confirmation names what goes), change an
ending, rename a patient, correct an identity number, edit a score.

Each dialog asks for values and hands them to kbtdesk.core.corrections, which checks them and
writes the change; a refused value shows core's message in the dialog. `ask(...)` returns core's
change (for the undo stack), or None when the user cancelled.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core.identity import mask_stored
from kbtdesk.core.item_scores import parse_items
from kbtdesk.core.service import InputError, LogService
from kbtdesk.ui.dialogs.episode import EndEpisodeDialog
from kbtdesk.ui.dialogs.scores import ScoreDialog
from kbtdesk.ui.formatting import fmt_date, from_qdate, locale_for, render, to_qdate
from kbtdesk.ui.widgets import (
    dialog_buttons,
    error_label,
    name_widget,
    note_label,
    plain_label,
    run_dialog,
    show_message,
)

if TYPE_CHECKING:
    from kbtdesk.core.corrections import (
        EndingChanged,
        EpisodeDeletionSummary,
        IdentityCorrected,
        MeasureEdited,
        PatientRenamed,
    )
    from kbtdesk.core.models import Measure, Patient


def _count(n: int, one: str, many: str) -> str:
    """Two source strings rather than %n: the English must read right without a catalogue."""
    return QCoreApplication.translate("DeleteEpisode", one) if n == 1 else \
        QCoreApplication.translate("DeleteEpisode", many).format(n=n)


class DeleteEpisodeConfirmation:
    """"Delete the episode …?" naming the patient (number masked), programme, start, and how many
    contacts and scores go with it. Cancel is the default: Enter never deletes."""

    @staticmethod
    def text(summary: EpisodeDeletionSummary, language: str = "sv") -> str:
        locale = locale_for(language)
        contacts = _count(summary.contacts, QT_TRANSLATE_NOOP("DeleteEpisode", "1 contact"),
                          QT_TRANSLATE_NOOP("DeleteEpisode", "{n} contacts"))
        scores = _count(summary.measures, QT_TRANSLATE_NOOP("DeleteEpisode", "1 score"),
                        QT_TRANSLATE_NOOP("DeleteEpisode", "{n} scores"))
        return QCoreApplication.translate(
            "DeleteEpisode", "Delete the episode “{programme}” of {patient} ({identity}), started {started}?\n\n"
                             "Deleted with it: {contacts} and {scores}. The patient stays in the log. "
                             "Ctrl+Z brings it all back.").format(
            programme=summary.programme, patient=summary.patient_name, identity=summary.masked_identity,
            started=fmt_date(summary.started, locale), contacts=contacts, scores=scores)

    @classmethod
    def box(cls, parent: QWidget | None, summary: EpisodeDeletionSummary, language: str = "sv") -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DeleteEpisode", "Delete episode"),
                          cls.text(summary, language), QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("deleteEpisodeConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(QCoreApplication.translate("DeleteEpisode", "&Delete episode"),
                               QMessageBox.ButtonRole.DestructiveRole)
        delete.setObjectName("deleteButton")
        cancel = box.addButton(QCoreApplication.translate("Labels", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancelButton")
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        return box

    @classmethod
    def ask(cls, parent: QWidget | None, summary: EpisodeDeletionSummary, language: str = "sv") -> bool:
        """True when the user chose "Delete episode"."""
        box = cls.box(parent, summary, language)
        try:
            box.exec()
            return box.clickedButton() is box.findChild(QPushButton, "deleteButton")
        finally:
            box.deleteLater()


class ChangeEndingDialog(EndEpisodeDialog):
    """The end dialog's date and reason, filled in with the episode's ending, to correct it."""

    def __init__(self, service: LogService, episode_id: str, language: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(service, episode_id, language, parent)
        self.setObjectName("changeEndingDialog")
        self.setWindowTitle(self.tr("Change ending"))
        self.setMinimumWidth(440)
        self.change: EndingChanged | None = None
        episode = service.episode(episode_id)
        if episode.ended is not None:
            self.ended.setDate(to_qdate(episode.ended))
        index = self.reason.findData(episode.end_reason)
        if index >= 0:
            self.reason.setCurrentIndex(index)
        if episode.siber_transferred is not None:
            note = note_label(self.tr("Transferred to SibeR {date}: correct the ending there too.").format(
                date=fmt_date(episode.siber_transferred, locale_for(language))), "siberNote")
            layout = self.layout()
            if isinstance(layout, QVBoxLayout):
                layout.insertWidget(layout.indexOf(self.error), note)
        ok = self.findChild(QPushButton, "okButton")  # the end dialog's OK, renamed
        if ok is not None:
            ok.setText(self.tr("&Save ending"))
            ok.setAccessibleName(self.tr("Save ending"))

    def accept(self) -> None:
        from kbtdesk.core import corrections

        try:
            self.change = corrections.change_ending(self.service, self.episode_id, from_qdate(self.ended.date()),
                                                    self.reason.currentData())
        except InputError as exc:
            show_message(self.error, render(exc.message))
            (self.reason if exc.field == "end_reason" else self.ended).setFocus()
            return
        QDialog.accept(self)

    @classmethod
    def ask(cls, parent: QWidget | None, service: LogService, episode_id: str,
            language: str = "sv") -> EndingChanged | None:
        """The EndingChanged core wrote, or None."""
        dialog = cls(service, episode_id, language, parent)
        return cast("EndingChanged | None", run_dialog(dialog, lambda: dialog.change))


class RenamePatientDialog(QDialog):
    def __init__(self, service: LogService, patient: Patient, language: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("renamePatientDialog")
        self.setWindowTitle(self.tr("Rename patient"))
        self.setMinimumWidth(480)
        self.service, self.patient_id = service, patient.id
        self.change: PatientRenamed | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = plain_label(patient.name, "currentName")
        self.name = name_widget(QLineEdit(patient.name), "patientName", self.tr("New name"))
        self.name.selectAll()
        form.addRow(self.tr("Now:"), self.current)
        form.addRow(self.tr("&New name:"), self.name)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("Every episode of the patient shows the new name at once; the log "
                                             "extract records the change."), "renameNote"))
        self.error = error_label("renameError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Rename")))

    def accept(self) -> None:
        from kbtdesk.core import corrections

        try:
            self.change = corrections.rename_patient(self.service, self.patient_id, self.name.text())
        except InputError as exc:
            show_message(self.error, render(exc.message))
            self.name.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, service: LogService, patient: Patient,
            language: str = "sv") -> PatientRenamed | None:
        """The PatientRenamed core wrote, or None."""
        dialog = cls(service, patient, language, parent)
        return cast("PatientRenamed | None", run_dialog(dialog, lambda: dialog.change))


class CorrectIdentityDialog(QDialog):
    """A new identity number, checked as a new patient's (core/identity) with the same messages."""

    def __init__(self, service: LogService, patient: Patient, language: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctIdentityDialog")
        self.setWindowTitle(self.tr("Correct identity number"))
        self.setMinimumWidth(480)
        self.service, self.patient_id = service, patient.id
        self.change: IdentityCorrected | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.current = plain_label(f"{patient.name}, {mask_stored(patient.identity)}", "currentIdentity")
        self.identity = name_widget(QLineEdit(), "identity", self.tr("Correct identity number"))
        self.identity.setPlaceholderText(QCoreApplication.translate(
            "NewEpisodeDialog", "personnummer, samordningsnummer or reservnummer"))
        form.addRow(self.tr("Patient:"), self.current)
        form.addRow(self.tr("&Correct number:"), self.identity)
        layout.addLayout(form)
        layout.addWidget(plain_label(self.tr("The number is checked as when a patient is added. Search finds the "
                                             "patient by the new number at once."), "identityNote"))
        self.error = error_label("identityError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Correct")))
        self.identity.textChanged.connect(lambda _text: show_message(self.error, ""))

    def accept(self) -> None:
        from kbtdesk.core import corrections

        try:
            self.change = corrections.correct_identity(self.service, self.patient_id, self.identity.text())
        except InputError as exc:
            show_message(self.error, render(exc.message))
            self.identity.setFocus()
            self.identity.selectAll()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, service: LogService, patient: Patient,
            language: str = "sv") -> IdentityCorrected | None:
        """The IdentityCorrected core wrote, or None."""
        dialog = cls(service, patient, language, parent)
        return cast("IdentityCorrected | None", run_dialog(dialog, lambda: dialog.change))


class EditScoreDialog(ScoreDialog):
    """The score dialog's fields, filled in with a recorded score, checked by core as a new one."""

    def __init__(self, service: LogService, measure: Measure, language: str = "sv",
                 parent: QWidget | None = None) -> None:
        super().__init__(service, measure.episode_id, language, parent)
        self.setObjectName("editScoreDialog")
        self.setWindowTitle(self.tr("Edit score"))
        self.measure_id = measure.id
        self.change: MeasureEdited | None = None
        index = self.instrument.findData(measure.instrument)
        if index >= 0:
            self.instrument.setCurrentIndex(index)
        self.on.setDate(to_qdate(measure.on))
        if measure.items:
            self.items.setText(" ".join(str(v) for v in json.loads(measure.items)))
        self.total.setValue(measure.score)

    def accept(self) -> None:
        from kbtdesk.core import corrections

        try:
            items = parse_items(self.items.text())
            self.change = corrections.edit_measure(self.service, self.measure_id, from_qdate(self.on.date()),
                                                   self.instrument.currentData(), self.total.value(), items)
        except InputError as exc:
            show_message(self.error, render(exc.message))
            (self.items if exc.field == "items" else self.total).setFocus()
            return
        QDialog.accept(self)

    @classmethod
    def ask(cls, parent: QWidget | None, service: LogService, measure: Measure,  # type: ignore[override]
            language: str = "sv") -> MeasureEdited | None:
        """The MeasureEdited core wrote, or None."""
        dialog = cls(service, measure, language, parent)
        return cast("MeasureEdited | None", run_dialog(dialog, lambda: dialog.change))
