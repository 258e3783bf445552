"""The therapist's week: every active episode on one page, what is most due first.

Layout only: the rows, their order and what is due come from `kbtdesk.core.week.week_rows`; the
texts of what is due are core's Messages, rendered in the window's language. Several rows can be
selected (Shift/Ctrl-click, Ctrl+A, Shift+arrows) for the batch command (ui/dialogs/batch.py);
a double-click or Enter opens the episode in the episode view.
"""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core import week
from kbtdesk.core.week import WeekRow
from kbtdesk.ui.formatting import fmt_date, locale_for, render
from kbtdesk.ui.widgets import Palette, emphasise, fit_columns, name_widget, plain_label

EpisodeIdRole = Qt.ItemDataRole.UserRole + 1
#: Between the due items of one row: each is a short sentence of its own.
DUE_SEPARATOR = " · "
NAME_SAMPLE = "Lars-Göran Nyström"


class WeekModel(QAbstractTableModel):
    COL_PATIENT, COL_IDENTITY, COL_PROGRAMME, COL_WEEK, COL_LAST_CONTACT, COL_FEEDBACK, COL_DUE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("WeekModel", "Patient"),
        QT_TRANSLATE_NOOP("WeekModel", "Identity no."),
        QT_TRANSLATE_NOOP("WeekModel", "Programme"),
        QT_TRANSLATE_NOOP("WeekModel", "Week"),
        QT_TRANSLATE_NOOP("WeekModel", "Last contact"),
        QT_TRANSLATE_NOOP("WeekModel", "Days since feedback"),
        QT_TRANSLATE_NOOP("WeekModel", "Due now"),
    )

    def __init__(self, rules, language: str = "sv", parent=None):
        super().__init__(parent)
        self.rules = rules
        self.language = language
        self._locale = locale_for(language)
        self._zone: tzinfo | None = None
        self._rows: list[WeekRow] = []
        #: Display texts of a row, made the first time it is painted (thousands of rows at a clinic).
        self._texts: list[tuple[str, ...] | None] = []

    def set_language(self, language: str) -> None:
        self.language, self._locale = language, locale_for(language)
        self._texts = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def set_rows(self, rows: list[WeekRow], zone: tzinfo | None = None) -> None:
        """Show these rows in their order (core's: the most due first); `zone`: the clock's time zone."""
        self.beginResetModel()
        self._rows, self._zone = list(rows), zone
        self._texts = [None] * len(self._rows)
        self.endResetModel()

    def rows(self) -> list[WeekRow]:
        return list(self._rows)

    def row_at(self, row: int) -> WeekRow:
        return self._rows[row]

    def row_of(self, episode_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.episode_id == episode_id), -1)

    def rows_of(self, episode_ids) -> list[int]:
        """The rows of these episodes (those listed), in one pass: a selection may hold thousands."""
        wanted = set(episode_ids)
        return [i for i, r in enumerate(self._rows) if r.episode_id in wanted]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("WeekModel", str(self.HEADERS[section]))
        return None

    def type_text(self, type_id: str | None) -> str:
        """A contact type as short as the contacts table shows it (its registration code, BR/TB)."""
        if type_id is None:
            return ""
        ctype = self.rules.contact_type(type_id)
        if ctype is None:
            return type_id
        return ctype.registration_code or ctype.name.get(self.language)

    def due_text(self, row: WeekRow) -> str:
        return DUE_SEPARATOR.join(render(d.message) for d in row.due)

    def _last_contact_text(self, row: WeekRow) -> str:
        at = row.last_contact_at()
        if at is None:
            return QCoreApplication.translate("WeekModel", "none yet")
        day = at.astimezone(self._zone).date() if self._zone is not None else at.astimezone().date()
        return f"{fmt_date(day, self._locale)}  {self.type_text(row.last_contact_type)}"

    def _texts_of(self, number: int) -> tuple[str, ...]:
        texts = self._texts[number]
        if texts is None:
            row = self._rows[number]
            texts = self._texts[number] = (
                row.patient_name, row.masked_identity(), row.programme, str(row.week),
                self._last_contact_text(row), str(row.days_without_feedback), self.due_text(row))
        return texts

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(index.row())[index.column()]
        row = self._rows[index.row()]
        col = index.column()
        if role == EpisodeIdRole:
            return row.episode_id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_DUE and row.due:
                return "\n".join(render(d.message) for d in row.due)
            if col == self.COL_WEEK and row.planned_weeks:
                return QCoreApplication.translate("WeekModel", "Week {week} of {planned} planned").format(
                    week=row.week, planned=row.planned_weeks)
            if col == self.COL_LAST_CONTACT and row.last_contact_type:
                ctype = self.rules.contact_type(row.last_contact_type)
                return ctype.name.get(self.language) if ctype is not None else row.last_contact_type
        elif role == Qt.ItemDataRole.ForegroundRole and col == self.COL_DUE and row.due:
            return Palette.ERROR if row.is_due(week.DUE_FLAG) else None
        elif role == Qt.ItemDataRole.FontRole and col == self.COL_DUE and row.is_due(week.DUE_FLAG):
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.COL_WEEK, self.COL_FEEDBACK):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def width_samples(self) -> dict[int, str]:
        """The widest text each column can hold on these rows, worked out without measuring every row:
        the programmes are few, and what is due takes its width from its kinds (with wide numbers)."""
        programmes = {r.programme for r in self._rows} or {p.name for p in self.rules.programmes}
        due_kinds = {week.kinds_of(urgency) for urgency in {r.urgency for r in self._rows}}
        widest_due = ""
        samples = {
            week.DUE_FLAG: week.Due(week.DUE_FLAG, instrument="MADRS-S", item=9, value=6, on="2026-12-28"),
            week.DUE_CLOSING: week.Due(week.DUE_CLOSING, week=88, planned=88),
            week.DUE_FEEDBACK: week.Due(week.DUE_FEEDBACK, days=888, never=True),
            week.DUE_SIBER_START: week.Due(week.DUE_SIBER_START),
        }
        for kinds in due_kinds:
            text = DUE_SEPARATOR.join(render(samples[k].message) for k in kinds if k in samples)
            widest_due = max(widest_due, text, key=len)
        types = [self.type_text(t) for t in {r.last_contact_type for r in self._rows if r.last_contact_type}] \
            or [self.type_text(t.id) for t in self.rules.contact_types]
        return {
            self.COL_PATIENT: max([NAME_SAMPLE, *(r.patient_name for r in self._rows[:200])], key=len),
            self.COL_IDENTITY: "19640823-****",
            self.COL_PROGRAMME: max(programmes, key=len, default=""),
            self.COL_WEEK: "888",
            self.COL_LAST_CONTACT: f"{fmt_date(date(2026, 12, 28), self._locale)}  {max(types, key=len, default='')}",
            self.COL_FEEDBACK: "888",
            self.COL_DUE: widest_due,
        }


class WeekView(QWidget):
    """The week page: a summary line, the table, and the batch command's button under it."""

    episodeActivated = Signal(str)  # double-click or Enter: open this episode
    selectionChanged = Signal()

    def __init__(self, service, language: str = "sv", parent=None, *, batch_action=None):
        super().__init__(parent)
        self.setObjectName("weekView")
        self.service = service
        self.language = language
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = emphasise(QLabel(), scale=1.2)
        self.title.setObjectName("weekTitle")
        top.addWidget(self.title)
        top.addStretch(1)
        self.summary = plain_label("", "weekSummary", wrap=False)
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.model = WeekModel(service.rules, language, self)
        self.view = name_widget(QTableView(), "weekTable", "")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.doubleClicked.connect(self._activated)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        # Enter opens the row under the cursor (a table's own Enter starts editing, which it has none of).
        for key in ("Return", "Enter"):
            shortcut = QShortcut(QKeySequence(key), self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda: self._activated(self.view.currentIndex()))
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        self.hint = plain_label("", "weekHint", wrap=True)
        bottom.addWidget(self.hint, 1)
        if batch_action is not None:
            from PySide6.QtWidgets import QToolButton

            self.batch_button = QToolButton()
            self.batch_button.setObjectName("weekBatchButton")
            self.batch_button.setDefaultAction(batch_action)
            self.batch_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            bottom.addWidget(self.batch_button)
        layout.addLayout(bottom)
        self.empty = plain_label("", "weekEmpty", wrap=True)
        self.empty.setVisible(False)
        layout.addWidget(self.empty)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("This week: what is due"))
        self.view.setAccessibleName(self.tr("Active episodes, the most due first"))
        self.hint.setText(self.tr("Select several rows (Shift or Ctrl and click, Ctrl+A for all) to log a "
                                  "contact for each at once. Enter or a double-click opens the episode."))
        self.empty.setText(self.tr("No active episodes. Start one with Ctrl+Shift+N."))
        self._show_summary()
        self._fit_columns()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, language: str) -> None:
        self.language = language
        self.model.set_language(language)
        self.retranslate()

    def _fit_columns(self) -> None:
        fit_columns(self.view, self.model.width_samples(), stretch_last=True)

    def refresh(self) -> None:
        """Read the week again, keeping the selected episodes selected where they are still listed."""
        keep = self.selected_episode_ids()
        current = self.current_episode_id()
        self.model.set_rows(week.week_rows(self.service), self.service.now().tzinfo)
        self._fit_columns()
        self.select_episodes(keep, current)
        self._show_summary()
        self.empty.setVisible(not self.model.rowCount())

    def clear(self) -> None:
        """Show no patient (the window is locking)."""
        self.model.set_rows([])
        self.summary.setText("")

    def _show_summary(self) -> None:
        rows = self.model._rows
        if not rows:
            self.summary.setText("")
            return
        counts = week.due_counts(rows)
        parts = [self.tr("{n} active").format(n=len(rows)),
                 self.tr("feedback due: {n}").format(n=counts[week.DUE_FEEDBACK])]
        if counts[week.DUE_CLOSING]:
            parts.append(self.tr("closing visits: {n}").format(n=counts[week.DUE_CLOSING]))
        if counts[week.DUE_SIBER_START]:
            parts.append(self.tr("SibeR start: {n}").format(n=counts[week.DUE_SIBER_START]))
        if counts[week.DUE_FLAG]:
            parts.append(self.tr("flags: {n}").format(n=counts[week.DUE_FLAG]))
        self.summary.setText(DUE_SEPARATOR.join(parts))

    def selected_episode_ids(self) -> list[str]:
        """The selected rows' episodes, in the table's order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.row_at(r).episode_id for r in rows]

    def current_episode_id(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.row_at(index.row()).episode_id if index.isValid() else None

    def select_episodes(self, episode_ids, current: str | None = None) -> None:
        from PySide6.QtCore import QItemSelection, QItemSelectionModel

        selection = QItemSelection()
        last = self.model.columnCount() - 1
        rows = self.model.rows_of(episode_ids)
        start = 0
        for n, row in enumerate(rows):  # one range per run of adjacent rows
            if n + 1 == len(rows) or rows[n + 1] != row + 1:
                selection.select(self.model.index(rows[start], 0), self.model.index(row, last))
                start = n + 1
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        row = self.model.row_of(current) if current else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(self.model.index(row, 0),
                                                       QItemSelectionModel.SelectionFlag.NoUpdate)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.episodeActivated.emit(self.model.row_at(index.row()).episode_id)
