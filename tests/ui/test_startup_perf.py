"""Regressions of the window's speed, caught without timing: work counted, imports checked."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from kbtdesk.composition import read_first_page
from kbtdesk.core.demo import personnummer
from kbtdesk.core.episode_list import EpisodeRow
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui.episode_view import ContactsModel, EpisodeView
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def add_contacts(service, episode_id, count, done=True):
    for n in range(count):
        at = NOW - timedelta(days=count - n)
        codes = tuple(s.code for s in service.suggest_codes("BR", None, False))
        service.save_contact(ContactDraft(episode_id=episode_id, at=at, type="BR", codes=codes,
                                          journal_done=at if done else None, registered=at if done else None))


def test_opening_an_episode_of_50_contacts_asks_the_model_little(qtbot, service, episode, monkeypatch):
    """ResizeToContents made Qt ask data() for every row × column × role (≈7,700 calls) per open."""
    add_contacts(service, episode.id, 50)
    calls = []
    original = ContactsModel.data
    monkeypatch.setattr(ContactsModel, "data",
                        lambda self, index, role=0: (calls.append(role), original(self, index, role))[1])
    view = EpisodeView(service, "sv")
    qtbot.addWidget(view)
    view.resize(810, 700)
    view.show()
    qtbot.waitExposed(view)
    calls.clear()
    view.show_episode(episode.id)
    QApplication.processEvents()
    assert view.contacts_model.rowCount() == 50
    assert view.contacts_model.index(0, ContactsModel.COL_CODES).data()  # the texts are there
    assert 0 < len(calls) < 2000


def test_the_first_page_without_the_orm_is_the_services_first_page(service, log, episode):
    """read_first_page runs the service's statements on a plain sqlcipher3 connection: the same rows."""
    add_contacts(service, episode.id, 3, done=False)
    for n, started in enumerate((date(2026, 9, 1), date(2026, 10, 2), date(2026, 10, 2), date(2026, 11, 1))):
        patient = service.add_patient(personnummer(date(1980 + n, 1, 2), 100 + 2 * n), f"Patient {n}")
        other = service.add_episode(patient.id, "Oroshjälpen Plus", started)
        if n == 1:
            add_contacts(service, other.id, 2)
        if n == 3:
            service.end_episode(other.id, date(2026, 11, 20), "completed")
    for limit in (2000, 4, 2):
        fast = read_first_page(log, limit)
        assert fast == service.episode_rows("active", "", limit=limit)
        assert len(fast) == min(limit, 4)  # the ended episode is not listed
    assert sorted(r.open_items for r in read_first_page(log, 2000)) == [0, 0, 0, 6]  # Åsa: 3 contacts × 2


def test_the_window_modules_do_not_import_the_orm():
    """sqlmodel costs ≈350 ms to import, SQLAlchemy ≈200 ms: the path to the first paint needs neither.
    Nor the episode view with the rule set (built just after it), stdnum (≈20 ms), importlib.metadata,
    importlib.resources (≈5 ms), socket (≈4 ms), the backup module, cryptography (≈10 ms: only
    unwrapping the key with a passphrase needs it) or the print support (the recovery code's dialog)."""
    code = ("import sys; import kbtdesk.composition, kbtdesk.ui.app, kbtdesk.ui.main_window, kbtdesk.db.engine; "
            "import kbtdesk.translation; kbtdesk.translation.translations_dir(); "
            "print(sorted(m for m in ('sqlmodel', 'sqlalchemy', 'kbtdesk.core.service', 'kbtdesk.core.models', "
            "'kbtdesk.ui.dialogs', 'kbtdesk.ui.worklist', 'kbtdesk.ui.checklist', 'kbtdesk.ui.episode_view', "
            "'kbtdesk.core.rules', 'stdnum', 'importlib.metadata', 'importlib.resources', 'socket', "
            "'kbtdesk.db.backup', 'cryptography', 'PySide6.QtPrintSupport') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


OPEN_AND_BUILD = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication
    from kbtdesk.db import engine
    from kbtdesk.paths import LogPaths
    from kbtdesk.ui import app as ui_app

    paths = LogPaths(Path(sys.argv[1]))
    qapp = QApplication([])
    log = engine.open_log(paths, sys.argv[2])  # unwraps the key, migrates, records the unlock
    failed = len(log.failed_unlocks)  # the window shows them once and forgets them
    window = ui_app.build_window(log, log_location=str(paths.log), translators=None,
                                 settings=QSettings(str(paths.settings), QSettings.Format.IniFormat))
    loaded = sorted(m for m in sys.modules if m.split(".")[0] in ("sqlalchemy", "sqlmodel")
                    or m in ("kbtdesk.core.service", "kbtdesk.core.models"))
    print(json.dumps({"rows": window.episode_list.model.rowCount(), "built": window._service is not None,
                      "loaded": loaded[:5], "failed": failed}))
    window.close()
    log.close()
""")


def test_opening_the_log_and_building_the_window_import_no_sqlalchemy(log, log_paths, service, episode):
    """Unlocking (audit entries included) and the window up to its first paint use raw sqlcipher3:
    SQLAlchemy's engine is made on first use of `Log.engine`, after the first paint."""
    from kbtdesk.core import audit
    from kbtdesk.db.engine import note_event

    before = len(service.audit_entries())
    log.close()  # the writer lock: the child opens the log for writing
    note_event(log_paths, audit.FAILED_UNLOCK)
    done = subprocess.run([sys.executable, "-c", OPEN_AND_BUILD, str(log_paths.log), PASSPHRASE],
                          capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(log_paths.log.parent)})
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == {"rows": 1, "built": False, "loaded": [], "failed": 1}
    entries = service.audit_entries()  # the pending failed unlock and the unlock, chained in one go
    assert [e.action for e in entries[before:]] == [audit.FAILED_UNLOCK, audit.UNLOCK]
    assert service.verify_audit().ok


def test_the_list_paints_a_screenful_and_reads_the_rest_of_its_batch_after():
    """2,000 rows with their open-item counts took ≈65 ms at L before the first paint."""
    from kbtdesk.ui.episode_list import EpisodeListModel

    rows = list(range(4500))
    asked = []

    def fetch(offset, limit):
        asked.append((offset, limit))
        return [EpisodeRow(str(n), "p", "N", "191212121212", "P", date(2026, 1, 1), None, 0, None)
                for n in rows[offset:offset + limit]]

    model = EpisodeListModel("en")
    model.set_source(fetch, batch=2000, first=100)
    assert model.rowCount() == 100 and model.canFetchMore()
    model.top_up()
    assert model.rowCount() == 2000
    model.top_up()  # a whole batch: nothing more until the view asks
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 4500 and not model.canFetchMore()
    assert asked == [(0, 100), (100, 1900), (2000, 2000), (4000, 2000)]


def test_the_episode_view_is_built_just_after_the_first_paint(qtbot, service, episode):
    from PySide6.QtWidgets import QWidget

    from kbtdesk.ui.main_window import MainWindow

    window = MainWindow(lambda: service, log_location="log")
    qtbot.addWidget(window)
    assert window._episode_view is None and window.findChild(QWidget, "episodeView") is None
    assert not window.act.new_contact.isEnabled()  # no episode shown yet
    assert not window.window_lock.controller.watching  # the app-wide activity filter waits for the paint too
    window.show()
    qtbot.waitUntil(lambda: window._episode_view is not None)
    assert window.window_lock.controller.watching
    assert window.splitter.widget(1) is window.episode_view
    window.episode_list.view.selectRow(0)
    assert window.current_episode_id() == episode.id and window.act.new_contact.isEnabled()


def test_the_list_reads_a_screenful_before_the_first_paint(qtbot):
    """Not a fixed 100 rows: what the tallest window on this screen shows, and at least 40."""
    from kbtdesk.ui.episode_list import FIRST_PAINT_ROWS, EpisodeListWidget

    asked = []

    def episode_rows(status, query, limit=None, offset=0):
        asked.append(("service", offset, limit))
        return []

    widget = EpisodeListWidget(episode_rows, "en")
    qtbot.addWidget(widget)
    rows = widget.screenful_rows()
    height = widget.screen().availableGeometry().height()
    assert asked == [("service", 0, rows)]
    assert rows >= FIRST_PAINT_ROWS
    assert rows * widget.view.verticalHeader().defaultSectionSize() >= height
    asked.clear()  # with a first page of its own (the window's start): that screenful from there
    widget = EpisodeListWidget(episode_rows, "en", first_page=lambda limit: asked.append(("first", 0, limit)) or [])
    qtbot.addWidget(widget)
    assert asked == [("first", 0, rows)]


FIRST_PAINT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QTimer
    from PySide6.QtWidgets import QApplication
    from kbtdesk.db import engine
    from kbtdesk.paths import LogPaths
    from kbtdesk.ui import app as ui_app

    paths = LogPaths(Path(sys.argv[1]))
    qapp = QApplication([])
    translators = ui_app.Translators(qapp)
    translators.apply("sv")
    log = engine.open_log(paths, sys.argv[2])
    window = ui_app.build_window(log, log_location=str(paths.log), translators=translators,
                                 settings=QSettings(str(paths.settings), QSettings.Format.IniFormat))
    seen = {}

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and "rows" not in seen:
                header = window.episode_list.view.horizontalHeader()
                seen.update(rows=window.episode_list.model.rowCount(), service=window._service is not None,
                            orm=any(m.split(".")[0] in ("sqlalchemy", "sqlmodel") for m in sys.modules),
                            header=[header.model().headerData(i, Qt.Orientation.Horizontal)
                                    for i in range(header.count())],
                            header_visible=header.isVisibleTo(window))
                QTimer.singleShot(0, qapp.quit)
            return False

    watcher = FirstPaint()
    window.episode_list.view.viewport().installEventFilter(watcher)
    window.show()
    qapp.exec()
    seen["service_after"] = window._service is not None
    print(json.dumps(seen))
    window.close()
    log.close()
""")


def test_the_first_paint_shows_the_list_before_the_service_is_built(log, log_paths, episode):
    """The first paint shows the active episodes under their Swedish headings without SQLAlchemy or
    the ORM (≈0.4 s to import); the service is built just after it."""
    log.close()
    done = subprocess.run([sys.executable, "-c", FIRST_PAINT, str(log_paths.log), PASSPHRASE],
                          capture_output=True, text=True, timeout=60,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(log_paths.log.parent)})
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"rows": 1, "service": False, "orm": False, "header_visible": True,
                    "header": ["Patient", "Identitetsnr", "Program", "Startad", "Att göra"],
                    "service_after": True}, seen
