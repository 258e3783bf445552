"""Automatic backups in a worker thread: the window stays usable, Cancel leaves nothing, failures
are reported, and closing waits for (or takes) the backup in a dialog with Cancel."""

from __future__ import annotations

import time
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from kbtdesk.db import backup
from kbtdesk.db.health import check_database
from kbtdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@dataclass(frozen=True)
class SlowJob(backup.BackupJob):
    """A real backup that pauses at each progress report (in the worker): the product has no sleeps."""

    pause: float = 0.01

    def run(self, progress=None):
        def slow(done, total):
            time.sleep(self.pause)
            if progress is not None:
                progress(done, total)

        return super().run(slow)


@pytest.fixture
def window(qtbot, service, episode, log, monkeypatch):
    win = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", log=log)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # What the window builds just after its first paint runs on the UI thread: not during a measurement.
    qtbot.waitUntil(lambda: win.window_lock.controller.watching, timeout=3000)
    return win


def slow_backups(monkeypatch, window, pause=0.01):
    """Every due backup of this window runs as a SlowJob, with many small steps."""
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 2)
    policy = window.backup_policy
    due_backup = policy.due_backup

    def slow_due_backup(now=None, *, closing=False):
        job = due_backup(now, closing=closing)
        return None if job is None else SlowJob(job.paths, job.data_key, job.now, pause)

    monkeypatch.setattr(policy, "due_backup", slow_due_backup)


def files_in(paths):
    return sorted(p.name for p in paths.backups.iterdir()) if paths.backups.exists() else []


def log_bytes(paths):
    wal = paths.log.with_name(paths.log.name + "-wal")
    return paths.log.read_bytes(), wal.read_bytes() if wal.exists() else None


def backups_made(paths):
    return [name for name in files_in(paths) if name.endswith(".db") and not name.startswith(".")]


def test_the_window_stays_responsive_while_a_backup_runs(qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window)
    assert window.backup_label.text() == "Newest backup: none yet"
    clock, gaps = QElapsedTimer(), []
    ticker = QTimer()
    ticker.setInterval(10)
    ticker.timeout.connect(lambda: (gaps.append(clock.restart())))
    clock.start()
    ticker.start()
    assert window.backup_runner is None  # built on first use, not on the way to the first paint
    started = time.perf_counter()
    window.maybe_backup()  # as after a save
    runner, made = window.backup_runner, []
    runner.succeeded.connect(made.append)  # reported through the event loop: nothing missed
    assert runner.running
    window.maybe_backup()  # one at a time: a second request while one runs starts nothing
    qtbot.waitUntil(lambda: runner.indicator.isVisible(), timeout=5000)
    assert runner.indicator.cancel_button.text() == "Cancel"
    assert runner.indicator.label.text() == "Backing up…"
    qtbot.waitUntil(lambda: bool(made), timeout=20000)
    ticker.stop()
    took = time.perf_counter() - started
    assert took > 0.3  # slow enough that a frozen UI would have missed many ticks
    assert len(gaps) > took / 0.010 / 3 and max(gaps) < 150, (len(gaps), max(gaps), took)
    assert not runner.indicator.isVisible() and not runner.running
    assert backups_made(log.paths) == [made[0].path.name]
    assert check_database(made[0].path, log.data_key, full=True, immutable=True).ok
    assert window.backup_label.text().startswith("Newest backup: ")
    assert window.backup_label.text() != "Newest backup: none yet"


def test_cancel_in_the_status_bar_leaves_no_backup_no_temporary_file_and_the_log_as_it_was(
        qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window)
    before = log_bytes(log.paths)
    progress = []
    window.maybe_backup()
    runner = window.backup_runner
    runner.progressed.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(lambda: runner.indicator.isVisible()
                    and bool(progress) and progress[-1][0] > progress[-1][1] // 2, timeout=10000)
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        qtbot.mouseClick(runner.indicator.cancel_button, Qt.MouseButton.LeftButton)
        assert runner.indicator.label.text() == "Cancelling…"
    assert files_in(log.paths) == []  # neither a backup, nor a .tmp, nor the key file's copy
    assert log_bytes(log.paths) == before
    assert window.statusBar().currentMessage() == "The backup was cancelled; no backup file was written."
    assert window.backup_label.text() == "Newest backup: none yet"
    window.maybe_backup()  # a save just after a cancel does not start it again at once
    assert not window.backup_runner.running


def test_a_failed_backup_is_reported_in_the_status_bar(qtbot, window, log, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    # The window's close at teardown fails too, and says so in a box: answered here.
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: None)
    log.paths.backups.write_bytes(b"")  # a file where the backups folder should be
    window.maybe_backup()
    failed = []
    window.backup_runner.failed.connect(failed.append)
    qtbot.waitUntil(lambda: bool(failed), timeout=10000)
    assert window.statusBar().currentMessage().startswith("The automatic backup failed: ")
    assert str(log.paths.backups) in window.statusBar().currentMessage()
    assert window.backup_label.text() == "Newest backup: none yet"
    assert not window.backup_runner.running


def test_a_backup_failing_on_close_is_said_in_a_box_the_window_takes_with_it(qtbot, window, log, monkeypatch):
    """The status bar goes with the window: on the way out a failure is shown in a message box."""
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append((title, text)))
    log.paths.backups.write_bytes(b"")  # a file where the backups folder should be
    window.close()
    assert not window.backup_runner.running
    assert len(said) == 1 and said[0][0] == "Backup"
    assert said[0][1].startswith("The backup before closing failed: ") and str(log.paths.backups) in said[0][1]
    assert "The log itself is unchanged" in said[0][1]


def watch_close_dialog(seen, then=None):
    """Looks for the close dialog while closeEvent's own loop runs; `then(dialog)` once."""

    def look():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.objectName() == "closeBackupDialog" \
                    and widget.isVisible():
                if not seen:
                    seen.append((widget.labelText(), widget.isModal()))
                    if then is not None:
                        then(widget)
                return
        QTimer.singleShot(20, look)

    QTimer.singleShot(0, look)


def test_closing_with_a_backup_due_shows_a_dialog_and_makes_one_verified_backup(qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window)
    seen = []
    watch_close_dialog(seen)
    window.close()
    assert not window.backup_runner.running  # the log may be closed now
    assert seen == [("Backing up the log before closing…\nCancel closes kbtdesk without a new backup.", True)]
    made = backups_made(log.paths)
    assert len(made) == 1 and files_in(log.paths) == sorted([made[0], made[0] + ".key"])  # with its key file
    assert check_database(log.paths.backups / made[0], log.data_key, full=True, immutable=True).ok


def test_closing_during_a_background_backup_waits_for_it_in_the_dialog(qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window)
    window.maybe_backup()
    assert window.backup_runner.running
    seen = []
    watch_close_dialog(seen)
    window.close()
    assert seen and not window.backup_runner.running
    made = backups_made(log.paths)
    assert len(made) == 1  # the running one, not a second: nothing changed after it began
    assert check_database(log.paths.backups / made[0], log.data_key, immutable=True).ok


def test_cancel_in_the_close_dialog_closes_without_a_backup_and_leaves_nothing(qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window, pause=0.05)
    before = log_bytes(log.paths)
    seen = []

    def press_cancel(dialog):
        QTimer.singleShot(100, lambda: dialog.findChild(QPushButton).click())

    watch_close_dialog(seen, press_cancel)
    started = time.perf_counter()
    window.close()
    assert seen and not window.backup_runner.running
    assert time.perf_counter() - started < 3
    assert files_in(log.paths) == []
    assert log_bytes(log.paths) == before
    assert not window.isVisible()


def test_locking_the_window_does_not_break_a_running_backup(qtbot, window, log, monkeypatch):
    slow_backups(monkeypatch, window)
    window.maybe_backup()
    made = []
    window.backup_runner.succeeded.connect(made.append)
    window.lock_now()
    assert window.locked and window.backup_runner.running
    qtbot.waitUntil(lambda: bool(made), timeout=20000)
    assert check_database(made[0].path, log.data_key, full=True, immutable=True).ok
    assert window.locked
