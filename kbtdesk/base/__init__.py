"""What every layer may use: translatable messages, progress and cancel, atomic file writes.

The base imports nothing else of kbtdesk; `core`, `db`, `render`, `ui` and the command line all
build on it (docs/architecture.md).
"""
