"""Starting the window: QApplication, translators, unlock or first run, then the main window."""

from __future__ import annotations

import sys


def run(log_arg: str | None = None, demo: bool = False, quit_after_first_paint: bool = False) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("kbtdesk")
    window.setCentralWidget(QLabel("kbtdesk"))
    window.resize(1100, 700)
    window.show()
    if quit_after_first_paint:
        QTimer.singleShot(0, app.quit)
    return app.exec()
