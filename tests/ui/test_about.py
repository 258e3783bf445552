"""Help: the About dialog and the user guide (F1)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication, QLabel

import kbtdesk
from kbtdesk.ui import about
from kbtdesk.ui.about import AboutDialog, GuideDialog, first_heading, guide_path
from kbtdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def window(qtbot, service, tmp_path):
    def make(language="sv"):
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        win = MainWindow(lambda: service, log_location=str(log_paths_dir(tmp_path) / "kbtdesk-log.db"),
                         language=language, settings=settings)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win
    return make


def log_paths_dir(tmp_path):
    return tmp_path / "data"


def test_about_shows_version_rule_set_files_and_licences(qtbot, service, log_paths):
    dialog = AboutDialog(None, service, log_paths, "sv")
    qtbot.addWidget(dialog)
    text = dialog.text()
    assert f"kbtdesk {kbtdesk.__version__}" in text
    rules = service.rules
    assert dialog.findChild(QLabel, "ruleSetVersion").text() == rules.version == "2026.1"
    assert dialog.findChild(QLabel, "ruleSetId").text() == "vgr-kbt-pa-natet"
    assert dialog.findChild(QLabel, "ruleSetValidFrom").text() == "2026-01-01"
    assert "Västra Götalandsregionen" in dialog.findChild(QLabel, "ruleSetSource").text()
    assert dialog.findChild(QLabel, "aboutLogPath").text() == str(log_paths.log)
    assert dialog.findChild(QLabel, "aboutKeyPath").text() == str(log_paths.key)
    assert dialog.findChild(QLabel, "aboutBackupsPath").text() == str(log_paths.backups)
    for part in ("GPL-3.0-or-later", "LGPL-3.0", "SQLCipher", "SQLAlchemy: MIT", "python-stdnum: LGPL-2.1",
                 "Apache-2.0", "Bitstream Vera"):
        assert part in text
    assert dialog.findChild(QLabel, "aboutQtVersion").text().count(".") >= 1
    for label in dialog.findChildren(QLabel):
        if label.objectName():
            assert label.textFormat() == Qt.TextFormat.PlainText
            assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse


def test_about_action_opens_the_dialog_with_the_windows_log(window, monkeypatch, tmp_path):
    seen = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, parent, service, paths, lang: seen.append(paths)))
    win = window()
    win.act.about.trigger()
    assert seen[0].log == log_paths_dir(tmp_path) / "kbtdesk-log.db"
    assert seen[0].key.name == "kbtdesk-log.db.key"


@pytest.mark.parametrize("language, heading", [("sv", "kbtdesk – användarguide"), ("en", "kbtdesk – user guide")])
def test_f1_opens_the_guide_in_the_ui_language(window, qtbot, language, heading):
    win = window(language)
    assert win.act.user_guide.shortcut().toString() == "F1"
    win.act.user_guide.trigger()
    guide = win.findChild(GuideDialog, "userGuideDialog")
    assert guide is not None and guide.isVisible()
    assert guide.heading == heading == first_heading(guide_path(language).read_text(encoding="utf-8"))
    assert guide.browser.toPlainText().startswith(heading)
    assert heading in guide.windowTitle()
    guide.close()


def test_the_guides_pictures_are_found_and_shown_smaller(qtbot):
    guide = GuideDialog(None, "sv")
    qtbot.addWidget(guide)
    document = guide.browser.document()
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append((fmt.toImageFormat().name(), fmt.toImageFormat().width()))
            it += 1
        block = block.next()
    assert len(names) >= 6
    for name, width in names:
        assert (guide_path("sv").parent / name).is_file(), name
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert image is not None and not image.isNull(), name
        natural = image.width()
        if natural > about.GUIDE_IMAGE_WIDTH:
            assert width == about.GUIDE_IMAGE_WIDTH, name  # a 1280 px screenshot, shown smaller
        else:
            assert width == 0, name  # a small dialog at its own size
    assert any(width == about.GUIDE_IMAGE_WIDTH for _, width in names)


def test_both_guides_have_the_same_sections():
    sv = guide_path("sv").read_text(encoding="utf-8")
    en = guide_path("en").read_text(encoding="utf-8")
    assert sv.count("\n## ") == en.count("\n## ") >= 5
    assert sv.count("![") == en.count("![")


def test_a_missing_guide_says_so(qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(about, "guide_path", lambda language: tmp_path / "none.md")
    guide = GuideDialog(None, "en")
    qtbot.addWidget(guide)
    assert "missing" in guide.browser.toPlainText()


def test_help_controls_have_names(qtbot, service, log_paths):
    dialog = AboutDialog(None, service, log_paths)
    qtbot.addWidget(dialog)
    guide = GuideDialog(None, "sv")
    qtbot.addWidget(guide)
    for widget in (dialog.findChild(QApplication.instance().__class__.__mro__[-1], "aboutClose"),
                   guide.browser, guide.findChild(object, "userGuideClose")):
        assert widget is not None
        assert widget.objectName() and widget.accessibleName()
