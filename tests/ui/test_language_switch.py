"""A live language switch (Settings → Language) leaves no text of the old language anywhere in the window.

The window runs with the real catalogue (translations/kbtdesk_sv.qm) and the demo log; every text a
widget or action of the main window shows (labels, buttons, group titles, placeholders, combo items,
tab titles, table headers and cells, tooltips, accessible names, menus, the undo texts, the worklist)
is read after each switch sv → en → sv and held against both catalogues: a Swedish-only text in the
English window, or an English-only text in the Swedish one, fails.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QWidget,
)

from kbtdesk.ui.dialogs.settings import SettingsDialog
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TS = Path(__file__).resolve().parents[2] / "translations" / "kbtdesk_sv.ts"
#: Texts in both languages that are not words of either (codes, names of systems, numbers).
_NOT_WORDS = re.compile(r"^[\W\d_]*$")


def _pattern(text: str) -> re.Pattern:
    """A catalogue text as a pattern of the texts it can produce: placeholders match anything."""
    parts = re.split(r"(\{[a-z_]*\}|%n|%\d)", text.replace("&", ""))
    counts = ("{n}", "%n", "{count}")
    return re.compile("".join(r"\d+" if p in counts else ".+" if re.fullmatch(r"\{[a-z_]*\}|%\d", p)
                              else re.escape(p) for p in parts), re.DOTALL)


def catalogues(rules) -> tuple[list[tuple[str, re.Pattern]], list[tuple[str, re.Pattern]]]:
    """(English-only, Swedish-only) texts: catalogue entries whose translation differs, and the rule
    set's names of contact types and modes, minus any text that the other language uses too."""
    pairs = []
    for message in ET.parse(TS).iter("message"):
        source, translation = message.findtext("source") or "", message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        pairs += [(source, form) for form in forms]
    for ctype in rules.contact_types:
        pairs.append((ctype.name.get("en"), ctype.name.get("sv")))
        pairs += [(mode.name.get("en"), mode.name.get("sv")) for mode in ctype.modes]
    english = {s.replace("&", "") for s, _ in pairs}
    swedish = {t.replace("&", "") for _, t in pairs}

    def only(texts, other):
        kept = {t for t in texts - other if len(t) > 2 and not _NOT_WORDS.match(t)}
        return [(t, _pattern(t)) for t in sorted(kept)]

    return only(english, swedish), only(swedish, english)


def shown_texts(window: MainWindow) -> list[tuple[str, str]]:
    """(where, text) for every text the window's widgets and actions hold."""
    found: list[tuple[str, str]] = []

    def add(where: str, *texts) -> None:
        found.extend((where, t.replace("&", "")) for t in texts if isinstance(t, str) and t)

    for widget in [window, *window.findChildren(QWidget)]:
        name = f"{type(widget).__name__}#{widget.objectName()}"
        add(name, widget.toolTip(), widget.accessibleName(), widget.windowTitle(), widget.statusTip())
        if isinstance(widget, QLabel):
            add(name, widget.text())
        if isinstance(widget, QAbstractButton):
            add(name, widget.text())
        if isinstance(widget, QGroupBox):
            add(name, widget.title())
        if isinstance(widget, QLineEdit):
            add(name, widget.placeholderText(), widget.text())
        if isinstance(widget, QComboBox):
            add(name, *(widget.itemText(i) for i in range(widget.count())))
        if isinstance(widget, QTabWidget):
            add(name, *(widget.tabText(i) for i in range(widget.count())))
        if isinstance(widget, QMenu):
            add(name, widget.title())
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                add(name, model.headerData(column, Qt.Orientation.Horizontal))
                for row in range(min(model.rowCount(), 50)):
                    index = model.index(row, column)
                    add(name, index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    for action in window.findChildren(QAction):
        add(f"QAction#{action.objectName()}", action.text(), action.iconText(), action.toolTip())
    return found


def old_language_texts(window, patterns) -> list[str]:
    """Lines "widget: text (catalogue entry)" for each text of the old language."""
    return sorted({f"{where}: {text!r} ({entry!r})" for where, text in shown_texts(window)
                   for entry, pattern in patterns if pattern.fullmatch(text)})


@pytest.fixture
def demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch):
    yield from open_demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch)


def open_demo_window(qtbot, log, rules, tmp_path, qapp, monkeypatch):
    """(window, service): the Swedish window over the demo log, with the real catalogue installed."""
    from kbtdesk.core.demo import fill_demo
    from kbtdesk.core.service import LogService
    from kbtdesk.ui.app import Translators

    service = LogService(log.engine, rules, now=lambda: NOW)
    fill_demo(service)
    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)
    translators.apply("sv")
    settings = QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language="sv",
                        settings=settings, demo=True, apply_language=translators.apply)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.findChild(QWidget, "episodeView") is not None)
    yield window, service
    translators.clear()


def switch_language(window, qtbot, monkeypatch, language: str) -> None:
    """Settings → Language, as the user does it: the dialog's result reaches the window."""
    def ask(cls, parent, service, current, **options):
        dialog = cls(service, current, parent, **options)
        dialog.language.setCurrentIndex(dialog.language.findData(language))
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.result_value()

    with monkeypatch.context() as patch:
        patch.setattr(SettingsDialog, "ask", classmethod(ask))
        window.act.settings.trigger()
    for dialog in window.findChildren(QDialog):
        dialog.setParent(None)  # run_dialog deletes it; its texts are no longer the window's
        dialog.deleteLater()
    qtbot.wait(50)  # the translators' LanguageChange events are posted, as after the modal dialog


def test_a_live_switch_sv_en_sv_leaves_no_text_of_the_old_language(demo_window, qtbot, monkeypatch, rules):
    window, service = demo_window
    english_only, swedish_only = catalogues(rules)
    window.episode_list.view.selectRow(0)
    qtbot.waitUntil(lambda: window.episode_view.detail is not None)
    # Something to undo and to redo: two contacts deleted, the second brought back.
    monkeypatch.setattr("kbtdesk.ui.main_window.confirm", lambda *a, **k: True)
    for _ in range(2):
        window.episode_view.contacts.selectRow(0)
        window.act.delete_contact.trigger()
    window.act.undo.trigger()
    window.act.worklist.setChecked(True)  # the worklist is built, then the list shown again
    window.act.worklist.setChecked(False)
    assert (window.act.undo.text(), window.act.redo.text()) == ("Ångra borttagning", "Gör om borttagning")
    stale = old_language_texts(window, english_only)
    assert not stale, "\n".join(stale)

    switch_language(window, qtbot, monkeypatch, "en")
    assert window.language == "en" and window.act.worklist.text() == "&Worklist"
    assert (window.act.undo.text(), window.act.redo.text()) == ("Undo deletion", "Redo deletion")
    stale = old_language_texts(window, swedish_only)
    assert not stale, "\n".join(stale)

    switch_language(window, qtbot, monkeypatch, "sv")
    assert (window.act.undo.text(), window.act.redo.text()) == ("Ångra borttagning", "Gör om borttagning")
    stale = old_language_texts(window, english_only)
    assert not stale, "\n".join(stale)


def test_the_collector_finds_a_text_of_the_old_language(demo_window, qtbot, rules):
    """The check can fail: a Swedish label left in an English window is found."""
    window, _service = demo_window
    english_only, swedish_only = catalogues(rules)
    window.set_language("en")
    qtbot.wait(50)
    stale = old_language_texts(window, swedish_only)
    assert not stale, "\n".join(stale)
    stale = QLabel("Ångra borttagning", window.episode_view)
    stale.setObjectName("stale")
    assert any(line.startswith("QLabel#stale:") for line in old_language_texts(window, swedish_only))


def test_the_english_window_writes_dates_as_the_swedish_one_does(demo_window, qtbot, monkeypatch):
    """ISO 8601 in both languages (2026-11-16, 2026-11-16 09:45), as the reports and date fields do."""
    window, _service = demo_window
    window.episode_list.view.selectRow(0)
    qtbot.waitUntil(lambda: window.episode_view.detail is not None)
    swedish = sorted(text for _where, text in shown_texts(window) if re.search(r"\d{4}-\d\d-\d\d", text))
    switch_language(window, qtbot, monkeypatch, "en")
    texts = [text for _where, text in shown_texts(window)]
    assert [t for t in texts if re.search(r"\d\d?/\d\d?/\d{2,4}|\d\d?\.\d\d?\.\d{4}", t)] == []
    english = sorted(text for text in texts if re.search(r"\d{4}-\d\d-\d\d", text))
    assert len(english) >= len(swedish) > 10
    started = window.episode_list.model.index(0, window.episode_list.model.COL_STARTED).data()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d", started)
    when = window.episode_view.contacts_model.index(0, 0).data()
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", when)
