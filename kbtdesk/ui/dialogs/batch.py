"""Log one contact for each of several episodes: what will be written, and what the rules refuse.

Layout only. Every choice makes a `core.batch.ContactBatch`; `core.batch.plan` gives each
contact as it would be saved (the codes the rule set suggests) with the findings of the same
checker as the checklist's Finish, listed before OK. OK writes through `core.batch.log_contacts`
(all or nothing, audited) and hands back the change for the window's undo stack.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from kbtdesk.core import batch
from kbtdesk.core.service import InputError, LogService
from kbtdesk.ui.formatting import render, to_qdate
from kbtdesk.ui.widgets import Palette, dialog_buttons, error_label, name_widget, plain_label, show_message

#: What the dialog shows of each episode: patient name, masked identity number, programme.
Labels = dict[str, tuple[str, str, str]]


def _translate(context: str, source: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, source)


class BatchContactDialog(QDialog):
    """One contact of the chosen type on each episode, at now or a chosen time, optionally ticked."""

    COL_PATIENT, COL_IDENTITY, COL_PROGRAMME, COL_CODES, COL_CHECKS = range(5)

    def __init__(self, service: LogService, episode_ids: list[str], labels: Labels, language: str = "sv",
                 parent=None, *, outage: bool = False):
        super().__init__(parent)
        self.setObjectName("batchContactDialog")
        self.service, self.episode_ids, self.labels, self.language = service, list(episode_ids), labels, language
        self.outage = outage
        self.logged: batch.ContactsLogged | None = None
        self.planned: list[batch.PlannedContact] = []
        n = len(self.episode_ids)
        self.setWindowTitle(self.tr("Log a contact for {n} episodes").format(n=n) if n != 1
                            else self.tr("Log a contact for 1 episode"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        layout.addLayout(grid)

        grid.addWidget(QLabel(self.tr("Contact type:")), 0, 0)
        types = QHBoxLayout()
        self.type_group = QButtonGroup(self)
        self.type_buttons: dict[str, QRadioButton] = {}
        # The weekly contacts that have no mode: the written feedback (BR) and the phone call (TB).
        for ctype in (t for t in service.rules.contact_types if not t.modes):
            label = f"&{ctype.registration_code or ctype.id} — {ctype.name.get(language)}"  # Alt+B, Alt+T
            button = name_widget(QRadioButton(label), f"batchType_{ctype.id}", ctype.name.get(language))
            self.type_group.addButton(button)
            self.type_buttons[ctype.id] = button
            types.addWidget(button)
        types.addStretch(1)
        grid.addLayout(types, 0, 1)
        first = next(iter(self.type_buttons.values()), None)
        if first is not None:
            first.setChecked(True)

        grid.addWidget(QLabel(self.tr("When:")), 1, 0)
        when = QHBoxLayout()
        self.now_radio = name_widget(QRadioButton(self.tr("&Now")), "batchNow", self.tr("Now"))
        self.at_radio = name_widget(QRadioButton(self.tr("At &another time:")), "batchAtChosen",
                                    self.tr("At another time"))
        self.now_radio.setChecked(True)
        self.at_edit = name_widget(QDateTimeEdit(), "batchAt", self.tr("Date and time of the contacts"))
        self.at_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.at_edit.setCalendarPopup(True)
        now = service.now()
        self.at_edit.setDateTime(QDateTime(to_qdate(now.date()), QTime(now.hour, now.minute)))
        self.at_edit.setEnabled(False)
        when_group = QButtonGroup(self)
        when_group.addButton(self.now_radio)
        when_group.addButton(self.at_radio)
        for widget in (self.now_radio, self.at_radio, self.at_edit):
            when.addWidget(widget)
        when.addStretch(1)
        grid.addLayout(when, 1, 1)

        grid.addWidget(QLabel(self.tr("Already done:")), 2, 0)
        ticks = QHBoxLayout()
        self.journal_check = name_widget(QCheckBox(self.tr("&Journal note written and signed")), "batchJournalDone",
                                         self.tr("Journal note written and signed"))
        self.registered_check = name_widget(QCheckBox(self.tr("&Registered")), "batchRegistered",
                                            self.tr("Registered"))
        ticks.addWidget(self.journal_check)
        ticks.addWidget(self.registered_check)
        ticks.addStretch(1)
        grid.addLayout(ticks, 2, 1)

        code_label = QLabel(self.tr("Also add &code:"))
        self.extra_code = name_widget(QLineEdit(), "batchExtraCode", self.tr("Another KVÅ code on every contact"))
        self.extra_code.setPlaceholderText(self.tr("optional"))
        # As wide as its hint in either language, never cut short.
        self.extra_code.setMinimumWidth(self.extra_code.fontMetrics().horizontalAdvance(
            self.extra_code.placeholderText()) + 28)
        code_label.setBuddy(self.extra_code)
        grid.addWidget(code_label, 3, 0)
        grid.addWidget(self.extra_code, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)

        layout.addWidget(plain_label(self.tr("What will be written, one contact per episode:"), "batchListTitle"))
        self.table = name_widget(QTableWidget(0, 5), "batchPlan", self.tr("Contacts to be written"))
        self.table.setHorizontalHeaderLabels([self.tr("Patient"), self.tr("Identity no."), self.tr("Programme"),
                                              self.tr("KVÅ codes"), self.tr("Checks")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COL_CHECKS, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table, 1)
        self.summary = plain_label("", "batchSummary")
        layout.addWidget(self.summary)
        self.error = error_label("batchError")
        layout.addWidget(self.error)
        self.buttons = dialog_buttons(self, self.tr("&Log contacts"))
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(self.buttons)

        for button in self.type_buttons.values():
            button.toggled.connect(self._replan)
        self.at_radio.toggled.connect(self.at_edit.setEnabled)
        self.at_radio.toggled.connect(self._replan)
        self.at_edit.dateTimeChanged.connect(self._replan)
        self.journal_check.toggled.connect(self._replan)
        self.registered_check.toggled.connect(self._replan)
        self.extra_code.editingFinished.connect(self._replan)
        self.resize(1040, 560)
        self._replan()
        self.ok_button.setFocus()

    # -- what the choices ask for ----------------------------------------------------------------

    def selected_type(self) -> str:
        chosen = next((t for t, b in self.type_buttons.items() if b.isChecked()), None)
        return chosen or next(iter(self.type_buttons), self.service.rules.contact_types[0].id)

    def chosen_time(self) -> datetime | None:
        """None: the service's now, taken as the contacts are written."""
        if not self.at_radio.isChecked():
            return None
        value = self.at_edit.dateTime()
        day, time = value.date(), value.time()
        zone = self.service.now().tzinfo
        return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=zone)

    def request(self) -> batch.ContactBatch:
        code = self.extra_code.text().strip()
        return batch.ContactBatch(tuple(self.episode_ids), self.selected_type(), at=self.chosen_time(),
                                  journal_done=self.journal_check.isChecked(),
                                  registered=self.registered_check.isChecked(),
                                  extra_codes=(code,) if code else (), outage=self.outage)

    def _replan(self, *_args) -> None:
        self.error.clear()
        self.error.setVisible(False)
        try:
            self.planned = batch.plan(self.service, self.request())
        except InputError as exc:
            self.planned = []
            self._fill([])
            show_message(self.error, render(exc.message))
            self.ok_button.setEnabled(False)
            return
        self._fill(self.planned)
        refused = sum(1 for p in self.planned if p.refused)
        if refused:
            self.summary.setText(self.tr("The routine refuses {refused} of the {n} contacts: nothing is written "
                                         "until no contact is refused.").format(refused=refused, n=len(self.planned)))
        else:
            self.summary.setText(self.tr("{n} contacts will be written, each with its audit entry. "
                                         "Ctrl+Z undoes them all at once.").format(n=len(self.planned)))
        self.ok_button.setEnabled(bool(self.planned) and not refused)

    def _fill(self, planned: list[batch.PlannedContact]) -> None:
        self.table.setRowCount(len(planned))
        for row, one in enumerate(planned):
            name, identity, programme = self.labels.get(one.draft.episode_id, ("", "", ""))
            checks = "\n".join(f.text(_translate, self.language) for f in one.findings) \
                or self.tr("no findings")
            for column, text in enumerate((name, identity, programme, " ".join(one.draft.codes), checks)):
                item = QTableWidgetItem(text)
                if column == self.COL_CHECKS and one.findings:
                    item.setForeground(Palette.ERROR if one.refused else Palette.WARNING)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the findings wrap to the width the Checks column has now

    # -- writing ---------------------------------------------------------------------------------

    def findings_shown(self) -> list[str]:
        """The Checks column's texts, row by row (what the therapist reads before OK)."""
        items = (self.table.item(r, self.COL_CHECKS) for r in range(self.table.rowCount()))
        return [item.text() if item is not None else "" for item in items]

    def accept(self) -> None:
        try:
            self.logged = batch.log_contacts(self.service, self.request())
        except InputError as exc:
            show_message(self.error, render(exc.message))
            return
        except batch.BatchRefused as refused:
            self._fill(list(refused.planned))
            show_message(self.error, self.tr("The routine refuses a contact; nothing was written."))
            return
        super().accept()

    @classmethod
    def ask(cls, parent, service: LogService, episode_ids: list[str], labels: Labels, language: str = "sv",
            **options) -> batch.ContactsLogged | None:
        """The written batch (a change for the undo stack), or None if cancelled."""
        from kbtdesk.ui.widgets import run_dialog

        dialog = cls(service, episode_ids, labels, language, parent, **options)
        return run_dialog(dialog, lambda: dialog.logged)
