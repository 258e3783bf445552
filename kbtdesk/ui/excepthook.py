"""A global excepthook: an unexpected error is logged and shown, never a silent exit."""

from __future__ import annotations

import logging
import sys
import traceback

logger = logging.getLogger("kbtdesk")


def show_error_dialog(exc_type, exc, tb) -> None:
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical,
                      QCoreApplication.translate("Error", "kbtdesk: unexpected error"),
                      QCoreApplication.translate(
                          "Error", "Something went wrong that kbtdesk did not expect. What you saved before "
                                   "is in the log. If it happens again, send the details below to whoever "
                                   "supports kbtdesk (check that they contain no patient data)."),
                      QMessageBox.StandardButton.Ok, QApplication.activeWindow())
    box.setObjectName("errorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
    box.exec()


def make_hook(show=show_error_dialog, previous=None):
    """The hook function: logs, then shows; a failure while showing falls back to `previous`."""
    previous = previous or sys.__excepthook__
    busy = False

    def hook(exc_type, exc, tb):
        nonlocal busy
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        logger.error("unexpected error", exc_info=(exc_type, exc, tb))
        if busy:  # an error inside the error dialog: do not loop
            return
        busy = True
        try:
            show(exc_type, exc, tb)
        except Exception:  # noqa: BLE001 - the hook must not raise
            previous(exc_type, exc, tb)
        finally:
            busy = False

    return hook


def install(show=show_error_dialog):
    hook = make_hook(show, sys.excepthook)
    sys.excepthook = hook
    return hook
