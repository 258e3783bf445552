"""The benchmark's way into the real window: `python -m benchmarks.kbtdesk_entry`.

It does what `kbtdesk --quit-after-first-paint` does (kbtdesk.ui.app: its imports, QApplication,
translators, `build_window`, quit after the first paint), except that the log is unlocked with a
raw data key from the environment instead of the unlock dialog: the passphrase's key derivation is
deliberately slow and would hide everything else. This module is not part of the shipped program;
only it reads KBTDESK_BENCH_RAW_KEY.

Environment:
  KBTDESK_BENCH_LOG      the log file
  KBTDESK_BENCH_RAW_KEY  its data key, hex
  KBTDESK_BENCH_SHOW     "list" (default: quit at the first paint) or "worklist" (then also open
                         the worklist, as Ctrl+W would, and quit at its first paint)
Prints one JSON line: the wall-clock time of the first paint and the peak resident memory.
"""

from __future__ import annotations

import json
import os
import sys
import time

from benchmarks.rss import peak_rss_kib


def main() -> int:
    from pathlib import Path

    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from kbtdesk.db import engine
    from kbtdesk.paths import LogPaths
    from kbtdesk.translation import chosen_language
    from kbtdesk.ui import app as ui_app
    from kbtdesk.ui import excepthook

    paths = LogPaths(Path(os.environ["KBTDESK_BENCH_LOG"]))
    data_key = bytes.fromhex(os.environ["KBTDESK_BENCH_RAW_KEY"])
    show = os.environ.get("KBTDESK_BENCH_SHOW", "list")

    qapp = QApplication.instance() or QApplication(sys.argv)
    qapp.setApplicationName("kbtdesk")
    excepthook.install()
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    translators = ui_app.Translators(qapp)
    translators.apply(chosen_language(settings.value("language")))
    started = time.perf_counter()
    log = engine.open_with_key(paths, data_key)
    engine._after_unlock(log, started)  # records the unlock, as open_log does
    result: dict = {}
    try:
        window = ui_app.build_window(log, log_location=str(paths.log), settings=settings, translators=translators)

        class FirstPaint(QObject):
            def __init__(self, key, then=None):
                super().__init__(window)
                self.key, self.then = key, then

            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    result[self.key] = time.time()
                    result[self.key + "_cpu"] = time.process_time()
                    QTimer.singleShot(0, self.then or qapp.quit)
                return False

        def open_worklist():
            window.act.worklist.setChecked(True)
            watcher = FirstPaint("worklist_painted")
            window.worklist.view.viewport().installEventFilter(watcher)
            window._bench_watch = watcher

        first = FirstPaint("first_paint", open_worklist if show == "worklist" else None)
        window.episode_list.view.viewport().installEventFilter(first)
        window._bench_first = first
        QTimer.singleShot(60000, lambda: qapp.exit(1))
        window.show()
        code = qapp.exec()
        result["rows_loaded"] = window.episode_list.model.rowCount()
        if window.worklist is not None:
            result["worklist_items"] = len(window.worklist.model.rows())
        window.close()
    finally:
        translators.clear()
        log.close()
    result["maxrss_kib"] = peak_rss_kib()
    print(json.dumps(result), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
