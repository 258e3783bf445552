"""The main window's week page and batch command: where the window opens, and many contacts at once.

Kept out of ui/main_window.py (which only calls in here): the week view is built on first use,
shown by Ctrl+1 (the episodes by Ctrl+2), and opened just after the first paint unless the user
unticked View › Open on the week view (QSettings `window/start_view`). The batch command
(Ctrl+Shift+B) takes the episodes selected in whichever page is shown, lets the dialog
(ui/dialogs/batch.py) write them through core, and pushes the change as one undo command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from kbtdesk.ui.main_window import MainWindow
    from kbtdesk.ui.week_view import WeekView

START_VIEW_KEY = "window/start_view"
START_WEEK, START_EPISODES = "week", "episodes"
#: Where the window opens when the user has not chosen (tests of the episode list set the episodes).
DEFAULT_START_VIEW = START_WEEK


class WeekPage:
    def __init__(self, window: MainWindow):
        self.window = window
        self.view: WeekView | None = None

    # -- the start view ----------------------------------------------------------------------------

    def start_view(self) -> str:
        settings = self.window.settings
        value = settings.value(START_VIEW_KEY) if settings is not None else None
        return value if value in (START_WEEK, START_EPISODES) else DEFAULT_START_VIEW

    def set_start_in_week(self, on: bool) -> None:
        settings = self.window.settings
        if settings is not None:
            settings.setValue(START_VIEW_KEY, START_WEEK if on else START_EPISODES)
            settings.sync()

    def show_start_choice(self) -> None:
        action = self.window.act.start_in_week
        action.blockSignals(True)
        action.setChecked(self.start_view() == START_WEEK)
        action.blockSignals(False)

    def after_first_paint(self) -> None:
        """Open on the week unless the user chose the episodes, or has already gone to another page
        (the worklist) since the first paint."""
        from kbtdesk.ui.main_window import PAGE_EPISODES

        window = self.window
        if self.start_view() == START_WEEK and not window.locked and window.pages.currentIndex() == PAGE_EPISODES:
            self.show()

    # -- pages -----------------------------------------------------------------------------------

    def is_shown(self) -> bool:
        return self.shown() is not None

    def shown(self) -> WeekView | None:
        """The week view when it is the page on screen, else None."""
        view = self.view
        return view if view is not None and self.window.pages.currentWidget() is view else None

    def _ensure(self) -> WeekView:
        if self.view is None:
            from kbtdesk.ui.week_view import WeekView

            window = self.window
            self.view = WeekView(window.service, window.language, batch_action=window.act.log_batch)
            self.view.episodeActivated.connect(self.open_episode)
            window.pages.addWidget(self.view)
        return self.view

    def show(self) -> None:
        window = self.window
        if window.locked:
            return
        view = self._ensure()
        _uncheck_worklist(window)
        view.refresh()
        window.pages.setCurrentWidget(view)
        if view.model.rowCount() and not view.view.currentIndex().isValid():
            view.view.setCurrentIndex(view.model.index(0, 0))
        view.view.setFocus()

    def show_episodes(self) -> None:
        window = self.window
        _uncheck_worklist(window)
        from kbtdesk.ui.main_window import PAGE_EPISODES

        window.pages.setCurrentIndex(PAGE_EPISODES)
        window.episode_list.view.setFocus()

    def open_episode(self, episode_id: str) -> None:
        self.show_episodes()
        self.window.select_episode(episode_id)
        self.window.episode_list.view.setFocus()

    def open_current(self) -> None:
        """On the week page: show its current row's episode in the episode view (for Ctrl+N)."""
        view = self.shown()
        episode_id = view.current_episode_id() if view is not None else None
        if episode_id:
            self.open_episode(episode_id)

    def refresh(self) -> None:
        view = self.shown()
        if view is not None:
            view.refresh()

    def clear(self) -> None:
        if self.view is not None:
            self.view.clear()

    def set_language(self, language: str) -> None:
        if self.view is not None:
            self.view.set_language(language)

    # -- many contacts at once ------------------------------------------------------------------------

    def selected(self) -> tuple[list[str], dict[str, tuple[str, str, str]]]:
        """The episodes selected in the shown page, and what the dialog names them by."""
        from kbtdesk.ui.episode_list import masked_identity

        view = self.shown()
        if view is not None:
            model = view.model
            week_rows = [model.row_at(r) for r in sorted(i.row() for i in view.view.selectionModel().selectedRows())]
            return ([r.episode_id for r in week_rows],
                    {r.episode_id: (r.patient_name, r.masked_identity(), r.programme) for r in week_rows})
        rows = self.window.episode_list.selected_rows()
        return [r.episode_id for r in rows], {r.episode_id: (r.patient_name, masked_identity(r.identity), r.programme)
                                              for r in rows}

    def log_batch(self) -> None:
        from kbtdesk.ui.dialogs.batch import BatchContactDialog
        from kbtdesk.ui.undo import ChangeCommand

        window = self.window
        ids, labels = self.selected()
        if not ids:
            window.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Choose one or more episodes first."), 5000)
            return
        logged = BatchContactDialog.ask(window, window.service, ids, labels, window.language,
                                        outage=window.outage_on)
        if logged is None:
            return
        window.undo_stack.push(ChangeCommand(window.service, logged, window.refresh_all))  # refreshes on push
        n = len(logged.drafts)
        if n == 1:
            text = QCoreApplication.translate("MainWindow", "1 contact logged. Ctrl+Z removes it.")
        else:
            text = QCoreApplication.translate("MainWindow", "{n} contacts logged. Ctrl+Z removes them all.").format(n=n)
        window.statusBar().showMessage(text, 8000)


def _uncheck_worklist(window: MainWindow) -> None:
    action = window.act.worklist
    action.blockSignals(True)
    action.setChecked(False)
    action.blockSignals(False)
