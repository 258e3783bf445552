"""The main window: episodes on the left, the selected episode on the right, the worklist a key away."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.ui.episode_list import EpisodeListWidget
from kbtdesk.ui.formatting import fmt_datetime, locale_for
from kbtdesk.ui.lazy_qt import Qt, set_properties
from kbtdesk.ui.lock import DEFAULT_MINUTES, ClipboardGuard, LockController, LockScreen, Unlocker

# dialogs, drafts and contact_text are imported inside the handlers that use them: they import the
# models (sqlmodel, ≈350 ms), which the first paint of the window does not need. The episode view
# (with the rule set and checker) is imported and built just after the first paint: `episode_view`.
if TYPE_CHECKING:
    from kbtdesk.core.models import Contact
    from kbtdesk.core.service import LogService
    from kbtdesk.ui.episode_view import EpisodeView

PAGE_EPISODES, PAGE_WORKLIST, PAGE_LOCKED = 0, 1, 2
#: How often the window asks the backup policy whether a backup is due (it decides itself).
BACKUP_CHECK_MS = 5 * 60 * 1000


class _AfterFirstPaint(QObject):
    """Calls `then` once, from the event loop, just after `widget` is first painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)
        return False


class DeleteContactCommand(QUndoCommand):
    """Deleting a contact, undoable: the deleted record is kept in memory and saved back on undo."""

    def __init__(self, service: LogService, contact_id: str, text: str, after: Callable[[], None]):
        super().__init__(text)
        self.service, self.contact_id, self.after = service, contact_id, after
        self.deleted: Contact | None = None

    def redo(self) -> None:
        self.deleted = self.service.delete_contact(self.contact_id)
        self.after()

    def undo(self) -> None:
        if self.deleted is not None:
            self.service.restore_contact(self.deleted)
        self.after()


class MainWindow(QMainWindow):
    def __init__(self, service: LogService, *, log_location: str, language: str = "sv",
                 settings: QSettings | None = None, demo: bool = False,
                 apply_language: Callable[[str], None] | None = None, parent=None,
                 log=None, clock: Callable[[], float] | None = None, kdf=None):
        """`log`: the open Log (for unlocking, backups, read-only and network warnings); the
        window also works without one (tests, previews). `clock`: wall-clock seconds for auto-lock."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.service = service
        self.language = language
        self.settings = settings
        self.demo = demo
        self.log_location = log_location
        self._apply_language = apply_language
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.worklist = None
        self.log = log
        self.read_only = bool(getattr(log, "readonly", False))
        self._kdf = kdf
        self.unlocker = Unlocker(log, kdf)

        self._make_actions()
        self._make_menus()
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        set_properties(self.toolbar, toolButtonStyle="ToolButtonTextOnly")  # by name: lazy_qt
        for action in (self.act_new_episode, self.act_new_contact, self.act_record_score, self.act_end_episode,
                       None, self.act_undo, None, self.act_worklist, self.act_outage, None, self.act_export,
                       self.act_settings, None, self.act_lock):
            if action is None:
                self.toolbar.addSeparator()
            else:
                self.toolbar.addAction(action)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.open_items = QLabel()
        self.open_items.setObjectName("openItems")
        self.open_items.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.open_items)
        self.addToolBar(self.toolbar)

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = QLabel()
        self.banner.setObjectName("outageBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #ffb300; color: #1a1a1a; font-weight: bold; padding: 8px;"
                                  "border: 1px solid #c68400;")
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.read_only_banner = QLabel()
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        set_properties(self.read_only_banner, textFormat="PlainText")
        self.read_only_banner.setStyleSheet("background: #0d47a1; color: white; font-weight: bold; padding: 8px;"
                                            "border: 1px solid #002171;")
        self.read_only_banner.setVisible(self.read_only)
        outer.addWidget(self.read_only_banner)
        self.network_banner = QLabel()
        self.network_banner.setObjectName("networkDriveBanner")
        self.network_banner.setWordWrap(True)
        set_properties(self.network_banner, textFormat="PlainText")
        self.network_banner.setStyleSheet("background: #fff4d6; color: #5d3a00; padding: 6px;"
                                          "border: 1px solid #c68400;")
        self.network_banner.setVisible(bool(getattr(log, "on_network_drive", False)))
        outer.addWidget(self.network_banner)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        outer.addWidget(self.pages, 1)

        self.episode_list = EpisodeListWidget(service, language)
        # Until the episode view is built (just after the first paint), its "no episode" text.
        self._episode_view: EpisodeView | None = None
        self._no_episode_yet = QLabel(QCoreApplication.translate(
            "EpisodeView", "Choose an episode on the left, or start a new one (Ctrl+Shift+N)."))
        set_properties(self._no_episode_yet, alignment="AlignCenter")
        self._no_episode_yet.setWordWrap(True)
        self.splitter = QSplitter()
        set_properties(self.splitter, orientation="Horizontal")
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.episode_list)
        self.splitter.addWidget(self._no_episode_yet)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([470, 810])
        self.pages.addWidget(self.splitter)

        self.worklist_page = QWidget()
        self.worklist_page.setObjectName("worklistPage")
        self.worklist_layout = QVBoxLayout(self.worklist_page)
        self.worklist_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.worklist_title = QLabel()
        font = self.worklist_title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.worklist_title.setFont(font)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToEpisodes")
        self.back_button.clicked.connect(lambda: self.act_worklist.setChecked(False))
        top.addWidget(self.worklist_title)
        top.addStretch(1)
        top.addWidget(self.back_button)
        self.worklist_layout.addLayout(top)
        self.pages.addWidget(self.worklist_page)
        self._lock_screen: LockScreen | None = None  # made on the first lock
        self.setCentralWidget(central)

        status = self.statusBar()
        status.setObjectName("statusBar")
        self.demo_label = QLabel()
        self.demo_label.setObjectName("demoMarker")
        self.demo_label.setStyleSheet("background: #6a1b9a; color: white; font-weight: bold; padding: 1px 8px;")
        self.demo_label.setVisible(demo)
        self.location_label = QLabel()
        self.location_label.setObjectName("logLocation")
        set_properties(self.location_label, textFormat="PlainText")
        self.status_open = QLabel()
        self.status_open.setObjectName("statusOpenItems")
        status.addWidget(self.demo_label)
        status.addWidget(self.location_label, 1)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("lastBackup")
        set_properties(self.backup_label, textFormat="PlainText")
        self.backup_label.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.status_open)

        self.backup_policy = None
        self.backup_runner = None
        if log is not None and not self.read_only and not getattr(log, "demo", False):
            from kbtdesk.db.backup import BackupPolicy

            self.backup_policy = BackupPolicy(log)
        self.backup_label.setVisible(self.backup_policy is not None)
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)
        if self.backup_policy is not None:
            self.backup_timer.start()

        self.clipboard_guard = ClipboardGuard(self)
        minutes = self.service.setting("auto_lock_minutes", DEFAULT_MINUTES)
        self.lock_controller = LockController(self, clock=clock or time.time,
                                              minutes=minutes if isinstance(minutes, int) else DEFAULT_MINUTES,
                                              watch=False)  # from the first paint on: see watch()
        self.lock_controller.lockRequested.connect(self.lock_now)

        self.episode_list.episodeSelected.connect(self._episode_selected)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

        self.setTabOrder(self.episode_list.search, self.episode_list.status)
        self.setTabOrder(self.episode_list.status, self.episode_list.view)

        self._open_count: int | None = None
        self.retranslate()
        self._update_actions()
        self._show_last_backup()
        self._show_failed_unlocks()
        self._restore_geometry()
        self.episode_list.search.setFocus()
        if demo and self.episode_list.model.rowCount():
            self.episode_list.view.selectRow(0)
        # What the first paint does not show waits for it: a zero timer would run before it.
        self._first_paint = _AfterFirstPaint(self.episode_list.view.viewport(), self._after_first_paint)

    def _after_first_paint(self) -> None:
        self.lock_controller.watch()
        self.episode_list.model.top_up()  # the list painted a screenful; read the rest of its batch
        self._build_episode_view()  # now, before the first click needs it
        self.refresh_counts()
        if not self.read_only:
            self.offer_kept_checklist()

    @property
    def episode_view(self) -> EpisodeView:
        """The right pane, built just after the first paint (or on earlier use): its tables, chart
        and checklist, the rule set and the checker are not in the first paint."""
        return self._build_episode_view()

    def _build_episode_view(self) -> EpisodeView:
        if self._episode_view is None:
            from kbtdesk.ui.episode_view import EpisodeView

            view = self._episode_view = EpisodeView(self.service, self.language, {
                "newContact": self.act_new_contact, "editContact": self.act_edit_contact,
                "deleteContact": self.act_delete_contact, "endEpisode": self.act_end_episode,
                "recordScore": self.act_record_score})
            contacts = view.contacts
            contacts.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            contacts.addAction(self.act_edit_contact)
            contacts.addAction(self.act_delete_contact)
            separator = QAction(contacts)
            separator.setObjectName("contactsMenuSeparator")
            separator.setSeparator(True)
            contacts.addAction(separator)
            contacts.addAction(self.act_copy_registration)
            contacts.addAction(self.act_copy_note)
            view.changed.connect(self.refresh_all)
            view.contactActivated.connect(self.edit_contact)
            contacts.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
            view.set_read_only(self.read_only)
            sizes = self.splitter.sizes()  # the list keeps the width it was first painted with
            self.splitter.replaceWidget(1, view)
            self.splitter.setSizes(sizes)
            self._no_episode_yet.deleteLater()
            self._no_episode_yet = None
            self.setTabOrder(self.episode_list.view, view.reveal)
        return self._episode_view

    # -- actions ----------------------------------------------------------------------------

    def _action(self, name: str, handler=None, shortcut=None, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setCheckable(checkable)
        if handler is not None:
            (action.toggled if checkable else action.triggered).connect(handler)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.act_new_episode = self._action("newEpisode", self.new_episode, "Ctrl+Shift+N")
        self.act_new_contact = self._action("newContact", self.new_contact, QKeySequence.StandardKey.New)
        self.act_edit_contact = self._action("editContact", lambda: self.edit_contact(),
                                             [QKeySequence("Return"), QKeySequence("Enter")])
        set_properties(self.act_edit_contact, shortcutContext="WidgetShortcut")
        self.act_delete_contact = self._action("deleteContact", self.delete_contact, QKeySequence.StandardKey.Delete)
        set_properties(self.act_delete_contact, shortcutContext="WidgetShortcut")
        self.act_end_episode = self._action("endEpisode", self.end_episode)
        self.act_record_score = self._action("recordScore", self.record_score, "Ctrl+M")
        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setObjectName("undo")
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)  # every binding of the platform
        self.addAction(self.act_undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setObjectName("redo")
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y and Ctrl+Shift+Z
        self.addAction(self.act_redo)
        self.act_worklist = self._action("worklist", self.show_worklist, "Ctrl+W", checkable=True)
        self.act_outage = self._action("outageMode", self.set_outage, "Ctrl+Shift+O", checkable=True)
        self.act_settings = self._action("settings", self.open_settings, "Ctrl+,")
        self.act_find = self._action("find", self._focus_search, QKeySequence.StandardKey.Find)
        self.act_quit = self._action("quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_export = self._action("exportAndPrint", self.open_exports, QKeySequence.StandardKey.Print)
        self.act_print_episode = self._action("printEpisodeSummary", self.print_episode_summary, "Ctrl+Shift+P")
        self.act_copy_registration = self._action("copyRegistration", self.copy_registration, "Ctrl+Shift+C")
        self.act_copy_note = self._action("copyNoteSkeleton", self.copy_note_skeleton, "Ctrl+Shift+J")
        self.act_user_guide = self._action("userGuide", self.show_user_guide, QKeySequence.StandardKey.HelpContents)
        self.act_about = self._action("about", self.show_about)
        self.act_lock = self._action("lockNow", lambda: self.lock_controller.lock(), "Ctrl+L")
        set_properties(self.act_lock, shortcutContext="ApplicationShortcut")  # dialogs: LockController
        self.act_audit = self._action("auditTrail", self.show_audit_trail)
        # Every action that writes to the log, disabled while read-only. Exports and prints are
        # among them: each is recorded in the audit trail, which a read-only log cannot write.
        self.editing_actions = (self.act_new_episode, self.act_new_contact, self.act_edit_contact,
                                self.act_delete_contact, self.act_end_episode, self.act_record_score,
                                self.act_undo, self.act_redo, self.act_outage, self.act_settings,
                                self.act_export, self.act_print_episode)

    def _make_menus(self) -> None:
        """The menu bar shares the toolbar's QActions: one action, one state, one shortcut."""
        bar = self.menuBar()
        bar.setObjectName("menuBar")

        def menu(name: str, actions) -> QMenu:
            made = bar.addMenu("")
            made.setObjectName(name)
            for action in actions:
                if action is None:
                    made.addSeparator()
                else:
                    made.addAction(action)
            return made

        self.menu_file = menu("menuFile", (self.act_new_episode, self.act_new_contact, None, self.act_export,
                                           self.act_print_episode, self.act_audit, None, self.act_lock,
                                           self.act_quit))
        self.menu_edit = menu("menuEdit", (self.act_undo, self.act_redo, None, self.act_edit_contact,
                                           self.act_delete_contact, None, self.act_copy_registration,
                                           self.act_copy_note, None, self.act_find, self.act_settings))
        self.menu_view = menu("menuView", (self.act_worklist, self.act_outage))
        self.menu_help = menu("menuHelp", (self.act_user_guide, None, self.act_about))

    def retranslate(self) -> None:
        title = "kbtdesk"
        if self.demo:
            title += " — " + self.tr("DEMO (fictitious data)")
        self.setWindowTitle(title)
        texts = {
            self.act_new_episode: self.tr("New &episode"),
            self.act_new_contact: self.tr("&New contact"),
            self.act_edit_contact: self.tr("&Edit contact…"),
            self.act_delete_contact: self.tr("&Delete contact"),
            self.act_end_episode: self.tr("End episo&de"),
            self.act_record_score: self.tr("Record &score"),
            self.act_worklist: self.tr("&Worklist"),
            self.act_outage: self.tr("EHR is d&own"),
            self.act_settings: self.tr("Se&ttings"),
            self.act_find: self.tr("Find"),
            self.act_quit: self.tr("&Quit"),
            self.act_export: self.tr("E&xport and print…"),
            self.act_print_episode: self.tr("&Print episode summary…"),
            self.act_copy_registration: self.tr("Copy &registration"),
            self.act_copy_note: self.tr("Copy note s&keleton"),
            self.act_user_guide: self.tr("&User guide"),
            self.act_about: self.tr("&About kbtdesk"),
            self.act_lock: self.tr("&Lock now"),
            self.act_audit: self.tr("Show &log extract for this patient…"),
        }
        for action, text in texts.items():
            action.setText(text)
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = text.replace("&", "")
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        # The buttons above the contacts table say the short form; the menus say the whole thing.
        self.act_edit_contact.setIconText(self.tr("&Edit").replace("&", ""))
        self.act_delete_contact.setIconText(self.tr("&Delete").replace("&", ""))
        self.act_export.setIconText(self.tr("Export and print"))
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_outage.setToolTip(self.tr("Switch on while the EHR or network is down: contacts you log "
                                           "are kept on the worklist until you have entered them."))
        self.banner.setText(self.tr("The EHR is down: contacts you log now are marked for entry later. "
                                    "Switch “EHR is down” off when it is back; the worklist then shows them."))
        self.banner.setAccessibleName(self.tr("Outage mode is on"))
        self.open_items.setAccessibleName(self.tr("Open checklist items"))
        self.worklist_title.setText(self.tr("Worklist: still to journal, register or transfer"))
        self.back_button.setText(self.tr("&Back to episodes"))
        self.back_button.setAccessibleName(self.tr("Back to episodes"))
        self.demo_label.setText(self.tr("DEMO"))
        self.demo_label.setAccessibleName(self.tr("Demo log with fictitious data"))
        self.location_label.setText(self.tr("Log: {path}").format(path=self.log_location))
        self.location_label.setAccessibleName(self.tr("Where the log is stored"))
        self.status_open.setAccessibleName(self.tr("Open checklist items"))
        self.act_lock.setIconText(self.tr("Lock"))
        self.read_only_banner.setText(self._read_only_text())
        self.read_only_banner.setAccessibleName(self.tr("The log is open read-only"))
        self.network_banner.setText(self.tr(
            "The log is on a network drive. kbtdesk works there, but whether another computer is kept out "
            "while you write depends on the server. A log on this computer, with backups to the network "
            "drive, is safer."))
        self.network_banner.setAccessibleName(self.tr("The log is on a network drive"))
        self.backup_label.setAccessibleName(self.tr("Newest backup"))
        self._show_last_backup()
        self._show_counts()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------------------

    @property
    def outage_on(self) -> bool:
        return self.act_outage.isChecked()

    def current_episode_id(self) -> str | None:
        return self._episode_view.episode_id if self._episode_view is not None else None

    def _episode_selected(self, episode_id: str) -> None:
        self.episode_view.show_episode(episode_id or None)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.lock_controller.locked:
            return
        view = self._episode_view  # not built yet: no episode shown
        detail = view.detail if view is not None else None
        has_episode = detail is not None
        has_contact = view is not None and view.selected_contact_id() is not None
        self.act_new_contact.setEnabled(has_episode)
        self.act_record_score.setEnabled(has_episode)
        self.act_end_episode.setEnabled(has_episode and detail.episode.ended is None)
        self.act_edit_contact.setEnabled(has_contact)
        self.act_delete_contact.setEnabled(has_contact)
        self.act_copy_registration.setEnabled(has_contact)
        self.act_copy_note.setEnabled(has_contact)
        self.act_print_episode.setEnabled(has_episode)
        self.act_audit.setEnabled(has_episode)
        if self.read_only:
            for action in self.editing_actions:
                action.setEnabled(False)

    def refresh_counts(self) -> None:
        self._open_count = self.service.open_item_count()
        self._show_counts()

    def _show_counts(self) -> None:
        count = self._open_count
        if count is None:
            return
        text = self.tr("Open items: {n}").format(n=count)
        self.open_items.setText(text)
        self.status_open.setText(text)
        self.open_items.setStyleSheet("font-weight: bold;" + (" color: #a4000f;" if count else ""))

    def refresh_all(self) -> None:
        """After any change: list, episode, worklist and counts show what the log now holds."""
        self.episode_list.reload(quiet=True)
        self.episode_view.refresh()
        if self.worklist is not None:
            self.worklist.refresh()
        self.refresh_counts()
        self._update_actions()
        self.maybe_backup()

    def select_episode(self, episode_id: str) -> None:
        """Show an episode, listing it even when the current filter or search would hide it."""
        if self.episode_list.model.row_of(episode_id) < 0:
            self.episode_list.search.clear()
            self.episode_list.set_status("all")
        self.episode_list.reload(select=episode_id)
        self.episode_view.show_episode(episode_id)
        self._update_actions()

    # -- handlers ---------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.act_worklist.setChecked(False)
        self.episode_list.search.setFocus()
        self.episode_list.search.selectAll()

    def new_episode(self) -> None:
        from kbtdesk.ui import dialogs

        episode_id = dialogs.NewEpisodeDialog.ask(self, self.service, self.language)
        if episode_id:
            self.act_worklist.setChecked(False)
            self.refresh_all()
            self.select_episode(episode_id)

    def new_contact(self) -> None:
        episode_id = self.current_episode_id()
        if not episode_id:
            self.statusBar().showMessage(self.tr("Choose an episode first."), 5000)
            return
        from kbtdesk.ui.checklist import ContactChecklist

        contact = ContactChecklist.ask(self, self.service, episode_id, outage=self.outage_on)
        if contact is not None:
            self.refresh_all()
            self._select_contact(contact.id)

    def edit_contact(self, contact_id: str | None = None) -> None:
        episode_id = self.current_episode_id()
        contact_id = contact_id or self.episode_view.selected_contact_id()
        if not episode_id or not contact_id:
            return
        from kbtdesk.ui.checklist import ContactChecklist

        contact = ContactChecklist.ask(self, self.service, episode_id, contact_id,
                                       outage=self.outage_on)
        if contact is not None:
            self.refresh_all()
            self._select_contact(contact.id)

    def _select_contact(self, contact_id: str) -> None:
        row = self.episode_view.contacts_model.row_of(contact_id)
        if row >= 0:
            self.episode_view.contacts.selectRow(row)
            self.episode_view.contacts.setFocus()

    def delete_contact(self) -> None:
        from kbtdesk.ui import dialogs

        contact_id = self.episode_view.selected_contact_id()
        if not contact_id:
            return
        contact = self.service.contact(contact_id)
        when = fmt_datetime(contact.at, locale_for(self.language))
        if not dialogs.confirm(self, self.tr("Delete contact"),
                               self.tr("Delete the contact of {when}? You can undo this with Ctrl+Z.")
                               .format(when=when)):
            return
        self.undo_stack.push(DeleteContactCommand(
            self.service, contact_id, self.tr("delete contact of {when}").format(when=when), self.refresh_all))
        self.statusBar().showMessage(self.tr("Contact deleted. Ctrl+Z brings it back."), 8000)

    def end_episode(self) -> None:
        from kbtdesk.ui import dialogs

        episode_id = self.current_episode_id()
        if not episode_id:
            return
        if dialogs.EndEpisodeDialog.ask(self, self.service, episode_id, self.language) is not None:
            self.refresh_all()

    def record_score(self) -> None:
        from kbtdesk.ui import dialogs

        episode_id = self.current_episode_id()
        if not episode_id:
            return
        if dialogs.ScoreDialog.ask(self, self.service, episode_id, self.language) is not None:
            self.refresh_all()

    # -- exports, copy-ready text, help ------------------------------------------------------

    def open_exports(self) -> None:
        from kbtdesk.ui.exports import ExportDialog

        ExportDialog.ask(self, self.service, self.language, self.current_episode_id())

    def print_episode_summary(self) -> None:
        """Straight to the preview; the identity number is masked unless it is shown on screen now."""
        episode_id = self.current_episode_id()
        if not episode_id:
            self.statusBar().showMessage(self.tr("Choose an episode first."), 5000)
            return
        from kbtdesk.core.reports import KIND_EPISODE
        from kbtdesk.ui.exports import ExportChoice, print_preview

        today = self.service.now().date()
        mask = not self.episode_view.reveal.isChecked()
        print_preview(self, self.service, ExportChoice(KIND_EPISODE, today, today, False, mask, episode_id),
                      self.language)

    def _selected_contact(self) -> Contact | None:
        contact_id = self.episode_view.selected_contact_id()
        return self.service.contact(contact_id) if contact_id else None

    def copy_registration(self) -> None:
        from kbtdesk.core import contact_text

        contact = self._selected_contact()
        if contact is None:
            self.statusBar().showMessage(self.tr("Choose a contact first."), 5000)
            return
        text = contact_text.registration_text(self.service.rules, contact, self.language)
        self.clipboard_guard.copy(text)
        self.statusBar().showMessage(self.tr("Copied the registration: {text}").format(text=text), 8000)

    def copy_note_skeleton(self) -> None:
        from kbtdesk.core import contact_text

        contact = self._selected_contact()
        detail = self.episode_view.detail
        if contact is None or detail is None:
            self.statusBar().showMessage(self.tr("Choose a contact first."), 5000)
            return
        headings = self.service.template_headings(detail.episode.ehr)
        self.clipboard_guard.copy(contact_text.note_skeleton(headings))
        template = self.service.rules.template(detail.episode.ehr)
        self.statusBar().showMessage(self.tr("Copied the note skeleton ({template}).").format(
            template=template.name if template is not None else detail.episode.ehr), 8000)

    def show_user_guide(self) -> None:
        from kbtdesk.ui.about import GuideDialog

        GuideDialog.ask(self, self.language)

    def show_about(self) -> None:
        from pathlib import Path

        from kbtdesk.paths import LogPaths
        from kbtdesk.ui.about import AboutDialog

        AboutDialog.ask(self, self.service, LogPaths(Path(self.log_location)), self.language)

    def _ensure_worklist(self):
        if self.worklist is None:
            from kbtdesk.ui.worklist import WorklistWidget

            self.worklist = WorklistWidget(self.service, self.worklist_page, lang=self.language)
            self.worklist.changed.connect(self._worklist_changed)
            self.worklist_layout.addWidget(self.worklist, 1)
            if self.read_only:
                for name in ("markDone", "reopen"):
                    button = self.worklist.findChild(QPushButton, name)
                    if button is not None:
                        button.setVisible(False)
                for shortcut in self.worklist.findChildren(QShortcut):
                    shortcut.setEnabled(False)
        return self.worklist

    def _worklist_changed(self) -> None:
        self.episode_list.reload(quiet=True)
        self.episode_view.refresh()
        self.refresh_counts()
        self.maybe_backup()

    def show_worklist(self, on: bool) -> None:
        if on:
            if self.worklist is not None:
                self.worklist.refresh()
            else:
                self._ensure_worklist()  # a new worklist has just read the items
            self.pages.setCurrentIndex(PAGE_WORKLIST)
            self.worklist.setFocus()
        else:
            self.pages.setCurrentIndex(PAGE_EPISODES)
            self.episode_list.view.setFocus()

    def set_outage(self, on: bool) -> None:
        self.banner.setVisible(on)
        if not on:
            self.act_worklist.setChecked(True)
            self._ensure_worklist().show_outage_items()

    def open_settings(self) -> None:
        from kbtdesk.ui import dialogs

        changer = None
        if self.unlocker.needs_passphrase and not self.read_only:
            changer = self._change_passphrase
        result = dialogs.SettingsDialog.ask(self, self.service, self.language,
                                            auto_lock_minutes=self.lock_controller.minutes,
                                            change_passphrase=changer)
        if result is None:
            return
        if result.auto_lock_minutes != self.service.setting("auto_lock_minutes", DEFAULT_MINUTES):
            self.service.set_setting("auto_lock_minutes", result.auto_lock_minutes)
        self.lock_controller.set_minutes(result.auto_lock_minutes)
        if result.no_feedback_days is not None and result.no_feedback_days != self.service.no_feedback_days():
            self.service.set_setting("no_feedback_days", result.no_feedback_days)
        try:
            self.service.save_profile(result.name, result.profession, result.care_unit,
                                      result.care_level, result.ehr)
        except Exception as exc:  # InputError from a value the combos cannot produce
            from kbtdesk.core.service import InputError
            from kbtdesk.ui.formatting import render

            if not isinstance(exc, InputError):
                raise
            dialogs.show_error(self, self.tr("Settings"), render(exc.message))
            return
        defaults = {ehr: list(self.service.rules.template(ehr).headings) for ehr in result.template_headings}
        custom = {ehr: lines for ehr, lines in result.template_headings.items() if lines and lines != defaults[ehr]}
        self.service.set_setting("template_headings", custom)
        if result.programmes != [p.name for p in self.service.rules.programmes]:
            self.service.set_setting("programmes", result.programmes)
        else:
            self.service.set_setting("programmes", None)
        if result.language != self.language:
            self.set_language(result.language)
        self.refresh_all()

    def set_language(self, language: str) -> None:
        """Switch the interface language now, and remember it for the next start."""
        self.language = language
        if self.settings is not None:
            self.settings.setValue("language", language)
            self.settings.sync()
        if self._apply_language is not None:
            self._apply_language(language)  # installs translators: LanguageChange reaches every widget
        self.episode_list.set_language(language)
        self.episode_view.set_language(language)
        self.retranslate()

    # -- trust: lock, unlock, kept checklist, backups, audit extract ----------------------------

    def _read_only_text(self) -> str:
        text = self.tr("Read-only: this log is open for reading only, nothing you do here is saved.")
        owner = None
        if self.log is not None:
            from kbtdesk.db.lock import who_holds

            owner = who_holds(self.log.paths.log)
        if owner is not None:
            text += " " + self.tr("It is in use by {user} on {host} (process {pid}) since {since}.").format(
                user=owner.user, host=owner.host, pid=owner.pid, since=_local_time(owner.since))
        return text

    def _locking_dialogs(self) -> list[QWidget]:
        """Open dialogs and windows of this application, innermost (most recently shown) last."""
        from kbtdesk.ui import dialogs

        return [w for w in QApplication.topLevelWidgets()
                if w is not self and w.isVisible() and isinstance(w, QDialog)
                and not isinstance(w, dialogs.RecoveryCodeDialog)]

    def lock_now(self) -> None:
        """Hide every piece of patient data: keep a half-filled checklist, close dialogs, empty models."""
        from kbtdesk.core import drafts

        self.lock_controller.locked = True
        from kbtdesk.ui.checklist import ContactChecklist

        kept = False
        for widget in self._locking_dialogs():
            if isinstance(widget, ContactChecklist) and not self.read_only and widget.is_changed():
                drafts.keep(self.service, widget.draft(), widget.current_step())
                kept = True
        popup = QApplication.activePopupWidget()
        while popup is not None:
            popup.close()
            next_popup = QApplication.activePopupWidget()
            popup = None if next_popup is popup else next_popup
        for widget in reversed(self._locking_dialogs()):
            widget.done(QDialog.DialogCode.Rejected)
        self._kept_on_lock = kept

        self.episode_list._timer.stop()
        self.episode_list.search.blockSignals(True)
        self.episode_list.search.clear()
        self.episode_list.search.blockSignals(False)
        self.episode_list.model.set_rows([])
        self.episode_view.clear()
        if self.worklist is not None:
            self.worklist.setParent(None)
            self.worklist.deleteLater()
            self.worklist = None
        self.act_worklist.blockSignals(True)
        self.act_worklist.setChecked(False)
        self.act_worklist.blockSignals(False)
        self.undo_stack.clear()
        self.statusBar().clearMessage()
        self.clipboard_guard.clear_if_ours()

        for action in self.actions():
            if action not in (self.act_quit,):
                action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.episode_list.setEnabled(False)
        self.lock_screen.reset()
        self.pages.setCurrentIndex(PAGE_LOCKED)
        self.lock_screen.show_error("")

    @property
    def lock_screen(self) -> LockScreen:
        """The page shown while locked, made the first time it is needed (not before the first paint)."""
        if self._lock_screen is None:
            self._lock_screen = LockScreen(self.unlocker.needs_passphrase, self.unlocker.can_recover)
            self._lock_screen.unlockRequested.connect(self.unlock)
            self._lock_screen.forgotRequested.connect(self._recover_while_locked)
            self.pages.insertWidget(PAGE_LOCKED, self._lock_screen)
        return self._lock_screen

    @property
    def locked(self) -> bool:
        return self.lock_controller.locked

    def unlock(self, passphrase: str = "") -> bool:
        """Check the passphrase (a wrong one is recorded as a failed unlock) and show the log again."""
        from kbtdesk.ui.formatting import render

        if not self.locked:
            return True
        from kbtdesk.db import keyfile

        try:
            self.unlocker.unlock(passphrase)
        except keyfile.KeyFileError as exc:
            self.lock_screen.show_error(render(exc.message))
            return False
        self._after_unlock()
        return True

    def _after_unlock(self) -> None:
        self.lock_screen.reset()
        self.lock_controller.unlocked()
        for action in self.actions():
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.episode_list.setEnabled(True)
        self.pages.setCurrentIndex(PAGE_EPISODES)
        self.episode_list.reload()
        self.refresh_counts()
        self._update_actions()
        self._show_failed_unlocks()
        self.episode_list.search.setFocus()
        QTimer.singleShot(0, self.offer_kept_checklist)

    def _recover_while_locked(self) -> None:
        """Forgot the passphrase at the lock screen: the recovery code sets a new one and unlocks."""
        from kbtdesk.ui import dialogs

        new_code = {}

        def recoverer(code: str, new_passphrase: str):
            new_code["code"] = self.unlocker.recover(code, new_passphrase)
            return True

        if not dialogs.RecoveryDialog.ask(self, recoverer):
            return
        dialogs.RecoveryCodeDialog.ask(self, new_code.get("code", ""), new=True)
        self._after_unlock()

    def offer_kept_checklist(self) -> None:
        """A checklist kept when the window locked: offer to continue it (or drop it)."""
        from kbtdesk.core import drafts
        from kbtdesk.ui import dialogs

        if self.locked or self.read_only:
            return
        kept = drafts.pending(self.service)
        if kept is None:
            return
        drafts.discard(self.service)
        if not dialogs.confirm(self, self.tr("Continue the contact?"),
                               self.tr("A contact you were entering was kept when the window locked. Continue?")):
            return
        from kbtdesk.ui.checklist import ContactChecklist

        episode_id = kept.draft.episode_id
        try:
            self.select_episode(episode_id)
            contact = ContactChecklist.ask(self, self.service, episode_id, kept.draft.id,
                                           outage=kept.draft.outage, restore=kept.draft, step=kept.step)
        except (ValueError, LookupError):
            dialogs.show_error(self, self.tr("Continue the contact?"),
                               self.tr("The episode or contact of the kept checklist is no longer in the log."))
            return
        if contact is not None:
            self.refresh_all()
            self._select_contact(contact.id)

    def show_audit_trail(self) -> None:
        detail = self.episode_view.detail
        if detail is None:
            self.statusBar().showMessage(self.tr("Choose an episode first."), 5000)
            return
        from kbtdesk.ui.audit_view import AuditTrailDialog

        AuditTrailDialog.ask(self, self.service, detail.patient.id, self.language, read_only=self.read_only)

    def maybe_backup(self, closing: bool = False) -> None:
        """Ask the policy here (cheap when nothing is due); a due backup runs in a worker thread
        with progress and Cancel in the status bar, or on close in a modal dialog that returns
        when no worker reads the log any more (ui/backup_runner.py). A failed backup is reported
        in the status bar, never fatal; a successful one refreshes "Newest backup"."""
        if self.backup_policy is None:
            return
        if self.backup_runner is None:  # on first use: ≈25 ms the first paint need not wait for
            from kbtdesk.ui.backup_runner import BackupRunner

            self.backup_runner = BackupRunner(self.backup_policy, self.statusBar(), self)
            self.backup_runner.succeeded.connect(self._show_last_backup)
        if closing:
            self.backup_runner.back_up_before_close(self)
        else:
            self.backup_runner.start_if_due()

    def _show_last_backup(self) -> None:
        if self.backup_policy is None:
            return
        last = self.backup_policy.last_backup()
        if last is None:
            self.backup_label.setText(self.tr("Newest backup: none yet"))
        else:
            self.backup_label.setText(self.tr("Newest backup: {time}").format(
                time=fmt_datetime(last.at.astimezone(), locale_for(self.language))))

    def _show_failed_unlocks(self) -> None:
        failed = tuple(getattr(self.log, "failed_unlocks", ()) or ())
        if not failed:
            return
        # Two source strings rather than %n: the English must read right without a catalogue.
        if len(failed) == 1:
            text = self.tr("1 failed unlock attempt since {time}").format(time=_local_time(failed[0][0]))
        else:
            text = self.tr("{n} failed unlock attempts since {time}").format(
                n=len(failed), time=_local_time(failed[0][0]))
        self.statusBar().showMessage(text, 60000)
        self.log.failed_unlocks = ()

    def _change_passphrase(self, old: str, new: str) -> None:
        from kbtdesk.db import engine

        kwargs = {"kdf": self._kdf} if self._kdf is not None else {}
        engine.change_passphrase(self.log, old, new, **kwargs)

    # -- window state -----------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry") if self.settings is not None else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = self.screen().availableGeometry() if self.screen() else None
        width, height = 1280, 800
        if screen is not None:
            width, height = min(width, screen.width()), min(height, screen.height())
        self.resize(width, height)

    def closeEvent(self, event) -> None:
        self.lock_controller.stop()
        self.backup_timer.stop()
        self.maybe_backup(closing=True)
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        super().closeEvent(event)


def _local_time(stamp: str) -> str:
    """An ISO time in UTC as this computer's local time: HH:MM today, else the date too."""
    from datetime import datetime

    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")
