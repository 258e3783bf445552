"""The window's corrections: delete an episode, reopen one, change its ending, rename the patient,
correct the identity number, edit or delete a score.

Each handler asks (a dialog of kbtdesk.ui.dialogs.corrections, or a confirmation), lets
kbtdesk.core.corrections check and write the change with its audit entry, and pushes the change
core hands back on the window's undo stack: one correction, one Ctrl+Z. Which correction applies
when is decided in `update_actions` from what the episode view shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTableView

from kbtdesk.ui.widgets import confirm

if TYPE_CHECKING:
    from kbtdesk.core.models import Measure
    from kbtdesk.core.service import EpisodeDetail
    from kbtdesk.ui.main_window import MainWindow
    from kbtdesk.ui.undo import Change


class WindowCorrections:
    """The correction handlers of one window (its actions are lines of kbtdesk.ui.actions)."""

    def __init__(self, window: MainWindow):
        self.window = window

    # -- where they are offered (besides the Corrections menu) -------------------------------------

    def attach_scores(self, scores: QTableView) -> None:
        """The scores table: its context menu, Enter (edit) and Delete, a double-click edits."""
        act = self.window.act
        scores.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        scores.addActions([act.edit_score, act.delete_score])
        scores.selectionModel().selectionChanged.connect(lambda *_: self.window._update_actions())
        scores.doubleClicked.connect(lambda _index: act.edit_score.trigger())

    def attach_episode_list(self, episodes: QTableView) -> None:
        """The episode list's context menu (a right-click selects the row first)."""
        act = self.window.act
        separator = QAction(episodes)
        separator.setObjectName("episodeMenuSeparator")
        separator.setSeparator(True)
        episodes.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        episodes.addActions([act.reopen_episode, act.change_ending, act.delete_episode, separator,
                             act.rename_patient, act.correct_identity])

    # -- what applies ---------------------------------------------------------------------------

    def selected_measure(self) -> Measure | None:
        view = self.window._episode_view
        if view is None:
            return None
        index = view.measures.currentIndex()
        if not index.isValid() or not view.measures.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return None
        return view.measures_model.measure_at(index.row())

    def update_actions(self) -> None:
        """Enabled only where a correction applies (the window disables writes on a read-only log)."""
        act, view = self.window.act, self.window._episode_view
        detail = view.detail if view is not None else None
        ended = detail is not None and detail.episode.ended is not None
        for action in (act.delete_episode, act.rename_patient, act.correct_identity):
            action.setEnabled(detail is not None)
        act.reopen_episode.setEnabled(ended)
        act.change_ending.setEnabled(ended)
        has_measure = self.selected_measure() is not None
        act.edit_score.setEnabled(has_measure)
        act.delete_score.setEnabled(has_measure)

    # -- the handlers -----------------------------------------------------------------------------

    def _push(self, change: Change | None, episode_id: str, done: str) -> None:
        """Put core's change on the undo stack; undo and redo show the episode it touched."""
        if change is None:
            return
        from kbtdesk.ui.undo import ChangeCommand

        window = self.window
        window.undo_stack.push(ChangeCommand(window.service, change, lambda: self._show(episode_id)))
        window.statusBar().showMessage(done, 8000)

    def _show(self, episode_id: str) -> None:
        """After a correction, its undo or its redo: the episode it touched, or none if deleted."""
        from kbtdesk.core.service import InputError

        window = self.window
        try:
            window.service.episode(episode_id)
        except InputError:
            if window.current_episode_id() == episode_id:
                window.episode_view.show_episode(None)
            window.refresh_all()
            return
        window.refresh_all()
        if window.current_episode_id() != episode_id:
            window.select_episode(episode_id)

    def _detail(self) -> EpisodeDetail | None:
        detail = self.window.episode_view.detail
        if detail is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("WindowCorrections", "Choose an episode first."), 5000)
        return detail

    def delete_episode(self) -> None:
        from kbtdesk.core import corrections
        from kbtdesk.ui.dialogs.corrections import DeleteEpisodeConfirmation

        detail = self._detail()
        if detail is None:
            return
        window = self.window
        summary = corrections.describe_episode_deletion(window.service, detail.episode.id)
        if not DeleteEpisodeConfirmation.ask(window, summary, window.language):
            return
        self._push(corrections.delete_episode(window.service, detail.episode.id), detail.episode.id,
                   QCoreApplication.translate("WindowCorrections", "Episode deleted. Ctrl+Z brings it back."))

    def reopen_episode(self) -> None:
        from kbtdesk.core import corrections

        detail = self._detail()
        if detail is None or detail.episode.ended is None:
            return
        self._push(corrections.reopen_episode(self.window.service, detail.episode.id), detail.episode.id,
                   QCoreApplication.translate("WindowCorrections", "Episode reopened. Ctrl+Z ends it again."))

    def change_ending(self) -> None:
        from kbtdesk.ui.dialogs.corrections import ChangeEndingDialog

        detail = self._detail()
        if detail is None or detail.episode.ended is None:
            return
        window = self.window
        self._push(ChangeEndingDialog.ask(window, window.service, detail.episode.id, window.language),
                   detail.episode.id, QCoreApplication.translate("WindowCorrections",
                       "Ending changed. Ctrl+Z brings back the earlier one."))

    def rename_patient(self) -> None:
        from kbtdesk.ui.dialogs.corrections import RenamePatientDialog

        detail = self._detail()
        if detail is None:
            return
        window = self.window
        self._push(RenamePatientDialog.ask(window, window.service, detail.patient, window.language),
                   detail.episode.id, QCoreApplication.translate("WindowCorrections",
                       "Patient renamed. Ctrl+Z brings back the earlier name."))

    def correct_identity(self) -> None:
        from kbtdesk.ui.dialogs.corrections import CorrectIdentityDialog

        detail = self._detail()
        if detail is None:
            return
        window = self.window
        self._push(CorrectIdentityDialog.ask(window, window.service, detail.patient, window.language),
                   detail.episode.id, QCoreApplication.translate("WindowCorrections",
                       "Identity number corrected. Ctrl+Z brings back the earlier one."))

    def edit_score(self) -> None:
        from kbtdesk.ui.dialogs.corrections import EditScoreDialog

        measure = self.selected_measure()
        if measure is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("WindowCorrections", "Choose a score first."), 5000)
            return
        window = self.window
        self._push(EditScoreDialog.ask(window, window.service, measure, window.language), measure.episode_id,
                   QCoreApplication.translate("WindowCorrections",
                       "Score changed. Ctrl+Z brings back the earlier one."))

    def delete_score(self) -> None:
        from kbtdesk.core import corrections
        from kbtdesk.ui.formatting import fmt_date, locale_for

        measure = self.selected_measure()
        if measure is None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("WindowCorrections", "Choose a score first."), 5000)
            return
        window = self.window
        instrument = window.service.rules.instrument(measure.instrument)
        when = fmt_date(measure.on, locale_for(window.language))
        question = QCoreApplication.translate(
            "WindowCorrections", "Delete the {scale} score {score} of {date}? You can undo this with Ctrl+Z.").format(
            scale=instrument.name if instrument else measure.instrument, score=measure.score, date=when)
        if not confirm(window, QCoreApplication.translate("WindowCorrections", "Delete score"), question):
            return
        self._push(corrections.delete_measure(window.service, measure.id), measure.episode_id,
                   QCoreApplication.translate("WindowCorrections", "Score deleted. Ctrl+Z brings it back."))
