"""kbtdesk against the fastest possible baseline, side by side, on the same machine in one run.

    python -m benchmarks.bench                    # L, 5 runs per figure (make bench)
    python -m benchmarks.bench --sizes S M L --runs 5

Each figure is the median of `--runs` runs (cold start: of `--cold-start-runs`, 15 by default, as
a process start varies more). Window figures run in a real process (offscreen Qt): cold start is a
subprocess (benchmarks/kbtdesk_entry.py) timed from just before it is started to
its first paint of the episode list; the baseline is benchmarks/baseline_window.py. The other
figures run in this process through the same code a click takes (the widgets' own methods), with
the baseline a raw sqlcipher3 connection on the same file with the same cache size.
The benchmark works on a copy of the cached log (saving contacts changes it). It prints figures
and never fails on a slow machine: figures are not tests.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

#: figure key -> (label, goal text, goal check on (kbtdesk seconds|MB, ratio))
FIGURES = {
    "cold_start": ("cold start to first painted episode list", "ratio ≤ 1.5, < 1 s"),
    "search": ("type-ahead search, per keystroke", "≤ 100 ms"),
    "episode": ("open an episode with 50 contacts", "≤ 50 ms"),
    "save": ("save a new contact (checklist Finish → committed)", "≤ 30 ms"),
    "worklist": ("worklist, one row per contact, all open (window)", "≤ 100 ms"),
    "worklist_tick": ("tick a worklist row with Space (written, undo step, views refreshed)", "≤ 100 ms"),
    "week": ("week view, every active episode (core query)", "≤ 100 ms"),
    "week_view": ("week view in the window (toolbar Week → rows read, page painted)", "≤ 100 ms"),
    "worklist_rows": ("worklist by contact, all open (core query)", "≤ 100 ms"),
    "export": ("registration export to CSV", "ratio ≤ 2"),
    "export_stall": ("longest event-loop stall while the window exports the registration list (CSV)", "≤ 100 ms"),
    "pdf": ("episode summary PDF", "≤ 500 ms"),
    "import": ("import of M from JSON", "≤ 30 s"),
    "memory": ("peak memory, L open + worklist shown (MB)", "≤ 250 MB above baseline"),
}


#: Not a time: the input events of benchmarks/scripted_week.py, printed after the tables.
SCRIPTED_WEEK = "scripted_week"


def _median(values):
    return statistics.median(values) if values else None


def machine() -> dict:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kib / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    return {"nproc": os.cpu_count(), "cpu": model, "ram": mem, "load": os.getloadavg()}


def _copy_log(source: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    for name in ("kbtdesk-log.db", "kbtdesk-log.db.key", "kbtdesk-log.db.rawkey"):
        shutil.copy2(source.parent / name, into / name)
    return into / "kbtdesk-log.db"


# -- subprocess figures ---------------------------------------------------------------------------

def _window_run(module: str, log: Path, key: bytes, show: str = "list") -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KBTDESK_BENCH_LOG=str(log),
               KBTDESK_BENCH_RAW_KEY=key.hex(), KBTDESK_BENCH_SHOW=show, PYTHONPATH=str(ROOT))
    started = time.time()
    done = subprocess.run([PYTHON, "-m", module], env=env, cwd=ROOT, capture_output=True, text=True, timeout=300)
    if done.returncode != 0:
        raise RuntimeError(f"{module} failed: {done.stderr[-2000:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["cold_start"] = result["first_paint"] - started
    return result


#: A process start on this kind of machine varies by ±20 % from one run to the next (the baseline's
#: too), so cold start gets this many interleaved runs by default (`--cold-start-runs`), ≈1 s each.
COLD_START_RUNS = 15


def window_figures(log: Path, key: bytes, runs: int, results: dict, cold_start_runs: int | None = None) -> None:
    for _ in range(cold_start_runs or runs):
        ours = _window_run("benchmarks.kbtdesk_entry", log, key)
        base = _window_run("benchmarks.baseline_window", log, key)
        results["cold_start"]["kbtdesk"].append(ours["cold_start"])
        results["cold_start"]["baseline"].append(base["cold_start"])
    for _ in range(runs):
        ours = _window_run("benchmarks.kbtdesk_entry", log, key, show="worklist")
        base = _window_run("benchmarks.baseline_window", log, key)
        results["memory"]["kbtdesk"].append(ours["maxrss_kib"] / 1024)
        results["memory"]["baseline"].append(base["maxrss_kib"] / 1024)
        results["memory"]["note"] = f"{ours.get('worklist_items', 0)} worklist items"


# -- in-process figures ---------------------------------------------------------------------------

def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


def _timed_cpu(fn, cpu: list[float]) -> float:
    """Wall time, and this process's CPU time appended to `cpu`: on a machine busy with other work
    the CPU time stays near what the same run takes on an idle one."""
    started, started_cpu = time.perf_counter(), time.process_time()
    fn()
    cpu.append(time.process_time() - started_cpu)
    return time.perf_counter() - started


class _FirstPaint:
    """When a widget was first painted after this object was made (perf_counter), or None."""

    def __init__(self, widget):
        from PySide6.QtCore import QEvent, QObject

        self.at: float | None = None
        outer = self

        class Filter(QObject):
            def eventFilter(self, obj, event):
                if event.type() == QEvent.Type.Paint and outer.at is None:
                    outer.at = time.perf_counter()
                return False

        self._filter = Filter()
        self._watched = []
        if widget is not None:
            self.watch(widget)

    def watch(self, widget) -> None:
        """Also watch this widget (one built by the click itself is watched only from then on)."""
        if widget not in self._watched:
            widget.installEventFilter(self._filter)
            self._watched.append(widget)


def _raw(log: Path, key: bytes):
    from sqlcipher3 import dbapi2 as sqlcipher

    conn = sqlcipher.connect(str(log), isolation_level=None)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute("PRAGMA cache_size = -65536")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


SEARCH_SQL = (
    "SELECT e.id, p.name, p.identity, e.programme, e.started FROM episode e JOIN patient p ON p.id = e.patient_id "
    "WHERE e.patient_id IN (SELECT patient_id FROM search_term WHERE term >= ? AND term < ? LIMIT 5000) "
    "ORDER BY e.last_contact_at DESC LIMIT 2000")
EPISODE_SQL = (
    "SELECT * FROM contact WHERE episode_id = ? ORDER BY at_utc, id",
    "SELECT * FROM episode e JOIN patient p ON p.id = e.patient_id WHERE e.id = ?",
    'SELECT * FROM measure WHERE episode_id = ? ORDER BY "on", id',
)
WORKLIST_SQL = (
    "SELECT c.id, c.episode_id, c.at, c.type, c.codes, c.final, c.outage, c.journal_done IS NULL, "
    "c.registered IS NULL, p.name, p.identity, e.programme FROM contact c INDEXED BY ix_contact_open "
    "JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
    "WHERE c.journal_done IS NULL OR c.registered IS NULL ORDER BY c.at_utc, c.id",
    "SELECT e.id, e.ended, p.name, p.identity, e.programme FROM episode e JOIN patient p ON p.id = e.patient_id "
    "WHERE e.ended IS NOT NULL AND e.siber_transferred IS NULL ORDER BY e.ended, e.id",
)
# What any week view must read at the least: every active episode with its patient (the core's
# query adds each one's latest contact, feedback and flagged score from covering indexes).
WEEK_SQL = (
    "SELECT e.id, p.id, p.name, p.identity, e.programme, e.started, e.siber_start_documented, e.last_contact_at "
    "FROM episode e INDEXED BY ix_episode_active JOIN patient p ON p.id = e.patient_id WHERE e.ended IS NULL")
# The registration list's rows and columns (12, in file order), everything SQL can do in SQL: the
# same contacts (local dates in the period), the same join and order. What needs the rule set
# (contact type and mode names, registration text and system) is left as the stored codes.
EXPORT_SQL = (
    "SELECT substr(c.at, 1, 10), substr(c.at, 12, 5), p.name, p.identity, c.type, c.mode, c.codes, "
    "substr(c.registered, 1, 10), e.care_level, e.ehr, c.episode_id, c.id "
    "FROM contact c JOIN episode e ON e.id = c.episode_id JOIN patient p ON p.id = e.patient_id "
    "WHERE c.at_utc >= ? AND c.at_utc < ? AND substr(c.at, 1, 10) BETWEEN ? AND ? ORDER BY c.at_utc, c.id")
EXPORT_HEADER = ("Date", "Time", "Patient", "Identity number", "Contact type", "Mode", "KVÅ codes", "Registered",
                 "Care level", "EHR", "Episode", "Contact")


def _export_period(conn, contacts: int = 100_000) -> tuple[date, date, int]:
    """The most recent period holding about `contacts` contacts (all of them on a smaller log)."""
    total = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    first = conn.execute("SELECT at_utc FROM contact ORDER BY at_utc DESC LIMIT 1 OFFSET ?",
                         (min(contacts, total) - 1,)).fetchone()[0]
    start = date.fromisoformat(first[:10]) + timedelta(days=1)
    end = date.fromisoformat(conn.execute("SELECT max(at_utc) FROM contact").fetchone()[0][:10])
    return start, end, min(contacts, total)


def process_figures(log: Path, key: bytes, runs: int, results: dict, tmp: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest  # the input events pytest-qt's qtbot sends
    from PySide6.QtWidgets import QApplication

    from benchmarks.generate import bench_episode_id
    from kbtdesk.core.csvout import write_csv
    from kbtdesk.core.reports import build_episode_summary, build_registrations
    from kbtdesk.core.service import ContactDraft
    from kbtdesk.db import engine
    from kbtdesk.paths import LogPaths
    from kbtdesk.render.pdf import write_pdf
    from kbtdesk.ui import app as ui_app
    from kbtdesk.ui.checklist import ContactChecklist

    LEFT_BUTTON, NO_MODIFIER = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    qapp = QApplication.instance() or QApplication(["kbtdesk-bench"])
    paths = LogPaths(log)
    episode_id = bench_episode_id(paths, key)
    raw = _raw(log, key)
    opened = engine.open_with_key(paths, key)
    try:
        window = ui_app.build_window(opened, log_location=str(log), settings=QSettings(str(tmp / "s.ini"),
                                     QSettings.Format.IniFormat), translators=None)
        service = window.service
        window.resize(1280, 800)
        window.show()
        qapp.processEvents()
        lst = window.episode_list

        # type-ahead: every prefix of a surname, then of an identity number, in "All"
        lst.set_status("all")
        qapp.processEvents()
        name = raw.execute("SELECT name_folded FROM patient ORDER BY rowid LIMIT 1 OFFSET 17").fetchone()[0]
        identity = raw.execute("SELECT identity FROM patient ORDER BY rowid LIMIT 1 OFFSET 29").fetchone()[0]
        surname = name.split()[-1]
        prefixes = [surname[:n] for n in range(1, len(surname) + 1)] + [identity[:n] for n in range(2, 9)]
        for _ in range(runs):
            for prefix in prefixes:
                def keystroke():
                    lst.search.setText(prefix)
                    lst.reload()  # what the search timer calls
                    qapp.processEvents()
                results["search"]["kbtdesk"].append(_timed(keystroke))
                results["search"]["baseline"].append(_timed(
                    lambda: raw.execute(SEARCH_SQL, (prefix, prefix + "\U0010ffff")).fetchall()))
        results["search"]["note"] = f"{len(prefixes)} prefixes × {runs}"
        lst.search.setText("")
        lst.set_status("active")
        lst.reload()
        qapp.processEvents()

        # Open an episode: a click on its row in the list (QtTest's events, as pytest-qt sends
        # them), through the window's selection handler to the painted episode view. Between runs
        # a click on the row next to it opens another episode.
        window.select_episode(episode_id)  # lists it (the list keeps its status and search)
        qapp.processEvents()
        table = lst.view
        row = lst.model.row_of(episode_id)
        other = row + 1 if row + 1 < lst.model.rowCount() else row - 1

        def click_row(number: int) -> None:
            table.scrollTo(lst.model.index(number, 0))
            QTest.mouseClick(table.viewport(), LEFT_BUTTON, NO_MODIFIER,
                             table.visualRect(lst.model.index(number, 0)).center())
            qapp.processEvents()

        for _ in range(runs):
            click_row(other)
            table.scrollTo(lst.model.index(row, 0))
            qapp.processEvents()
            results["episode"]["kbtdesk"].append(_timed(lambda: click_row(row)))
            if window.current_episode_id() != episode_id:
                raise RuntimeError("the click did not open the benchmark's episode")
            results["episode"]["baseline"].append(_timed(
                lambda: [raw.execute(sql, (episode_id,)).fetchall() for sql in EPISODE_SQL]))

        detail = service.episode_detail(episode_id)
        base_at = datetime.now().astimezone().replace(microsecond=0)
        br_codes = tuple(s.code for s in service.suggest_codes("BR", None, False))  # as the checklist suggests
        drafts = [ContactDraft(episode_id=episode_id, at=base_at - timedelta(minutes=n + 1), type="BR",
                               minutes=15, codes=br_codes, note="Bench.") for n in range(runs)]
        for draft in drafts:
            # A click on the checklist's Finish (its values are the draft's, as after the window
            # locked mid-checklist): the rule check, validation, the transaction with its audit
            # entry, committed with synchronous=FULL. Then what the window does to show it.
            checklist = ContactChecklist(window, service, episode_id, restore=draft)
            checklist.show()
            qapp.processEvents()
            results["save"]["kbtdesk"].append(_timed(
                lambda: QTest.mouseClick(checklist.finish_button, LEFT_BUTTON)))
            if checklist.saved_contact is None:
                raise RuntimeError(f"the checklist did not save the benchmark's contact: {checklist._findings}")
            checklist.deleteLater()
            results["save"].setdefault("refresh", []).append(_timed(lambda: (window.refresh_all(), qapp.processEvents())))
        # The baseline's inserts come after: a write through another connection empties kbtdesk's
        # page cache, which no other writer does in real use (its refresh would then read cold).
        for n, draft in enumerate(drafts):
            def raw_insert(n=n, draft=draft):
                raw.execute("BEGIN IMMEDIATE")
                raw.execute("INSERT INTO contact (id, episode_id, at, at_utc, type, minutes, final, codes, note, outage) "
                            "VALUES (?, ?, ?, ?, 'BR', 15, 0, ?, 'Bench.', 0)",
                            (f"bench-{time.time_ns()}-{n}", episode_id, draft.at.isoformat(), draft.at.isoformat()[:19],
                             " ".join(br_codes)))
                raw.execute("COMMIT")
            results["save"]["baseline"].append(_timed(raw_insert))
        del detail
        results["save"]["note"] = (f"the contacts table and list show it {_fmt(_median(results['save']['refresh']), 's')} "
                                   "later (refresh_all)")

        # The saves above start the log's first backup in a worker thread (a user's first change of
        # the day does too): let it finish, or the figures below measure it as well.
        backups_waited = 0.0
        if window.backup_runner is not None and window.backup_runner.running:
            backups_waited = _timed(lambda: window.backup_runner.wait(300_000))
        worklist_button = window.toolbar.widgetForAction(window.act.worklist)  # the toolbar's Worklist
        shown_cpu: list[float] = []
        read_all: list[float] = []
        for _ in range(runs):
            window.act.worklist.setChecked(False)
            qapp.processEvents()
            # "Shows": from the click to the first paint of the worklist's rows; the whole list
            # (a long one is read after its first screenful) when the events are all handled.
            painted = _FirstPaint(window.worklist.view.viewport() if window.worklist is not None else None)
            started = time.perf_counter()
            read_all.append(_timed_cpu(
                lambda: (QTest.mouseClick(worklist_button, LEFT_BUTTON), qapp.processEvents()), shown_cpu))
            painted.watch(window.worklist.view.viewport())
            results["worklist"]["kbtdesk"].append((painted.at or time.perf_counter()) - started)
            if not window.act.worklist.isChecked():
                raise RuntimeError("the click did not show the worklist")
            results["worklist"]["baseline"].append(_timed(lambda: [raw.execute(sql).fetchall() for sql in WORKLIST_SQL]))
        results["worklist"]["note"] = (f"{len(window.worklist.model.rows())} rows, "
                                       f"{len(service.worklist())} open items; to the first paint; every row read "
                                       f"{_fmt(_median(read_all), 's')} (CPU time {_fmt(_median(shown_cpu), 's')})"
                                       + (f"; after the first backup ({backups_waited:.0f} s)" if backups_waited else ""))
        # One tick by Space on the current row, and its Ctrl+Z (each: core write, audit, undo
        # step, the worklist, list, episode and counts refreshed and painted).
        view = window.worklist.view
        window.activateWindow()  # keys reach shortcuts only in the active window
        qapp.processEvents()
        view.setFocus()
        undo: list[float] = []
        tick_cpu: list[float] = []
        for n in range(runs):
            view.selectionModel().setCurrentIndex(
                window.worklist.model.index(n, 5),  # the Journal column
                view.selectionModel().SelectionFlag.ClearAndSelect | view.selectionModel().SelectionFlag.Rows)
            qapp.processEvents()
            results["worklist_tick"]["kbtdesk"].append(_timed_cpu(
                lambda: (QTest.keyClick(view, Qt.Key.Key_Space, NO_MODIFIER), qapp.processEvents()), tick_cpu))
            if not window.undo_stack.canUndo():
                raise RuntimeError("Space did not tick the row")
            undo.append(_timed(lambda: (QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier),
                                        qapp.processEvents())))
            if not window.undo_stack.canRedo():
                raise RuntimeError("Ctrl+Z did not undo the tick")
        results["worklist_tick"]["note"] = (f"CPU time {_fmt(_median(tick_cpu), 's')}; "
                                            f"its Ctrl+Z: {_fmt(_median(undo), 's')}")
        window.act.worklist.setChecked(False)

        # The week view in the window: a click on the toolbar's Week (the rows read, the model
        # reset, the columns fitted, the page painted); a click on Episodes between runs.
        week_button = window.toolbar.widgetForAction(window.act.week)
        episodes_button = window.toolbar.widgetForAction(window.act.episodes)
        from kbtdesk.core import week as core_week

        query_times, gc_runs = [], []
        unwrapped = core_week.week_rows

        def timed_week_rows(*args, **kwargs):  # the core query's share of the click
            started = time.perf_counter()
            try:
                return unwrapped(*args, **kwargs)
            finally:
                query_times.append(time.perf_counter() - started)

        import gc

        def count_full_gc(phase, info):
            if phase == "start" and info.get("generation") == 2:
                gc_runs.append(1)

        core_week.week_rows = timed_week_rows
        gc.callbacks.append(count_full_gc)
        for _ in range(runs):
            QTest.mouseClick(episodes_button, LEFT_BUTTON)
            qapp.processEvents()
            results["week_view"]["kbtdesk"].append(_timed(
                lambda: (QTest.mouseClick(week_button, LEFT_BUTTON), qapp.processEvents())))
            if not window.week_page.is_shown():
                raise RuntimeError("the click did not show the week view")
            results["week_view"]["baseline"].append(_timed(lambda: raw.execute(WEEK_SQL).fetchall()))
        core_week.week_rows = unwrapped
        gc.callbacks.remove(count_full_gc)
        shown = window.week_page.view.model.rowCount()
        results["week_view"]["note"] = (f"{shown} rows, of which week_rows {_fmt(_median(query_times), 's')}; "
                                        f"{len(gc_runs)} full garbage collections in {runs} runs; baseline: the "
                                        "episodes and patients alone, raw SQL")
        QTest.mouseClick(episodes_button, LEFT_BUTTON)
        qapp.processEvents()

        # The week view's and the new worklist's core queries (issue 14; the window shows them later).
        from kbtdesk.core import ticks, week

        # Each in a loop of its own, as the other figures: run alternately, the two queries' pages
        # (≈50 MB for the week at L) push each other out of the connection's 64 MiB cache.
        for _ in range(runs):
            results["week"]["kbtdesk"].append(_timed(lambda: week.week_rows(service)))
            results["week"]["baseline"].append(_timed(lambda: raw.execute(WEEK_SQL).fetchall()))
        for _ in range(runs):
            results["worklist_rows"]["kbtdesk"].append(_timed(lambda: ticks.worklist_rows(service)))
            results["worklist_rows"]["baseline"].append(_timed(lambda: [raw.execute(sql).fetchall()
                                                                        for sql in WORKLIST_SQL]))
        rows = week.week_rows(service)
        results["week"]["note"] = (f"{len(rows)} active episodes, {sum(1 for r in rows if r.due)} with something due; "
                                   "baseline: the episodes and patients alone")
        results["worklist_rows"]["note"] = f"{len(ticks.worklist_rows(service))} rows"

        start, end, count = _export_period(raw)
        target = tmp / "registrations.csv"
        for _ in range(runs):
            results["export"]["kbtdesk"].append(_timed(lambda: write_csv(build_registrations(service, start, end), target)))

            def raw_export():
                import csv

                lo, hi = (start - timedelta(days=1)).isoformat(), (end + timedelta(days=2)).isoformat()
                with open(tmp / "raw.csv", "w", encoding="utf-8", newline="") as handle:
                    handle.write("\ufeff")
                    writer = csv.writer(handle, delimiter=";")
                    writer.writerow(EXPORT_HEADER)
                    writer.writerows(raw.execute(EXPORT_SQL, (lo, hi, start.isoformat(), end.isoformat())))
            results["export"]["baseline"].append(_timed(raw_export))
        results["export"]["note"] = f"{count:,} contacts"

        pdf = tmp / "summary.pdf"
        for _ in range(runs):
            results["pdf"]["kbtdesk"].append(_timed(lambda: write_pdf(build_episode_summary(service, episode_id), pdf)))
        window.close()
        window.deleteLater()
        qapp.processEvents()
    finally:
        raw.close()
        opened.close()


#: The GUI thread's timer of the stall figure: it should tick this often whatever the window does.
TICK_MS = 10


def stall_figure(log: Path, key: bytes, runs: int, results: dict, tmp: Path) -> None:
    """The longest gap between two ticks of a 10 ms QTimer on the GUI thread while the window's
    export dialog writes the registration list of the newest 100,000 contacts to CSV: a click on
    its Save CSV button (the file dialog answered), until the file is written and recorded. The
    click itself counts: a window that exports on the GUI thread ticks only when it lets events
    through. Baseline: the same gap while the event loop runs idle for as long."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from kbtdesk.db import engine
    from kbtdesk.paths import LogPaths
    from kbtdesk.ui import app as ui_app
    from kbtdesk.ui import printing
    from kbtdesk.ui.exports import PERIOD_CUSTOM, ExportDialog

    qapp = QApplication.instance() or QApplication(["kbtdesk-bench"])
    raw = _raw(log, key)
    start, end, count = _export_period(raw)
    raw.close()
    opened = engine.open_with_key(LogPaths(log), key)
    target = tmp / "stall.csv"
    real_ask_path = printing.ask_path
    printing.ask_path = lambda parent, fmt, suggested: target
    try:
        window = ui_app.build_window(opened, log_location=str(log), settings=QSettings(
            str(tmp / "stall.ini"), QSettings.Format.IniFormat), translators=None)
        window.resize(1280, 800)
        window.show()
        qapp.processEvents()
        dialog = ExportDialog(window, window.service, "sv", None)
        dialog.show()
        dialog.set_period(PERIOD_CUSTOM, start, end)
        qapp.processEvents()

        def longest_gap(action) -> float:
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(TICK_MS)
            timer.setTimerType(Qt.TimerType.PreciseTimer)
            timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
            timer.start()
            ticks.append(time.perf_counter())
            action()
            ticks.append(time.perf_counter())
            timer.stop()
            return max(b - a for a, b in zip(ticks, ticks[1:], strict=False))

        def export() -> None:
            QTest.mouseClick(dialog.csv_button, Qt.MouseButton.LeftButton)
            operations = getattr(window, "operations", None)  # none before exports ran in the background
            if operations is not None:
                operations.wait(600_000)
            if dialog.last_written != target:
                raise RuntimeError("the export did not write the file")
            dialog.last_written = None

        durations = []
        for _ in range(runs):
            started = time.perf_counter()
            results["export_stall"]["kbtdesk"].append(longest_gap(export))
            durations.append(time.perf_counter() - started)

            def idle(seconds: float = durations[-1]) -> None:
                loop = QEventLoop()
                QTimer.singleShot(int(seconds * 1000), loop.quit)
                loop.exec()

            results["export_stall"]["baseline"].append(longest_gap(idle))
        results["export_stall"]["note"] = (f"{count:,} contacts; the export took {_fmt(_median(durations), 's')} "
                                           f"(click to file written and recorded); timer every {TICK_MS} ms")
        dialog.close()
        window.close()
        window.deleteLater()
        qapp.processEvents()
    finally:
        printing.ask_path = real_ask_path
        opened.close()


def import_figure(runs: int, results: dict, tmp: Path) -> None:
    """Import of the M log's JSON export into a new, empty log (through import_document)."""
    from benchmarks.generate import CACHE, PASSPHRASE, generate
    from kbtdesk.composition import build_service
    from kbtdesk.core.interchange import dumps, export_log, import_document
    from kbtdesk.db import engine, keyfile
    from kbtdesk.paths import LogPaths

    document = CACHE / "M" / "export.json"
    if not document.exists():
        paths, key = generate("M")
        copy = _copy_log(paths.log, tmp / "m-export")
        opened = engine.open_with_key(LogPaths(copy), key)
        try:
            document.write_text(dumps(export_log(build_service(opened))), encoding="utf-8")
        finally:
            opened.close()
    raw = document.read_bytes()
    for n in range(runs):
        target = LogPaths(tmp / f"import-{n}" / "kbtdesk-log.db")
        opened = engine.create_log(target, PASSPHRASE, keyfile.TEST_KDF, recovery=False)
        try:
            service = build_service(opened)
            results["import"]["kbtdesk"].append(_timed(lambda: import_document(service, raw)))
        finally:
            opened.close()
        shutil.rmtree(target.log.parent, ignore_errors=True)


# -- table --------------------------------------------------------------------------------------

def _fmt(value, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "MB":
        return f"{value:.0f} MB"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def table(size: str, results: dict, runs: int) -> str:
    lines = [f"| figure ({size}, median of {runs}) | kbtdesk | baseline | ratio | goal | note |",
             "|---|---:|---:|---:|---|---|"]
    for key, (label, goal) in FIGURES.items():
        entry = results.get(key)
        if not entry or not entry["kbtdesk"]:
            continue
        unit = "MB" if key == "memory" else "s"
        ours, base = _median(entry["kbtdesk"]), _median(entry["baseline"])
        if key == "memory" and base is not None:
            ratio = f"+{ours - base:.0f} MB"
        else:
            ratio = f"{ours / base:.2f}×" if base else "—"
        note = entry.get("note", "")
        if key == "cold_start" and entry["baseline"]:
            # Two more views of the same starts, less moved by the machine's slow spells: the
            # median of each start's ratio to the baseline start just after it, and fastest/fastest.
            paired = _median([a / b for a, b in zip(entry["kbtdesk"], entry["baseline"])])
            note = f"each start against the next baseline start: {paired:.2f}×; fastest against fastest: " \
                   f"{min(entry['kbtdesk']) / min(entry['baseline']):.2f}×"
        if len(entry["kbtdesk"]) != runs:  # cold start: COLD_START_RUNS
            note = f"median of {len(entry['kbtdesk'])}" + (f"; {note}" if note else "")
        lines.append(f"| {label} | {_fmt(ours, unit)} | {_fmt(base, unit)} | {ratio} | {goal} | {note} |")
    return "\n".join(lines)


def run_size(size: str, runs: int, figures: set[str], keep: bool = False,
             cold_start_runs: int | None = None) -> dict:
    from benchmarks.generate import generate

    paths, key = generate(size)
    results = {k: {"kbtdesk": [], "baseline": []} for k in FIGURES}
    with tempfile.TemporaryDirectory(prefix=f"kbtdesk-bench-{size}-") as folder:
        tmp = Path(folder)
        log = _copy_log(paths.log, tmp / "log")
        if figures & {"cold_start", "memory"}:
            window_figures(log, key, runs, results, cold_start_runs)
        if figures & {"search", "episode", "save", "worklist", "worklist_tick", "week", "week_view", "worklist_rows",
                       "export", "pdf"}:
            process_figures(log, key, runs, results, tmp)
        if "export_stall" in figures:
            stall_figure(log, key, runs, results, tmp)
        if "import" in figures:
            import_figure(runs, results, tmp)
    return results


def compile_bytecode() -> None:
    """Write the .pyc of kbtdesk and the benchmark entries first, as an installed kbtdesk has them
    (pip and the PyInstaller bundle compile at install). Without this, a shell with
    PYTHONDONTWRITEBYTECODE=1 (this machine's) compiles every module changed since its .pyc on
    every measured start: 10–15 ms for main_window.py alone."""
    import compileall

    for folder in ("kbtdesk", "benchmarks"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench")
    parser.add_argument("--sizes", nargs="+", default=["L"], choices=["S", "M", "L"])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold-start-runs", type=int, default=COLD_START_RUNS,
                        help=f"interleaved process starts for cold start (default {COLD_START_RUNS})")
    parser.add_argument("--figures", nargs="+", default=sorted(FIGURES) + [SCRIPTED_WEEK],
                        choices=sorted(FIGURES) + [SCRIPTED_WEEK])
    parser.add_argument("--json", type=Path, help="also write every run's figures here")
    args = parser.parse_args(argv)
    compile_bytecode()
    info = machine()
    print(f"machine: {info['nproc']} × {info['cpu']}, {info['ram']} RAM, load at start "
          f"{info['load'][0]:.2f} {info['load'][1]:.2f} {info['load'][2]:.2f}", flush=True)
    every = {}
    for size in args.sizes:
        started = time.perf_counter()
        figures = set(args.figures)
        if size != args.sizes[-1]:
            figures.discard("import")  # the import figure is of M whatever the size; run it once
        every[size] = run_size(size, args.runs, figures, cold_start_runs=args.cold_start_runs)
        print(f"\n{table(size, every[size], args.runs)}\n({size} took {time.perf_counter() - started:.0f} s; "
              f"load now {os.getloadavg()[0]:.2f})", flush=True)
    if len(args.sizes) > 1:
        print("\n| growth (kbtdesk median) | " + " | ".join(args.sizes) + " |")
        print("|---|" + "---:|" * len(args.sizes))
        for key, (label, _goal) in FIGURES.items():
            cells = []
            for size in args.sizes:
                value = _median(every[size][key]["kbtdesk"])
                cells.append(_fmt(value, "MB" if key == "memory" else "s"))
            if any(c != "—" for c in cells):
                print(f"| {label} | " + " | ".join(cells) + " |")
    scripted = None
    if SCRIPTED_WEEK in args.figures:
        # Input events, not time: its own log of 30 episodes, whatever the sizes (benchmarks/scripted_week.py).
        from PySide6.QtWidgets import QApplication

        from benchmarks import scripted_week

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        scripted = scripted_week.run(QApplication.instance() or QApplication(["kbtdesk-bench"]))
        print(f"\n{scripted_week.report(scripted)}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"machine": info, "runs": args.runs, "results": every,
                                         "scripted_week": scripted}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
