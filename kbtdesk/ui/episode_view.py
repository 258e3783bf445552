"""The right pane: one episode's header, contacts, end checklist and rating-scale scores."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core.checker import Finding
from kbtdesk.core.rules import InstrumentFlag, RuleSet
from kbtdesk.ui.chart import Point, TrendChart
from kbtdesk.ui.episode_list import masked_identity, shown_identity
from kbtdesk.ui.formatting import fmt_date, fmt_datetime, locale_for
from kbtdesk.ui.labels import end_reason_label
from kbtdesk.ui.widgets import Palette, fit_columns

if TYPE_CHECKING:  # models and the service import sqlmodel: kept off the path to the first paint
    from kbtdesk.core.models import Contact, Measure
    from kbtdesk.core.service import EpisodeDetail, LogService

ContactIdRole = Qt.ItemDataRole.UserRole + 1
MeasureIdRole = Qt.ItemDataRole.UserRole + 2


def widest_codes(rules: RuleSet) -> str:
    """The longest list of codes the rule set suggests for a contact of any type, mode and ending
    (four on the bundled routine's final contact): the width a codes column needs."""
    from kbtdesk.core.checker import suggest_codes
    from kbtdesk.core.service.contacts import CheckedContact

    lists = [" ".join(c.code for c in rules.codes[:3])]
    for ctype in rules.contact_types:
        for mode in [None, *(m.id for m in ctype.modes)]:
            for final in (False, True):
                probe = CheckedContact("", ctype.id, mode, final, [])
                lists.append(" ".join(s.code for s in suggest_codes(rules, probe)))
    return max(lists, key=len)


class ContactsModel(QAbstractTableModel):
    COL_DATE, COL_TYPE, COL_MODE, COL_CODES, COL_JOURNAL, COL_REGISTERED, COL_FINDINGS = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ContactsModel", "Date"),
        QT_TRANSLATE_NOOP("ContactsModel", "Type"),
        QT_TRANSLATE_NOOP("ContactsModel", "Mode"),
        QT_TRANSLATE_NOOP("ContactsModel", "Codes"),
        QT_TRANSLATE_NOOP("ContactsModel", "Journal"),
        QT_TRANSLATE_NOOP("ContactsModel", "Registered"),
        QT_TRANSLATE_NOOP("ContactsModel", "Findings"),
    )

    def __init__(self, rules: RuleSet, language: str = "sv", parent=None):
        super().__init__(parent)
        self.rules = rules
        self.language = language
        self._locale = locale_for(language)
        self._contacts: list[Contact] = []
        self._findings: dict[str, list[Finding]] = {}
        #: Each row's display texts, made once per reset: the view asks for them on every paint.
        self._texts: list[tuple[str, ...]] = []

    def set_language(self, language: str) -> None:
        self.language, self._locale = language, locale_for(language)
        self._texts = [self._row_texts(c) for c in self._contacts]
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)
        if self._contacts:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._contacts) - 1, len(self.HEADERS) - 1))

    def set_contacts(self, contacts: list[Contact], findings: list[Finding]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self._findings = {}
        for finding in findings:
            if finding.contact:
                self._findings.setdefault(finding.contact, []).append(finding)
        self._texts = [self._row_texts(c) for c in self._contacts]
        self.endResetModel()

    def _row_texts(self, contact: Contact) -> tuple[str, ...]:
        when = fmt_datetime(contact.at, self._locale)
        return (f"{when}  ⚠" if contact.outage else when, self._type_text(contact, full=False),
                self._mode_text(contact), " ".join(contact.code_list),
                "", "",  # the tick columns show a check box (CheckStateRole)
                self._findings_text(self._findings.get(contact.id, [])))

    def width_samples(self) -> dict[int, str]:
        """The widest texts the rule set can put in each column, for widths set once (fit_columns)."""
        types = [self._short_type(t) for t in self.rules.contact_types]
        modes = [m.name.get(self.language) for t in self.rules.contact_types for m in t.modes]
        return {self.COL_DATE: fmt_datetime("2026-12-28T23:59:00", self._locale) + "  ⚠",
                self.COL_TYPE: max(types, key=len, default=""), self.COL_MODE: max(modes, key=len, default=""),
                self.COL_CODES: widest_codes(self.rules), self.COL_JOURNAL: "☐",
                self.COL_REGISTERED: "☐",
                # one finding whole; more are counted in full in the tooltip
                self.COL_FINDINGS: max(QCoreApplication.translate("ContactsModel", "1 warning"),
                                       QCoreApplication.translate("ContactsModel", "1 error"), key=len)}


    def contact_at(self, row: int) -> Contact:
        return self._contacts[row]

    def tick_key(self, row: int, column: int) -> tuple[str, str] | None:
        """The worklist key of the tick in this cell (core.ticks), None outside the tick columns."""
        from kbtdesk.core.service import WORK_ENDING, WORK_JOURNAL, WORK_REGISTRATION

        contact = self._contacts[row]
        if column == self.COL_JOURNAL:
            return WORK_JOURNAL, contact.id
        if column == self.COL_REGISTERED:
            # A final contact's registration is the ending's, as in the worklist.
            return (WORK_ENDING if contact.final else WORK_REGISTRATION), contact.id
        return None

    def row_of(self, contact_id: str) -> int:
        return next((i for i, c in enumerate(self._contacts) if c.id == contact_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("ContactsModel", self.HEADERS[section])
        return None

    def _type_text(self, contact: Contact, full: bool) -> str:
        ctype = self.rules.contact_type(contact.type)
        if ctype is None:
            return contact.type
        return ctype.name.get(self.language) if full else self._short_type(ctype)

    def _short_type(self, ctype) -> str:
        """The type as the column shows it: its registration code ("BR"); a visit whose code the
        routine leaves open is a "Visit" (the Mode column says which, the tooltip its full name)."""
        if ctype.registration_code:
            return ctype.registration_code
        if ctype.visit:
            return QCoreApplication.translate("ContactsModel", "Visit")
        return ctype.name.get(self.language)

    def _mode_text(self, contact: Contact) -> str:
        ctype = self.rules.contact_type(contact.type)
        mode = ctype.mode(contact.mode) if (ctype and contact.mode) else None
        return mode.name.get(self.language) if mode else ""

    def _findings_text(self, findings: list[Finding]) -> str:
        if not findings:
            return ""
        errors = sum(1 for f in findings if f.severity == "error")
        warnings = len(findings) - errors
        parts = []
        # Two source strings rather than %n: English and Swedish both have one + other forms,
        # and the English text must read right without a catalogue.
        if errors:
            parts.append(QCoreApplication.translate("ContactsModel", "1 error") if errors == 1 else
                         QCoreApplication.translate("ContactsModel", "{n} errors").format(n=errors))
        if warnings:
            parts.append(QCoreApplication.translate("ContactsModel", "1 warning") if warnings == 1 else
                         QCoreApplication.translate("ContactsModel", "{n} warnings").format(n=warnings))
        return ", ".join(parts)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._contacts)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        contact = self._contacts[index.row()]
        col = index.column()
        findings = self._findings.get(contact.id, [])
        if role == ContactIdRole:
            return contact.id
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COL_TYPE:
                return self._type_text(contact, full=True)
            if col == self.COL_DATE and contact.outage:
                return QCoreApplication.translate("ContactsModel", "Logged while the EHR was down")
            if col in (self.COL_JOURNAL, self.COL_REGISTERED):
                return self._tick_text(contact, col) + "\n" + QCoreApplication.translate(
                    "ContactsModel", "Click, or press Space, to tick or untick (Ctrl+Z undoes it).")
            if col == self.COL_FINDINGS and findings:
                translate = lambda context, source: QCoreApplication.translate(context, source)  # noqa: E731
                return "\n".join(f.text(translate, self.language) for f in findings)
        elif role == Qt.ItemDataRole.ForegroundRole:
            if col == self.COL_FINDINGS and findings:
                return Palette.ERROR if any(f.severity == "error" for f in findings) else Palette.WARNING
            if col in (self.COL_JOURNAL, self.COL_REGISTERED):
                done = contact.journal_done if col == self.COL_JOURNAL else contact.registered
                return Palette.DONE if done else Palette.ERROR
        elif role == Qt.ItemDataRole.CheckStateRole and col in (self.COL_JOURNAL, self.COL_REGISTERED):
            done = contact.journal_done if col == self.COL_JOURNAL else contact.registered
            return Qt.CheckState.Checked if done else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.AccessibleTextRole and col in (self.COL_JOURNAL, self.COL_REGISTERED):
            return self._tick_text(contact, col)
        return None

    def _tick_text(self, contact: Contact, column: int) -> str:
        """What a tick cell says to a screen reader and in its tooltip: the tick and its state."""
        translate = QCoreApplication.translate
        if column == self.COL_JOURNAL:
            if contact.journal_done:
                return translate("ContactsModel", "Journal note written {when}").format(
                    when=fmt_datetime(contact.journal_done, self._locale))
            return translate("ContactsModel", "Journal note not written yet")
        if contact.registered:
            return translate("ContactsModel", "Registered {when}").format(
                when=fmt_datetime(contact.registered, self._locale))
        return translate("ContactsModel", "Not registered yet")


class MeasuresModel(QAbstractTableModel):
    COL_DATE, COL_INSTRUMENT, COL_SCORE, COL_FLAG = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("MeasuresModel", "Date"),
        QT_TRANSLATE_NOOP("MeasuresModel", "Scale"),
        QT_TRANSLATE_NOOP("MeasuresModel", "Score"),
        QT_TRANSLATE_NOOP("MeasuresModel", "Flag"),
    )

    def __init__(self, rules: RuleSet, language: str = "sv", parent=None):
        super().__init__(parent)
        self.rules = rules
        self._locale = locale_for(language)
        self._measures: list[Measure] = []
        self._flagged: list[bool] = []

    def set_language(self, language: str) -> None:
        self._locale = locale_for(language)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)

    def set_measures(self, measures: list[Measure]) -> None:
        self.beginResetModel()
        self._measures = list(measures)
        self._flagged = []
        if self._measures:
            from kbtdesk.core import episodes as episode_facts  # imports the models (sqlmodel)

            self._flagged = [episode_facts.flagged(m, self.rules) for m in self._measures]
        self.endResetModel()

    def measure_at(self, row: int) -> Measure:
        return self._measures[row]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._measures)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("MeasuresModel", self.HEADERS[section])
        return None

    def is_flagged(self, row: int) -> bool:
        return self._flagged[row]

    def _flag_of(self, measure: Measure) -> InstrumentFlag | None:
        instrument = self.rules.instrument(measure.instrument)
        return instrument.flag if instrument is not None else None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._measures)):
            return None
        measure = self._measures[index.row()]
        col = index.column()
        flagged = self._flagged[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.COL_DATE:
                return fmt_date(measure.on, self._locale)
            if col == self.COL_INSTRUMENT:
                instrument = self.rules.instrument(measure.instrument)
                return instrument.name if instrument else measure.instrument
            if col == self.COL_SCORE:
                return str(measure.score)
            if col == self.COL_FLAG and flagged and (flag := self._flag_of(measure)) is not None:
                from kbtdesk.core import episodes as episode_facts

                return QCoreApplication.translate("MeasuresModel", "⚑ {item}: {value}").format(
                    item=flag.item, value=episode_facts.flag_item_value(measure, self.rules))
        elif role == MeasureIdRole:
            return measure.id
        elif role == Qt.ItemDataRole.ForegroundRole and flagged:
            return Palette.ERROR
        elif role == Qt.ItemDataRole.FontRole and flagged:
            font = QFont()
            font.setBold(True)
            return font
        elif role == Qt.ItemDataRole.ToolTipRole and flagged and (flag := self._flag_of(measure)) is not None:
            note = flag.note
            swedish = self._locale.language() == self._locale.Language.Swedish
            return note.get("sv" if swedish else "en") if note else None
        return None


def _table(object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _plain(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class EpisodeView(QWidget):
    """Shows one episode; writes only the end checklist ticks, through the service."""

    changed = Signal()
    contactActivated = Signal(str)
    #: A change core has written from this view (ticks): the window puts it on its undo stack.
    changeMade = Signal(object)

    def __init__(self, service: LogService, language: str = "sv", actions: dict | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("episodeView")
        self.service = service
        self.language = language
        self._locale = locale_for(language)
        self.episode_id: str | None = None
        self.detail: EpisodeDetail | None = None
        self.read_only = False
        actions = actions or {}

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        self.placeholder = QLabel()
        self.placeholder.setObjectName("noEpisode")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.pages.addWidget(self.placeholder)

        page = QWidget()
        self.pages.addWidget(page)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 0, 0, 0)

        header = QHBoxLayout()
        self.patient_name = _plain("patientName")
        font = self.patient_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.patient_name.setFont(font)
        self.identity = _plain("identity")
        self.reveal = QToolButton()
        self.reveal.setObjectName("revealIdentity")
        self.reveal.setCheckable(True)
        self.reveal.toggled.connect(self._show_identity)
        self.status = _plain("episodeStatus")
        header.addWidget(self.patient_name)
        header.addSpacing(12)
        header.addWidget(self.identity)
        header.addWidget(self.reveal)
        header.addStretch(1)
        header.addWidget(self.status)
        layout.addLayout(header)
        self.summary = _plain("episodeSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        bar = QHBoxLayout()
        self.contacts_title = QLabel()
        self.contacts_title.setObjectName("contactsTitle")
        title_font = self.contacts_title.font()
        title_font.setBold(True)
        self.contacts_title.setFont(title_font)
        bar.addWidget(self.contacts_title)
        bar.addStretch(1)
        for key in ("newContact", "editContact", "deleteContact", "endEpisode"):
            if key in actions:
                button = QToolButton()
                button.setDefaultAction(actions[key])
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the action's shortcut reaches it
                button.setObjectName(f"{key}Button")
                bar.addWidget(button)
        layout.addLayout(bar)
        self.contacts_model = ContactsModel(service.rules, language, self)
        self.contacts = _table("contacts")
        self.contacts.setModel(self.contacts_model)
        self.contacts.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Only double-click here: Enter reaches the window's "Edit contact" action, and
        # `activated` would fire as well on a double-click and open the checklist twice.
        self.contacts.doubleClicked.connect(self._activated)
        # One-key ticks: a click on a Journal or Registered cell, or Space on the selected rows.
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.contacts.clicked.connect(self._tick_clicked)
        self.tick_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Space), self.contacts,
                                       context=Qt.ShortcutContext.WidgetShortcut)
        self.tick_shortcut.activated.connect(self.toggle_selected_ticks)
        layout.addWidget(self.contacts, 3)

        bottom = QHBoxLayout()
        self.checklist = QGroupBox()
        self.checklist.setObjectName("episodeChecklist")
        box = QVBoxLayout(self.checklist)
        self.siber_start = QCheckBox()
        self.siber_start.setObjectName("siberStart")
        self.siber_start.clicked.connect(self._siber_start_clicked)
        self.final_contact = _plain("finalContactState")
        self.final_contact.setWordWrap(True)
        self.siber_transferred = QCheckBox()
        self.siber_transferred.setObjectName("siberTransferred")
        self.siber_transferred.clicked.connect(self._siber_transfer_clicked)
        self.siber_refusal = _plain("siberRefusal")  # why the transfer tick was refused (the rule set's reasons)
        self.siber_refusal.setWordWrap(True)
        self.siber_refusal.setStyleSheet(f"color: {Palette.ERROR.name()};")
        self.siber_refusal.setVisible(False)
        self.episode_findings = _plain("episodeFindings")
        self.episode_findings.setWordWrap(True)
        self.episode_findings.setStyleSheet(f"color: {Palette.ERROR.name()};")
        for widget in (self.siber_start, self.final_contact, self.siber_transferred, self.siber_refusal,
                       self.episode_findings):
            box.addWidget(widget)
        box.addStretch(1)
        self.checklist.setMaximumWidth(self.fontMetrics().averageCharWidth() * 54)
        bottom.addWidget(self.checklist, 0)

        self.scores = QGroupBox()
        self.scores.setObjectName("scoresBox")
        scores_layout = QHBoxLayout(self.scores)
        left = QVBoxLayout()
        self.measures_model = MeasuresModel(service.rules, language, self)
        self.measures = _table("measures")
        self.measures.setModel(self.measures_model)
        self.measures.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.measures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.measures.horizontalHeader().setStretchLastSection(False)
        # _fit_measures sizes the columns once per episode; ResizeToContents would measure again on every layout.
        self.measures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        left.addWidget(self.measures)
        if "recordScore" in actions:
            button = QToolButton()
            button.setDefaultAction(actions["recordScore"])
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setObjectName("recordScoreButton")
            left.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        scores_layout.addLayout(left, 0)
        self.chart = TrendChart()
        scores_layout.addWidget(self.chart, 1)
        self.measures.selectionModel().currentRowChanged.connect(lambda *_: self._update_chart())
        bottom.addWidget(self.scores, 1)
        layout.addLayout(bottom, 2)

        self.setTabOrder(self.reveal, self.contacts)
        self.setTabOrder(self.contacts, self.siber_start)
        self.setTabOrder(self.siber_start, self.siber_transferred)
        self.setTabOrder(self.siber_transferred, self.measures)
        self.retranslate()
        self.show_episode(None)

    # -- language ---------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Choose an episode on the left, or start a new one (Ctrl+Shift+N)."))
        self.contacts_title.setText(self.tr("Contacts"))
        self.contacts.setAccessibleName(self.tr("Contacts"))
        # The type column gives way (elided) so that the findings column always stays in view.
        # Cells get the style's own margins only (padding -8), headings 6 px more than the style's: four
        # codes on a final contact (DU011 on it too, issue 14.5), the type and every heading whole
        # beside the list at 1280×800 in Swedish and English (tests/ui/test_window_fit.py).
        fit_columns(self.contacts, self.contacts_model.width_samples(), stretch=ContactsModel.COL_TYPE,
                    padding=-6, header_padding=14)
        self.measures.setAccessibleName(self.tr("Rating-scale scores"))
        self.checklist.setTitle(self.tr("Episode checklist"))
        self.checklist.setAccessibleName(self.tr("Episode checklist"))
        self.scores.setTitle(self.tr("Rating scales"))
        self.scores.setAccessibleName(self.tr("Rating scales"))
        self.reveal.setAccessibleName(self.tr("Show the full identity number"))
        self.reveal.setToolTip(self.tr("Show the full identity number"))
        self.patient_name.setAccessibleName(self.tr("Patient"))
        self.identity.setAccessibleName(self.tr("Identity number"))
        self.siber_start.setAccessibleName(self.tr("Start documented for SibeR"))
        self.siber_transferred.setAccessibleName(self.tr("Transferred to SibeR via Medrave"))
        self.final_contact.setAccessibleName(self.tr("Final contact"))
        self._show_identity(self.reveal.isChecked())
        if self.detail is not None:
            self._fill(self.detail)

    def set_language(self, language: str) -> None:
        self.language, self._locale = language, locale_for(language)
        self.contacts_model.set_language(language)
        self.measures_model.set_language(language)
        self.retranslate()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content ----------------------------------------------------------------------------

    def show_episode(self, episode_id: str | None) -> None:
        if episode_id != self.episode_id:
            self.reveal.setChecked(False)  # a revealed number never carries over to another patient
            self.siber_refusal.setVisible(False)
        self.episode_id = episode_id or None
        self.refresh()

    def set_read_only(self, on: bool) -> None:
        """A log opened read-only: the checklist ticks cannot be saved, so they cannot be clicked."""
        self.read_only = on
        if self.detail is not None:
            self._fill_checklist(self.detail)

    def clear(self) -> None:
        """Forget the shown episode and empty every label and model (the window is locking)."""
        self.show_episode(None)
        for label in (self.patient_name, self.identity, self.summary, self.status, self.final_contact,
                      self.episode_findings):
            label.clear()
        for box in (self.siber_start, self.siber_transferred):
            box.setText("")
            box.setChecked(False)
        self.chart.set_series("", 1, [])

    def refresh(self) -> None:
        if not self.episode_id:
            self.detail = None
            self.contacts_model.set_contacts([], [])
            self.measures_model.set_measures([])
            self.pages.setCurrentIndex(0)
            return
        keep, current = self._selected_contact_ids(), self.contacts.currentIndex()
        current_id = self.selected_contact_id()
        self.detail = self.service.episode_detail(self.episode_id)
        self._fill(self.detail)
        self._select_contacts(keep, current_id, current.column() if current.isValid() else 0)
        self.pages.setCurrentIndex(1)

    def _fill(self, detail: EpisodeDetail) -> None:
        # Local: episode facts import the models (sqlmodel); only needed once an episode shows.
        from kbtdesk.core import episodes as episode_facts

        episode, patient = detail.episode, detail.patient
        today = self.service.now().date()
        self.patient_name.setText(patient.name)
        self._show_identity(self.reveal.isChecked())
        week = episode_facts.treatment_week(episode.started, today, episode.ended)
        self.summary.setText(self.tr("{programme} · started {started} · week {week}").format(
            programme=episode.programme, started=fmt_date(episode.started, self._locale), week=week))
        if episode.ended is None:
            self.status.setText(self.tr("Active"))
            self.status.setStyleSheet(f"color: {Palette.DONE.name()}; font-weight: bold;")
        else:
            self.status.setText(self.tr("Ended {date} ({reason})").format(
                date=fmt_date(episode.ended, self._locale), reason=end_reason_label(episode.end_reason or "")))
            self.status.setStyleSheet("font-weight: bold;")
        self.contacts_model.set_contacts(detail.contacts, detail.findings)
        self.measures_model.set_measures(detail.measures)
        self._fit_measures()
        self._fill_checklist(detail)
        self._update_chart()

    def _fit_measures(self) -> None:
        # The scores table is narrow beside the chart: size it to its columns, never scroll sideways.
        self.measures.resizeColumnsToContents()
        width = self.measures.horizontalHeader().length() + 2 * self.measures.frameWidth()
        width += self.measures.verticalScrollBar().sizeHint().width()
        self.measures.setMinimumWidth(width)

    def _show_identity(self, revealed: bool) -> None:
        self.reveal.setText(self.tr("Hide") if revealed else self.tr("Show"))
        if self.detail is None:
            self.identity.setText("")
            return
        value = self.detail.patient.identity
        self.identity.setText(shown_identity(value) if revealed else masked_identity(value))

    def _fill_checklist(self, detail: EpisodeDetail) -> None:
        from kbtdesk.core import episodes as episode_facts

        state = episode_facts.end_checklist(detail.episode, detail.contacts, self.service.rule_book,
                                            self.service.now().date())
        self.siber_start.setChecked(state.start_documented is not None)
        # The date on a line of its own: a check box does not wrap, and the box shares its row.
        self.siber_start.setText(
            self.tr("SibeR start documented") + "\n" + fmt_date(state.start_documented, self._locale)
            if state.start_documented else self.tr("SibeR start documented"))
        self.siber_start.setToolTip(self.tr("The start of treatment is documented in the journal "
                                            "template so that Medrave can pass it to SibeR."))
        final_text = {
            episode_facts.FINAL_DONE: self.tr("✓ Final contact with {code}"),
            episode_facts.FINAL_WITHOUT_CODE: self.tr("✗ Final contact lacks {code}"),
            episode_facts.FINAL_MISSING: self.tr("○ No final contact with {code} yet"),
        }[state.final_contact].format(code=state.ending_code)
        self.final_contact.setText(final_text)
        colour = {episode_facts.FINAL_DONE: Palette.DONE, episode_facts.FINAL_WITHOUT_CODE: Palette.ERROR}.get(
            state.final_contact)
        self.final_contact.setStyleSheet(f"color: {colour.name()};" if colour else "")
        self.siber_transferred.setEnabled(state.can_transfer)
        self.siber_transferred.setChecked(state.siber_transferred is not None)
        self.siber_transferred.setText(
            self.tr("Transferred to SibeR") + "\n" + fmt_date(state.siber_transferred, self._locale)
            if state.siber_transferred else self.tr("Transferred to SibeR"))
        self.siber_transferred.setToolTip(
            self.tr("Tick when the episode's data have gone to SibeR via Medrave.") if state.can_transfer
            else self.tr("Possible when the episode has ended."))
        translate = lambda context, source: QCoreApplication.translate(context, source)  # noqa: E731
        episode_level = [f.text(translate, self.language) for f in detail.findings if f.contact is None]
        self.episode_findings.setText("\n".join(episode_level))
        self.episode_findings.setVisible(bool(episode_level))
        if self.read_only:
            self.siber_start.setEnabled(False)
            self.siber_transferred.setEnabled(False)

    def _update_chart(self) -> None:
        measures = self.detail.measures if self.detail else []
        if not measures:
            self.chart.set_series(self.tr("No scores yet"), 1, [])
            return
        index = self.measures.currentIndex()
        chosen = self.measures_model.measure_at(index.row()) if index.isValid() else measures[-1]
        instrument = self.service.rules.instrument(chosen.instrument)
        flagged = self.measures_model.is_flagged
        series = [Point(m.on, m.score, flagged(row))
                  for row, m in enumerate(measures) if m.instrument == chosen.instrument]
        maximum = instrument.total_max if instrument else max(p.score for p in series)
        self.chart.format_date = lambda d: fmt_date(d, self._locale)
        self.chart.set_series(instrument.name if instrument else chosen.instrument, maximum, series)

    def _siber_start_clicked(self, checked: bool) -> None:
        if self.episode_id:
            self.service.set_siber_start_documented(self.episode_id, self.service.now().date() if checked else None)
            self.changed.emit()

    def _siber_transfer_clicked(self, checked: bool) -> None:
        if self.episode_id:
            from kbtdesk.core.service import WORK_SIBER, TransferRefused
            from kbtdesk.ui.ending import transfer_refusal_text

            try:
                self.service.tick([(WORK_SIBER, self.episode_id)], done=checked)
            except TransferRefused as refused:
                self.siber_transferred.setChecked(False)
                self.siber_refusal.setText(transfer_refusal_text(refused, self.language))
                self.siber_refusal.setVisible(True)
                return
            self.siber_refusal.setVisible(False)
            self.changed.emit()

    # -- ticks ------------------------------------------------------------------------------------

    def _tick_clicked(self, index: QModelIndex) -> None:
        key = self.contacts_model.tick_key(index.row(), index.column()) if index.isValid() else None
        if key is not None:
            self._toggle([key])

    def toggle_selected_ticks(self) -> None:
        """Space: the current column's tick on every selected row, or both ticks when the cursor
        is on another column (ticks what is open; clears them when all are ticked)."""
        current = self.contacts.currentIndex()
        rows = sorted({i.row() for i in self.contacts.selectionModel().selectedRows()})
        if not rows and current.isValid():
            rows = [current.row()]
        columns = [current.column()] if current.column() in (ContactsModel.COL_JOURNAL, ContactsModel.COL_REGISTERED) \
            else [ContactsModel.COL_JOURNAL, ContactsModel.COL_REGISTERED]
        keys = [self.contacts_model.tick_key(row, column) for row in rows for column in columns]
        self._toggle([key for key in keys if key is not None])

    def _toggle(self, keys: list[tuple[str, str]]) -> None:
        """Through core (audited, one transaction); a read-only log refuses every tick."""
        if not keys or self.read_only or not self.episode_id:
            return
        from kbtdesk.core import ticks

        change = ticks.toggle_ticks(self.service, keys)
        if change:
            self.refresh()
            self.changeMade.emit(change)

    def _selected_contact_ids(self) -> list[str]:
        return [self.contacts_model.contact_at(i.row()).id for i in self.contacts.selectionModel().selectedRows()]

    def _select_contacts(self, contact_ids: list[str], current_id: str | None, column: int) -> None:
        """Select these contacts again after a reload, the cursor on the same contact and column."""
        model, selection = self.contacts_model, self.contacts.selectionModel()
        rows = [r for r in (model.row_of(c) for c in contact_ids) if r >= 0]
        current = model.row_of(current_id) if current_id else -1
        if current >= 0:
            selection.setCurrentIndex(model.index(current, column), QItemSelectionModel.SelectionFlag.NoUpdate)
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(model.index(row, 0), flags)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.contactActivated.emit(self.contacts_model.contact_at(index.row()).id)

    def selected_contact_id(self) -> str | None:
        index = self.contacts.currentIndex()
        if not index.isValid() or not self.contacts.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return self.contacts_model.contact_at(index.row()).id
