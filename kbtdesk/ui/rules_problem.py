"""A rule file or unit.json kbtdesk cannot use: said in a message box before anything opens.

Without its rules kbtdesk would check contacts against nothing (or against the wrong routine), so
the window does not start. The box names the file, who chose it (--rules, KBTDESK_RULES, the
bundled set, the unit's configuration), every problem with its JSON path, and what to do; the same
lines go to stderr for whoever reads the logs of a deployment.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from kbtdesk.base.messages import QT_TRANSLATE_NOOP
from kbtdesk.core.rules import RuleSetError
from kbtdesk.core.unit_config import UnitConfigError

#: Problems listed in the box itself; the rest are under "Show Details…" (a broken file can have hundreds).
SHOWN_PROBLEMS = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("RulesProblem", text)


def chosen_by(cli_value: str | None, env_value: str | None) -> str:
    """Who chose the rule set, in the user's language."""
    if cli_value:
        return _tr(QT_TRANSLATE_NOOP("RulesProblem", "chosen with --rules"))
    if env_value:
        return _tr(QT_TRANSLATE_NOOP("RulesProblem", "chosen with the environment variable KBTDESK_RULES"))
    return _tr(QT_TRANSLATE_NOOP("RulesProblem", "bundled with kbtdesk"))


def problem_lines(exc: RuleSetError) -> list[str]:
    """One line per problem: "$.contact_types[0].distance: expected true or false"."""
    return [str(p) for p in exc.problems] or [str(exc)]


UNIT_HEADLINE = QT_TRANSLATE_NOOP("RulesProblem",
                                  "kbtdesk cannot use the unit configuration {file}, so it does not start.")
UNIT_ADVICE = QT_TRANSLATE_NOOP(
    "RulesProblem", "The unit's settings (unit.json) are deployed by your IT department or written by your unit: "
                    "ask them to correct the file. The command “kbtdesk rules show” names the files kbtdesk reads.")
RULES_HEADLINE = QT_TRANSLATE_NOOP(
    "RulesProblem", "kbtdesk cannot use the rule set {file} ({chosen}), so it does not start: it would check your "
                    "contacts against a routine it cannot read.")
CHOSEN_ADVICE = QT_TRANSLATE_NOOP(
    "RulesProblem", "Ask whoever maintains your region's or unit's rule file to correct it; the command “kbtdesk "
                    "rules check {file}” lists every problem. Without --rules and KBTDESK_RULES kbtdesk uses the "
                    "rule set it was installed with.")
BUNDLED_ADVICE = QT_TRANSLATE_NOOP(
    "RulesProblem", "The rule set installed with kbtdesk is damaged: install kbtdesk again (your log is not "
                    "touched), or ask your IT department to.")
WHAT_IS_WRONG = QT_TRANSLATE_NOOP("RulesProblem", "What is wrong (where in the file: what):")
MORE = QT_TRANSLATE_NOOP("RulesProblem", "… and {count} more (Show Details...)")
TITLE = QT_TRANSLATE_NOOP("RulesProblem", "kbtdesk cannot start")


def rules_problem_box(exc: RuleSetError, cli_value: str | None = None, env_value: str | None = None,
                      parent=None) -> QMessageBox:
    """The message box that refuses to start with `exc`'s file."""
    lines = problem_lines(exc)
    if isinstance(exc, UnitConfigError):
        headline, advice = _tr(UNIT_HEADLINE).format(file=exc.file), _tr(UNIT_ADVICE)
    else:
        headline = _tr(RULES_HEADLINE).format(file=exc.file, chosen=chosen_by(cli_value, env_value))
        advice = _tr(CHOSEN_ADVICE).format(file=exc.file) if (cli_value or env_value) else _tr(BUNDLED_ADVICE)
    shown = "\n".join(f"• {line}" for line in lines[:SHOWN_PROBLEMS])
    if len(lines) > SHOWN_PROBLEMS:
        shown += "\n" + _tr(MORE).format(count=len(lines) - SHOWN_PROBLEMS)
    text = "\n\n".join((headline, _tr(WHAT_IS_WRONG) + "\n" + shown, advice))
    box = QMessageBox(QMessageBox.Icon.Critical, _tr(TITLE), text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("rulesProblem")
    box.setTextFormat(Qt.TextFormat.PlainText)  # the problems quote the file: never rich text
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if len(lines) > SHOWN_PROBLEMS:
        box.setDetailedText("\n".join(lines))
    return box


def print_problem(exc: RuleSetError) -> None:
    """The command line's words on stderr (exit 2 follows)."""
    what = "unit configuration" if isinstance(exc, UnitConfigError) else "rule set"
    print(f"kbtdesk: cannot use the {what} {exc.file}:\n" + "\n".join(f"  {line}" for line in problem_lines(exc)),
          file=sys.stderr)


def refuse_to_start(exc: RuleSetError, cli_value: str | None, env_value: str | None,
                    close_after_paint: bool = False) -> int:
    """Say why on stderr and in a message box; the exit status (2: the input was wrong).
    `close_after_paint`: the box closes itself once shown (--quit-after-first-paint, smoke tests)."""
    print_problem(exc)
    box = rules_problem_box(exc, cli_value, env_value)
    if close_after_paint:
        class Painted(QObject):
            def eventFilter(self, watched, event):
                if event.type() == QEvent.Type.Paint:
                    watched.removeEventFilter(self)
                    QTimer.singleShot(0, box.reject)
                return False

        box._closer = Painted(box)  # type: ignore[attr-defined]
        box.installEventFilter(box._closer)  # type: ignore[attr-defined]
        QTimer.singleShot(20000, box.reject)  # never hang when no paint comes
    box.exec()
    return 2
