"""The composition root: the one place that builds the services from an open log and passes them down.

The window gets its service as `lambda: build_service(log)` and builds it just after its first
paint: `kbtdesk.core.service` imports SQLAlchemy and the ORM (≈0.4 s), which the first paint does
not need. What it does need, a screenful of the episode list, `read_first_page` reads through the
service's own statements (kbtdesk.core.episode_list) on a plain sqlcipher3 connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kbtdesk.core import episode_list
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import Log

if TYPE_CHECKING:
    from kbtdesk.core.rules import RuleSet
    from kbtdesk.core.service import LogService


def build_service(log: Log, rules: RuleSet | None = None) -> LogService:
    from kbtdesk.core.rules import load_ruleset
    from kbtdesk.core.service import LogService  # SQLAlchemy and the ORM: see the module's docstring

    return LogService(log.engine, rules or load_ruleset())


def read_first_page(log: Log, limit: int) -> list[episode_list.EpisodeRow]:
    """The first `limit` active episodes in list order, as `LogService.episode_rows("active", "",
    limit=limit)` gives them, read on a read-only connection of their own, closed at once."""
    conn = connect(log.paths.log, log.data_key, readonly=True, check=False, immutable=log.immutable)
    try:
        return episode_list.page(lambda sql, params: conn.execute(sql, params).fetchall(), "active", limit)
    finally:
        conn.close()


def care_unit(log: Log) -> str:
    """The care unit of the log's profile ("" before one is saved), for the recovery code's sheet."""
    profile = build_service(log).profile()
    return profile.care_unit if profile is not None else ""
