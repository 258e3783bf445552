"""Loading the Qt Linguist catalogue for the window and the command line alike.

Swedish is the default language; source strings are English. The catalogues live in
`translations/` (installed as `kbtdesk.translations`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from kbtdesk.base.messages import Translate

if TYPE_CHECKING:  # Qt is imported only when a catalogue is loaded (the path to the first paint)
    from PySide6.QtCore import QTranslator

LANGUAGES = ("sv", "en")
DEFAULT_LANGUAGE = "sv"


def translations_dir() -> Path:
    """The catalogues' folder: the kbtdesk.translations package's own folder. That is what
    importlib.resources.files() gives for a package on disk (as kbtdesk always is: a wheel, an
    editable install, the PyInstaller folder), without importing importlib.resources (≈5 ms on
    the way to the window's first paint)."""
    from kbtdesk import translations

    return Path(translations.__file__).parent


def chosen_language(saved: str | None = None) -> str:
    """`KBTDESK_LANG` wins (for scripts and tests), then the saved setting, then Swedish."""
    for candidate in (os.environ.get("KBTDESK_LANG"), saved):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


def load_translator(language: str) -> QTranslator | None:
    """A QTranslator for kbtdesk's own strings, or None for English (the source language)."""
    if language == "en":
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(translations_dir() / f"kbtdesk_{language}.qm")):
        return None
    return translator


def translate_function(language: str) -> Translate:
    """`translate(context, source)` for code that has no QApplication (the command line)."""
    translator = load_translator(language)
    if translator is None:
        return lambda context, source: source

    def translate(context: str, source: str) -> str:
        return translator.translate(context, source) or source

    return translate
