"""Progress and Cancel of long work, one vocabulary for all of it.

Reports, exports, backups, checks and the demo report `progress(done, total)` as they go; whoever
shows the progress (a dialog, the status bar, a line on stderr) cancels by raising `Cancelled`
from that callback, or answers True from an `IsCancelled` the work polls. The work then stops at
its next step and leaves nothing behind.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """The user cancelled long work; it left nothing behind."""
