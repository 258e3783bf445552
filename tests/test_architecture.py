"""The shape of the code that the conventions promise: core/ and db/ never import Qt."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "kbtdesk"
QT_FREE = sorted(p for folder in ("base", "core", "db") for p in (PACKAGE / folder).rglob("*.py"))


@pytest.mark.parametrize("path", QT_FREE, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_core_and_db_modules_name_no_qt(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        for name in names:
            assert not name.startswith(("PySide6", "shiboken6", "kbtdesk.ui", "kbtdesk.render")), \
                f"{path.name} imports {name}"


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_importing_every_core_and_db_module_loads_no_qt():
    modules = [_module(p) for p in QT_FREE]
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


RENDER = sorted((PACKAGE / "render").rglob("*.py"))


@pytest.mark.parametrize("path", RENDER, ids=lambda p: f"render/{p.name}")
def test_render_reads_report_data_never_tables(path):
    """render/ lays out what kbtdesk.core.reports built: it imports no storage (issue 13)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                 else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
        for name in names:
            assert not name.startswith(("kbtdesk.db", "sqlalchemy", "sqlmodel", "sqlcipher3", "kbtdesk.ui",
                                        "kbtdesk.cli")), f"{path.name} imports {name}"
