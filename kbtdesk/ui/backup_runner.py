"""Automatic backups off the UI thread, with progress and Cancel.

A backup of a large log takes seconds (8–9 s at 1M contacts, measured: check the log's pages, copy, check
the copy's pages, fsync). The window still decides on its own thread whether one is due
(`BackupPolicy.due_backup`: cheap, it reads through the log's engine); the backup itself runs in
a worker thread with its own connection to the log, and the window stays usable. While it runs,
the status bar shows a small progress bar with Cancel; on close, a modal progress dialog with
Cancel waits for it. Cancel raises inside the backup's progress callback at its next step (every
4 MiB) and the backup removes what it had started: no backup, no temporary file, the log only
read. The worker never touches a widget: it reports through queued signals (like Anki's
operations with success and failure callbacks).
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QStatusBar,
    QToolButton,
    QWidget,
)

from kbtdesk.base.progress import Cancelled

# A backup that ends sooner than this never shows its indicator (no flicker after every save).
SHOW_AFTER_MS = 300


class _Relay(QObject):
    """One per backup; the worker emits, the runner receives on the UI thread (queued)."""

    progressed = Signal(int, int)
    done = Signal(object, object)  # (BackupInfo or None, exception or None)


class BackupIndicator(QWidget):
    """The status bar's "Backing up… [====  ] Cancel", shown while a backup runs."""

    cancelRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("backupProgress")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 4, 0)
        layout.setSpacing(6)
        self.label = QLabel()
        self.label.setObjectName("backupProgressLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("backupProgressBar")
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(100)
        self.bar.setMaximumHeight(12)
        self.cancel_button = QToolButton()
        self.cancel_button.setObjectName("backupCancel")
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.retranslate()

    def retranslate(self) -> None:
        cancelling = not self.cancel_button.isEnabled()
        self.label.setText(QCoreApplication.translate("BackupRunner", "Cancelling…") if cancelling
                           else QCoreApplication.translate("BackupRunner", "Backing up…"))
        self.bar.setAccessibleName(QCoreApplication.translate("BackupRunner", "Backup progress"))
        self.cancel_button.setText(QCoreApplication.translate("BackupRunner", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("BackupRunner", "Cancel the backup"))
        self.cancel_button.setToolTip(QCoreApplication.translate(
            "BackupRunner", "Stop the backup. Nothing is written and the log stays as it is."))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def begin(self) -> None:
        self.cancel_button.setEnabled(True)
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.retranslate()

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.retranslate()

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))


class BackupRunner(QObject):
    """One automatic backup at a time, in a worker thread, for the main window.

    `start_if_due()` after saves and on the timer; `back_up_before_close(window)` from closeEvent,
    which returns only when no worker is left (the caller then closes the log).
    """

    progressed = Signal(int, int)
    succeeded = Signal(object)  # BackupInfo
    failed = Signal(str)  # the error, in the UI language
    cancelled = Signal()
    finished = Signal()  # after any of the three

    def __init__(self, policy, status_bar: QStatusBar, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("backupRunner")
        self.policy = policy
        self.status_bar = status_bar
        self.indicator = BackupIndicator()
        self.indicator.setVisible(False)
        self.indicator.cancelRequested.connect(self.cancel)
        status_bar.addPermanentWidget(self.indicator)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(lambda: self.indicator.setVisible(self.running))
        self._thread: threading.Thread | None = None
        self._cancel: threading.Event | None = None
        self._relay: _Relay | None = None
        self._in_close = False

    @property
    def running(self) -> bool:
        return self._thread is not None

    def _message(self, text: str, ms: int) -> None:
        self.status_bar.showMessage(text, ms)

    def _report_failure(self, exc: BaseException) -> None:
        from kbtdesk.core.errors import LogOpenError
        from kbtdesk.ui.formatting import render

        text = render(exc.message) if isinstance(exc, LogOpenError) else str(exc)
        self._message(QCoreApplication.translate("BackupRunner", "The automatic backup failed: {error}").format(
            error=text), 30000)
        self.failed.emit(text)

    def _due(self, closing: bool):
        try:
            return self.policy.due_backup(closing=closing)
        except Exception as exc:  # the newest backup unreadable, the log busy: report, never fatal
            self._report_failure(exc)
            return None

    def start_if_due(self) -> bool:
        """Start a backup in the background when one is due; False when none started (already
        running, not due, or the user cancelled one a few minutes ago)."""
        if self.running:
            return False
        job = self._due(closing=False)
        if job is None:
            return False
        self.start(job)
        return True

    def start(self, job) -> None:
        """Run a `BackupJob` in a worker thread now."""
        assert not self.running, "one backup at a time"
        relay = _Relay(self)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        cancel = threading.Event()
        self._relay, self._cancel = relay, cancel
        self._thread = threading.Thread(target=_work, args=(job, cancel, relay), name="kbtdesk-backup")
        self.indicator.begin()
        self._show_timer.start()
        self._thread.start()

    def cancel(self) -> None:
        """Stop the running backup at its next step; it leaves nothing behind."""
        if self._cancel is not None and not self._cancel.is_set():
            self._cancel.set()
            self.indicator.cancelling()

    def wait(self, timeout_ms: int = 60000) -> bool:
        """Process events until no backup runs (tests, close); False on timeout."""
        if not self.running:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.finished.disconnect(loop.quit)
        return not self.running

    def _progressed(self, done: int, total: int) -> None:
        self.indicator.set_progress(done, total)
        self.progressed.emit(done, total)

    def _done(self, info, error) -> None:
        thread, relay = self._thread, self._relay
        self._thread = self._cancel = self._relay = None
        if thread is not None:
            thread.join()  # it emitted this as its last act
        if relay is not None:
            relay.deleteLater()
        self._show_timer.stop()
        self.indicator.setVisible(False)
        if error is None:
            self.succeeded.emit(info)
        elif isinstance(error, Cancelled):
            self.policy.cancelled()  # no automatic backup for a while (BackupPolicy.hold_after_cancel)
            self._message(QCoreApplication.translate(
                "BackupRunner", "The backup was cancelled; no backup file was written."), 10000)
            self.cancelled.emit()
        else:
            self._report_failure(error)
        self.finished.emit()

    def back_up_before_close(self, parent: QWidget | None) -> None:
        """On close: take the due backup in a modal progress dialog with Cancel.

        A backup already running in the background is waited for inside the same dialog; if the
        log changed after it began, one more is taken. Cancel stops whichever runs (it leaves
        nothing behind) and the window closes without a new backup. Returns when no worker is
        left, so the log can be closed.
        """
        if self._in_close:
            return
        if not self.running:
            job = self._due(closing=True)
            if job is None:
                return
            self.start(job)
        self._in_close = True
        self._show_timer.stop()
        self.indicator.setVisible(False)
        dialog = QProgressDialog(
            QCoreApplication.translate(
                "BackupRunner", "Backing up the log before closing…\nCancel closes kbtdesk without a new backup."),
            QCoreApplication.translate("BackupRunner", "Cancel"), 0, 0, parent)
        dialog.setObjectName("closeBackupDialog")
        dialog.setWindowTitle(QCoreApplication.translate("BackupRunner", "Backup"))
        # Application-modal at once: the closing window takes no input (nor a second close) meanwhile.
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        state = {"cancelled": False, "looked_again": False}
        errors: list[str] = []

        def progressed(done: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

        def cancelled() -> None:
            state["cancelled"] = True
            dialog.setLabelText(QCoreApplication.translate("BackupRunner", "Cancelling…"))
            self.cancel()

        def finished() -> None:
            if not state["cancelled"] and not state["looked_again"]:
                state["looked_again"] = True  # a save may have landed after the running backup began
                job = self._due(closing=True)
                if job is not None:
                    dialog.setRange(0, 0)
                    self.start(job)
                    return
            loop.quit()

        self.progressed.connect(progressed)
        self.finished.connect(finished)
        self.failed.connect(errors.append)
        dialog.canceled.connect(cancelled)
        try:
            dialog.show()
            if self.running:
                loop.exec()
        finally:
            self.progressed.disconnect(progressed)
            self.finished.disconnect(finished)
            self.failed.disconnect(errors.append)
            dialog.canceled.disconnect(cancelled)
            dialog.close()
            dialog.deleteLater()
            self._in_close = False
        if errors:
            # The status bar goes with the window: a failure on the way out is said in a box.
            QMessageBox.warning(parent, QCoreApplication.translate("BackupRunner", "Backup"),
                                QCoreApplication.translate(
                                    "BackupRunner", "The backup before closing failed: {error}\n\nThe log itself is "
                                                    "unchanged; kbtdesk tries again in the next session.")
                                .format(error=errors[0]))


def _work(job, cancel: threading.Event, relay: _Relay) -> None:
    """The worker thread: run the job, report every step, stop at a step once cancelled."""

    def progress(done: int, total: int) -> None:
        if cancel.is_set():
            raise Cancelled()
        relay.progressed.emit(done, total)

    try:
        info = job.run(progress)
    except Exception as exc:  # Cancelled, or a failure to report on the UI thread
        relay.done.emit(None, exc)
    else:
        relay.done.emit(info, None)
