"""Without a display, the window says so in one translated line instead of Qt's plugin abort."""

import os
import subprocess
import sys

import pytest

from kbtdesk.ui.display import missing_display


@pytest.mark.parametrize("env", [
    {"DISPLAY": ":0"},
    {"WAYLAND_DISPLAY": "wayland-0"},
    {"QT_QPA_PLATFORM": "offscreen"},
    {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":1"},
    {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":1"},  # Qt falls back to the next one
    {"QT_QPA_PLATFORM": "vnc:size=800x600"},
    {"QT_QPA_PLATFORM": "somethingnew"},  # a plugin we do not know: let Qt decide
])
def test_a_window_can_open(env):
    assert missing_display(env, "linux") is None


def test_without_any_display_it_names_both_variables():
    problem = missing_display({}, "linux")
    assert "DISPLAY" in problem.render() and "WAYLAND_DISPLAY" in problem.render()
    assert "kbtdesk --help" in problem.render()


@pytest.mark.parametrize(("platform", "variable"), [("xcb", "DISPLAY"), ("wayland", "WAYLAND_DISPLAY"),
                                                    ("xcb:dpi=96", "DISPLAY")])
def test_a_forced_platform_without_its_server_is_named(platform, variable):
    problem = missing_display({"QT_QPA_PLATFORM": platform, "WAYLAND_DISPLAY" if variable == "DISPLAY"
                               else "DISPLAY": "x"}, "linux")
    assert problem.params == {"platform": platform, "variable": variable}


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_their_display(platform):
    assert missing_display({}, platform) is None


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="there a desktop session always has its display")
@pytest.mark.parametrize(("language", "expected"), [
    ("sv", "kbtdesk kan inte öppna sitt fönster: det finns ingen skärm"),
    ("en", "kbtdesk cannot open its window: there is no display"),
])
def test_kbtdesk_without_a_display_says_so_in_one_line(tmp_path, language, expected):
    env = {key: value for key, value in os.environ.items()
           if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(KBTDESK_LANG=language, KBTDESK_LOG=str(tmp_path / "kbtdesk-log.db"))
    done = subprocess.run([sys.executable, "-m", "kbtdesk.cli"], env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2
    assert done.stdout == ""
    [line] = done.stderr.splitlines()
    assert line.startswith(expected), line
    assert not (tmp_path / "kbtdesk-log.db").exists(), "nothing is created without a window"
