"""Can this process open a window? Asked before Qt starts, so the answer is one plain line.

Without a display Qt's xcb plugin aborts with "could not load the Qt platform plugin 'xcb' ...
Reinstalling the application may fix this problem", which sends people reinstalling for nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message

# Qt platform plugins that draw without a display server (headless tests, framebuffers, VNC).
NO_SERVER_NEEDED = {"offscreen", "minimal", "minimalegl", "vnc", "eglfs", "linuxfb", "vkkhrdisplay"}
# Those that need one, and the variable that tells them where it is.
SERVER_VARIABLE = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY", "wayland-egl": "WAYLAND_DISPLAY",
                   "wayland-brcm": "WAYLAND_DISPLAY"}


def missing_display(env: Mapping[str, str] | None = None, platform: str | None = None) -> Message | None:
    """Why no window can open here, or None when one can (or when it cannot be told beforehand)."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform in ("win32", "darwin"):
        return None  # a desktop session always has its display there
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        # "wayland;xcb" is a list Qt tries in order; "xcb:option=value" carries options.
        names = [candidate.split(":", 1)[0].strip() for candidate in chosen.split(";") if candidate.strip()]
        if any(name in NO_SERVER_NEEDED or name not in SERVER_VARIABLE or env.get(SERVER_VARIABLE[name])
               for name in names):
            return None
        return Message("Display", QT_TRANSLATE_NOOP(
            "Display", "kbtdesk cannot open its window: QT_QPA_PLATFORM={platform} needs {variable}, "
                       "which is not set."), {"platform": chosen, "variable": SERVER_VARIABLE[names[0]]})
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return Message("Display", QT_TRANSLATE_NOOP(
        "Display", "kbtdesk cannot open its window: there is no display (neither DISPLAY nor "
                   "WAYLAND_DISPLAY is set). Start it on the desktop, or use the command line: kbtdesk --help"))


def refuse_without_display() -> bool:
    """Say in one translated line on stderr that no window can open, and return True; else False."""
    problem = missing_display()
    if problem is None:
        return False
    from kbtdesk.translation import chosen_language, translate_function

    print(problem.render(translate_function(chosen_language())), file=sys.stderr)
    return True
