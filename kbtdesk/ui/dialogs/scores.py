"""Recording a rating-scale score: the total, and the item scores when known."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QSpinBox, QVBoxLayout

from kbtdesk.core.item_scores import parse_items
from kbtdesk.core.models import Measure
from kbtdesk.core.service import InputError, LogService
from kbtdesk.ui.formatting import from_qdate, locale_for, render
from kbtdesk.ui.widgets import combo, date_edit, dialog_buttons, error_label, name_widget, run_dialog, show_message


class ScoreDialog(QDialog):
    """Record a rating-scale score: the total, and the item scores when known."""

    def __init__(self, service: LogService, episode_id: str, language: str = "sv", parent=None):
        super().__init__(parent)
        self.setObjectName("scoreDialog")
        self.setWindowTitle(self.tr("Record score"))
        self.setMinimumWidth(460)
        self.service, self.episode_id, self.language = service, episode_id, language
        self.measure: Measure | None = None
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.instrument = combo("instrument", self.tr("Rating scale"),
                                [(i.id, i.name) for i in service.rules.instruments])
        self.on = date_edit("scoreDate", self.tr("Date"), service.now().date(), locale_for(language))
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
        self.error = error_label("scoreError")
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Save score")))
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.items.textChanged.connect(self._items_changed)
        self._instrument_changed()

    def _instrument_changed(self) -> None:
        instrument = self.service.rules.instrument(self.instrument.currentData())
        if instrument is None:  # a rule set without rating scales: nothing to fill in (Save says why)
            self.total.setRange(0, 0)
            self.note.setText("")
            return
        self.total.setRange(0, instrument.total_max)
        parts = []
        if instrument.items:
            parts.append(self.tr("{n} items, each {lo}–{hi}; total 0–{max}.").format(
                n=instrument.items, lo=instrument.item_min, hi=instrument.item_max, max=instrument.total_max))
        for note in (instrument.flag.note if instrument.flag else None, instrument.note):
            if note:
                parts.append(note.get(self.language))
        self.note.setText(" ".join(parts))

    def _items_changed(self) -> None:
        try:
            items = parse_items(self.items.text())
        except InputError:
            return  # said when saving: half-typed is no error yet
        if items:
            self.total.setValue(min(sum(items), self.total.maximum()))

    def accept(self) -> None:
        try:
            items = parse_items(self.items.text())
            self.measure = self.service.add_measure(self.episode_id, from_qdate(self.on.date()),
                                                    self.instrument.currentData(), self.total.value(), items)
        except InputError as exc:
            show_message(self.error, render(exc.message))
            (self.items if exc.field == "items" else self.total).setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, episode_id: str, language: str = "sv"):
        dialog = cls(service, episode_id, language, parent)
        return run_dialog(dialog, lambda: dialog.measure)
