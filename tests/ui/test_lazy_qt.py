"""kbtdesk.ui.lazy_qt: its numbers are Qt's, its `Qt` is Qt's, and properties set by name stick."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt as RealQt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from kbtdesk.ui import lazy_qt


def test_the_plain_numbers_are_qts():
    assert lazy_qt.DISPLAY_ROLE == RealQt.ItemDataRole.DisplayRole.value
    assert lazy_qt.TOOLTIP_ROLE == RealQt.ItemDataRole.ToolTipRole.value
    assert lazy_qt.FONT_ROLE == RealQt.ItemDataRole.FontRole.value
    assert lazy_qt.TEXT_ALIGNMENT_ROLE == RealQt.ItemDataRole.TextAlignmentRole.value
    assert lazy_qt.FOREGROUND_ROLE == RealQt.ItemDataRole.ForegroundRole.value
    assert lazy_qt.USER_ROLE == RealQt.ItemDataRole.UserRole.value
    assert lazy_qt.ALIGN_CENTER == RealQt.AlignmentFlag.AlignCenter.value


def test_the_stand_in_gives_qts_own_enums():
    assert lazy_qt.Qt.AlignmentFlag is RealQt.AlignmentFlag
    assert lazy_qt.Qt.Orientation.Horizontal is RealQt.Orientation.Horizontal
    assert lazy_qt.Qt.Key.Key_L == RealQt.Key.Key_L


def test_properties_set_by_name_are_set(qtbot):
    label = QLabel("<b>not bold</b>")
    qtbot.addWidget(label)
    lazy_qt.set_properties(label, textFormat="PlainText", alignment="AlignCenter")
    assert label.textFormat() == RealQt.TextFormat.PlainText
    assert label.alignment() == RealQt.AlignmentFlag.AlignCenter
    action = QAction()
    lazy_qt.set_properties(action, shortcutContext="ApplicationShortcut")
    assert action.shortcutContext() == RealQt.ShortcutContext.ApplicationShortcut


def test_a_misspelt_value_or_property_is_an_error_not_a_silent_dynamic_property(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="textFormat"):
        lazy_qt.set_properties(label, textFormat="Plaintext")
    assert label.textFormat() == RealQt.TextFormat.AutoText
    with pytest.raises(ValueError, match="textFormatt"):
        lazy_qt.set_properties(label, textFormatt="PlainText")
