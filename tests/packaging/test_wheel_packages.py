"""The wheel holds every package of the tree: setuptools is told the packages by name
(pyproject.toml), so a new sub-package left off the list would install without its modules and
`kbtdesk` would fail to start on a workstation installed from the wheel."""

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_tree_is_listed():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    in_tree = {".".join(init.parent.relative_to(ROOT).parts) for init in (ROOT / "kbtdesk").rglob("__init__.py")}
    assert in_tree - listed == set(), "packages of kbtdesk/ missing from [tool.setuptools] packages"
    assert listed - in_tree == {"kbtdesk.resources", "kbtdesk.translations"}
