"""User-visible text produced by the core, translated later by whoever shows it.

The core imports no Qt, yet its messages must reach the user in Swedish or English through the
same Qt Linguist catalogue as the window. So the core marks its source strings with a function
named ``QT_TRANSLATE_NOOP`` (which ``pyside6-lupdate`` recognises by name) and hands out
:class:`Message` objects; the window and the command line render them with Qt's translator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

#: ``translate(context, source) -> str``; Qt's ``QCoreApplication.translate`` fits.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    return source


def untranslated(context: str, source: str) -> str:
    return source


@dataclass(frozen=True)
class Message:
    """A translatable sentence with ``{named}`` placeholders filled after translation."""

    context: str
    source: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, translate: Translate = untranslated) -> str:
        text = translate(self.context, self.source)
        if not self.params:
            return text
        # a message inside a message ("SibeR transfer: {what}") is translated with it
        params = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return text.format(**params)

    def __str__(self) -> str:
        return self.render()
