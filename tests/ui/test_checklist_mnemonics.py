"""Every shortcut letter (Alt+letter) of the contact checklist is unique in its language among the
controls shown together (one step's page and the dialog's buttons: Qt fires a letter only for a
visible control, so "Copy" may be Alt+O on both the journal and the registration step), and each
contact type and visit mode has one: the type is one keystroke away."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QRadioButton

from kbtdesk.ui.checklist import ContactChecklist

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand)."""
    found = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def mnemonics(widget, outside=None) -> list[tuple[str, str]]:
    """(letter, text) of every control inside `widget` (and not inside `outside`) with a shortcut letter."""
    def keep(w):
        return outside is None or not outside.isAncestorOf(w)
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if keep(b)]
    texts += [label.text() for label in widget.findChildren(QLabel) if label.buddy() is not None and keep(label)]
    texts += [box.title() for box in widget.findChildren(QGroupBox) if keep(box)]
    return [(m, t) for t in texts if (m := mnemonic(t))]


def shown_together(dialog) -> list[list[tuple[str, str]]]:
    """Per step: the letters of its page and of the dialog's own buttons."""
    pages = dialog.pages
    common = mnemonics(dialog, outside=pages)
    return [mnemonics(pages.widget(n)) + common for n in range(pages.count())]


@pytest.fixture
def checklist_in(qtbot, qapp, service, episode, monkeypatch):
    from kbtdesk.ui.app import Translators

    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)

    def make(language: str) -> ContactChecklist:
        translators.apply(language)
        dialog = ContactChecklist(None, service, episode.id, lang=language)
        qtbot.addWidget(dialog)
        return dialog

    yield make
    translators.clear()


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_shortcut_letter_of_the_checklist_is_unique(checklist_in, language):
    steps = shown_together(checklist_in(language))
    assert len(steps) == 4 and all(len(found) >= 6 for found in steps)  # the step's fields and Back/Next/Finish
    assert len(steps[0]) >= 12  # date, minutes, three types, two modes, ends, note and the buttons
    for found in steps:
        clashes = {letter: [t for m, t in found if m == letter]
                   for letter, n in Counter(m for m, _ in found).items() if n > 1}
        assert clashes == {}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_each_contact_type_and_mode_has_a_shortcut_letter(checklist_in, language):
    dialog = checklist_in(language)
    radios = dialog.findChildren(QRadioButton)
    assert len(radios) == 5  # BR, TB, planned visit; video, clinic
    assert all(mnemonic(r.text()) for r in radios), [r.text() for r in radios]
    br = dialog.findChild(QRadioButton, "contactType_BR")
    assert br.text().startswith("&BR"), "the type's own code is its letter"
    visit = dialog.findChild(QRadioButton, "contactType_planned_visit")
    assert visit.text() == {"sv": "&Mottagningsbesök planerat", "en": "&Planned visit"}[language]
    assert "&" not in br.accessibleName(), "screen readers hear the name, not the marker"


def test_alt_and_the_letter_chooses_the_contact_type(checklist_in, qtbot):
    from PySide6.QtCore import Qt

    dialog = checklist_in("sv")
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    tb = dialog.findChild(QRadioButton, "contactType_TB")
    assert not tb.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tb.isChecked)  # a button's shortcut clicks it after a short animation
    visit = dialog.findChild(QRadioButton, "contactType_planned_visit")
    qtbot.keyClick(dialog, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(visit.isChecked)
    qtbot.keyClick(dialog, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.findChild(QRadioButton, "contactMode_video").isChecked)
