"""Where kbtdesk keeps its files: one place, built on platformdirs, overridable.

`--log PATH` on the command line, or `KBTDESK_LOG` in the environment, moves the log (and with it
the key file and backups, which always sit beside the log) for tests and portable use.
`--rules PATH` or `KBTDESK_RULES` chooses the rule file or folder (default: the bundled one).
A unit's configuration (`unit.json`) is read from the machine-wide config folder, where IT
deploys it, then from the user's own config folder.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "kbtdesk"
APP_AUTHOR = "kbtdesk"
LOG_FILENAME = "kbtdesk-log.db"


@dataclass(frozen=True)
class LogPaths:
    """The files that make up one therapist's log."""

    log: Path

    @property
    def key(self) -> Path:
        """The wrapped data key; without it the log cannot be opened."""
        return self.log.with_name(self.log.name + ".key")

    @property
    def backups(self) -> Path:
        return self.log.with_name(self.log.stem + "-backups")

    @property
    def settings(self) -> Path:
        """Non-secret window settings (language, geometry): no patient data ever goes here."""
        return self.log.with_name(self.log.stem + "-settings.ini")

    def exists(self) -> bool:
        return self.log.exists() or self.key.exists()


def default_data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, APP_AUTHOR, roaming=False)


def resolve_log_paths(cli_value: str | os.PathLike[str] | None = None,
                      env: Mapping[str, str] | None = None) -> LogPaths:
    """The log given on the command line, else `KBTDESK_LOG`, else the user data dir."""
    environment = os.environ if env is None else env
    chosen = cli_value or environment.get("KBTDESK_LOG")
    if chosen:
        return LogPaths(Path(chosen).expanduser().resolve())
    return LogPaths(default_data_dir() / LOG_FILENAME)


UNIT_CONFIG_FILENAME = "unit.json"


def resolve_rules_source(cli_value: str | os.PathLike[str] | None = None,
                         env: Mapping[str, str] | None = None) -> Path | None:
    """The rule file or folder given on the command line, else `KBTDESK_RULES`; None: the bundled set."""
    environment = os.environ if env is None else env
    chosen = cli_value or environment.get("KBTDESK_RULES")
    return Path(chosen).expanduser().resolve() if chosen else None


def unit_config_files() -> list[tuple[str, Path]]:
    """Where a unit's configuration may be, in the order read: ("site", the machine-wide folder
    IT deploys to), then ("user", the user's own folder)."""
    from platformdirs import site_config_path, user_config_path

    return [("site", site_config_path(APP_NAME, APP_AUTHOR) / UNIT_CONFIG_FILENAME),
            ("user", user_config_path(APP_NAME, APP_AUTHOR, roaming=True) / UNIT_CONFIG_FILENAME)]
