"""A whole window session opens no network connection and never loads QtNetwork."""

from __future__ import annotations

import socket
import sys

import pytest
from PySide6.QtCore import QSettings

from kbtdesk.core.demo import fill_demo
from kbtdesk.core.service import LogService
from kbtdesk.ui import printing
from kbtdesk.ui.checklist import ContactChecklist
from kbtdesk.ui.dialogs.episode import NewEpisodeDialog
from kbtdesk.ui.exports import ExportDialog
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def attempts(monkeypatch):
    """Every attempt to connect a socket, recorded instead of made."""
    made = []

    def refuse(kind):
        def record(*args, **kwargs):
            made.append((kind, args[1:] if kind.startswith("socket.") else args))
            raise OSError("network use recorded by the test")
        return record

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", refuse("socket.sendto"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    return made


def test_a_whole_session_opens_no_network_socket(qtbot, attempts, log, rules, tmp_path, monkeypatch):
    service = LogService(log.engine, rules, now=lambda: NOW)
    fill_demo(service)
    window = MainWindow(lambda: service, log_location=str(log.paths.log), language="sv", log=log,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    new_episode = NewEpisodeDialog(service, "sv", window)
    qtbot.addWidget(new_episode)
    new_episode.identity.setText("640823-3234")
    new_episode.name.setText("Åsa Nätverksfri")
    new_episode.accept()
    assert new_episode.episode is not None
    window.refresh_all()
    window.select_episode(new_episode.episode.id)

    checklist = ContactChecklist(window, service, new_episode.episode.id, lang="sv")
    qtbot.addWidget(checklist)
    checklist.contact_step.minutes_edit.setValue(20)
    assert checklist.finish() is not None
    window.refresh_all()

    window.act.worklist.setChecked(True)
    assert window.worklist.model.rowCount() > 0
    window.act.worklist.setChecked(False)

    previews = []
    monkeypatch.setattr(printing, "preview", lambda parent, report: previews.append(report) or 1)
    export = ExportDialog(window, service, "sv", new_episode.episode.id)
    qtbot.addWidget(export)
    export.preview()
    assert export.operations.wait(20000)  # read in the background
    assert previews

    window.lock_now()
    assert window.window_lock.unlock(PASSPHRASE)
    window.close()

    assert attempts == []
    assert "PySide6.QtNetwork" not in sys.modules
