"""The linters are in the loop: CI runs only `make test` (.ci/run), so `make test` must run ruff and
mypy and fail on a finding of either. Fast: the Makefile is read with `make -n`, and the lint recipe
runs against stand-in ruff and mypy, never the real ones."""

from __future__ import annotations

import os
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def dry_run(*args: str) -> str:
    """What `make` would run, in order, without running any of it."""
    done = subprocess.run(["make", "--no-print-directory", "-n", *args], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    return done.stdout


def test_make_test_runs_ruff_and_mypy_before_the_suite():
    commands = dry_run("test")
    ruff = commands.index("/ruff check kbtdesk tests")
    mypy = commands.index("/mypy")
    suite = commands.index("-m pytest")
    assert ruff < suite and mypy < suite, commands
    assert "'.[lint]'" in commands[:ruff] or (ROOT / ".venv" / ".installed-lint").exists(), \
        "a fresh clone installs the lint extra before linting"


def test_the_linters_are_pinned_in_the_lint_extra():
    extra = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]["lint"]
    pinned = {spec.split("==")[0] for spec in extra if "==" in spec}
    assert {"ruff", "mypy"} <= pinned, extra


def _stand_in_venv(tmp_path: Path, ruff_status: int, mypy_status: int) -> Path:
    """A .venv whose ruff and mypy only exit with the given status, already 'installed'."""
    venv = tmp_path / "venv"
    bin_dir = venv / "bin"
    bin_dir.mkdir(parents=True)
    for name, status in (("python", 0), ("ruff", ruff_status), ("mypy", mypy_status)):
        tool = bin_dir / name
        tool.write_text(f"#!/bin/sh\necho {name} ran\nexit {status}\n")
        tool.chmod(0o755)
    (venv / ".installed-lint").touch()  # newer than pyproject.toml: make installs nothing
    later = (ROOT / "pyproject.toml").stat().st_mtime + 10
    os.utime(venv / ".installed-lint", (later, later))
    return venv


@pytest.mark.parametrize(("ruff_status", "mypy_status", "passes"),
                         [(0, 0, True), (1, 0, False), (0, 1, False), (1, 1, False)])
def test_make_lint_fails_on_a_finding_of_either_linter_and_runs_both(tmp_path, ruff_status, mypy_status, passes):
    venv = _stand_in_venv(tmp_path, ruff_status, mypy_status)
    done = subprocess.run(["make", "--no-print-directory", "lint", f"VENV={venv}"], cwd=ROOT,
                          capture_output=True, text=True)
    assert (done.returncode == 0) is passes, done.stdout + done.stderr
    assert "ruff ran" in done.stdout and "mypy ran" in done.stdout, "both run, whatever the first finds"
