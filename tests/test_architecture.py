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


# -- one direction of arrows (issue 13): ui, cli → composition → core → db → base ------------

#: Each layer, and the layers of kbtdesk it must never import. paths.py and translation.py are
#: leaves every layer may use (they import base only); `kbtdesk.translations` is the catalogues'
#: data package.
FORBIDDEN = {
    "base": {"shared", "db", "core", "composition", "render", "ui", "cli"},
    "shared": {"db", "core", "composition", "render", "ui", "cli"},
    "db": {"core", "composition", "render", "ui", "cli"},
    "core": {"composition", "render", "ui", "cli"},
    "render": {"db", "composition", "ui", "cli"},
    "composition": {"render", "ui", "cli"},
    "ui": {"db", "cli"},
    "cli": {"db"},
}
SHARED = {"kbtdesk", "kbtdesk.paths", "kbtdesk.translation", "kbtdesk.translations"}


def layer_of(module: str) -> str | None:
    """The layer of a kbtdesk module by its dotted name (None: not kbtdesk's)."""
    parts = module.split(".")
    if parts[0] != "kbtdesk":
        return None
    if module in SHARED or module.startswith("kbtdesk.translations."):
        return "shared"
    top = parts[1]
    if top in ("cli", "cli_help"):
        return "cli"
    return top if top in FORBIDDEN else "shared"


def imported_modules(tree: ast.AST) -> list[tuple[int, str]]:
    """Every module a source file imports (line, dotted name), function-local and TYPE_CHECKING
    imports included: `from kbtdesk import db` names kbtdesk.db as much as `import kbtdesk.db`."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
            if node.module == "kbtdesk":
                found += [(node.lineno, f"kbtdesk.{a.name}") for a in node.names]
    return found


def arrow_violations(path: Path) -> list[str]:
    own = layer_of(_module(path))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    bad = []
    for line, name in imported_modules(tree):
        target = layer_of(name)
        if target is not None and target != own and target in FORBIDDEN[own]:
            bad.append(f"{path.relative_to(PACKAGE.parent)}:{line} ({own}) imports {name} ({target})")
    return bad


EVERY_MODULE = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", EVERY_MODULE, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_one_way(path):
    assert arrow_violations(path) == []


def test_the_arrow_check_sees_a_forbidden_import(tmp_path, monkeypatch):
    """The check above must be able to fail: each forbidden arrow, written the ways code writes it."""
    cases = {
        "db/x.py": "from kbtdesk.core import audit",
        "core/x.py": "def f():\n    from kbtdesk.ui.widgets import Palette",
        "core/y.py": "import kbtdesk.render.pdf",
        "ui/x.py": "from kbtdesk import db",
        "ui/y.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from kbtdesk.db.engine import Log",
        "render/x.py": "from kbtdesk.db.errors import LogOpenError",
        "cli.py": "from kbtdesk.db.backup import backup_now",
        "core/z.py": "from kbtdesk.cli import main",
        "base/x.py": "from kbtdesk.paths import LogPaths",
        "db/y.py": "from kbtdesk.composition import build_service",
    }
    fake = tmp_path / "kbtdesk"
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    for relative, source in cases.items():
        path = fake / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source + "\n", encoding="utf-8")
        assert len(arrow_violations(path)) == 1, relative
    allowed = fake / "ui" / "ok.py"
    allowed.write_text("from kbtdesk.core.logs import open_log\nfrom kbtdesk import composition\n"
                       "from kbtdesk.paths import LogPaths\n", encoding="utf-8")
    assert arrow_violations(allowed) == []
