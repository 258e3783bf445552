"""The composition root: the one place that builds the services and passes them down."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from kbtdesk.core.episode_row import EpisodeRow
from kbtdesk.db.engine import Log

if TYPE_CHECKING:
    from kbtdesk.core.rules import RuleBook, RuleSet
    from kbtdesk.core.service import LogService
    from kbtdesk.core.unit_config import UnitConfig


def load_unit() -> UnitConfig:
    """The unit's configuration: the machine-wide unit.json, then the user's (paths.py)."""
    from kbtdesk.core.unit_config import load_unit_config

    return load_unit_config()


def load_rules(cli_value=None, env: dict | None = None, unit: UnitConfig | None = None) -> RuleBook:
    """The routine's versions: `--rules` (cli_value), else KBTDESK_RULES, else the bundled set,
    with the unit's configuration laid over every version. RuleSetError names what is wrong."""
    from kbtdesk.core.rules import RuleSetError, load_rule_book
    from kbtdesk.paths import resolve_rules_source

    unit = unit if unit is not None else load_unit()
    book = load_rule_book(resolve_rules_source(cli_value, env))
    problems = [p for version in book.versions for p in unit.problems_with(version)]
    if problems:
        raise RuleSetError.of("unit.json", problems)
    return book.map(unit.apply)


def build_service(log: Log, rules: RuleBook | RuleSet | None = None, unit: UnitConfig | None = None) -> LogService:
    from kbtdesk.core.service import LogService  # imports sqlmodel (≈350 ms): see WindowService

    unit = unit if unit is not None else load_unit()
    return LogService(log.engine, rules if rules is not None else load_rules(unit=unit), unit=unit)


#: `LogService.episode_rows("active", "")`'s two statements as one, in plain SQL for a raw
#: sqlcipher3 connection: the page of active episodes in list order (ix_episode_active), then what
#: the list shows of them.
#: tests/ui/test_startup_perf.py checks that both give the same rows.
FIRST_PAGE_SQL = (
    "SELECT e.id, p.id, p.name, p.identity, e.programme, e.started, e.ended, e.last_contact_at, "
    "(SELECT COALESCE(SUM(o.journal_done IS NULL) + SUM(o.registered IS NULL), 0) "
    "FROM contact o INDEXED BY ix_contact_open "
    "WHERE o.episode_id = e.id AND (o.journal_done IS NULL OR o.registered IS NULL)) "
    "FROM (SELECT e.rowid AS r FROM episode e INDEXED BY ix_episode_active WHERE e.ended IS NULL "
    "ORDER BY e.last_contact_at DESC, e.started DESC, e.id DESC LIMIT :limit OFFSET :offset) AS w "
    "JOIN episode e ON e.rowid = w.r JOIN patient p ON p.id = e.patient_id")


class WindowService:
    """The LogService for the window, imported and built on first use.

    kbtdesk.core.service imports sqlmodel and the ORM (≈0.4 s), and SQLAlchemy alone ≈0.2 s; the
    window's first paint needs none of it: only the first page of active episodes and one setting,
    read here with plain SQL on a read-only sqlcipher3 connection (`db.connection.connect`, the
    log's key). Any other use (a search, a click, the counts just after the first paint) builds the
    real service over `log.engine` (created then), and from then on everything goes to it.
    """

    def __init__(self, log: Log, rules: RuleBook | RuleSet | None = None, unit: UnitConfig | None = None):
        self.log = log
        self._rules = rules
        self._unit = unit
        self._service: LogService | None = None

    @property
    def unit(self) -> UnitConfig:
        if self._unit is None:
            self._unit = load_unit()
        return self._unit

    @property
    def rules(self) -> RuleSet:
        """The rule set valid today, read on first use: the first paint of the list does not need it."""
        if self._service is not None:
            return self._service.rules
        if self._rules is None:
            self._rules = load_rules(unit=self.unit)
        return self._rules.for_date(date.today())

    @property
    def engine(self):
        return self.log.engine

    def resolve(self) -> LogService:
        if self._service is None:
            from kbtdesk.core.service import LogService  # sqlmodel: first use after the first paint

            if self._rules is None:
                self._rules = load_rules(unit=self.unit)
            self._service = LogService(self.log.engine, self._rules, unit=self.unit)
        return self._service

    def _read(self, sql: str, params: dict) -> list[tuple]:
        """Rows of one statement on a connection of its own, read-only, closed at once."""
        from kbtdesk.db.connection import connect

        conn = connect(self.log.paths.log, self.log.data_key, readonly=True, check=False,
                       immutable=self.log.immutable)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()

    def __getattr__(self, name: str):
        return getattr(self.resolve(), name)

    def episode_rows(self, status: str = "active", query: str = "", limit: int | None = None,
                     offset: int = 0, plan: str | None = None):
        if self._service is not None or status != "active" or query.strip() or plan is not None:
            return self.resolve().episode_rows(status, query, limit=limit, offset=offset, plan=plan)
        found = self._read(FIRST_PAGE_SQL, {"limit": limit or -1, "offset": offset})
        found.sort(key=lambda r: (r[7] is not None, r[7] or "", r[5], r[0]), reverse=True)
        return [EpisodeRow(eid, pid, name, identity, programme, date.fromisoformat(started), None,
                             int(open_count), last)
                for eid, pid, name, identity, programme, started, _ended, last, open_count in found]

    def setting(self, key: str, default=None):
        if self._service is not None:
            return self._service.setting(key, default)
        import json

        rows = self._read("SELECT value FROM setting WHERE key = :key", {"key": key})
        return default if not rows else json.loads(rows[0][0])
