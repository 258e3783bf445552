"""kbtdesk: the therapist's checklist and log for internet CBT (KBT på nätet)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("kbtdesk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
