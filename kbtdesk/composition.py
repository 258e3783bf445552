"""The composition root: the one place that builds the services from an open log and passes them down.

The window gets its service as `lambda: build_service(log)` and builds it just after its first
paint: `kbtdesk.core.service` imports SQLAlchemy and the ORM (≈0.4 s), which the first paint does
not need. What it does need, a screenful of the episode list, `read_first_page` reads through the
service's own statements (kbtdesk.core.episode_list) on a plain sqlcipher3 connection.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from kbtdesk.core import episode_list
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import Log

if TYPE_CHECKING:
    from kbtdesk.core.rules import RuleBook, RuleSet
    from kbtdesk.core.service import LogService
    from kbtdesk.core.unit_config import UnitConfig


def load_unit() -> UnitConfig:
    """The unit's configuration: the machine-wide unit.json, then the user's (paths.py)."""
    from kbtdesk.core.unit_config import load_unit_config

    return load_unit_config()


def load_rules(cli_value: str | os.PathLike[str] | None = None, env: Mapping[str, str] | None = None,
               unit: UnitConfig | None = None) -> RuleBook:
    """The routine's versions: `--rules` (cli_value), else KBTDESK_RULES, else the bundled set,
    with the unit's configuration laid over every version. RuleSetError names what is wrong (its
    UnitConfigError when it is the unit's configuration)."""
    from kbtdesk.core.rules import load_rule_book
    from kbtdesk.core.unit_config import UnitConfigError
    from kbtdesk.paths import resolve_rules_source

    unit = unit if unit is not None else load_unit()
    book = load_rule_book(resolve_rules_source(cli_value, env))
    problems = [p for version in book.versions for p in unit.problems_with(version)]
    if problems:
        raise UnitConfigError.of("unit.json", problems)
    return book.map(unit.apply)


def build_service(log: Log, rules: RuleBook | RuleSet | None = None, unit: UnitConfig | None = None) -> LogService:
    from kbtdesk.core.rules import RuleBook
    from kbtdesk.core.service import LogService  # SQLAlchemy and the ORM: see the module's docstring

    unit = unit if unit is not None else load_unit()
    book = RuleBook.of(rules if rules is not None else load_rules(unit=unit))
    # The service judges by the version valid on its today (Store.__post_init__ picks it from the book).
    return LogService(log.engine, book.versions[-1], rule_book=book, unit=unit)


def read_first_page(log: Log, limit: int) -> list[episode_list.EpisodeRow]:
    """The first `limit` active episodes in list order, as `LogService.episode_rows("active", "",
    limit=limit)` gives them, read on a read-only connection of their own, closed at once."""
    conn = connect(log.paths.log, log.data_key, readonly=True, check=False, immutable=log.immutable)
    try:
        return episode_list.page(lambda sql, params: conn.execute(sql, params).fetchall(), "active", limit)
    finally:
        conn.close()


def care_unit(log: Log, rules: RuleBook | RuleSet | None = None) -> str:
    """The care unit of the log's profile ("" before one is saved), for the recovery code's sheet."""
    profile = build_service(log, rules).profile()
    return profile.care_unit if profile is not None else ""
