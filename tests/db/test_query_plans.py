"""Every query the window runs is answered through an index, never by reading every contact.

The plans come from EXPLAIN QUERY PLAN on a real encrypted log of the current schema, for the
statements the service actually executes (captured from the engine while the service runs).
At 1M contacts a full scan of `contact` costs 0.5–2 s under SQLCipher (conventions.md).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import event

from kbtdesk.core import reports, ticks, week
from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW

FULL_SCAN = re.compile(r"\bSCAN (contact|c)\b(?! USING (COVERING )?INDEX)")


def _capture(service):
    statements = []

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(service.engine, "before_cursor_execute", before)
    return statements, lambda: event.remove(service.engine, "before_cursor_execute", before)


def _plans(service, statements):
    raw = service.engine.raw_connection()
    try:
        cursor = raw.cursor()
        out = []
        for statement, parameters in statements:
            cursor.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            out.append((statement, [row[3] for row in cursor.fetchall()]))
        return out
    finally:
        raw.close()


@pytest.fixture
def filled(service, episode):
    for n in range(3):
        service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=n), type="BR",
                                          codes=("DU011",)))
    return service, episode


CALLS = {
    "episode list": lambda s, e: s.episode_rows("active", limit=2000),
    "episode list, all, second page": lambda s, e: s.episode_rows("all", limit=2000, offset=2000),
    "search": lambda s, e: s.episode_rows("all", "öb", limit=2000),
    "search by identity": lambda s, e: s.episode_rows("all", "19640823", limit=2000),
    "episode detail": lambda s, e: s.episode_detail(e.id),
    "worklist": lambda s, e: s.worklist(),
    "open counts": lambda s, e: s.open_item_count(),
    "registration export": lambda s, e: reports.build_registrations(s, date(2026, 1, 1), date(2026, 12, 31)),
    "week view": lambda s, e: week.week_rows(s),
    "worklist by contact": lambda s, e: ticks.worklist_rows(s),
    "worklist by contact, one patient, one week": lambda s, e: ticks.worklist_rows(
        s, query="öb", start=date(2026, 11, 23), end=date(2026, 11, 29)),
}


@pytest.mark.parametrize("name", sorted(CALLS))
def test_no_query_of_the_window_scans_every_contact(filled, name):
    service, episode = filled
    statements, stop = _capture(service)
    try:
        CALLS[name](service, episode)
    finally:
        stop()
    touching = [(sql, plan) for sql, plan in _plans(service, statements) if re.search(r"\bcontact\b", sql)]
    for sql, plan in touching:
        print(name, "|", " / ".join(plan))
        scans = [step for step in plan if FULL_SCAN.search(step)]
        assert not scans, f"{name}: full scan of contact in {sql!r}: {plan}"
    if name in ("episode detail", "worklist", "open counts", "registration export", "episode list", "week view",
                "worklist by contact"):
        assert touching, f"{name} ran no query on contact: the test would prove nothing"


def test_episode_list_pages_in_index_order(filled):
    """The list's page is read in the order of ix_episode_active / ix_episode_recent: no sort of every episode."""
    service, _episode = filled
    for status, index in (("active", "ix_episode_active"), ("all", "ix_episode_recent")):
        statements, stop = _capture(service)
        try:
            service.episode_rows(status, limit=2000)
        finally:
            stop()
        plan = " / ".join(_plans(service, statements[:1])[0][1])
        assert index in plan and "TEMP B-TREE FOR ORDER BY" not in plan, plan


def test_the_plan_check_catches_a_full_scan(filled):
    service, _episode = filled
    raw = service.engine.raw_connection()
    try:
        plan = [r[3] for r in raw.cursor().execute(
            "EXPLAIN QUERY PLAN SELECT * FROM contact WHERE note LIKE '%x%'").fetchall()]
    finally:
        raw.close()
    assert any(FULL_SCAN.search(step) for step in plan), plan


@pytest.mark.parametrize("plan", ["walk", "sort"])
@pytest.mark.parametrize("status", ["all", "active"])
def test_search_reads_indexes_only(filled, plan, status):
    """Both search plans answer through indexes: the prefix range of search_term, the episodes by
    patient (sort) or the list's own index with one search_term seek per episode (walk, which
    needs no sort at all and stops at the page's end)."""
    service, _episode = filled
    statements, stop = _capture(service)
    try:
        service.episode_rows(status, "öb", limit=2000, plan=plan)
    finally:
        stop()
    picked = [(sql, plan_) for sql, plan_ in _plans(service, statements) if "search_term" in sql]
    assert picked, "the search ran no query on search_term"
    for _sql, steps in picked:
        joined = " / ".join(steps)
        print(plan, status, "|", joined)
        assert not re.search(r"\bSCAN (e|episode|t|search_term|p|patient)\b(?! USING)", joined), joined
        if plan == "walk":
            assert "ix_episode_active" in joined or "ix_episode_recent" in joined, joined
            assert "ix_search_term_patient" in joined and "TEMP B-TREE" not in joined, joined
        else:
            assert "ix_episode_patient_id" in joined, joined
            assert "SEARCH t USING PRIMARY KEY (term>? AND term<?)" in joined, joined


def test_the_week_view_reads_no_row_of_contact_or_measure(filled):
    """Every active episode's latest contact, feedback and flagged score come from covering indexes
    (migration 4): at L the table pages of three structures do not fit the cache together."""
    service, episode = filled
    service.add_measure(episode.id, date(2026, 11, 20), "madrs-s", 20, [2, 2, 2, 2, 2, 2, 2, 2, 4])
    statements, stop = _capture(service)
    try:
        rows = week.week_rows(service)
    finally:
        stop()
    assert rows and rows[0].is_due(week.DUE_FLAG)
    (plan,) = [plan for sql, plan in _plans(service, statements) if "ix_episode_active" in sql]
    print(" / ".join(plan))
    touching = [step for step in plan if re.search(r"\b(c|f|m)\b USING", step)]
    assert touching and all("COVERING INDEX" in step for step in touching), plan
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert "SCAN e USING INDEX ix_episode_active" in plan[0], plan
