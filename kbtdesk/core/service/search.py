"""The episode list and its search: which episodes a page holds for a name, identity number or
programme prefix, by whichever of two plans answers with less work; and the log's record counts.

The page's rows are read through kbtdesk.core.episode_list, the statements the window's first
paint also runs without the ORM (kbtdesk.composition.read_first_page).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, text
from sqlmodel import Session, select

from kbtdesk.base.search_text import fold
from kbtdesk.core import episode_list
from kbtdesk.core.episode_list import EpisodeRow
from kbtdesk.core.identity import fold_identity
from kbtdesk.core.models import Contact, Episode, Measure, Patient
from kbtdesk.core.service.store import Store

#: Relative cost of one episode stepped over while walking the list's index (an index step, a
#: row and one search_term seek) against one matching term in the sorted plan (a term, an
#: episode seek, a row and its share of the sort), per episode. Measured at L: ≈2.5 µs against
#: ≈4 µs (tests/benchmarks and benchmarks/README.md).
WALK_COST, SORT_COST = 2, 3


@dataclass
class Counts:
    patients: int = 0
    episodes: int = 0
    contacts: int = 0
    measures: int = 0


class Search:
    def __init__(self, store: Store):
        self.store = store

    def term_ranges(self, query: str) -> list[tuple[str, str]]:
        """The search_term prefix ranges a query looks up: the folded text, and the identity
        number as typed with its separators dropped ("19640823-32" finds "1964082332…")."""
        folded = fold(query).strip()
        id_query = fold_identity(query).lower()
        # Only a query with a digit is read as an identity number: "bjö" must not find "Bjarne".
        numeric = any(ch.isdigit() for ch in id_query)
        terms = [folded] + ([id_query] if numeric and id_query != folded else [])
        return [(term, term + "\U0010ffff") for term in terms]

    def programmes_containing(self, s: Session, folded: str) -> list[str]:
        """Programme names containing `folded`: few distinct values, read by skipping through
        ix_episode_programme_folded (one seek per distinct name, not a scan of every episode)."""
        names = s.execute(text(
            "WITH RECURSIVE p(v) AS (SELECT min(programme_folded) FROM episode UNION ALL "
            "SELECT (SELECT min(programme_folded) FROM episode WHERE programme_folded > p.v) FROM p "
            "WHERE p.v IS NOT NULL) SELECT v FROM p WHERE v IS NOT NULL")).all()
        return [r[0] for r in names if folded in r[0]]

    def plan(self, s: Session, status: str, ranges: list[tuple[str, str]], programmes: list[str],
             params: dict[str, Any], wanted: int) -> str:
        """"walk" or "sort": which of two plans answers a search page with less work.

        walk: read the list's own index in list order, keep the episodes whose patient has a
          matching term (one seek each) and stop at the page's end. Cheap when many match.
        sort: collect the matching patients' episodes (prefix range → patient → episodes), sort
          them, keep the page. Cheap when few match.
        Both give exactly the list order; the estimate only needs the right order of magnitude,
        so every count here stops early (LIMIT) and reads an index.
        """
        episodes = s.execute(text("SELECT max(rowid) FROM episode")).one()[0] or 0
        patients = s.execute(text("SELECT max(rowid) FROM patient")).one()[0] or 0
        if not episodes or not patients:
            return "sort"
        # Walking wins once WALK·wanted·E/matched < SORT·matched: counting past that point is waste.
        cap = int(math.sqrt(WALK_COST * wanted * episodes / SORT_COST) * patients / episodes) + 1
        terms = 0
        for n in range(len(ranges)):
            # Distinct patients: "ö" matches both the word "örjan" and the whole name "örjan öberg".
            terms += s.execute(text(
                "SELECT count(DISTINCT patient_id) FROM (SELECT patient_id FROM search_term "
                "WHERE term >= :lo AND term < :hi LIMIT :cap)"
            ).bindparams(lo=params[f"lo{n}"], hi=params[f"hi{n}"], cap=cap)).one()[0]
        matched = terms * episodes / patients
        if programmes:
            marks = ",".join(f":g{n}" for n in range(len(programmes)))
            matched += s.execute(text(
                f"SELECT count(*) FROM (SELECT 1 FROM episode WHERE programme_folded IN ({marks}) LIMIT :cap)"
            ).bindparams(cap=cap, **{f"g{n}": params[f"g{n}"] for n in range(len(programmes))})).one()[0]
        if not matched:
            return "sort"
        listed = episodes
        if status == "active":
            listed = s.execute(text(
                "SELECT count(*) FROM (SELECT 1 FROM episode INDEXED BY ix_episode_active "
                "WHERE ended IS NULL LIMIT :cap)").bindparams(cap=episodes)).one()[0]
        stepped = min(listed, wanted * episodes / min(matched, episodes))
        return "walk" if WALK_COST * stepped < SORT_COST * matched else "sort"

    def episode_rows(self, status: str = "active", query: str = "", limit: int | None = None,
                     offset: int = 0, plan: str | None = None) -> list[EpisodeRow]:
        """The episode list: `status` active / ended / all, `query` a name, identity or programme prefix.

        `limit` and `offset` page through the list (the window loads it in batches as it scrolls).
        One statement picks the page's episodes (by index, in list order, stopping at the page's
        end) and one reads what the page shows of them; the open-item count is one seek per row in
        the partial index ix_contact_open. `plan` ("walk" / "sort") is for tests: by default the
        cheaper plan for this query is chosen (see `plan`); both give the same rows.
        """
        where, index = episode_list.status_filter(status)
        page = episode_list.PAGE
        params = episode_list.page_params(limit, offset)
        with self.store.session() as s:
            if query.strip():
                ranges = self.term_ranges(query)
                # Programmes are few: match anywhere in the name ("hjälpen", "ung").
                programmes = self.programmes_containing(s, fold(query).strip())
                for n, (lo, hi) in enumerate(ranges):
                    params.update({f"lo{n}": lo, f"hi{n}": hi})
                params.update({f"g{n}": v for n, v in enumerate(programmes)})
                by_programme = (f"e.programme_folded IN ({','.join(f':g{n}' for n in range(len(programmes)))})"
                                if programmes else None)
                wanted = (limit or 0) + offset
                chosen = plan or ("walk" if not limit else
                                  self.plan(s, status, ranges, programmes, params, wanted))
                if chosen == "walk":
                    matches = [f"EXISTS (SELECT 1 FROM search_term t INDEXED BY ix_search_term_patient "
                               f"WHERE t.patient_id = e.patient_id AND t.term >= :lo{n} AND t.term < :hi{n})"
                               for n in range(len(ranges))]
                    if by_programme:
                        matches.insert(0, by_programme)
                    pick = (f"SELECT e.rowid AS r FROM episode e INDEXED BY {index} WHERE "
                            + " AND ".join(where + ["(" + " OR ".join(matches) + ")"])
                            + f" ORDER BY {episode_list.ORDER}" + page)
                else:
                    status_filter = "".join(f" AND {w}" for w in where)
                    # IN (a semi-join): a patient found by several of its terms gives its episodes once.
                    parts = [f"SELECT e.rowid AS r, e.last_contact_at AS l, e.started AS d, e.id AS i "
                             f"FROM episode e INDEXED BY ix_episode_patient_id WHERE e.patient_id IN "
                             f"(SELECT t.patient_id FROM search_term t WHERE t.term >= :lo{n} AND t.term < :hi{n})"
                             + status_filter for n in range(len(ranges))]
                    if by_programme:
                        parts.append("SELECT e.rowid AS r, e.last_contact_at AS l, e.started AS d, e.id AS i "
                                     f"FROM episode e INDEXED BY ix_episode_programme_folded WHERE {by_programme}"
                                     + status_filter)
                    # UNION (not ALL): an episode found by name and identity, or also by programme, once.
                    pick = ("SELECT r FROM (" + " UNION ".join(parts) + ") ORDER BY l DESC, d DESC, i DESC" + page)
            else:
                pick = episode_list.unsearched_pick(status)
            # What the list shows of the picked page, in its order (the window's first page runs
            # the same statement without the ORM: kbtdesk.composition.read_first_page).
            return episode_list.rows(lambda sql, values: s.execute(text(sql).bindparams(**values)).all(), pick, params)

    def counts(self) -> Counts:
        with self.store.session() as s:
            return Counts(*(s.exec(select(func.count()).select_from(t)).one()
                            for t in (Patient, Episode, Contact, Measure)))
