"""The fastest possible window over the same log: the baseline for cold start and memory.

A bare PySide6 QTableWidget that opens the log with sqlcipher3 and a raw key, reads the first 50
episodes (newest contact first) and paints them. Environment as benchmarks/kbtdesk_entry.py.
"""

from __future__ import annotations

import json
import os
import sys
import time

from benchmarks.rss import peak_rss_kib

FIRST_ROWS_SQL = (
    "SELECT p.name, p.identity, e.programme, e.started FROM episode e JOIN patient p ON p.id = e.patient_id "
    "WHERE e.ended IS NULL ORDER BY e.last_contact_at DESC, e.started DESC, e.id DESC LIMIT 50")


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem
    from sqlcipher3 import dbapi2 as sqlcipher

    qapp = QApplication(sys.argv)
    conn = sqlcipher.connect(os.environ["KBTDESK_BENCH_LOG"])
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{os.environ['KBTDESK_BENCH_RAW_KEY']}'\"")
    rows = conn.execute(FIRST_ROWS_SQL).fetchall()
    table = QTableWidget(len(rows), 4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    result: dict = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                result["first_paint"] = time.time()
                result["first_paint_cpu"] = time.process_time()
                QTimer.singleShot(0, qapp.quit)
            return False

    watcher = FirstPaint()
    table.viewport().installEventFilter(watcher)
    table.resize(1280, 800)
    table.show()
    qapp.exec()
    conn.close()
    result["rows_loaded"] = len(rows)
    result["maxrss_kib"] = peak_rss_kib()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
