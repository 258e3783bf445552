"""Type-ahead search in the episode list: both query plans give the list's rows in the list's order.

`episode_rows` picks one of two plans per query (walk the list's index and stop at the page's end,
or collect the matching patients' episodes and sort them); the user must never see which one ran.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW

NAMES = ["Åsa Öberg", "Örjan Öberg", "Erik Björk", "Björn Berg", "Bjarne Lind", "Maja Söderberg",
         "Sara Öst", "Nils Björklund", "Elin Ek", "Olle Åkesson"]


@pytest.fixture
def crowded(service):
    """Ten patients, two episodes each (one ended), contacts on some: ties and NULLs in the order."""
    for n, name in enumerate(NAMES):
        patient = service.add_patient(_identity(n), name)
        for k, programme in enumerate(("Depressionshjälpen Plus", "Ångesthjälpen Ung Plus")):
            episode = service.add_episode(patient.id, programme, date(2026, 1, 1) + timedelta(days=(n * 7 + k) % 20))
            if (n + k) % 3:
                service.save_contact(ContactDraft(episode.id, NOW - timedelta(days=n + k), "BR", codes=("DU011",)))
            if k == 1:
                service.end_episode(episode.id, date(2026, 6, 1))
    return service


def _identity(n: int) -> str:
    from benchmarks.generate import personnummer

    return personnummer(date(1960 + n, 8, 23), 320 + n)


QUERIES = ["ö", "öb", "b", "bj", "bjö", "björk", "e", "ung", "hjälpen", "19", "1962", "196208", "62-08", "x", " "]


@pytest.mark.parametrize("status", ["all", "active", "ended"])
def test_both_plans_give_the_same_page(crowded, status):
    service = crowded
    for query in QUERIES:
        for offset, limit in ((0, 2000), (0, 3), (3, 3), (7, 5)):
            walk = service.episode_rows(status, query, limit=limit, offset=offset, plan="walk")
            sort = service.episode_rows(status, query, limit=limit, offset=offset, plan="sort")
            chosen = service.episode_rows(status, query, limit=limit, offset=offset)
            assert walk == sort == chosen, (status, query, offset, limit)


def test_a_search_page_is_the_unsearched_list_filtered(crowded):
    service = crowded
    everything = service.episode_rows("all")
    for query, wanted in (("öb", {"Åsa Öberg", "Örjan Öberg"}),
                          ("bjö", {"Erik Björk", "Björn Berg", "Nils Björklund"})):
        expected = [r for r in everything if r.patient_name in wanted]
        assert service.episode_rows("all", query, limit=2000) == expected
    # Pages join up without overlap or gap.
    pages = [service.episode_rows("all", "b", limit=2, offset=o) for o in range(0, 12, 2)]
    assert [r for page in pages for r in page] == service.episode_rows("all", "b", limit=2000)


def test_letters_are_not_read_as_an_identity_number(crowded):
    """"bjö" keeps only the ASCII letters as an identity query ("bj"): it must not find Bjarne."""
    names = {r.patient_name for r in crowded.episode_rows("all", "bjö", limit=2000)}
    assert "Bjarne Lind" not in names and "Björn Berg" in names


def test_identity_with_separators_and_programme_words(crowded):
    service = crowded
    identity = _identity(2)  # Erik Björk
    typed = f"{identity[2:8]}-{identity[8:10]}"
    assert {r.patient_name for r in service.episode_rows("all", typed, limit=2000)} == {"Erik Björk"}
    ung = service.episode_rows("all", "ung", limit=2000)
    assert len(ung) == len(NAMES) and {r.programme for r in ung} == {"Ångesthjälpen Ung Plus"}

