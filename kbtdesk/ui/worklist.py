"""The worklist: every journal note, registration and SibeR transfer still to do, across episodes.

Items are grouped by what is missing. Ticking stamps the record (`LogService.tick`) and moves the
item to a "done just now" group, from which it can be reopened until the window closes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core import contact_text
from kbtdesk.core.rules import RuleSet
from kbtdesk.core.service import (
    WORK_ENDING,
    WORK_JOURNAL,
    WORK_KINDS,
    WORK_REGISTRATION,
    WORK_SIBER,
    LogService,
    TransferRefused,
    WorkItem,
)
from kbtdesk.translation import chosen_language
from kbtdesk.ui.ending import transfer_refusal_text
from kbtdesk.ui.widgets import Palette, fit_columns

#: What Qt hands a model's methods: a row's index, or a persistent one (PySide6's stubs say so).
ModelIndex = QModelIndex | QPersistentModelIndex

CONTEXT = "WorklistModel"
#: The group of items ticked in this session, kept visible so that a tick can be undone.
DONE_GROUP = "done"

_GROUP_TITLES = {
    WORK_JOURNAL: QT_TRANSLATE_NOOP("WorklistModel", "Journal note not written"),
    WORK_REGISTRATION: QT_TRANSLATE_NOOP("WorklistModel", "Not registered"),
    WORK_ENDING: QT_TRANSLATE_NOOP("WorklistModel", "Ending not registered"),
    WORK_SIBER: QT_TRANSLATE_NOOP("WorklistModel", "Not transferred to SibeR"),
    DONE_GROUP: QT_TRANSLATE_NOOP("WorklistModel", "Done just now (select and reopen to undo)"),
}

_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_ITEM_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
#: Item rows a group shows at first and adds per fetchMore as the view scrolls to its end: a unit's
#: log can hold thousands of open items, and the view should lay out only what it shows.
BATCH = 100



def _translated(marked: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP in this module's context, translated now."""
    return QCoreApplication.translate(CONTEXT, marked)


class WorklistModel(QAbstractItemModel):
    """Two levels: group rows (one per kind of work, then "done just now"), items below them."""

    COL_WHEN, COL_PATIENT, COL_PROGRAMME, COL_TYPE, COL_CODES, COL_OUTAGE = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("WorklistModel", "Date and time"),
        QT_TRANSLATE_NOOP("WorklistModel", "Patient"),
        QT_TRANSLATE_NOOP("WorklistModel", "Programme"),
        QT_TRANSLATE_NOOP("WorklistModel", "Type"),
        QT_TRANSLATE_NOOP("WorklistModel", "Codes"),
        QT_TRANSLATE_NOOP("WorklistModel", "Outage"),
    )
    GROUPS = (*WORK_KINDS, DONE_GROUP)

    #: The WorkItem of an item row (None on a group row).
    ItemRole = Qt.ItemDataRole.UserRole + 1
    #: The group of a row: a WorkItem kind, or DONE_GROUP.
    GroupRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, rules: RuleSet, lang: str, parent=None):
        super().__init__(parent)
        self._rules = rules
        self._lang = lang
        self._groups: dict[str, list[WorkItem]] = {g: [] for g in self.GROUPS}
        self._shown: dict[str, int] = {g: 0 for g in self.GROUPS}
        #: Display texts per item, made the first time the item is painted: a reset repaints
        #: every visible row, and the view asks data() several times per cell.
        self._texts: dict[str, list[tuple[str, ...] | None]] = {g: [] for g in self.GROUPS}
        self._outage_only = False

    # -- content ----------------------------------------------------------------------------

    def set_items(self, open_items: list[WorkItem], done: list[WorkItem]) -> None:
        self.beginResetModel()
        self._groups = {g: [] for g in self.GROUPS}
        for item in open_items:
            if not self._outage_only or item.outage:
                self._groups[item.kind].append(item)
        self._groups[DONE_GROUP] = [i for i in done if not self._outage_only or i.outage]
        self._shown = {g: min(BATCH, len(items)) for g, items in self._groups.items()}
        self._texts = {g: [None] * len(items) for g, items in self._groups.items()}
        self.endResetModel()

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:
        group = self._group_row(parent)
        return group is not None and self._shown[group] < len(self._groups[group])

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:
        group = self._group_row(parent)
        if group is not None:
            self.show_rows(group, self._shown[group] + BATCH)

    def show_rows(self, group: str, count: int) -> None:
        """Let the view have at least `count` item rows of `group` (capped at what there is)."""
        shown = self._shown[group]
        count = min(count, len(self._groups[group]))
        if count > shown:
            self.beginInsertRows(self.group_index(group), shown, count - 1)
            self._shown[group] = count
            self.endInsertRows()

    def _group_row(self, parent: ModelIndex) -> str | None:
        if parent.isValid() and parent.internalId() == 0 and parent.column() == 0:
            return self.GROUPS[parent.row()]
        return None

    def set_outage_only(self, on: bool) -> None:
        self._outage_only = on

    def outage_only(self) -> bool:
        return self._outage_only

    def items(self, group: str) -> list[WorkItem]:
        return list(self._groups[group])

    def item(self, index: ModelIndex) -> WorkItem | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[self.GROUPS[index.internalId() - 1]][index.row()]

    def group_of(self, index: ModelIndex) -> str | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.GROUPS[index.row()]
        return self.GROUPS[index.internalId() - 1]

    def group_index(self, group: str) -> QModelIndex:
        return self.index(self.GROUPS.index(group), 0)

    # -- QAbstractItemModel ---------------------------------------------------------------------

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:
        # Bounds checked here rather than by hasIndex(), which calls back into rowCount/columnCount:
        # the view asks for thousands of indexes when it lays the groups out.
        if row < 0 or not 0 <= column < len(self.HEADERS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row < len(self.GROUPS) else QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0 and row < self._shown[self.GROUPS[parent.row()]]:
            # internal id of an item = its group's row + 1; 0 marks a group row
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    # The stubs overload parent() with QObject.parent(), as Qt does in C++: hence the ignore.
    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.GROUPS)
        if parent.internalId() == 0 and parent.column() == 0:
            return self._shown[self.GROUPS[parent.row()]]
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return len(self.HEADERS)

    def hasChildren(self, parent: ModelIndex = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _translated(self.HEADERS[section])
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if index.internalId() == 0 else _ITEM_FLAGS

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts_of(self.GROUPS[index.internalId() - 1], index.row())[index.column()]
        item = self.item(index)
        if item is None:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_OUTAGE and item.outage:
            return QCoreApplication.translate(
                "WorklistModel", "Logged while the EHR was down: enter it in the EHR, then tick it.")
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._texts_of(self.GROUPS[index.internalId() - 1], index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == self.COL_OUTAGE and item.outage:
            return QBrush(Palette.WARNING)
        if role == self.ItemRole:
            return item
        if role == self.GroupRole:
            return self.group_of(index)
        return None

    def _group_data(self, index: ModelIndex, role: int):
        group = self.GROUPS[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{_translated(_GROUP_TITLES[group])} ({len(self._groups[group])})"
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.GroupRole:
            return group
        return None

    def _texts_of(self, group: str, row: int) -> tuple[str, ...]:
        texts = self._texts[group][row]
        if texts is None:
            item = self._groups[group][row]
            texts = self._texts[group][row] = tuple(self._text(item, c) for c in range(len(self.HEADERS)))
        return texts

    def width_samples(self) -> dict[int, str]:
        """Typical widest texts per column, for widths set once (fit_columns)."""
        types = [t.registration_code or t.name.get(self._lang) for t in self._rules.contact_types]
        return {self.COL_WHEN: "2026-12-28 23:59", self.COL_PROGRAMME: "Depressionshjälpen Plus",
                self.COL_TYPE: max(types + [QCoreApplication.translate("WorklistModel", "Episode ended")], key=len),
                self.COL_CODES: " ".join(c.code for c in self._rules.codes[:4]),
                self.COL_OUTAGE: QCoreApplication.translate("WorklistModel", "Outage")}

    def _text(self, item: WorkItem, column: int) -> str:
        if column == self.COL_WHEN:
            return contact_text.display_when(item.when)
        if column == self.COL_PATIENT:
            return f"{contact_text.masked_identity(item.identity)}  {item.patient_name}"
        if column == self.COL_PROGRAMME:
            return item.programme
        if column == self.COL_TYPE:
            if item.contact_type is None:
                return QCoreApplication.translate("WorklistModel", "Episode ended")
            code = contact_text.registration_code(self._rules, item.contact_type)
            return code or contact_text.contact_type_name(self._rules, item.contact_type, None, self._lang)
        if column == self.COL_CODES:
            return " ".join(item.codes)
        if column == self.COL_OUTAGE:
            return QCoreApplication.translate("WorklistModel", "Outage") if item.outage else ""
        return ""


class WorklistWidget(QWidget):
    """The worklist with tick (mark done) and untick (reopen), for one or many items at once."""

    changed = Signal()

    def __init__(self, service: LogService, parent=None, *, lang: str | None = None):
        super().__init__(parent)
        self.setObjectName("worklist")
        self.setAccessibleName(self.tr("Worklist"))
        self._service = service
        self._lang = lang or chosen_language()
        self._done: list[WorkItem] = []

        self.model = WorklistModel(service.rules, lang or chosen_language(), self)
        self.model.setObjectName("worklistModel")

        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "What is still to be entered in other systems. Select items and press Space or "
            "“Mark done” once they are entered; ticked items can be reopened below."))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        intro.setObjectName("worklistIntro")
        layout.addWidget(intro)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setObjectName("worklistSummary")
        layout.addWidget(self.summary)

        self.refusal = QLabel()  # why a SibeR transfer could not be ticked
        self.refusal.setTextFormat(Qt.TextFormat.PlainText)
        self.refusal.setWordWrap(True)
        self.refusal.setObjectName("worklistRefusal")
        self.refusal.setStyleSheet(f"color: {Palette.ERROR.name()};")
        self.refusal.setVisible(False)
        layout.addWidget(self.refusal)

        self.view = QTreeView()
        self.view.setObjectName("worklistView")
        self.view.setAccessibleName(self.tr("Open items"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setUniformRowHeights(True)
        self.view.setStyleSheet("QTreeView::item { padding: 2px 12px 2px 0px; }")
        self.view.setAllColumnsShowFocus(True)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        fit_columns(self.view, self.model.width_samples(), stretch=WorklistModel.COL_PATIENT, padding=12)
        header = self.view.header()
        when = WorklistModel.COL_WHEN
        header.resizeSection(when, header.sectionSize(when) + 2 * self.view.indentation())
        layout.addWidget(self.view, 1)

        buttons = QHBoxLayout()
        self.mark_done_button = QPushButton(self.tr("&Mark done"))
        self.mark_done_button.setObjectName("markDone")
        self.mark_done_button.setAccessibleName(self.tr("Mark the selected items done"))
        self.reopen_button = QPushButton(self.tr("&Reopen"))
        self.reopen_button.setObjectName("reopen")
        self.reopen_button.setAccessibleName(self.tr("Reopen the selected items"))
        self.outage_only = QCheckBox(self.tr("Only items logged during an &outage"))
        self.outage_only.setObjectName("outageOnly")
        self.outage_only.setAccessibleName(self.tr("Show only items logged during an outage"))
        buttons.addWidget(self.mark_done_button)
        buttons.addWidget(self.reopen_button)
        buttons.addStretch(1)
        buttons.addWidget(self.outage_only)
        layout.addLayout(buttons)

        self.mark_done_button.clicked.connect(self.mark_done)
        self.reopen_button.clicked.connect(self.reopen)
        self.outage_only.toggled.connect(self._outage_only_toggled)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.verticalScrollBar().valueChanged.connect(self._fetch_visible)
        space = QShortcut(QKeySequence(Qt.Key.Key_Space), self.view, context=Qt.ShortcutContext.WidgetShortcut)
        space.activated.connect(self.toggle_selected)

        self.refresh()

    # -- public -----------------------------------------------------------------------------------

    def set_read_only(self, on: bool) -> None:
        """A log opened read-only: nothing can be ticked, so neither buttons nor Space offer it."""
        self.mark_done_button.setVisible(not on)
        self.reopen_button.setVisible(not on)
        for shortcut in self.findChildren(QShortcut):
            shortcut.setEnabled(not on)

    def refresh(self) -> None:
        """Reload the open items; ticked items that are open again leave the "done" group."""
        open_items = self._service.worklist()
        if self._done:  # thousands of open items: their keys only when something was ticked
            open_keys = {i.key for i in open_items}
            self._done = [i for i in self._done if i.key not in open_keys]
        self._reload(open_items)

    def show_outage_items(self) -> None:
        """Show only the items logged during an outage, all selected, the first one current."""
        if not self.outage_only.isChecked():
            self.outage_only.setChecked(True)  # reloads through _outage_only_toggled
        selection = QItemSelection()
        first = QModelIndex()
        for group in WORK_KINDS:
            parent = self.model.group_index(group)
            for row, item in enumerate(self.model.items(group)):
                if item.outage:
                    self.model.show_rows(group, row + 1)
                    left = self.model.index(row, 0, parent)
                    right = self.model.index(row, self.model.columnCount() - 1, parent)
                    selection.select(left, right)
                    first = first if first.isValid() else left
        selection_model = self.view.selectionModel()
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if first.isValid():
            selection_model.setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.view.scrollTo(first)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def selected_items(self) -> list[tuple[str, WorkItem]]:
        """(group, item) of each selected item row, in view order."""
        rows = self.view.selectionModel().selectedRows(0)
        rows.sort(key=lambda i: (self.model.GROUPS.index(self.model.group_of(i)), i.row()))
        found = []
        for index in rows:
            group, item = self.model.group_of(index), self.model.item(index)
            if group is not None and item is not None:
                found.append((group, item))
        return found

    def mark_done(self) -> int:
        """Tick the selected open items (time-stamped now); returns how many were saved."""
        items = [item for group, item in self.selected_items() if group != DONE_GROUP]
        if not items:
            return 0
        anchor = self._anchor()
        try:
            changed = self._service.tick([i.key for i in items], done=True)
        except TransferRefused as refused:  # nothing was written: the rule set's reasons say why
            self.refusal.setText(transfer_refusal_text(refused, self._lang))
            self.refusal.setVisible(True)
            return 0
        self.refusal.setVisible(False)
        done_keys = {i.key for i in items}
        self._done = items + [i for i in self._done if i.key not in done_keys]
        self.refresh()
        self._select_near(anchor)
        self.changed.emit()
        return changed

    def reopen(self) -> int:
        """Untick the selected items of the "done" group: they are open again."""
        items = [item for group, item in self.selected_items() if group == DONE_GROUP]
        if not items:
            return 0
        anchor = self._anchor()
        changed = self._service.tick([i.key for i in items], done=False)
        self.refresh()
        self._select_near(anchor)
        self.changed.emit()
        return changed

    def toggle_selected(self) -> None:
        """Space: tick the selected open items, or reopen when only done items are selected."""
        groups = {group for group, _item in self.selected_items()}
        if groups == {DONE_GROUP}:
            self.reopen()
        else:
            self.mark_done()

    # -- internals ----------------------------------------------------------------------------

    def _reload(self, open_items: list[WorkItem]) -> None:
        self.model.set_items(open_items, self._done)
        # Expand before spanning: after the reset the view's layout is pending, so expand() only
        # notes the group, and the first setFirstColumnSpanned lays the tree out once. (expandAll()
        # would ask every item whether it has children; spanning first, a layout per group.)
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        for row in range(self.model.rowCount()):
            # group titles span the row, so they do not widen the date column
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)
        self._update_summary(open_items)
        self._update_buttons()

    def _fetch_visible(self, _value: int = 0) -> None:
        """The next batch of a group once its last loaded row scrolls into view (Qt itself fetches
        more only for top-level rows, so a group would stop at its first batches)."""
        viewport = self.view.viewport().rect()
        for group in self.model.GROUPS:
            parent = self.model.group_index(group)
            if self.model.canFetchMore(parent):
                last = self.model.index(self.model.rowCount(parent) - 1, 0, parent)
                if self.view.visualRect(last).intersects(viewport):
                    self.model.fetchMore(parent)

    def _outage_only_toggled(self, on: bool) -> None:
        self.model.set_outage_only(on)
        self.refresh()

    def _update_summary(self, open_items: list[WorkItem]) -> None:
        outage = sum(1 for i in open_items if i.outage)
        if not open_items:
            text = self.tr("Nothing to do: every contact is journaled and registered, every ended episode transferred.")
        else:
            text = self.tr("%n open item(s)", "", len(open_items))
            if outage:
                text += " · " + self.tr("%n logged during an outage", "", outage)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        groups = {group for group, _item in self.selected_items()}
        self.mark_done_button.setEnabled(bool(groups - {DONE_GROUP}))
        self.reopen_button.setEnabled(DONE_GROUP in groups)

    def _anchor(self) -> tuple[str, int] | None:
        current = self.view.currentIndex()
        group = self.model.group_of(current)
        if group is None or self.model.item(current) is None:
            return None
        return group, current.row()

    def _select_near(self, anchor: tuple[str, int] | None) -> None:
        """After a tick, put the cursor where it was so the next item can be ticked at once."""
        if anchor is None:
            return
        group, row = anchor
        count = len(self.model.items(group))
        if count == 0:
            return
        self.model.show_rows(group, min(row, count - 1) + 1)
        index = self.model.index(min(row, count - 1), 0, self.model.group_index(group))
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

