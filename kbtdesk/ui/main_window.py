"""The main window: episodes on the left, the selected episode on the right, the worklist a key away.

Its actions are kbtdesk.ui.actions' table, locking is kbtdesk.ui.lock.WindowLock's, every rule
and check the core's: the window lays out and shows, and its handlers call the service.

The window builds its service (`open_service`) just after its first paint, or when first used
if sooner: kbtdesk.core.service imports SQLAlchemy and the ORM (≈0.4 s), which the first paint
does not need. The list's first screenful comes from `first_page`. For the same reason the
dialogs, the checklist, the worklist and the episode view (with the rule set) are imported in the
handlers that use them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kbtdesk.core.episode_list import EpisodeRow
from kbtdesk.core.unlock import Unlocker
from kbtdesk.ui.actions import WindowActions
from kbtdesk.ui.corrections import WindowCorrections
from kbtdesk.ui.episode_list import EpisodeListWidget
from kbtdesk.ui.formatting import fmt_datetime, locale_for
from kbtdesk.ui.lock import WindowLock
from kbtdesk.ui.operations import LogOperations
from kbtdesk.ui.week_page import WeekPage
from kbtdesk.ui.widgets import Palette, banner, confirm, emphasise, plain_label, screen_of, show_error

if TYPE_CHECKING:
    from kbtdesk.core.backups import BackupPolicy
    from kbtdesk.core.models import Contact
    from kbtdesk.core.service import LogService
    from kbtdesk.ui.backup_runner import BackupRunner
    from kbtdesk.ui.episode_view import EpisodeView
    from kbtdesk.ui.worklist import WorklistWidget

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
    """Deleting a contact, undoable: the deleted record is kept in memory and saved back on undo.
    Its label is short ("deletion": the menu reads "Undo deletion"), in the current language."""

    def __init__(self, service: LogService, contact_id: str, after: Callable[[], None]):
        super().__init__()
        self.service, self.contact_id, self.after = service, contact_id, after
        self.deleted: Contact | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Undo", "deletion"))

    def redo(self) -> None:
        self.deleted = self.service.delete_contact(self.contact_id)
        self.after()

    def undo(self) -> None:
        if self.deleted is not None:
            self.service.restore_contact(self.deleted)
        self.after()


class MainWindow(QMainWindow):
    def __init__(self, open_service: Callable[[], LogService], *, log_location: str, language: str = "sv",
                 settings: QSettings | None = None, demo: bool = False,
                 apply_language: Callable[[str], None] | None = None, parent=None, log=None,
                 clock: Callable[[], float] | None = None, kdf=None,
                 first_page: Callable[[int], list[EpisodeRow]] | None = None):
        """`open_service`: builds the log's service (see the module's docstring). `log`: the open
        Log (for unlocking, backups, read-only and network warnings); the window also works without
        one (tests, previews). `clock`: wall-clock seconds for the auto-lock. `first_page(limit)`:
        the list's first rows, read without the service."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self._open_service = open_service
        self._service: LogService | None = None
        self.log, self.log_location, self.settings, self.demo = log, log_location, settings, demo
        self.language, self._apply_language = language, apply_language
        self.read_only = bool(getattr(log, "readonly", False))
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.worklist: WorklistWidget | None = None
        self._episode_view: EpisodeView | None = None  # built just after the first paint
        self._open_count: int | None = None
        self._episode_before_lock: str | None = None

        # Long work (exports, the reading behind a print) runs here, one at a time: no writes meanwhile.
        self.operations = LogOperations(self)
        self.operations.busyChanged.connect(self._operations_busy)
        self.corrections = WindowCorrections(self)  # before the actions: they call its handlers
        self.week_page = WeekPage(self)  # the week view and the batch command (ui/week_page.py)
        self.act = WindowActions(self)
        self.menus = self.act.add_menus(self.menuBar())
        self.menuBar().setObjectName("menuBar")
        self._make_toolbar()
        self.setCentralWidget(self._make_pages(first_page))
        self._make_status_bar()
        self._make_backups()
        self.window_lock = WindowLock(self, Unlocker(log, kdf), clock=clock or time.time)
        self.window_lock.unlocked.connect(lambda: QTimer.singleShot(0, self.offer_kept_checklist))
        self.episode_list.episodeSelected.connect(self._episode_selected)
        self.corrections.attach_episode_list(self.episode_list.view)
        self.undo_stack.indexChanged.connect(lambda _i: self._update_actions())

        self.retranslate()
        self.week_page.show_start_choice()
        self._update_actions()
        self._show_failed_unlocks()
        self._restore_geometry()
        self.episode_list.search.setFocus()
        if demo and self.episode_list.model.rowCount():
            self.episode_list.view.selectRow(0)
        # What the first paint does not show waits for it: a zero timer would run before it.
        self._first_paint = _AfterFirstPaint(self.episode_list.view.viewport(), self._after_first_paint)

    # -- building -----------------------------------------------------------------------------

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.act.add_toolbar(self.toolbar)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.open_items = QLabel()
        self.open_items.setObjectName("openItems")
        self.open_items.setContentsMargins(8, 0, 8, 0)
        self.toolbar.addWidget(self.open_items)
        self.addToolBar(self.toolbar)

    def _make_pages(self, first_page) -> QWidget:
        """The banners above the pages: episodes (list and episode view), worklist, and the lock screen."""
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.banner = banner("outageBanner", "outage")
        self.read_only_banner = banner("readOnlyBanner", "readOnly")
        self.read_only_banner.setVisible(self.read_only)
        self.network_banner = banner("networkDriveBanner", "network")
        self.network_banner.setVisible(bool(getattr(self.log, "on_network_drive", False)))
        for label in (self.banner, self.read_only_banner, self.network_banner):
            outer.addWidget(label)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        outer.addWidget(self.pages, 1)

        self.episode_list = EpisodeListWidget(self._episode_rows, self.language, first_page=first_page)
        # Until the episode view is built (just after the first paint), its "no episode" text.
        self._no_episode_yet: QLabel | None = QLabel(QCoreApplication.translate(
            "EpisodeView", "Choose an episode on the left, or start a new one (Ctrl+Shift+N)."))
        self._no_episode_yet.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._no_episode_yet.setWordWrap(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.episode_list)
        self.splitter.addWidget(self._no_episode_yet)
        # The list as wide as its columns need, the episode the rest, until the user drags the handle.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self._splitter_dragged = False
        self.splitter.splitterMoved.connect(self._splitter_moved)
        self._fit_splitter()
        self.pages.addWidget(self.splitter)
        self.setTabOrder(self.episode_list.search, self.episode_list.status)
        self.setTabOrder(self.episode_list.status, self.episode_list.view)

        self.worklist_page = QWidget()
        self.worklist_page.setObjectName("worklistPage")
        self.worklist_layout = QVBoxLayout(self.worklist_page)
        self.worklist_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.worklist_title = emphasise(QLabel(), scale=1.2)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToEpisodes")
        self.back_button.clicked.connect(lambda: self.act.worklist.setChecked(False))
        top.addWidget(self.worklist_title)
        top.addStretch(1)
        top.addWidget(self.back_button)
        self.worklist_layout.addLayout(top)
        self.pages.addWidget(self.worklist_page)
        return central

    def _make_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.demo_label = plain_label("", "demoMarker", wrap=False)
        self.demo_label.setStyleSheet(Palette.BANNERS["demo"])
        self.demo_label.setVisible(self.demo)
        self.location_label = plain_label("", "logLocation", wrap=False)
        self.status_open = QLabel()
        self.status_open.setObjectName("statusOpenItems")
        status.addWidget(self.demo_label)
        status.addWidget(self.location_label, 1)
        self.backup_label = plain_label("", "lastBackup", wrap=False)
        self.backup_label.setContentsMargins(8, 0, 8, 0)
        status.addPermanentWidget(self.backup_label)
        status.addPermanentWidget(self.status_open)

    def _make_backups(self) -> None:
        """Backups of a writable, real log. The policy reads the backups folder: it is made just
        after the first paint (`_start_backups`), like the open-item count beside it."""
        self._backs_up = self.log is not None and not self.read_only and not getattr(self.log, "demo", False)
        self.backup_policy: BackupPolicy | None = None
        self.backup_runner: BackupRunner | None = None
        self.backup_label.setVisible(self._backs_up)
        self.backup_timer = QTimer(self)
        self.backup_timer.setObjectName("backupTimer")
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.maybe_backup)

    def _start_backups(self) -> None:
        if self._backs_up and self.backup_policy is None:
            from kbtdesk.core.backups import BackupPolicy

            self.backup_policy = BackupPolicy(self.log)
            self._show_last_backup()
            self.backup_timer.start()

    def _after_first_paint(self) -> None:
        from kbtdesk.core.preferences import auto_lock_minutes

        self.window_lock.watch(auto_lock_minutes(self.service))
        self.episode_list.model.top_up()  # the list painted a screenful; read the rest of its batch
        self._build_episode_view()  # now, before the first click needs it
        self.refresh_counts()
        self._start_backups()
        self.week_page.after_first_paint()
        if not self.read_only:
            self.offer_kept_checklist()

    @property
    def service(self) -> LogService:
        """The log's use cases, built on first use (just after the first paint: the module's docstring)."""
        if self._service is None:
            self._service = self._open_service()
        return self._service

    def _episode_rows(self, status: str, query: str, limit: int | None = None, offset: int = 0) -> list[EpisodeRow]:
        return self.service.episode_rows(status, query, limit=limit, offset=offset)

    @property
    def episode_view(self) -> EpisodeView:
        """The right pane, built just after the first paint (or on earlier use): its tables, chart
        and checklist, the rule set and the checker are not in the first paint."""
        return self._build_episode_view()

    def _build_episode_view(self) -> EpisodeView:
        if self._episode_view is None:
            from kbtdesk.ui.episode_view import EpisodeView

            act = self.act
            view = self._episode_view = EpisodeView(self.service, self.language, {
                "newContact": act.new_contact, "editContact": act.edit_contact,
                "deleteContact": act.delete_contact, "endEpisode": act.end_episode,
                "recordScore": act.record_score})
            contacts = view.contacts
            contacts.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            separator = QAction(contacts)
            separator.setObjectName("contactsMenuSeparator")
            separator.setSeparator(True)
            contacts.addActions([act.edit_contact, act.delete_contact, separator, act.copy_registration,
                                 act.copy_note])
            self.corrections.attach_scores(view.measures)
            view.changed.connect(self.refresh_all)
            view.changeMade.connect(self.push_change)
            view.contactActivated.connect(self.edit_contact)
            contacts.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
            view.set_read_only(self.read_only)
            # A minimum of its own: the episode's content (a name, a status, a scale) then never pushes
            # the splitter, so the list keeps its width from one episode to the next.
            view.setMinimumWidth(view.fontMetrics().averageCharWidth() * 90)
            sizes = self.splitter.sizes()  # the list keeps the width it was first painted with
            self.splitter.replaceWidget(1, view)
            self.splitter.setStretchFactor(1, 1)
            self.splitter.setSizes(sizes)
            self._fit_splitter()
            if self._no_episode_yet is not None:
                self._no_episode_yet.deleteLater()
                self._no_episode_yet = None
            self.setTabOrder(self.episode_list.view, view.reveal)
        return self._episode_view

    def _splitter_moved(self, _pos: int, _index: int) -> None:
        self._splitter_dragged = True  # only a drag of the handle: setSizes does not emit it

    def _fit_splitter(self) -> None:
        """The list's columns whole (EpisodeListWidget.wanted_width) where the window is wide enough."""
        if self._splitter_dragged:
            return
        total = max(self.splitter.width(), self.width() - 12)
        pane = self.splitter.widget(1)
        right = pane.minimumWidth() if pane is not None else 0
        left = max(0, min(self.episode_list.wanted_width(), total - self.splitter.handleWidth() - right))
        self.splitter.setSizes([left, max(1, total - self.splitter.handleWidth() - left)])

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    # -- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        title = "kbtdesk"
        if self.demo:
            title += " — " + self.tr("DEMO (fictitious data)")
        self.setWindowTitle(title)
        self.act.retranslate()
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
        self.week_page.set_language(language)
        self._rebuild_worklist()
        self.retranslate()

    def _rebuild_worklist(self) -> None:
        """The worklist made again in the new language (its texts, headers and filters), shown if it was."""
        if self.worklist is None:
            return
        shown = self.pages.currentIndex() == PAGE_WORKLIST
        self.worklist.setParent(None)
        self.worklist.deleteLater()
        self.worklist = None
        if shown:
            self._ensure_worklist().setFocus()

    # -- state ----------------------------------------------------------------------------------

    @property
    def outage_on(self) -> bool:
        return self.act.outage.isChecked()

    @property
    def locked(self) -> bool:
        return self.window_lock.locked

    def current_episode_id(self) -> str | None:
        return self._episode_view.episode_id if self._episode_view is not None else None

    def _episode_selected(self, episode_id: str) -> None:
        self.episode_view.show_episode(episode_id or None)
        self._update_actions()

    def _update_actions(self) -> None:
        if self.locked:
            return
        act, view = self.act, self._episode_view  # not built yet: no episode shown
        detail = view.detail if view is not None else None
        has_episode = detail is not None
        has_contact = view is not None and view.selected_contact_id() is not None
        for action in (act.new_contact, act.record_score, act.print_episode, act.audit):
            action.setEnabled(has_episode)
        act.end_episode.setEnabled(detail is not None and detail.episode.ended is None)
        for action in (act.edit_contact, act.delete_contact, act.copy_registration, act.copy_note):
            action.setEnabled(has_contact)
        self.corrections.update_actions()
        if self.read_only:
            for action in act.editing:
                action.setEnabled(False)
        act.update_undo()
        if self.operations.busy:  # an export runs: its worker alone writes to the log
            for action in act.editing:
                action.setEnabled(False)

    def _operations_busy(self, busy: bool) -> None:
        if not busy and not self.locked and not self.read_only:
            for action in (self.act.new_episode, self.act.outage, self.act.settings, self.act.export):
                action.setEnabled(True)
        self._update_actions()

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
        self.open_items.setStyleSheet("font-weight: bold;" + (f" color: {Palette.ERROR.name()};" if count else ""))

    def refresh_all(self, worklist: bool = True) -> None:
        """After any change: list, episode, worklist and counts show what the log now holds."""
        self.episode_list.reload(quiet=True)
        self.episode_view.refresh()
        if worklist and self.worklist is not None and self.pages.currentIndex() == PAGE_WORKLIST:
            self.worklist.refresh()  # a hidden worklist reads the log again when it is shown
        self.week_page.refresh()
        self.refresh_counts()
        self._update_actions()
        self.maybe_backup()

    def push_change(self, change) -> None:
        """A change core has written (ticks, ...): one step on the undo stack; the views follow."""
        from kbtdesk.core.ticks import TicksChanged
        from kbtdesk.ui.undo import ChangeCommand

        after: Callable[[], None] = self.refresh_all
        if isinstance(change, TicksChanged):  # the worklist shows ticks in place: no reload of every open item
            keys = [(state.kind, state.record_id) for state in change.after]

            def after_ticks() -> None:
                if self.worklist is not None and self.pages.currentIndex() == PAGE_WORKLIST:
                    self.worklist.show_ticks(keys)
                self.refresh_all(worklist=False)
            after = after_ticks
        self.undo_stack.push(ChangeCommand(self.service, change, after))

    def select_episode(self, episode_id: str) -> None:
        """Show an episode, listing it even when the current filter or search would hide it."""
        if self.week_page.is_shown():
            self.pages.setCurrentIndex(PAGE_EPISODES)
        if self.episode_list.model.row_of(episode_id) < 0:
            self.episode_list.search.clear()
            self.episode_list.set_status("all")
        self.episode_list.reload(select=episode_id)
        self.episode_view.show_episode(episode_id)
        self._update_actions()

    # -- locking: what the window hides and shows again (the rest is WindowLock's) --------------

    def lock_now(self) -> None:
        self.window_lock.controller.lock()

    def hide_patient_data(self, lock_screen: QWidget) -> None:
        """Empty every model and label that shows patient data, disable everything but Quit, and
        show `lock_screen` alone. The shown episode's id (no patient data) is kept to show it again."""
        self._episode_before_lock = self.current_episode_id()
        self.operations.cancel()  # a report being read for the preview is not shown behind the lock
        self.episode_list.clear()
        self.episode_view.clear()
        self.week_page.clear()
        if self.worklist is not None:
            self.worklist.setParent(None)
            self.worklist.deleteLater()
            self.worklist = None
        self.act.worklist.blockSignals(True)
        self.act.worklist.setChecked(False)
        self.act.worklist.blockSignals(False)
        self.undo_stack.clear()
        self.statusBar().clearMessage()
        for action in self.act.all():
            action.setEnabled(action is self.act.quit)
        self.menuBar().setEnabled(False)
        self.toolbar.setEnabled(False)
        self.episode_list.setEnabled(False)
        if self.pages.indexOf(lock_screen) < 0:
            self.pages.insertWidget(PAGE_LOCKED, lock_screen)
        self.pages.setCurrentIndex(PAGE_LOCKED)

    def show_patient_data(self) -> None:
        """Unlocked: everything enabled again, the list read again, the episodes page shown."""
        for action in self.act.all():
            action.setEnabled(True)
        self.menuBar().setEnabled(True)
        self.toolbar.setEnabled(True)
        self.episode_list.setEnabled(True)
        self.pages.setCurrentIndex(PAGE_EPISODES)
        episode_id, self._episode_before_lock = self._episode_before_lock, None
        self.episode_list.reload(select=episode_id)
        if episode_id and self.episode_list.selected_episode_id() != episode_id:
            self.episode_view.show_episode(episode_id)  # shown again even where the list no longer has it
        self.refresh_counts()
        self._update_actions()
        self._show_failed_unlocks()
        self.episode_list.search.setFocus()

    def offer_kept_checklist(self) -> None:
        """A checklist kept when the window locked: offer to continue it (or drop it)."""
        from kbtdesk.core import drafts
        from kbtdesk.ui.checklist import ContactChecklist

        if self.locked or self.read_only:
            return
        kept = drafts.pending(self.service)
        if kept is None:
            return
        drafts.discard(self.service)
        if not confirm(self, self.tr("Continue the contact?"),
                       self.tr("A contact you were entering was kept when the window locked. Continue?")):
            return
        episode_id = kept.draft.episode_id
        try:
            self.select_episode(episode_id)
            contact = ContactChecklist.ask(self, self.service, episode_id, kept.draft.id,
                                           outage=kept.draft.outage, restore=kept.draft, step=kept.step)
        except (ValueError, LookupError):
            show_error(self, self.tr("Continue the contact?"),
                       self.tr("The episode or contact of the kept checklist is no longer in the log."))
            return
        if contact is not None:
            self.refresh_all()
            self._select_contact(contact.id)

    def _read_only_text(self) -> str:
        text = self.tr("Read-only: this log is open for reading only, nothing you do here is saved.")
        owner = None
        if self.log is not None:
            from kbtdesk.core.logs import who_holds

            owner = who_holds(self.log.paths.log)
        if owner is not None:
            text += " " + self.tr("It is in use by {user} on {host} (process {pid}) since {since}.").format(
                user=owner.user, host=owner.host, pid=owner.pid, since=_local_time(owner.since))
        return text

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

    # -- handlers of the actions (kbtdesk.ui.actions) --------------------------------------------

    def _choose_episode_first(self) -> str | None:
        self.week_page.open_current()  # on the week page: the episode of its current row
        episode_id = self.current_episode_id()
        if not episode_id:
            self.statusBar().showMessage(self.tr("Choose an episode first."), 5000)
        return episode_id

    def focus_search(self) -> None:
        self.act.worklist.setChecked(False)
        self.pages.setCurrentIndex(PAGE_EPISODES)
        self.episode_list.search.setFocus()
        self.episode_list.search.selectAll()

    def new_episode(self) -> None:
        from kbtdesk.ui.dialogs.episode import NewEpisodeDialog

        episode_id = NewEpisodeDialog.ask(self, self.service, self.language)
        if episode_id:
            self.act.worklist.setChecked(False)
            self.refresh_all()
            self.select_episode(episode_id)

    def new_contact(self) -> None:
        from kbtdesk.ui.checklist import ContactChecklist

        episode_id = self._choose_episode_first()
        if episode_id:
            self._contact_saved(ContactChecklist.ask(self, self.service, episode_id, outage=self.outage_on))

    def edit_contact(self, contact_id: str | None = None) -> None:
        from kbtdesk.ui.checklist import ContactChecklist

        episode_id = self.current_episode_id()
        contact_id = contact_id or self.episode_view.selected_contact_id()
        if episode_id and contact_id:
            self._contact_saved(ContactChecklist.ask(self, self.service, episode_id, contact_id,
                                                     outage=self.outage_on))

    def _contact_saved(self, contact: Contact | None) -> None:
        if contact is not None:
            self.refresh_all()
            self._select_contact(contact.id)

    def _select_contact(self, contact_id: str) -> None:
        row = self.episode_view.contacts_model.row_of(contact_id)
        if row >= 0:
            self.episode_view.contacts.selectRow(row)
            self.episode_view.contacts.setFocus()

    def delete_contact(self) -> None:
        contact_id = self.episode_view.selected_contact_id()
        if not contact_id:
            return
        contact = self.service.contact(contact_id)
        if contact is None:
            return
        when = fmt_datetime(contact.at, locale_for(self.language))
        if not confirm(self, self.tr("Delete contact"),
                       self.tr("Delete the contact of {when}? You can undo this with Ctrl+Z.").format(when=when)):
            return
        self.undo_stack.push(DeleteContactCommand(self.service, contact_id, self.refresh_all))
        self.statusBar().showMessage(self.tr("Contact deleted. Ctrl+Z brings it back."), 8000)

    def end_episode(self) -> None:
        from kbtdesk.ui.dialogs.episode import EndEpisodeDialog

        episode_id = self.current_episode_id()
        if episode_id and EndEpisodeDialog.ask(self, self.service, episode_id, self.language) is not None:
            self.refresh_all()

    def record_score(self) -> None:
        from kbtdesk.ui.dialogs.scores import ScoreDialog

        episode_id = self.current_episode_id()
        if episode_id and ScoreDialog.ask(self, self.service, episode_id, self.language) is not None:
            self.refresh_all()

    def show_worklist(self, on: bool) -> None:
        if on:
            worklist = self.worklist
            if worklist is not None:
                worklist.refresh()
            else:
                worklist = self._ensure_worklist()  # a new worklist has just read the items
            self.pages.setCurrentIndex(PAGE_WORKLIST)
            worklist.setFocus()
        else:
            self.pages.setCurrentIndex(PAGE_EPISODES)
            self.episode_list.view.setFocus()

    def _ensure_worklist(self) -> WorklistWidget:
        if self.worklist is None:
            from kbtdesk.ui.worklist import WorklistWidget

            worklist = self.worklist = WorklistWidget(self.service, self.worklist_page, lang=self.language)
            worklist.changeMade.connect(self.push_change)
            worklist.set_read_only(self.read_only)
            self.worklist_layout.addWidget(worklist, 1)
        return self.worklist

    def set_outage(self, on: bool) -> None:
        self.banner.setVisible(on)
        if not on:
            self.act.worklist.setChecked(True)
            self._ensure_worklist().show_outage_items()

    def open_settings(self) -> None:
        """The dialog saves through the core; the window then follows the language and lock time."""
        from kbtdesk.ui.dialogs.settings import SettingsDialog

        unlocker = self.window_lock.unlocker
        result = SettingsDialog.ask(self, self.service, self.language,
                                    auto_lock_minutes=self.window_lock.controller.minutes,
                                    change_passphrase=unlocker.change_passphrase
                                    if unlocker.can_change_passphrase else None)
        if result is None:
            return
        self.window_lock.controller.set_minutes(result.preferences.auto_lock_minutes)
        if result.language != self.language:
            self.set_language(result.language)
        self.refresh_all()

    def open_exports(self) -> None:
        from kbtdesk.ui.exports import ExportDialog

        ExportDialog.ask(self, self.service, self.language, self.current_episode_id())

    def print_episode_summary(self) -> None:
        """Straight to the preview; the identity number is masked unless it is shown on screen now."""
        episode_id = self._choose_episode_first()
        if not episode_id:
            return
        from kbtdesk.core.reports import KIND_EPISODE
        from kbtdesk.ui.exports import ExportChoice, print_preview

        today = self.service.now().date()
        mask = not self.episode_view.reveal.isChecked()
        print_preview(self, self.service, ExportChoice(KIND_EPISODE, today, today, False, mask, episode_id),
                      self.language)

    def _selected_contact(self) -> Contact | None:
        contact_id = self.episode_view.selected_contact_id()
        if contact_id is None:
            self.statusBar().showMessage(self.tr("Choose a contact first."), 5000)
            return None
        return self.service.contact(contact_id)

    def copy_registration(self) -> None:
        from kbtdesk.core import contact_text

        contact = self._selected_contact()
        if contact is not None:
            text = contact_text.registration_text(self.service.rules, contact, self.language)
            self.window_lock.clipboard.copy(text)
            self.statusBar().showMessage(self.tr("Copied the registration: {text}").format(text=text), 8000)

    def copy_note_skeleton(self) -> None:
        from kbtdesk.core import contact_text

        contact, detail = self._selected_contact(), self.episode_view.detail
        if contact is None or detail is None:
            return
        self.window_lock.clipboard.copy(contact_text.note_skeleton(self.service.template_headings(detail.episode.ehr)))
        template = self.service.rules.template(detail.episode.ehr)
        self.statusBar().showMessage(self.tr("Copied the note skeleton ({template}).").format(
            template=template.name if template is not None else detail.episode.ehr), 8000)

    def show_audit_trail(self) -> None:
        detail = self.episode_view.detail
        if detail is None:
            self.statusBar().showMessage(self.tr("Choose an episode first."), 5000)
            return
        from kbtdesk.ui.audit_view import AuditTrailDialog

        AuditTrailDialog.ask(self, self.service, detail.patient.id, self.language, read_only=self.read_only)

    def show_user_guide(self) -> None:
        from kbtdesk.ui.about import GuideDialog

        GuideDialog.ask(self, self.language)

    def show_about(self) -> None:
        from pathlib import Path

        from kbtdesk.paths import LogPaths
        from kbtdesk.ui.about import AboutDialog

        AboutDialog.ask(self, self.service, LogPaths(Path(self.log_location)), self.language)

    # -- backups ----------------------------------------------------------------------------------

    def maybe_backup(self, closing: bool = False) -> None:
        """Ask the policy here (cheap when nothing is due); a due backup runs in a worker thread
        with progress and Cancel in the status bar, or on close in a modal dialog that returns
        when no worker reads the log any more (ui/backup_runner.py). A failed backup is reported
        in the status bar, never fatal; a successful one refreshes "Newest backup"."""
        if self.backup_policy is None:
            return
        runner = self.backup_runner
        if runner is None:  # on first use: ≈25 ms the first paint need not wait for
            from kbtdesk.ui.backup_runner import BackupRunner

            runner = self.backup_runner = BackupRunner(self.backup_policy, self.statusBar(), self)
            runner.succeeded.connect(self._show_last_backup)
        if closing:
            runner.back_up_before_close(self)
        else:
            runner.start_if_due()

    def _show_last_backup(self) -> None:
        if self.backup_policy is None:
            return
        last = self.backup_policy.last_backup()
        if last is None:
            self.backup_label.setText(self.tr("Newest backup: none yet"))
        else:
            self.backup_label.setText(self.tr("Newest backup: {time}").format(
                time=fmt_datetime(last.at.astimezone(), locale_for(self.language))))

    # -- window state -----------------------------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = self.settings.value("window/geometry") if self.settings is not None else None
        if geometry is not None and self.restoreGeometry(geometry):
            return
        screen = screen_of(self)
        width, height = 1280, 800
        if screen is not None:
            available = screen.availableGeometry()
            width, height = min(width, available.width()), min(height, available.height())
        self.resize(width, height)

    def closeEvent(self, event) -> None:
        self.window_lock.stop()
        self.backup_timer.stop()
        self.operations.cancel_and_wait()
        self.maybe_backup(closing=True)
        if self.settings is not None:
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.sync()
        super().closeEvent(event)


def _local_time(stamp: str) -> str:
    """An ISO time in UTC as this computer's local time: HH:MM today, else the date too."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00")).astimezone()
    except ValueError:
        return stamp
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")
