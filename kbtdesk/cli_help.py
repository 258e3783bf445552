"""The command line's help and usage errors in kbtdesk's language (KBTDESK_LANG, Swedish by default),
through the same Qt Linguist catalogue as its other messages.

Help strings are marked in kbtdesk/cli.py with QT_TRANSLATE_NOOP("Cli", …) and translated when help
is printed, not when the parser is built: a command that parses fine (and the window's start) never
loads the catalogue. argparse's own words ("usage: ", "options", "the following arguments are
required: %s") come from its module-level gettext function `argparse._`; while kbtdesk formats help
or parses, that name is pointed at the catalogue's "argparse" context, and put back after.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from kbtdesk.base.messages import QT_TRANSLATE_NOOP

CONTEXT = "Cli"
ARGPARSE_CONTEXT = "argparse"

#: argparse's words that a user meets (Python 3.11-3.13), for lupdate to find and translators to fill.
#: The %-placeholders must stay as they are in a translation.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)

Translate = Callable[[str, str], str]
_translate: Translate | None = None


def translate(context: str, source: str) -> str:
    """kbtdesk's catalogue for the chosen language, loaded on first use."""
    global _translate
    if _translate is None:
        from kbtdesk.translation import chosen_language, translate_function

        _translate = translate_function(chosen_language())
    return _translate(context, source)


def _either(source: str) -> str:
    """A help text is kbtdesk's (context Cli) or argparse's own (context argparse)."""
    found = translate(CONTEXT, source)
    return found if found != source else translate(ARGPARSE_CONTEXT, source)


@contextmanager
def _argparse_words() -> Iterator[None]:
    # argparse imports gettext's `_` and `ngettext` at module level; typeshed leaves those imports out.
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]  # see above: names exist at run time
    argparse._ = lambda text: translate(ARGPARSE_CONTEXT, text)  # type: ignore[attr-defined]  # see above
    argparse.ngettext = (  # type: ignore[attr-defined]  # see above
        lambda singular, plural, n: translate(ARGPARSE_CONTEXT, singular if n == 1 else plural))
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]  # see above


def _localise(parser: LocalisedParser) -> None:
    """Translate this parser's description, group titles and help texts in place (once)."""
    if parser.localised:
        return
    parser.localised = True
    if parser.description:
        parser.description = _either(parser.description)
    for group in parser._action_groups:
        if group.title:
            group.title = _either(group.title)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = _either(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:  # the commands' one-line help in the list
                if choice.help:
                    choice.help = _either(choice.help)


class LocalisedParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors are in kbtdesk's language."""

    #: Its help texts have been translated in place (on the first help or usage printed).
    localised = False

    def format_help(self) -> str:
        _localise(self)
        with _argparse_words():
            return super().format_help()

    def format_usage(self) -> str:
        _localise(self)
        with _argparse_words():
            return super().format_usage()

    def parse_args(self, args=None, namespace=None):
        # Usage errors are worded while parsing: the catalogue is loaded only if one is.
        with _argparse_words():
            return super().parse_args(args, namespace)

    def parse_known_args(self, args=None, namespace=None):
        with _argparse_words():
            return super().parse_known_args(args, namespace)

    def error(self, message: str):
        with _argparse_words():
            super().error(message)
