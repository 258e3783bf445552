"""Tests that cannot pass by accident (issue 13 item 9): a test that skips when one of kbtdesk's own
modules fails to import, or that accepts any exception, passes on broken code."""

import re
from pathlib import Path

TESTS = Path(__file__).parent
OWN_IMPORTORSKIP = re.compile(r"importorskip\(\s*[\"']kbtdesk")
ANY_EXCEPTION = re.compile(r"raises\(\s*(Base)?Exception\s*[,)]")


def _offenders(pattern: re.Pattern[str]) -> list[str]:
    here = Path(__file__).resolve()
    return [f"{path.relative_to(TESTS)}:{number}"
            for path in sorted(TESTS.rglob("*.py")) if path.resolve() != here
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
            if pattern.search(line)]


def test_no_test_skips_when_a_kbtdesk_module_is_missing():
    assert _offenders(OWN_IMPORTORSKIP) == []


def test_no_test_accepts_any_exception():
    assert _offenders(ANY_EXCEPTION) == []


def test_the_patterns_catch_what_they_are_for():
    assert OWN_IMPORTORSKIP.search('pytest.importorskip("kbtdesk.ui.worklist")')
    assert not OWN_IMPORTORSKIP.search('pytest.importorskip("hypothesis")')
    assert ANY_EXCEPTION.search("with pytest.raises(Exception):")
    assert ANY_EXCEPTION.search("pytest.raises(BaseException, match='x')")
    assert not ANY_EXCEPTION.search("pytest.raises(ExceptionGroup)")
    assert not ANY_EXCEPTION.search("pytest.raises(InputError)")
