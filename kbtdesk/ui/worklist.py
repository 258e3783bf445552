"""The worklist: what is still to be journaled, registered or transferred, one row per contact.

Each row is a contact with its ticks as columns (Journal, Registered, SibeR), or an ended episode
still to transfer to SibeR (`core.ticks.worklist_rows`). A click on a tick cell, or Space on the
selected rows, ticks through `core.ticks.toggle_ticks`; the widget hands each change to the window
(`changeMade`), which puts it on the undo stack, so Ctrl+Z undoes a tick, or a bulk tick, in one
step. A row ticked here stays in the list, ticked, until the filter changes or the user leaves the
worklist: the next row is where it was, and a tick set by mistake can be clicked off again.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import contact_text, ticks
from kbtdesk.core.rules import RuleSet
from kbtdesk.core.service import WORK_JOURNAL, WORK_SIBER, LogService, TransferRefused
from kbtdesk.core.ticks import WorklistRow
from kbtdesk.translation import chosen_language
from kbtdesk.ui.ending import transfer_refusal_text
from kbtdesk.ui.episode_view import widest_codes
from kbtdesk.ui.widgets import Palette, fit_columns

CONTEXT = "WorklistModel"
#: Rows the view has at first and adds per fetchMore as it scrolls to the end: thousands of open
#: contacts at a clinic's scale, and the view should lay out and paint only what it shows.
BATCH = 200

Key = tuple[str, str]

PERIOD_TITLES = {
    ticks.PERIOD_ALL: QT_TRANSLATE_NOOP("WorklistWidget", "All"),
    ticks.PERIOD_THIS_WEEK: QT_TRANSLATE_NOOP("WorklistWidget", "This week"),
    ticks.PERIOD_LAST_WEEK: QT_TRANSLATE_NOOP("WorklistWidget", "Last week"),
    ticks.PERIOD_THIS_MONTH: QT_TRANSLATE_NOOP("WorklistWidget", "This month"),
    ticks.PERIOD_LAST_MONTH: QT_TRANSLATE_NOOP("WorklistWidget", "Last month"),
}


def _translated(marked: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP in the model's context, translated now."""
    return QCoreApplication.translate(CONTEXT, marked)


def row_id(row: WorklistRow) -> str:
    """A row's identity across reloads: its contact, or its episode for a SibeR row."""
    return row.contact_id or f"episode:{row.episode_id}"


def _order(row: WorklistRow) -> tuple:
    """The order core lists rows in: contacts (outage first, oldest first), then ended episodes."""
    if row.contact_id is None:
        return (1, 0, row.when, row.episode_id)
    return (0, not row.outage, datetime.fromisoformat(row.when).astimezone(UTC).isoformat(), row.contact_id)


class WorklistModel(QAbstractTableModel):
    """One row per contact (or ended episode to transfer), its ticks as check-state columns."""

    (COL_WHEN, COL_PATIENT, COL_PROGRAMME, COL_TYPE, COL_CODES, COL_JOURNAL, COL_REGISTERED, COL_SIBER,
     COL_OUTAGE) = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("WorklistModel", "Date and time"),
        QT_TRANSLATE_NOOP("WorklistModel", "Patient"),
        QT_TRANSLATE_NOOP("WorklistModel", "Programme"),
        QT_TRANSLATE_NOOP("WorklistModel", "Type"),
        QT_TRANSLATE_NOOP("WorklistModel", "Codes"),
        QT_TRANSLATE_NOOP("WorklistModel", "Journal"),
        QT_TRANSLATE_NOOP("WorklistModel", "Registered"),
        QT_TRANSLATE_NOOP("WorklistModel", "SibeR"),
        QT_TRANSLATE_NOOP("WorklistModel", "Outage"),
    )
    TICK_COLUMNS = (COL_JOURNAL, COL_REGISTERED, COL_SIBER)

    #: The WorklistRow of a row.
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rules: RuleSet, lang: str, parent=None):
        super().__init__(parent)
        self._rules = rules
        self._lang = lang
        self._rows: list[WorklistRow] = []
        self._shown = 0
        #: Display texts per row, made the first time the row is painted.
        self._texts: list[tuple[str, ...] | None] = []
        self._numbers: dict[str, int] = {}

    # -- content ----------------------------------------------------------------------------

    def set_rows(self, rows: list[WorklistRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._shown = min(BATCH, len(rows))
        self._texts = [None] * len(rows)
        #: Row number by record (contact, or episode for a SibeR row): a tick finds its row at once.
        self._numbers = {row.contact_id or row.episode_id: n for n, row in enumerate(rows)}
        self.endResetModel()

    def append_rows(self, more: list[WorklistRow]) -> None:
        """Rows after the last one (the rest of a list whose first screenful is shown): the view
        lays them out as it scrolls (fetchMore)."""
        if not more:
            return
        first = len(self._rows)
        self._rows = self._rows + more
        self._texts += [None] * len(more)
        self._numbers.update((row.contact_id or row.episode_id, first + n) for n, row in enumerate(more))
        if self._shown < BATCH:
            self.show_rows(BATCH)

    def set_language(self, lang: str) -> None:
        """Type names in this language, and every text made again in the translator now installed."""
        self._lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        self._texts = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._shown:
            self.dataChanged.emit(self.index(0, 0), self.index(self._shown - 1, len(self.HEADERS) - 1))

    def rows(self) -> list[WorklistRow]:
        return list(self._rows)

    def row_at(self, row: int) -> WorklistRow:
        return self._rows[row]

    def row_of(self, rid: str) -> int:
        n = self._numbers.get(rid.removeprefix("episode:"), -1)
        return n if n >= 0 and row_id(self._rows[n]) == rid else -1

    def rows_with(self, record_ids: Iterable[str]) -> list[int]:
        """The numbers of the rows of these contacts or episodes (those listed)."""
        return sorted({n for n in (self._numbers.get(r, -1) for r in record_ids) if n >= 0})

    def show_rows(self, count: int) -> None:
        """Let the view have at least `count` rows (capped at what there is)."""
        count = min(count, len(self._rows))
        if count > self._shown:
            self.beginInsertRows(QModelIndex(), self._shown, count - 1)
            self._shown = count
            self.endInsertRows()

    def update_ticks(self, states: Iterable[ticks.TickState]) -> None:
        """Show ticks just written (or undone) in the rows that have them, without a reload."""
        states = list(states)
        by_key = {(s.kind, s.record_id): s.stamp for s in states}
        for n in self.rows_with(s.record_id for s in states):
            row = self._rows[n]
            changed: dict[str, Any] = {}
            for column in self.TICK_COLUMNS:
                key = self.tick_key(row, column)
                if key in by_key:
                    changed[self._open_field(column)] = by_key[key] is None
            if changed:
                self._rows[n] = row._replace(**changed)
                if n < self._shown:
                    self.dataChanged.emit(self.index(n, self.COL_JOURNAL), self.index(n, self.COL_SIBER))

    @staticmethod
    def _open_field(column: int) -> str:
        return {WorklistModel.COL_JOURNAL: "journal_open", WorklistModel.COL_REGISTERED: "registration_open",
                WorklistModel.COL_SIBER: "siber_open"}[column]

    @classmethod
    def tick_key(cls, row: WorklistRow, column: int) -> Key | None:
        """The tick of this cell, None where the row has none (a contact has no SibeR tick, an
        ended episode no journal or registration tick)."""
        if row.contact_id is None:
            return (WORK_SIBER, row.episode_id) if column == cls.COL_SIBER else None
        if column == cls.COL_JOURNAL:
            return WORK_JOURNAL, row.contact_id
        if column == cls.COL_REGISTERED:
            return row.registration_kind, row.contact_id
        return None

    @classmethod
    def is_open(cls, row: WorklistRow, column: int) -> bool:
        return bool(getattr(row, cls._open_field(column)))

    # -- QAbstractTableModel ----------------------------------------------------------------------

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not parent.isValid():
            self.show_rows(self._shown + BATCH)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _translated(self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(index.row())[column]
        row = self._rows[index.row()]
        if column in self.TICK_COLUMNS:
            if self.tick_key(row, column) is None:
                return None
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Unchecked if self.is_open(row, column) else Qt.CheckState.Checked
            if role == Qt.ItemDataRole.AccessibleTextRole:
                return self.tick_text(row, column)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tick_text(row, column) + "\n" + QCoreApplication.translate(
                    "WorklistModel", "Click, or press Space, to tick or untick (Ctrl+Z undoes it).")
            if role == Qt.ItemDataRole.ForegroundRole and self.is_open(row, column):
                return QBrush(Palette.ERROR)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_OUTAGE and row.outage:
            return QCoreApplication.translate(
                "WorklistModel", "Logged while the EHR was down: enter it in the EHR, then tick it.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._texts_of(index.row())[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.COL_OUTAGE and row.outage:
            return QBrush(Palette.WARNING)
        if role == self.RowRole:
            return row
        return None

    def tick_text(self, row: WorklistRow, column: int) -> str:
        """A tick and its state in words (screen readers, tooltips)."""
        done = not self.is_open(row, column)
        translate = QCoreApplication.translate
        if column == self.COL_JOURNAL:
            return translate("WorklistModel", "Journal note written") if done else \
                translate("WorklistModel", "Journal note not written")
        if column == self.COL_REGISTERED and row.final:
            return translate("WorklistModel", "Ending registered") if done else \
                translate("WorklistModel", "Ending not registered")
        if column == self.COL_REGISTERED:
            return translate("WorklistModel", "Registered") if done else translate("WorklistModel", "Not registered")
        return translate("WorklistModel", "Transferred to SibeR") if done else \
            translate("WorklistModel", "Not transferred to SibeR")

    def _texts_of(self, n: int) -> tuple[str, ...]:
        texts = self._texts[n]
        if texts is None:
            row = self._rows[n]
            texts = self._texts[n] = tuple(self._text(row, c) for c in range(len(self.HEADERS)))
        return texts

    def width_samples(self, width: Callable[[str], int] = len) -> dict[int, str]:
        """Typical widest texts per column, for widths set once (fit_columns); `width` measures a
        text (the view's font), so that the widest type wins, not the longest."""
        types = [t.registration_code or t.name.get(self._lang) for t in self._rules.contact_types]
        return {self.COL_WHEN: "2026-12-28 23:59", self.COL_PROGRAMME: "Depressionshjälpen Plus",
                self.COL_PATIENT: "19640823-****  Åsa Öberg-Lindqvist",
                self.COL_TYPE: max(types + [QCoreApplication.translate("WorklistModel", "Episode ended")], key=width),
                self.COL_CODES: widest_codes(self._rules),
                self.COL_OUTAGE: QCoreApplication.translate("WorklistModel", "Outage")}

    def _text(self, row: WorklistRow, column: int) -> str:
        if column == self.COL_WHEN:
            return contact_text.display_when(row.when)
        if column == self.COL_PATIENT:
            return f"{contact_text.masked_identity(row.identity)}  {row.patient_name}"
        if column == self.COL_PROGRAMME:
            return row.programme
        if column == self.COL_TYPE:
            if row.contact_type is None:
                return QCoreApplication.translate("WorklistModel", "Episode ended")
            code = contact_text.registration_code(self._rules, row.contact_type)
            return code or contact_text.contact_type_name(self._rules, row.contact_type, None, self._lang)
        if column == self.COL_CODES:
            return " ".join(row.codes)
        if column == self.COL_OUTAGE:
            return QCoreApplication.translate("WorklistModel", "Outage") if row.outage else ""
        return ""  # the tick columns: a check box


class WorklistWidget(QWidget):
    """The worklist with its filters; ticks by click, Space (the selection) or the buttons."""

    #: Something was ticked or unticked here (already written).
    changed = Signal()
    #: The change core wrote (core.ticks.TicksChanged): the window puts it on its undo stack.
    changeMade = Signal(object)

    def __init__(self, service: LogService, parent=None, *, lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("worklist")
        self._service = service
        self._read_only = False
        #: Rows ticked in this session, by row_id: they stay listed (ticked) until the filter changes.
        self._session: dict[str, WorklistRow] = {}
        #: The ticks a row came with and those ticked on it in this session, for the rows ticked
        #: here (any other row: what it has open). Space and the buttons act on these, never on a
        #: tick set long ago that the row did not list.
        self._keys: dict[str, tuple[Key, ...]] = {}

        self._lang = lang or chosen_language()
        self.model = WorklistModel(service.rules, self._lang, self)
        self.model.setObjectName("worklistModel")

        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.intro.setWordWrap(True)
        self.intro.setObjectName("worklistIntro")
        layout.addWidget(self.intro)

        filters = QHBoxLayout()
        self.patient_label = QLabel()
        self.patient_filter = QLineEdit()
        self.patient_filter.setObjectName("worklistPatient")
        self.patient_filter.setClearButtonEnabled(True)
        self.patient_label.setBuddy(self.patient_filter)
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period.setObjectName("worklistPeriod")
        for period in ticks.PERIODS:
            self.period.addItem("", period)
        self.period_label.setBuddy(self.period)
        self.outage_only = QCheckBox()
        self.outage_only.setObjectName("outageOnly")
        filters.addWidget(self.patient_label)
        filters.addWidget(self.patient_filter, 1)
        filters.addSpacing(12)
        filters.addWidget(self.period_label)
        filters.addWidget(self.period)
        filters.addSpacing(12)
        filters.addWidget(self.outage_only)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("worklistSummary")
        layout.addWidget(self.summary)

        self.refusal = QLabel()  # why a SibeR transfer could not be ticked (the rule set's reasons)
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("worklistRefusal")
        self.refusal.setStyleSheet(f"color: {Palette.ERROR.name()};")
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)

        self.view = QTableView()
        self.view.setObjectName("worklistView")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        fit_columns(self.view, self.model.width_samples(self.view.fontMetrics().horizontalAdvance),
                    stretch=WorklistModel.COL_PATIENT)
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.mark_done_button = QPushButton()
        self.mark_done_button.setObjectName("markDone")
        self.reopen_button = QPushButton()
        self.reopen_button.setObjectName("reopen")
        buttons.addWidget(self.mark_done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        #: The rest of a long list, read just after its first screenful is shown.
        self._rest_timer = QTimer(self)
        self._rest_timer.setSingleShot(True)
        self._rest_timer.setInterval(0)
        self._rest_timer.timeout.connect(self._read_rest)
        self._rest_anchor: tuple = ([], None, 0, 0)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._filter_changed)
        self.patient_filter.textChanged.connect(lambda _text: self._search_timer.start())
        self.patient_filter.returnPressed.connect(self._filter_now)
        self.period.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.outage_only.toggled.connect(lambda _on: self._filter_changed())
        self.mark_done_button.clicked.connect(self.mark_done)
        self.reopen_button.clicked.connect(self.reopen)
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.tick_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self.view,
                                       context=Qt.ShortcutContext.WidgetShortcut)
        self.tick_shortcut.activated.connect(self.toggle_selected)

        self.retranslate()
        self.refresh()

    # -- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Worklist"))
        self.intro.setText(self.tr(
            "What is still to be entered in other systems, one row per contact. Click a tick, or select "
            "rows and press Space, once it is done; Ctrl+Z undoes a tick."))
        self.patient_label.setText(self.tr("&Patient:"))
        self.patient_filter.setPlaceholderText(self.tr("name or identity number"))
        self.patient_filter.setAccessibleName(self.tr("Show the worklist of the patients found by name or identity "
                                                      "number"))
        self.period_label.setText(self.tr("Per&iod:"))
        self.period.setAccessibleName(self.tr("Period of the contacts shown"))
        for n, period in enumerate(ticks.PERIODS):
            self.period.setItemText(n, QCoreApplication.translate("WorklistWidget", PERIOD_TITLES[period]))
        self.outage_only.setText(self.tr("Only contacts logged during an &outage"))
        self.outage_only.setAccessibleName(self.tr("Show only contacts logged during an outage"))
        self.view.setAccessibleName(self.tr("Open items"))
        self.mark_done_button.setText(self.tr("&Mark done"))
        self.mark_done_button.setAccessibleName(self.tr("Tick everything open on the selected rows"))
        self.reopen_button.setText(self.tr("&Reopen"))
        self.reopen_button.setAccessibleName(self.tr("Reopen what was ticked on the selected rows"))
        self.model.retranslate()
        self._update_summary()

    def set_language(self, lang: str) -> None:
        self.model.set_language(lang)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        # Leaving the worklist (not minimising the window): next time it shows what is still to do.
        if not event.spontaneous():
            self._session.clear()
        super().hideEvent(event)

    # -- public -----------------------------------------------------------------------------------

    def set_read_only(self, on: bool) -> None:
        """A log opened read-only: nothing can be ticked, so neither buttons, clicks nor Space offer it."""
        self._read_only = on
        self.mark_done_button.setVisible(not on)
        self.reopen_button.setVisible(not on)
        self.tick_shortcut.setEnabled(not on)

    def set_patient_filter(self, text: str) -> None:
        self.patient_filter.setText(text)
        self._filter_now()

    def set_period(self, period: str) -> None:
        self.period.setCurrentIndex(ticks.PERIODS.index(period))

    def refresh(self) -> None:
        """Read the open rows again under the current filter; rows ticked in this session stay.

        With nothing ticked here, the first screenful is read and shown at once and the rest of a
        long list just after (`_read_rest`): thousands of open contacts at a clinic's scale."""
        self._rest_timer.stop()
        rows, complete = self._read(None if self._session else BATCH)
        keys: dict[str, tuple[Key, ...]] = {}  # only where a row's ticks differ from what it has open
        if self._session:  # the few rows ticked here: their ticks as they are now, in core's order
            listed = {row_id(r) for r in rows} & set(self._session)
            kept = [rid for rid in self._session if rid not in listed]
            states = ticks.tick_states(self._service, [k for rid in kept for k in self._keys.get(rid, ())])
            now = {(s.kind, s.record_id): s.stamp for s in states}
            for rid in kept:
                own = tuple(k for k in self._keys.get(rid, ()) if k in now)
                if own:
                    bisect.insort(rows, self._with_states(self._session[rid], now), key=_order)
                    keys[rid] = own
            for row in rows:
                rid = row_id(row)
                if rid in listed:
                    keys[rid] = tuple(dict.fromkeys(row.open_keys() + self._keys.get(rid, ())))
        anchor = self._anchor()
        self._keys = keys
        self.model.set_rows(rows)
        self._restore(anchor)
        if complete:
            self._update_summary()
        else:
            self.summary.setText("")  # the counts come with the rest
            self._rest_anchor = anchor
            self._rest_timer.start()
        self._update_buttons()

    def _read(self, limit: int | None) -> tuple[list[WorklistRow], bool]:
        """The rows under the current filter (the first `limit`), and whether that is all of them."""
        start, end = ticks.period_dates(self.period.currentData(), self._service.now().date())
        rows = ticks.worklist_rows(self._service, query=self.patient_filter.text().strip(), start=start, end=end,
                                   limit=limit)
        complete = limit is None or len(rows) < limit
        if self.outage_only.isChecked():
            rows = [r for r in rows if r.outage]  # they come first: the first rows stay the first
        return rows, complete

    def _read_rest(self) -> None:
        if self._session:  # ticked before the rest came: read it all with the ticked rows in place
            self.refresh()
            return
        rows, _complete = self._read(None)
        shown = self.model.rows()
        if [row_id(r) for r in rows[:len(shown)]] == [row_id(r) for r in shown]:
            self.model.append_rows(rows[len(shown):])
        else:  # the log changed in between
            self.model.set_rows(rows)
            self._restore(self._rest_anchor)
        self._update_summary()
        self._update_buttons()

    def finish_reading(self) -> None:
        """Read the rest of the list now if it is still to come (before acting on all of it)."""
        if self._rest_timer.isActive():
            self._rest_timer.stop()
            self._read_rest()

    def show_ticks(self, keys: list[Key]) -> None:
        """Show these ticks as the log now holds them (after a tick, its undo or redo): in place
        when every one is on a listed row, else by reading the worklist again."""
        if len(self.model.rows_with(k[1] for k in keys)) < len({k[1] for k in keys}):
            self.refresh()
            return
        self.model.update_ticks(ticks.tick_states(self._service, keys))
        self._update_summary()
        self._update_buttons()

    def show_outage_items(self) -> None:
        """Show only the contacts logged during an outage, all selected, the first one current."""
        if not self.outage_only.isChecked():
            self.outage_only.setChecked(True)  # reloads through _filter_changed
        self.finish_reading()
        self.model.show_rows(len(self.model.rows()))
        selection = QItemSelection()
        last = self.model.columnCount() - 1
        for n in range(self.model.rowCount()):
            selection.select(self.model.index(n, 0), self.model.index(n, last))
        selection_model = self.view.selectionModel()
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if self.model.rowCount():
            selection_model.setCurrentIndex(self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(self.model.index(0, 0))
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_rows(self) -> list[WorklistRow]:
        """The selected rows, in view order."""
        return [self.model.row_at(n) for n in self._selected_numbers()]

    def mark_done(self) -> int:
        """Tick everything the selected rows have open; returns how many ticks were written."""
        keys = [k for row in self.selected_rows() for k in self._row_keys(row)]
        return self._write(self._ticked(lambda: ticks.set_ticks(self._service, keys, done=True))
                           if keys and not self._read_only else None)

    def reopen(self) -> int:
        """Untick what the selected rows listed as open (what was ticked here, or by another)."""
        keys = [k for row in self.selected_rows() for k in self._row_keys(row)]
        return self._write(self._ticked(lambda: ticks.set_ticks(self._service, keys, done=False))
                           if keys and not self._read_only else None)

    def toggle_selected(self) -> None:
        """Space: the current column's tick on every selected row, or every tick a row listed when
        the cursor is on another column. One row alone: the cursor then moves to the next row."""
        numbers = self._selected_numbers()
        current = self.view.currentIndex()
        if not numbers and current.isValid():
            numbers = [current.row()]
        column = current.column() if current.isValid() else -1
        keys: list[Key] = []
        for n in numbers:
            row = self.model.row_at(n)
            if column in WorklistModel.TICK_COLUMNS:
                key = WorklistModel.tick_key(row, column)
                keys += [key] if key is not None else []
            else:
                keys += self._row_keys(row)
        if keys and self._toggle(keys) and len(numbers) == 1 and numbers[0] + 1 < len(self.model.rows()):
            self.model.show_rows(numbers[0] + 2)
            index = self.model.index(numbers[0] + 1, max(column, 0))
            self.view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.view.scrollTo(index)

    # -- internals ----------------------------------------------------------------------------

    def _row_keys(self, row: WorklistRow) -> tuple[Key, ...]:
        return self._keys.get(row_id(row)) or row.open_keys()

    def _selected_numbers(self) -> list[int]:
        return sorted(i.row() for i in self.view.selectionModel().selectedRows(0))

    def _clicked(self, index: QModelIndex) -> None:
        if not index.isValid() or self._read_only:
            return
        key = WorklistModel.tick_key(self.model.row_at(index.row()), index.column())
        if key is not None:
            self._toggle([key])

    def _toggle(self, keys: list[Key]) -> int:
        if self._read_only:
            return 0
        return self._write(self._ticked(lambda: ticks.toggle_ticks(self._service, keys)))

    def _ticked(self, write: Callable[[], ticks.TicksChanged]) -> ticks.TicksChanged | None:
        """Core's tick, or None when the rule set refuses a SibeR transfer (nothing was written:
        its reasons are shown above the list)."""
        try:
            change = write()
        except TransferRefused as refused:
            self.refusal.setText(transfer_refusal_text(refused, self._lang))
            self.refusal.setVisible(True)
            return None
        self.refusal.setVisible(False)
        return change

    def _write(self, change: ticks.TicksChanged | None) -> int:
        """Show a written change in its rows, remember them for this session, hand it on for undo."""
        if not change:
            return 0
        written = {(state.kind, state.record_id) for state in change.after}
        numbers = self.model.rows_with(state.record_id for state in change.after)
        for n in numbers:  # what the row listed before this change, and what was ticked on it now
            row = self.model.row_at(n)
            own = [k for k in (WorklistModel.tick_key(row, c) for c in WorklistModel.TICK_COLUMNS) if k in written]
            self._keys[row_id(row)] = tuple(dict.fromkeys(self._row_keys(row) + tuple(own)))
        self.model.update_ticks(change.after)
        for n in numbers:
            self._session[row_id(self.model.row_at(n))] = self.model.row_at(n)
        self._update_summary()
        self._update_buttons()
        self.changed.emit()
        self.changeMade.emit(change)
        return len(change.after)

    @staticmethod
    def _with_states(row: WorklistRow, stamps: dict[Key, str | None]) -> WorklistRow:
        changed: dict[str, Any] = {}
        for column in WorklistModel.TICK_COLUMNS:
            key = WorklistModel.tick_key(row, column)
            if key in stamps:
                changed[WorklistModel._open_field(column)] = stamps[key] is None
        return row._replace(**changed)

    def _filter_now(self) -> None:
        self._search_timer.stop()
        self._filter_changed()

    def _filter_changed(self) -> None:
        self._session.clear()  # another view of the work: what was ticked here leaves it
        self.refresh()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        open_rows = [r for r in rows if r.journal_open or r.registration_open or r.siber_open]
        if not rows and not self.patient_filter.text().strip() and self.period.currentData() == ticks.PERIOD_ALL \
                and not self.outage_only.isChecked():
            text = self.tr("Nothing to do: every contact is journaled and registered, every ended episode transferred.")
        elif not rows:
            text = self.tr("Nothing open matches the filter.")
        else:
            # Two source strings rather than %n: English is the source language, with no catalogue.
            count = len(open_rows)
            text = self.tr("1 row with something open") if count == 1 else \
                self.tr("{n} rows with something open").format(n=count)
            items = sum(r.journal_open + r.registration_open + r.siber_open for r in open_rows)
            text += " · " + (self.tr("1 open item") if items == 1 else self.tr("{n} open items").format(n=items))
            outage = sum(1 for r in open_rows if r.outage)
            if outage:
                text += " · " + (self.tr("1 logged during an outage") if outage == 1 else
                                 self.tr("{n} logged during an outage").format(n=outage))
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        rows = self.selected_rows()
        keys = [k for row in rows for k in self._row_keys(row)]
        if not keys:
            self.mark_done_button.setEnabled(False)
            self.reopen_button.setEnabled(False)
            return
        open_now = {k for row in rows for k in row.open_keys()}
        self.mark_done_button.setEnabled(any(k in open_now for k in keys))
        self.reopen_button.setEnabled(any(k not in open_now for k in keys))

    def _anchor(self) -> tuple[list[str], str | None, int, int]:
        current = self.view.currentIndex()
        if not current.isValid() or current.row() >= len(self.model.rows()):
            return [], None, 0, 0
        selected = [row_id(self.model.row_at(n)) for n in self._selected_numbers()]
        return selected, row_id(self.model.row_at(current.row())), current.row(), current.column()

    def _restore(self, anchor: tuple[list[str], str | None, int, int]) -> None:
        """After a reload, the same rows selected and the cursor on the same row and column (or
        where that row was, when it has left the list)."""
        selected, current, number, column = anchor
        count = len(self.model.rows())
        if current is None or not count:
            return
        numbers = [n for n in (self.model.row_of(rid) for rid in selected) if n >= 0]
        at = self.model.row_of(current)
        if at < 0:
            at = min(number, count - 1)
        numbers = numbers or [at]
        self.model.show_rows(max(numbers + [at]) + 1)
        selection = self.view.selectionModel()
        selection.setCurrentIndex(self.model.index(at, column), QItemSelectionModel.SelectionFlag.NoUpdate)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for n in numbers:
            selection.select(self.model.index(n, 0), flags)
