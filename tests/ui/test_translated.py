"""What the Swedish window says is Swedish: every action and menu, from the catalogue."""

from __future__ import annotations

import pytest

from kbtdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def texts(window) -> dict[str, str]:
    shown = {action.objectName(): action.text() for action in window.act.all()}
    shown.update({name: menu.title() for name, menu in window.menus.items()})
    return shown


def test_every_action_and_menu_of_the_swedish_window_is_translated(qtbot, qapp, service, monkeypatch):
    from kbtdesk.ui.app import Translators

    english_window = MainWindow(lambda: service, log_location="log", language="en")
    qtbot.addWidget(english_window)
    english = texts(english_window)
    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)
    translators.apply("sv")
    try:
        swedish_window = MainWindow(lambda: service, log_location="log", language="sv")
        qtbot.addWidget(swedish_window)
        swedish = texts(swedish_window)
    finally:
        translators.clear()
    assert swedish["undo"] == "Ångra" and swedish["redo"] == "Gör om" and swedish["menuFile"] == "&Arkiv"
    untranslated = [name for name, text in swedish.items() if text == english[name]]
    assert untranslated == []
