"""The composition root: the one place that builds the services and passes them down."""

from __future__ import annotations

from kbtdesk.core.rules import RuleSet, load_ruleset
from kbtdesk.core.service import LogService
from kbtdesk.db.engine import Log


def build_service(log: Log, rules: RuleSet | None = None) -> LogService:
    return LogService(log.engine, rules or load_ruleset())
