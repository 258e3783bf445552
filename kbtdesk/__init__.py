"""kbtdesk: the therapist's checklist and log for internet CBT (KBT på nätet)."""


def __getattr__(name: str):
    # __version__ on first use: importlib.metadata costs ≈25 ms, on the path to the first paint.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("kbtdesk")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0"
    globals()["__version__"] = found
    return found
