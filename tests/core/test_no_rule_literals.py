"""No rule constant in code: the routine's codes and ids live in the rule files only.

A KVÅ code of any rule set (bundled or a test region's) or anything shaped like one (next year's
codes are not in any file yet), a contact-type id, a mode, EHR, instrument, care-level, programme
or rule id written as a string literal in kbtdesk/ means a rule was put in code, where the next
region or the next KVÅ year cannot change it. Docstrings and comments may name them; the demo's
data (the fictitious log `--demo` fills in for the bundled routine) may too.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from kbtdesk.core.rules import load_rule_book

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "kbtdesk"
FIXTURES = ROOT / "tests" / "fixtures" / "rules"
#: The demo fills a throwaway log for the bundled routine: its data name that routine's codes.
DEMO_DATA = {PACKAGE / "core" / "demo.py"}


def _rule_sets():
    books = [load_rule_book(), load_rule_book(FIXTURES / "other-region.json"), load_rule_book(FIXTURES / "versions")]
    return [version for book in books for version in book.versions]


#: A KVÅ code's shape (rules.is_kva_code), as a word inside any literal: codes no rule file lists yet.
KVA_SHAPE = r"[A-Z]{2}[0-9]{3}|[A-Z]{3}[0-9]{2}"


def _words():
    """Codes and contact-type ids (found as words inside any literal); mode, EHR, instrument,
    care-level, programme and rule ids (as whole literals: "isi" or "primary" inside a sentence is a word)."""
    codes, type_ids, exact = set(), set(), set()
    for rules in _rule_sets():
        codes |= {c.code for c in rules.codes} | {rules.ending_code} | set(rules.coverage.values())
        type_ids |= {t.id for t in rules.contact_types} | {t.registration_code for t in rules.contact_types
                                                           if t.registration_code}
        exact |= {m.id for t in rules.contact_types for m in t.modes} | set(rules.ehr_ids)
        exact |= {i.id for i in rules.instruments} | set(rules.care_levels)
        exact |= {p.id for p in rules.programmes} | {r.id for r in rules.rules}
    return codes | type_ids, exact


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def literals_in(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            yield node.lineno, node.value


def offending(path: Path, words: set[str], exact: set[str], root: Path = ROOT) -> list[str]:
    alternatives = [KVA_SHAPE] + [re.escape(w) for w in sorted(words, key=len, reverse=True)]
    pattern = re.compile(r"(?<![A-Za-z0-9-])(" + "|".join(alternatives) + r")(?![A-Za-z0-9-])")
    found = []
    for line, value in literals_in(path):
        hit = pattern.search(value)
        if hit or value in exact:
            found.append(f"{path.relative_to(root)}:{line}: {value!r}")
    return found


def test_no_code_or_id_of_a_rule_set_is_written_in_kbtdesk():
    words, exact = _words()
    assert {"DU011", "ZV044", "ZV051", "UV112", "ZZ901", "BR", "TB", "planned-visit", "video", "asynja-visph",
            "madrs-s", "specialist"} <= words | exact
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) if path not in DEMO_DATA
             for hit in offending(path, words, exact)]
    assert found == [], "rule data written in code:\n" + "\n".join(found)


@pytest.mark.parametrize("source", [
    'X = "UV112"', 'label = f"Final contact with ZV051 {x}"', 'kind = "planned-visit"', 'ehr = "j4"',
    'text = tr("BR — Skriftlig distanskontakt")', 'NEXT_YEAR = "AU120"', 'x = f"{a} ZVA12"',
    'if measure.instrument == "madrs-s": pass', 'level = "specialist"', 'rule = "zv044-required"',
])
def test_the_check_finds_a_literal(tmp_path, source):
    words, exact = _words()
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert offending(probe, words, exact, tmp_path), source


@pytest.mark.parametrize("source", ['"""Adds DU011 and ZV044."""', '# ZV051 on every distance contact',
                                    'x = "Brev"', 'y = "TBD"', 'z = "a video visit"', 'h = "SHA256"',
                                    'u = "UTF-8"', 'w = "the isi scale in primary care"', 'd = "2026-01-01"'])
def test_docstrings_comments_and_ordinary_words_pass(tmp_path, source):
    words, exact = _words()
    probe = tmp_path / "probe.py"
    probe.write_text(source, encoding="utf-8")
    assert offending(probe, words, exact, tmp_path) == []
