"""Qt's `Qt` namespace made on first use, for the modules on the way to the window's first paint.

The first time anything reaches `PySide6.QtCore.Qt`, PySide6 makes Python enums of all 93 enums
of Qt's namespace (≈18 ms here, 7 % of kbtdesk's whole start), whichever one was asked for. The
first paint needs none of them. So the modules it runs (main_window, episode_list, formatting,
lock):

- import `Qt` from here: the real one is fetched when code first uses it, after the first paint;
- set the few enum-valued Qt properties they need before it by the value's name, as a .ui file
  does (`set_properties(label, textFormat="PlainText")`): Qt converts the name itself;
- compare item-data roles with the plain numbers below (Qt passes roles to data() as ints).

tests/ui/test_startup_perf.py checks that the first paint leaves `Qt` unmade, and
tests/ui/test_lazy_qt.py that the numbers below are Qt's.
"""

from __future__ import annotations

# Qt::ItemDataRole and Qt::AlignmentFlag values, fixed by Qt's ABI.
DISPLAY_ROLE = 0
TOOLTIP_ROLE = 3
FONT_ROLE = 6
TEXT_ALIGNMENT_ROLE = 7
FOREGROUND_ROLE = 9
USER_ROLE = 256
ALIGN_CENTER = 0x84


class _Namespace:
    """Stands in for `PySide6.QtCore.Qt` and fetches each name from it on first use."""

    def __getattr__(self, name: str):
        from PySide6.QtCore import Qt as real

        value = getattr(real, name)
        setattr(self, name, value)  # the next use finds it here
        return value

    def __repr__(self) -> str:
        return "<PySide6.QtCore.Qt, made on first use>"


Qt = _Namespace()


def set_properties(obj, **values) -> None:
    """Set Qt properties by name, enum values by their key's name (textFormat="PlainText").

    Raises ValueError for a property the object does not have or a key its enum does not have,
    which QObject.setProperty would otherwise turn into a silent dynamic property."""
    for name, value in values.items():
        if not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} has no property {name} = {value!r}")
