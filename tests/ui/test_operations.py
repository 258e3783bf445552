"""Long work in the background: an export leaves the window free, Cancel leaves nothing, a failure
is said on the GUI thread, and the window starts no second write meanwhile (ui/operations.py)."""

from __future__ import annotations

import csv
import threading
from datetime import timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from kbtdesk.core import reports
from kbtdesk.core.csvout import write_csv
from kbtdesk.core.reports.request import ReportRequest
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import printing
from kbtdesk.ui.exports import ExportDialog
from kbtdesk.ui.main_window import MainWindow
from kbtdesk.ui.operations import SHOW_AFTER_MS, LogOperations
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
WAIT = 20  # seconds a gate waits before the test fails (a worker never left hanging)


@pytest.fixture
def contacts(service, episode):
    """Forty message contacts of Åsa Öberg this week."""
    at = NOW - timedelta(days=2)
    return [service.save_contact(ContactDraft(episode_id=episode.id, at=at - timedelta(minutes=n), type="BR",
                                              codes=("DU011", "ZV044", "ZV051"), journal_done=at))
            for n in range(40)]


@pytest.fixture
def window(qtbot, service, episode, contacts, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language="sv", settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_episode(episode.id)
    qtbot.waitUntil(lambda: win.act.new_contact.isEnabled())
    yield win
    win.operations.cancel_and_wait()


@pytest.fixture
def dialog(qtbot, window, episode):
    made = ExportDialog(window, window.service, "sv", episode.id)
    qtbot.addWidget(made)
    made.show()
    return made


def request_of(dialog) -> ReportRequest:
    return dialog.choice()


class Gate:
    """Holds the worker at one point until the test (on the GUI thread) lets it go."""

    def __init__(self):
        self.reached, self.opened, self.threads = threading.Event(), threading.Event(), []

    def hold(self) -> None:
        self.threads.append(threading.current_thread())
        self.reached.set()
        assert self.opened.wait(WAIT), "the test never opened the gate"

    def wait_reached(self, qtbot) -> None:
        qtbot.waitUntil(self.reached.is_set, timeout=WAIT * 1000)


def gated_build(dialog, gate: Gate):
    choice = dialog.choice()

    def build(progress, cancelled):
        gate.hold()
        return choice.build(dialog.service, dialog.language, progress, cancelled)

    return build


def test_an_export_leaves_the_window_free_and_its_worker_reads_through_its_own_session(
        qtbot, window, dialog, service, tmp_path):
    gate = Gate()
    written = []
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    assert printing.export(dialog, gated_build(dialog, gate), tmp_path / "lista.csv", printing.FORMAT_CSV,
                           then=written.append)
    gate.wait_reached(qtbot)
    before = len(ticks)
    qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=2000)  # the GUI thread's timers still run
    # While the worker is inside the export, the window still reads the log (its own session).
    assert [row.episode_id for row in service.episode_rows("active", "")] == [dialog.episode_id]
    assert not written and window.operations.busy
    gate.opened.set()
    assert window.operations.wait(WAIT * 1000)
    timer.stop()
    assert gate.threads[0] is not threading.main_thread()
    assert written == [tmp_path / "lista.csv"] and (tmp_path / "lista.csv").exists()


def test_the_file_is_byte_for_byte_what_the_synchronous_path_writes(qtbot, window, dialog, service, monkeypatch,
                                                                    tmp_path):
    target = tmp_path / "fönstret.csv"
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: target)
    dialog.hide_identity.setChecked(False)
    assert dialog.save(printing.FORMAT_CSV)
    assert window.operations.wait(WAIT * 1000)
    assert dialog.last_written == target
    direct = tmp_path / "direkt.csv"
    write_csv(request_of(dialog).build(service, "sv"), direct, printing.translate)
    assert target.read_bytes() == direct.read_bytes()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == 41  # header and forty contacts
    entry = [e for e in service.audit_entries() if e.action == "export"][-1]
    assert entry.detail.startswith("registrations 2026-11-23..2026-11-29; patients 1 #")


def test_a_pdf_written_by_the_worker_has_its_text(qtbot, window, dialog, monkeypatch, tmp_path):
    import subprocess

    target = tmp_path / "lista.pdf"
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: target)
    assert dialog.save(printing.FORMAT_PDF)
    assert window.operations.wait(WAIT * 1000)
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert text.count("Åsa Öberg") == 40 and "19640823-****" in text


def test_cancel_while_writing_leaves_no_file_and_no_temporary(qtbot, window, dialog, service, monkeypatch, tmp_path):
    folder = tmp_path / "ut"
    folder.mkdir()
    (folder / "annan.txt").write_text("x")
    gate = Gate()
    real_write = printing.write_csv

    def write_csv_held(report, path, translate, progress, cancelled):
        def held(done, total):
            progress(done, total)
            if done > 0:
                gate.hold()  # a temporary file is half written now

        real_write(report, path, translate, held, cancelled)

    monkeypatch.setattr(printing, "write_csv", write_csv_held)
    written, gone = [], []
    report = request_of(dialog).build(service, "sv")
    table = report.csv_table
    table.rows = table.rows * 100  # several blocks of rows
    assert printing.export(dialog, lambda p, c: report, folder / "lista.csv", printing.FORMAT_CSV,
                           record=lambda r: service.record_export("csv", "test"), then=written.append)
    window.operations.busyChanged.connect(lambda busy: gone.append(busy))
    gate.wait_reached(qtbot)
    assert len(list(folder.iterdir())) == 2  # the temporary beside the other file
    qtbot.waitUntil(lambda: window.operations.dialog.isVisible(), timeout=SHOW_AFTER_MS * 10)
    window.operations.dialog.cancel_button.click()
    gate.opened.set()
    assert window.operations.wait(WAIT * 1000)
    assert gone == [False] and written == []
    assert [p.name for p in folder.iterdir()] == ["annan.txt"]
    assert [e for e in service.audit_entries() if e.action == "export"] == []


def test_a_failure_is_said_in_the_window_language_on_the_gui_thread(qtbot, window, dialog, service, monkeypatch,
                                                                   tmp_path):
    from kbtdesk.translation import load_translator

    translator = load_translator("sv")
    assert translator is not None, "run `make translations`"
    QCoreApplication.installTranslator(translator)
    try:
        blocker = tmp_path / "fil.txt"
        blocker.write_text("x")
        said = []
        monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(
            (threading.current_thread(), parent, title, text)))
        monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: blocker / "lista.csv")
        assert dialog.save(printing.FORMAT_CSV)
        assert window.operations.wait(WAIT * 1000)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert len(said) == 1
    thread, parent, title, text = said[0]
    assert thread is threading.main_thread() and parent is dialog
    assert title == "Det går inte att skriva ut eller exportera"
    assert text.startswith(f"Det går inte att skriva {blocker / 'lista.csv'}") and text.endswith("Inget skrevs.")
    assert [e for e in service.audit_entries() if e.action == "export"] == []
    assert dialog.last_written is None and dialog.csv_button.isEnabled()


def test_progress_reaches_the_dialog(qtbot, window, dialog, tmp_path):
    gate = Gate()

    def build(progress, cancelled):
        progress(3, 10)
        gate.hold()
        return request_of(dialog).build(window.service, "sv", progress, cancelled)

    assert printing.export(dialog, build, tmp_path / "lista.csv", printing.FORMAT_CSV)
    gate.wait_reached(qtbot)
    shown = window.operations.dialog
    qtbot.waitUntil(lambda: shown.isVisible(), timeout=SHOW_AFTER_MS * 10)
    qtbot.waitUntil(lambda: (shown.bar.value(), shown.bar.maximum()) == (3, 10))
    assert shown.label.text() == "Reading the log…" and shown.isModal()
    gate.opened.set()
    assert window.operations.wait(WAIT * 1000)
    assert not shown.isVisible()


def test_the_window_starts_no_second_write_while_an_export_runs(qtbot, window, dialog, service, tmp_path):
    gate = Gate()
    assert printing.export(dialog, gated_build(dialog, gate), tmp_path / "a.csv", printing.FORMAT_CSV)
    gate.wait_reached(qtbot)
    writes = [window.act.new_episode, window.act.new_contact, window.act.record_score, window.act.end_episode,
              window.act.settings, window.act.export, window.act.outage]
    assert [a.objectName() for a in writes if a.isEnabled()] == []
    episodes = len(service.episode_rows("all", ""))
    window.act.new_episode.trigger()  # a shortcut or a click lands on a disabled action: nothing opens
    assert not [w for w in QCoreApplication.instance().topLevelWidgets()
                if w.isVisible() and w.objectName() == "newEpisodeDialog"]
    assert not any(b.isEnabled() for b in (dialog.csv_button, dialog.pdf_button, dialog.print_button,
                                           dialog.preview_button))
    assert not printing.export(dialog, gated_build(dialog, Gate()), tmp_path / "b.csv", printing.FORMAT_CSV)
    gate.opened.set()
    assert window.operations.wait(WAIT * 1000)
    assert len(service.episode_rows("all", "")) == episodes and not (tmp_path / "b.csv").exists()
    assert [a.objectName() for a in writes if not a.isEnabled()] == []
    assert dialog.csv_button.isEnabled()


def test_a_preview_read_while_the_window_locks_is_not_shown(qtbot, window, monkeypatch):
    from kbtdesk.ui import exports

    shown = []
    monkeypatch.setattr(printing, "preview", lambda parent, report: shown.append(report) or 0)
    gate = Gate()
    real_build = ReportRequest.build

    def build(self, *args, **kwargs):
        gate.hold()
        return real_build(self, *args, **kwargs)

    monkeypatch.setattr(ReportRequest, "build", build)
    today = NOW.date()
    assert exports.print_preview(window, window.service, ReportRequest(reports.KIND_EPISODE, today, today,
                                 episode_id=window.current_episode_id()), "sv")
    gate.wait_reached(qtbot)
    window.lock_now()
    gate.opened.set()
    assert window.operations.wait(WAIT * 1000)
    assert shown == [] and window.locked


def test_closing_the_export_dialog_stops_its_export(qtbot, window, dialog, service, tmp_path):
    gate = Gate()
    assert printing.export(dialog, gated_build(dialog, gate), tmp_path / "a.csv", printing.FORMAT_CSV,
                           record=lambda r: service.record_export("csv", "test"))
    gate.wait_reached(qtbot)
    QTimer.singleShot(50, gate.opened.set)
    dialog.close_button.click()  # returns once the worker has stopped
    assert not window.operations.busy and not dialog.isVisible()
    assert not (tmp_path / "a.csv").exists()


def test_operations_are_found_through_the_window(window, dialog):
    assert LogOperations.of(dialog) is window.operations
    assert LogOperations.of(None) is LogOperations.of(None) is not window.operations
