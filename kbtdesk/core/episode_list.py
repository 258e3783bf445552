"""The episode list's rows: which episodes a page holds, in the list's order, and what a row shows.

Apart from the service so that the window's first paint can read its first page on a plain
sqlcipher3 connection (kbtdesk.composition.read_first_page) through the same statements as
`LogService.episode_rows`, without importing SQLAlchemy and the ORM (≈0.4 s). Each function
takes `execute(sql, params) -> rows`, as core.audit's do.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any, NamedTuple

Execute = Callable[[str, Mapping[str, object]], Sequence[Sequence[Any]]]

#: The list's order: newest contact first (NULLs sort last under DESC), then newest start; `id`
#: makes it total so that pages (LIMIT/OFFSET) never overlap or skip.
#: ix_episode_recent / ix_episode_active (migration 3) give exactly this order.
ORDER = "e.last_contact_at DESC, e.started DESC, e.id DESC"
#: Appended to a statement that picks a page; `limit` -1 is "no limit" to SQLite.
PAGE = " LIMIT :limit OFFSET :offset"


class EpisodeRow(NamedTuple):
    """One line of the episode list: a row of a query, built 2,000 at a time (a NamedTuple is made
    ≈8× faster than a frozen dataclass, and the class itself is made before the first paint)."""

    episode_id: str
    patient_id: str
    patient_name: str
    identity: str
    programme: str
    started: date
    ended: date | None
    open_items: int
    last_contact_at: str | None


def status_filter(status: str) -> tuple[list[str], str]:
    """The WHERE terms of `status` (active / ended / all) and the index that reads them in list order."""
    if status == "active":
        return ["e.ended IS NULL"], "ix_episode_active"
    return (["e.ended IS NOT NULL"] if status == "ended" else []), "ix_episode_recent"


def page_params(limit: int | None, offset: int) -> dict[str, object]:
    return {"limit": limit if limit else -1, "offset": offset}


def unsearched_pick(status: str) -> str:
    """The statement picking one page of the list without a search: its rowids as `r`, by index."""
    where, index = status_filter(status)
    return (f"SELECT e.rowid AS r FROM episode e INDEXED BY {index}"
            + (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {ORDER}" + PAGE)


def rows(execute: Execute, pick: str, params: Mapping[str, object]) -> list[EpisodeRow]:
    """What the list shows of the episodes `pick` selects, in the list's order.

    The open-item count is one seek per row in the partial index ix_contact_open; an ended episode
    not yet transferred to SibeR counts one more."""
    found = execute(
        "SELECT e.id, p.id, p.name, p.identity, e.programme, e.started, e.ended, "
        "e.siber_transferred IS NULL, e.last_contact_at, "
        "(SELECT COALESCE(SUM(o.journal_done IS NULL) + SUM(o.registered IS NULL), 0) "
        "FROM contact o INDEXED BY ix_contact_open "
        "WHERE o.episode_id = e.id AND (o.journal_done IS NULL OR o.registered IS NULL)) "
        f"FROM ({pick}) AS w JOIN episode e ON e.rowid = w.r JOIN patient p ON p.id = e.patient_id", params)
    # The page's rows come back in any order: put them in the list's order (a few thousand).
    found = sorted(found, key=lambda r: (r[8] is not None, r[8] or "", r[5], r[0]), reverse=True)
    listed = []
    for eid, pid, name, identity, programme, started, ended, not_transferred, last, open_count in found:
        ended_day = date.fromisoformat(ended) if ended else None
        extra = 1 if (ended_day is not None and not_transferred) else 0
        listed.append(EpisodeRow(eid, pid, name, identity, programme, date.fromisoformat(started), ended_day,
                                 int(open_count) + extra, last))
    return listed


def page(execute: Execute, status: str = "active", limit: int | None = None, offset: int = 0) -> list[EpisodeRow]:
    """One page of the list without a search (`limit` None: to its end)."""
    return rows(execute, unsearched_pick(status), page_params(limit, offset))
