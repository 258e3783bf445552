"""A new, empty log says how to start; a search that finds nothing says so (issue 14.6)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from kbtdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def open_window(qtbot, service, tmp_path, qapp, monkeypatch):
    from kbtdesk.ui.app import Translators

    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)

    def open_(language: str) -> MainWindow:
        translators.apply(language)
        settings = QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language=language,
                            settings=settings, apply_language=translators.apply)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.findChild(QWidget, "episodeView") is not None)
        return window

    yield open_
    translators.clear()


def empty_text(window) -> str:
    label = window.episode_list.empty
    return label.text() if label.isVisible() else ""


def search(window, qtbot, text: str) -> None:
    window.episode_list.search.setText(text)
    window.episode_list._search_now()


def test_an_empty_log_says_how_to_start(open_window, qtbot):
    window = open_window("en")
    text = empty_text(window)
    assert "New episode" in text and "Ctrl+Shift+N" in text and "match" not in text
    window.episode_list.set_status("all")
    assert empty_text(window).startswith("The log has no episodes yet.") and "Ctrl+Shift+N" in empty_text(window)


def test_in_swedish_too(open_window):
    window = open_window("sv")
    text = empty_text(window)
    assert "Ny episod" in text and "Ctrl+Shift+N" in text and "matchar" not in text
    window.set_language("en")
    window.episode_list.retranslate()  # the LanguageChange event, delivered now
    assert "New episode" in empty_text(window)


def test_a_search_that_finds_nothing_says_so_and_the_hint_goes_with_the_first_episode(open_window, qtbot,
                                                                                         service):
    window = open_window("en")
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 10, 1))
    window.refresh_all()
    assert empty_text(window) == "" and window.episode_list.model.rowCount() == 1
    search(window, qtbot, "<b>zzz</b>")
    assert empty_text(window) == "No episodes match “<b>zzz</b>”. “All” also lists ended episodes."
    assert window.episode_list.empty.textFormat().name == "PlainText"
    window.episode_list.set_status("ended")
    search(window, qtbot, "")
    assert empty_text(window) == "No ended episodes."
