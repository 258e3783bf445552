"""Every command and option of the command line says what it does, in the language of its
messages (issue 14.6: `--json`, `-o` and others had no help text at all)."""

from __future__ import annotations

import argparse

import pytest

from kbtdesk.cli import _parser
from kbtdesk.translation import translate_function
from tests.cli.test_cli import kbtdesk


def commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """(command path, parser) for the program and every sub-command, depth first."""
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from commands(sub, (*path, name))


def test_every_option_and_argument_has_a_help_text_translated_to_swedish():
    sv = translate_function("sv")
    missing, untranslated = [], []
    for path, parser in commands(_parser()):
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._VersionAction, argparse._SubParsersAction)):
                continue
            if action.help == argparse.SUPPRESS:
                continue
            name = " ".join((*path, action.dest))
            if not action.help:
                missing.append(name)
            elif sv("Cli", action.help) == action.help:
                untranslated.append(name)
    assert missing == [] and untranslated == []


@pytest.mark.parametrize("language, expected", [("sv", "skriv ut JSON i stället för text"),
                                                ("en", "print JSON instead of text")])
def test_help_of_a_command_is_in_the_language_of_the_messages(language, expected):
    helped = kbtdesk("check", "--help", env_extra={"KBTDESK_LANG": language})
    assert helped.returncode == 0 and expected in helped.stdout
