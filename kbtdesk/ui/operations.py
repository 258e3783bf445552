"""Long work on the log off the GUI thread: exports, and the reading behind a print or a preview.

An operation is a function that runs on a worker thread and talks to its window only through a
`Step` (progress, Cancel, the name of its current phase), the way Anki's `CollectionOp` and
`QueryOp` run their work in the background. What it returns reaches `success` on the GUI thread,
an exception `failure` (a `Cancelled` reaches `cancelled` instead): the worker never touches a
widget, it emits queued signals. While it runs, a small window-modal dialog (after
`SHOW_AFTER_MS`, so that short work never flashes one) shows its progress with Cancel.

One operation at a time per window (`LogOperations`): `run` refuses a second one, and `busyChanged`
lets the window disable its writes meanwhile, so that nothing races the worker on the log. The
worker reaches the log through the service as the GUI thread does: every service call opens its
own short session, which takes a pooled connection of its own (db/engine.py's pool, connections
usable from any thread), so the worker never shares a session or a connection with the window.

A reading operation (`writes=False`) cancelled after its work finished is still cancelled: its
result is dropped. A writing one (an export with its audit entry) that finished is reported as
done, whatever Cancel said too late: the file is written and recorded.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from kbtdesk.base.progress import Cancelled

#: Work that ends sooner than this never shows its progress dialog.
SHOW_AFTER_MS = 300


class Step:
    """What the work sees of its operation, on the worker thread: thread-safe, no widgets.

    `progress` and `cancelled` are the core's protocol (kbtdesk/base/progress.py): `progress`
    raises `Cancelled` once Cancel was pressed, `cancelled` answers it for work that polls.
    """

    def __init__(self, relay: _Relay, cancel: threading.Event):
        self._relay, self._cancel = relay, cancel

    def progress(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._relay.progressed.emit(done, total)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def phase(self, text: str) -> None:
        """Name what the work does now ("Writing …"): the dialog shows it, busy until the next progress."""
        self._relay.phased.emit(text)


class _Relay(QObject):
    """One per operation, made on the GUI thread: the worker emits, the GUI thread receives (queued)."""

    progressed = Signal(int, int)
    phased = Signal(str)
    done = Signal(object, object)  # (result, exception or None)


class OperationDialog(QDialog):
    """What the window shows while an operation runs: what it does, how far, and Cancel."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None, title: str, label: str):
        super().__init__(parent)
        self.setObjectName("operationProgress")
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        self.label = QLabel(label)
        self.label.setObjectName("operationLabel")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.bar = QProgressBar()
        self.bar.setObjectName("operationBar")
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(QCoreApplication.translate("Operations", "Cancel"))
        self.cancel_button.setObjectName("operationCancel")
        self.cancel_button.setAccessibleName(QCoreApplication.translate("Operations", "Cancel"))
        self.bar.setAccessibleName(QCoreApplication.translate("Operations", "Progress"))
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)

    def done(self, result: int) -> None:
        """Escape, the close button, or the lock closing every dialog (ui/lock.py): Cancel too."""
        if getattr(result, "value", result) == QDialog.DialogCode.Rejected.value:
            self.cancelRequested.emit()
        super().done(result)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def set_phase(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)

    def cancelling(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(QCoreApplication.translate("Operations", "Cancelling…"))


class _Running:
    """The operation in flight: its thread, its cancel flag, its dialog and callbacks."""

    def __init__(self, relay: _Relay, cancel: threading.Event, dialog: OperationDialog, writes: bool,
                 success: Callable[[Any], None], failure: Callable[[BaseException], None] | None,
                 cancelled: Callable[[], None] | None):
        self.relay, self.cancel, self.dialog, self.writes = relay, cancel, dialog, writes
        self.success, self.failure, self.cancelled = success, failure, cancelled
        self.thread: threading.Thread | None = None


class LogOperations(QObject):
    """One window's long work on the log, one operation at a time."""

    busyChanged = Signal(bool)
    progressed = Signal(int, int)  # of the running operation, for whoever watches (tests, the bench)
    finished = Signal()  # after its success, failure or cancelled callback

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("logOperations")
        self._running: _Running | None = None
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._show)

    @classmethod
    def of(cls, widget: QWidget | None) -> LogOperations:
        """The operations of the window `widget` is in (the nearest parent that keeps a
        LogOperations child: the main window does); without one, the application's."""
        owner: QObject | None = widget
        while owner is not None:
            found = owner.findChild(cls, "logOperations", Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None:
                return found
            owner = owner.parent()
        app = QCoreApplication.instance()
        found = app.findChild(cls, "logOperations", Qt.FindChildOption.FindDirectChildrenOnly) if app else None
        return found if found is not None else cls(app)

    @property
    def busy(self) -> bool:
        return self._running is not None

    @property
    def dialog(self) -> OperationDialog | None:
        return self._running.dialog if self._running is not None else None

    def run(self, parent: QWidget | None, work: Callable[[Step], Any], *, title: str, label: str,
            success: Callable[[Any], None], failure: Callable[[BaseException], None] | None = None,
            cancelled: Callable[[], None] | None = None, writes: bool = False) -> bool:
        """Start `work(step)` on a worker thread; False (and nothing started) while another runs.

        `success(result)`, `failure(exception)` and `cancelled()` run later on the GUI thread.
        Without `failure`, an exception goes to the application's excepthook (ui/excepthook.py).
        """
        if self._running is not None:
            return False
        relay = _Relay(self)
        relay.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)
        relay.phased.connect(self._phased, Qt.ConnectionType.QueuedConnection)
        relay.done.connect(self._done, Qt.ConnectionType.QueuedConnection)
        cancel = threading.Event()
        dialog = OperationDialog(parent, title, label)
        dialog.cancelRequested.connect(self.cancel)
        running = _Running(relay, cancel, dialog, writes, success, failure, cancelled)
        running.thread = threading.Thread(target=_work, args=(work, Step(relay, cancel), relay),
                                          name="kbtdesk-operation", daemon=True)
        self._running = running
        self._show_timer.start()
        self.busyChanged.emit(True)
        # A full garbage collection holds the GIL while it scans every object of the process: at L
        # one ran during each export, 160–210 ms during which the GUI thread could not run (the
        # window's heap is most of it). What is alive now lives through the operation anyway, so
        # the collector leaves it alone until the operation ends; it collects the work's own objects.
        gc.freeze()
        running.thread.start()
        return True

    def cancel(self) -> None:
        """Stop the running operation at its next step; it leaves nothing behind."""
        running = self._running
        if running is not None and not running.cancel.is_set():
            running.cancel.set()
            running.dialog.cancelling()

    def wait(self, timeout_ms: int = 60000) -> bool:
        """Let the GUI thread run until no operation is left (tests, closing); False on timeout."""
        if self._running is None:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        self.finished.disconnect(loop.quit)
        return self._running is None

    def cancel_and_wait(self, timeout_ms: int = 60000) -> bool:
        self.cancel()
        return self.wait(timeout_ms)

    def _show(self) -> None:
        if self._running is not None:
            self._running.dialog.show()

    def _progressed(self, done: int, total: int) -> None:
        if self._running is not None:
            self._running.dialog.set_progress(done, total)
        self.progressed.emit(done, total)

    def _phased(self, text: str) -> None:
        if self._running is not None and not self._running.cancel.is_set():
            self._running.dialog.set_phase(text)

    def _done(self, result: Any, error: BaseException | None) -> None:
        running = self._running
        if running is None:
            return
        self._running = None
        self._show_timer.stop()
        if running.thread is not None:
            running.thread.join()  # it emitted this as its last act
        gc.unfreeze()
        running.relay.deleteLater()
        running.dialog.hide()
        running.dialog.deleteLater()
        self.busyChanged.emit(False)
        try:
            late_cancel = error is None and running.cancel.is_set() and not running.writes
            if isinstance(error, Cancelled) or late_cancel:
                if running.cancelled is not None:
                    running.cancelled()
            elif error is not None:
                if running.failure is None:
                    raise error
                running.failure(error)
            else:
                running.success(result)
        finally:
            self.finished.emit()


def _work(work: Callable[[Step], Any], step: Step, relay: _Relay) -> None:
    """The worker thread: run the work, then report its result or its exception, and end."""
    try:
        result = work(step)
    except Exception as exc:  # Cancelled, or a failure to report on the GUI thread
        relay.done.emit(None, exc)
    else:
        relay.done.emit(result, None)
