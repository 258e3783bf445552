"""On the worklist page, every shortcut letter (Alt+letter) is unique among the controls shown
with the menu bar, in both languages: "Rä&ttelser" and "&Tillbaka till episoderna" once shared
Alt+T, so the letter opened the menu instead of going back."""

from __future__ import annotations

from collections import Counter

import pytest

from tests.ui.test_checklist_mnemonics import mnemonic, mnemonics
from tests.ui.test_language_switch import open_demo_window

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch):
    yield from open_demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch)


@pytest.mark.parametrize("language", ["sv", "en"])
def test_the_worklist_page_shares_no_letter_with_the_menu_bar(demo_window, qtbot, language):
    window, _service = demo_window
    if language != "sv":
        window.set_language(language)
    window.act.worklist.trigger()
    qtbot.waitUntil(lambda: window.worklist is not None and window.worklist.isVisible())
    menus = [(m, a.text()) for a in window.menuBar().actions() if (m := mnemonic(a.text()))]
    page = [(m, t) for m, t in mnemonics(window.worklist.parentWidget() or window.worklist)]
    letters = menus + page
    twice = {m for m, n in Counter(m for m, _ in letters).items() if n > 1}
    assert len(menus) >= 4 and page, "the menus and the page have their letters"
    assert [(m, t) for m, t in letters if m in twice] == []
