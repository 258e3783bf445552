"""A therapist's Monday through the real window: this week's written feedback (BR) for 30 active
episodes, each ticked journaled and registered, counted in input events (key presses and clicks).

    python -m benchmarks.scripted_week        # also run by `make bench`

Two paths, each on a log of its own with the same 30 episodes, through `MainWindow` with QtTest's
events as pytest-qt sends them (QTest.keyClick / QTest.mouseClick, one event each):

- batch: Ctrl+1 (the week view), Ctrl+A (every row), Ctrl+Shift+B (the batch dialog), a click on
  "Journal note written and signed", a click on "Registered", Enter (Log contacts);
- one at a time (the path before the week view): Ctrl+2, then per episode a click on its row in
  the episode list, Ctrl+N (the checklist opens on BR with its codes), Alt+2 (the journal step),
  a click on its tick, Alt+4 (the registration step), a click on its tick, a click on Finish.

The window manager's activation of a dialog or of the window after a dialog closes is not an
input event and is not counted. Both paths check that 30 contacts were written and ticked.
A figure, not a test (tests/ui/test_scripted_week.py drives the same path and checks the result).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

EPISODES = 30
GOAL_EVENTS = 90


@dataclass
class Input:
    """QtTest's input events, counted: a key press with its modifiers is one, a click is one."""

    events: int = 0
    log: list[str] = field(default_factory=list)

    def key(self, widget, key, modifier=None, what: str = "") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
        self._count(what or str(key))

    def click(self, widget, pos=None, modifier=None, what: str = "") -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        modifier = modifier or Qt.KeyboardModifier.NoModifier
        if pos is None:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, modifier)
        else:
            QTest.mouseClick(widget, Qt.MouseButton.LeftButton, modifier, pos)
        self._count(what or f"click {widget.objectName()}")

    def tick(self, checkbox, what: str = "") -> None:
        """A click on a check box's box (a wide check box takes clicks on its box and text only)."""
        from PySide6.QtCore import QPoint

        self.click(checkbox, QPoint(8, checkbox.height() // 2), what=what or f"tick {checkbox.objectName()}")

    def _count(self, what: str) -> None:
        from PySide6.QtWidgets import QApplication

        self.events += 1
        self.log.append(what)
        QApplication.processEvents()  # what the event loop does between two key presses: lay out, paint


def fill_week(service, today: date, n: int = EPISODES) -> list[str]:
    """`n` active episodes, three weeks in, each with last week's BR: this week's is due on all."""
    from kbtdesk.core.demo import personnummer
    from kbtdesk.core.service import ContactDraft

    zone = service.now().tzinfo
    codes = tuple(s.code for s in service.suggest_codes("BR", None, False))
    ids = []
    for i in range(n):
        patient = service.add_patient(personnummer(date(1960 + i, 1 + i % 12, 1 + i % 27), 100 + i),
                                      f"Patient {i + 1:02d} Öberg")
        started = today - timedelta(days=21 + i % 5)
        episode = service.add_episode(patient.id, "Depressionshjälpen Plus", started)
        service.set_siber_start_documented(episode.id, started)
        last = datetime.combine(today - timedelta(days=7 + i % 3), datetime.min.time(), zone).replace(hour=9)
        service.save_contact(ContactDraft(episode.id, last, "BR", codes=codes, journal_done=last, registered=last))
        ids.append(episode.id)
    return ids


def this_weeks_ticked_br(service, episode_ids, today: date) -> int:
    """How many episodes have a BR today that is ticked journaled and registered."""
    done = 0
    for episode_id in episode_ids:
        contacts = service.episode_detail(episode_id).contacts
        if any(c.type == "BR" and c.at[:10] == today.isoformat() and c.journal_done and c.registered
               for c in contacts):
            done += 1
    return done


def _activate(widget, qapp) -> None:
    """What the window manager does: the window or dialog that opens or is left gets the focus."""
    import time

    widget.activateWindow()
    for _ in range(200):
        qapp.processEvents()
        if qapp.activeWindow() is widget:
            return
        time.sleep(0.005)


def _when_modal(kind, qapp, drive) -> None:
    """Run `drive(dialog)` once a modal `kind` is open (from inside its exec loop); a dialog still
    open afterwards is rejected, so that a broken path never hangs the run."""
    from PySide6.QtCore import QTimer

    tries = [0]

    def poll():
        dialog = qapp.activeModalWidget()
        if not isinstance(dialog, kind):
            tries[0] += 1
            if tries[0] < 500:
                QTimer.singleShot(10, poll)
            return
        _activate(dialog, qapp)
        try:
            drive(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, poll)


def batch_path(window, qapp, inp: Input) -> None:
    from PySide6.QtCore import Qt

    from kbtdesk.ui.dialogs.batch import BatchContactDialog

    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    _activate(window, qapp)
    inp.key(window, Qt.Key.Key_1, ctrl, "Ctrl+1 week view")
    view = window.week_page.view
    inp.key(view.view, Qt.Key.Key_A, ctrl, "Ctrl+A every row")

    def in_dialog(dialog):
        inp.tick(dialog.journal_check, "tick journaled")
        inp.tick(dialog.registered_check, "tick registered")
        inp.key(dialog.ok_button, Qt.Key.Key_Return, what="Enter: log contacts")

    _when_modal(BatchContactDialog, qapp, in_dialog)
    inp.key(window, Qt.Key.Key_B, ctrl | shift, "Ctrl+Shift+B batch")
    qapp.processEvents()


def one_at_a_time_path(window, qapp, inp: Input, episode_ids) -> None:
    from PySide6.QtCore import Qt

    from kbtdesk.ui.checklist import ContactChecklist

    ctrl, alt = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
    _activate(window, qapp)
    inp.key(window, Qt.Key.Key_2, ctrl, "Ctrl+2 episodes")
    lst = window.episode_list
    for episode_id in episode_ids:
        row = lst.model.row_of(episode_id)
        lst.view.scrollTo(lst.model.index(row, 0))
        qapp.processEvents()
        inp.click(lst.view.viewport(), lst.view.visualRect(lst.model.index(row, 0)).center(), what="click the row")

        def in_checklist(dialog):
            inp.key(dialog, Qt.Key.Key_2, alt, "Alt+2 journal step")
            inp.tick(dialog.journal_step.journal_check, "tick journaled")
            inp.key(dialog, Qt.Key.Key_4, alt, "Alt+4 registration step")
            inp.tick(dialog.registration_step.registered_check, "tick registered")
            inp.click(dialog.finish_button, what="Finish")

        _when_modal(ContactChecklist, qapp, in_checklist)
        inp.key(lst.view, Qt.Key.Key_N, ctrl, "Ctrl+N new contact")
        _activate(window, qapp)


def _window(service, tmp: Path, qapp):
    from PySide6.QtCore import QSettings

    from kbtdesk.ui.main_window import MainWindow

    settings = QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("window/start_view", "episodes")  # each path starts where it starts
    window = MainWindow(lambda: service, log_location=str(tmp / "kbtdesk-log.db"), language="en", settings=settings)
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        qapp.processEvents()
    assert window.episode_view is not None  # built just after the first paint (or now)
    return window


def run(qapp) -> dict:
    from kbtdesk.core.rules import load_ruleset
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths

    rules = load_ruleset()
    results = {}
    for name in ("batch", "one at a time"):
        with tempfile.TemporaryDirectory(prefix="kbtdesk-week-") as folder:
            tmp = Path(folder)
            log = create_log(LogPaths(tmp / "log" / "kbtdesk-log.db"), "scripted week passphrase", TEST_KDF)
            try:
                service = LogService(log.engine, rules)
                today = service.now().date()
                ids = fill_week(service, today)
                window = _window(service, tmp, qapp)
                inp = Input()
                if name == "batch":
                    batch_path(window, qapp, inp)
                else:
                    one_at_a_time_path(window, qapp, inp, ids)
                results[name] = {"events": inp.events, "written": this_weeks_ticked_br(service, ids, today),
                                 "log": inp.log}
                window.settings = None
                window.close()
                window.deleteLater()
                qapp.processEvents()
            finally:
                log.close()
    return results


def report(results: dict) -> str:
    lines = [f"| scripted week: {EPISODES} BR this week, each ticked journaled and registered | input events "
             "| per contact | contacts written and ticked | goal |", "|---|---:|---:|---:|---|"]
    for name, label in (("batch", "week view + batch (Ctrl+1, Ctrl+A, Ctrl+Shift+B, 2 ticks, Enter)"),
                        ("one at a time", "one at a time through the checklist (row, Ctrl+N, Alt+2, tick, "
                                          "Alt+4, tick, Finish)")):
        entry = results[name]
        goal = f"≤ {GOAL_EVENTS}" if name == "batch" else ""
        lines.append(f"| {label} | {entry['events']} | {entry['events'] / EPISODES:.1f} | "
                     f"{entry['written']} of {EPISODES} | {goal} |")
    return "\n".join(lines)


def main() -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    qapp = QApplication.instance() or QApplication(["kbtdesk-scripted-week"])
    print(report(run(qapp)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
