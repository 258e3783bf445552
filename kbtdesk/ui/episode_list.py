"""The left pane: patients and their episodes, searchable as you type, filtered by status."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core.episode_list import EpisodeRow
from kbtdesk.core.identity import InvalidIdentity, mask_stored, parse_identity
from kbtdesk.ui.formatting import fmt_date, locale_for
from kbtdesk.ui.widgets import fit_columns, name_widget, screen_of

#: `episode_rows(status, query, limit=…, offset=…)`: a page of the list (LogService.episode_rows).
EpisodeRows = Callable[..., list[EpisodeRow]]

SEARCH_DELAY_MS = 150
#: Rows read per query: the list loads the first batch, then the next as the view scrolls to it
#: (canFetchMore/fetchMore), so a log of 100,000 episodes paints as fast as one of 100.
BATCH = 2000
#: Rows read before the window's first paint: a screenful (`screenful_rows`), at least this many.
#: The rest of the first batch is read just after it (`EpisodeListModel.top_up`): 2,000 rows with
#: their open-item counts take ≈65 ms at L.
FIRST_PAINT_ROWS = 40
#: The typical widest name the Patient column is sized for (the user can widen it).
NAME_SAMPLE = "Lars-Göran Nyström"
#: The longest programme name of the bundled rule set: the pane is first made wide enough for it.
PROGRAMME_SAMPLE = "Depressionshjälpen Plus"
EpisodeIdRole = Qt.ItemDataRole.UserRole + 1
STATUSES = ("active", "ended", "all")


def masked_identity(value: str) -> str:
    return mask_stored(value)


def shown_identity(value: str) -> str:
    try:
        return parse_identity(value).display()
    except InvalidIdentity:
        return value


class EpisodeListModel(QAbstractTableModel):
    COL_NAME, COL_IDENTITY, COL_PROGRAMME, COL_STARTED, COL_OPEN = range(5)
    HEADERS = (
        QT_TRANSLATE_NOOP("EpisodeListModel", "Patient"),
        QT_TRANSLATE_NOOP("EpisodeListModel", "Identity no."),
        QT_TRANSLATE_NOOP("EpisodeListModel", "Programme"),
        QT_TRANSLATE_NOOP("EpisodeListModel", "Started"),
        QT_TRANSLATE_NOOP("EpisodeListModel", "Open"),
    )

    def __init__(self, language: str = "sv", parent=None):
        super().__init__(parent)
        self._rows: list[EpisodeRow] = []
        self._locale = locale_for(language)
        self._fetch = None  # (offset, limit) -> rows, while more rows may follow
        self._batch = BATCH
        self._masked: dict[str, str] = {}
        #: Display texts of each row, made the first time a row is painted (None until then):
        #: a view asks data() several times per cell and paint, and a reset repaints every row.
        self._texts: list[tuple[str, ...] | None] = []

    def set_language(self, language: str) -> None:
        self._locale = locale_for(language)
        self._texts = [None] * len(self._rows)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.HEADERS) - 1))

    def set_rows(self, rows: list[EpisodeRow]) -> None:
        """Show exactly these rows (nothing more to fetch)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._texts = [None] * len(self._rows)
        self._fetch = None
        self.endResetModel()

    def set_source(self, fetch, batch: int = BATCH, first: int | None = None,
                   first_rows: list[EpisodeRow] | None = None) -> None:
        """Show the rows `fetch(offset, limit)` returns, the first batch now, the rest on demand.

        `first`: read only that many rows now (`first_rows`, if already read); the next fetch tops
        them up to a whole batch."""
        first = first or batch
        self.beginResetModel()
        self._batch = batch
        self._rows = list(first_rows if first_rows is not None else fetch(0, first))
        self._texts = [None] * len(self._rows)
        self._fetch = fetch if len(self._rows) == first else None
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch is not None

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._fetch is None:
            return
        limit = self._batch - len(self._rows) % self._batch  # a short first read: up to a whole batch
        more = list(self._fetch(len(self._rows), limit))
        if len(more) < limit:
            self._fetch = None
        if more:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
            self._rows.extend(more)
            self._texts.extend([None] * len(more))
            self.endInsertRows()

    def top_up(self) -> None:
        """Read the rest of a short first read (set_source's `first`) now."""
        if self._fetch is not None and len(self._rows) % self._batch:
            self.fetchMore()

    def row_of(self, episode_id: str) -> int:
        """The row of `episode_id`, fetching further batches until it is listed; -1 if it is not."""
        row = self.loaded_row_of(episode_id)
        while row < 0 and self._fetch is not None:
            start = len(self._rows)
            self.fetchMore()
            row = next((i for i in range(start, len(self._rows)) if self._rows[i].episode_id == episode_id), -1)
        return row

    def row_at(self, row: int) -> EpisodeRow:
        return self._rows[row]

    def loaded_row_of(self, episode_id: str) -> int:
        """The row of `episode_id` among the rows loaded so far, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.episode_id == episode_id), -1)

    def _masked_identity(self, identity: str) -> str:
        shown = self._masked.get(identity)
        if shown is None:
            shown = self._masked[identity] = masked_identity(identity)
        return shown

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("EpisodeListModel", self.HEADERS[section])
        return None

    def _texts_of(self, number: int) -> tuple[str, ...]:
        texts = self._texts[number]
        if texts is None:
            row = self._rows[number]
            texts = self._texts[number] = (
                row.patient_name, self._masked_identity(row.identity), row.programme,
                fmt_date(row.started, self._locale), str(row.open_items) if row.open_items else "")
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
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_PROGRAMME:  # the column gives way first: its name is often cut short
                return row.programme
            if col == self.COL_OPEN:
                if row.open_items == 1:
                    return QCoreApplication.translate("EpisodeListModel", "1 checklist item still open")
                return QCoreApplication.translate("EpisodeListModel", "{n} checklist items still open").format(
                    n=row.open_items)
            if row.ended is not None:
                return QCoreApplication.translate("EpisodeListModel", "Ended {date}").format(
                    date=fmt_date(row.ended, self._locale))
        elif role == Qt.ItemDataRole.FontRole and col == self.COL_OPEN and row.open_items:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ForegroundRole and row.ended is not None:
            return QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.COL_OPEN:
            return Qt.AlignmentFlag.AlignCenter
        return None


class EpisodeListWidget(QWidget):
    """Search box, status filter and the episode table; emits the selected episode's id.

    `episode_rows` reads the pages; `first_page(limit)`, when given, the first screenful (before the
    window's first paint, without the service: kbtdesk.composition.read_first_page)."""

    episodeSelected = Signal(str)

    def __init__(self, episode_rows: EpisodeRows, language: str = "sv", parent=None, *,
                 first_page: Callable[[int], list[EpisodeRow]] | None = None):
        super().__init__(parent)
        self.setObjectName("episodeListPane")
        self.episode_rows = episode_rows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search_label = QLabel()
        self.search = name_widget(QLineEdit(), "search", "")
        self.search.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search)
        self.status = name_widget(QComboBox(), "statusFilter", "")
        for status in STATUSES:
            self.status.addItem("", status)
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.model = EpisodeListModel(language, self)
        self.view = name_widget(QTableView(), "episodeList", "")
        self.view.setModel(self.model)
        self.view.verticalHeader().setVisible(False)
        # A whole row is selected: highlighted sections would make every heading bold.
        self.view.horizontalHeader().setHighlightSections(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        # Every row is one line of text: a fixed height, so the view never measures rows.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        layout.addWidget(self.view, 1)
        self.empty = QLabel()
        self.empty.setObjectName("episodeListEmpty")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)  # it may repeat the search text
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._search_now)
        self.status.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.retranslate()
        # A screenful for the first paint; MainWindow reads the rest of the batch just after it.
        self.reload(first=self.screenful_rows(), first_page=first_page)

    def screenful_rows(self) -> int:
        """As many rows as the tallest window on this screen can show (≈45 at 1920×1200), plus one."""
        screen = screen_of(self)
        height = screen.availableGeometry().height() if screen is not None else 0
        row = max(1, self.view.verticalHeader().defaultSectionSize())
        return max(FIRST_PAINT_ROWS, height // row + 1)

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("&Search:"))
        self.search.setPlaceholderText(self.tr("Name, identity number or programme"))
        self.search.setAccessibleName(self.tr("Search episodes"))
        self.status.setAccessibleName(self.tr("Show episodes"))
        for i, text in enumerate((self.tr("Active"), self.tr("Ended"), self.tr("All"))):
            self.status.setItemText(i, text)
        self.view.setAccessibleName(self.tr("Episodes"))
        self._fit_columns()
        self._show_empty()

    def _samples(self) -> dict[int, str]:
        return {
            EpisodeListModel.COL_NAME: NAME_SAMPLE,
            EpisodeListModel.COL_IDENTITY: "19640823-****",
            EpisodeListModel.COL_PROGRAMME: PROGRAMME_SAMPLE,
            EpisodeListModel.COL_STARTED: fmt_date(date(2026, 12, 28), self.model._locale),
            EpisodeListModel.COL_OPEN: "99",
        }

    def _fit_columns(self) -> None:
        """Size the columns to a typical value and to the header's labels in the current language."""
        fit_columns(self.view, self._samples(), stretch=EpisodeListModel.COL_PROGRAMME)

    def wanted_width(self) -> int:
        """The pane's width that shows every column whole (with room for the scroll bar)."""
        cell, head = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        samples = self._samples()
        columns = sum(max(cell.horizontalAdvance(samples[c]) + 14,
                          head.horizontalAdvance(self.model.headerData(c, Qt.Orientation.Horizontal) or "") + 18)
                      for c in range(self.model.columnCount()))
        scroll = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent, None, self.view)
        return columns + 2 * self.view.frameWidth() + scroll

    def set_language(self, language: str) -> None:
        self.model.set_language(language)
        self._fit_columns()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _search_now(self) -> None:
        self._timer.stop()
        self.reload()
        if self.model.rowCount():
            self.view.setFocus()
            if self.selected_episode_id() is None:
                self.view.selectRow(0)

    def selected_episode_id(self) -> str | None:
        index = self.view.currentIndex()
        if not index.isValid() or not self.view.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.model.row_at(index.row()).episode_id

    def set_status(self, status: str) -> None:
        self.status.setCurrentIndex(STATUSES.index(status))

    def clear(self) -> None:
        """Show no episode and forget the search (the window is locking)."""
        self._timer.stop()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.set_rows([])

    def reload(self, select: str | None = None, quiet: bool = False, first: int | None = None,
               first_page: Callable[[int], list[EpisodeRow]] | None = None) -> None:
        """Query again, keeping the selected episode selected when it is still listed.

        Emits `episodeSelected` when the selection changed, unless `quiet` (a refresh after a
        change, where the window keeps showing its episode even if the filter now hides it).
        `first`: read only that many rows now (EpisodeListModel.set_source), with `first_page` if given.
        """
        keep = select or self.selected_episode_id()
        status, query = self.status.currentData(), self.search.text()
        self.view.selectionModel().blockSignals(True)
        try:
            self.model.set_source(lambda offset, limit: self.episode_rows(status, query, limit=limit, offset=offset),
                                  first=first, first_rows=first_page(first) if first_page and first else None)
            row = self.model.row_of(keep) if keep else -1
            if row >= 0:
                self.view.selectRow(row)
                self.view.scrollTo(self.model.index(row, 0))
        finally:
            self.view.selectionModel().blockSignals(False)
        self._show_empty()
        now_selected = self.selected_episode_id()
        if not quiet and (now_selected != keep or select is not None):
            self.episodeSelected.emit(now_selected or "")

    def _show_empty(self) -> None:
        rows = self.model.rowCount()
        self.empty.setText("" if rows else self._empty_text(self.status.currentData(), self.search.text()))
        self.empty.setVisible(not rows)

    def _empty_text(self, status: str, query: str) -> str:
        """Why the list is empty, and what to do: an empty log says how to start."""
        if query.strip():
            text = self.tr("No episodes match “{query}”.").format(query=query.strip())
            if status == "active":
                text += " " + self.tr("“All” also lists ended episodes.")
            return text
        if status == "ended":
            return self.tr("No ended episodes.")
        start = self.tr("Start a treatment episode with “New episode” (Ctrl+Shift+N): the patient’s identity "
                        "number and name, the programme and the start date. Then log each contact with "
                        "“New contact” (Ctrl+N).")
        if status == "all":
            return self.tr("The log has no episodes yet.") + " " + start
        return self.tr("No active episodes.") + " " + start

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.episodeSelected.emit(self.model.row_at(current.row()).episode_id if current.isValid() else "")
