"""Search ignores case and diacritics: "ohman" finds Öhman, "o" also finds "Ö", through the index.

The stored terms are folded; the migration that changed the fold rebuilds them in old logs.
"""

from __future__ import annotations

import shutil
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.base.search_text import fold, search_terms
from kbtdesk.composition import build_service
from kbtdesk.db.engine import open_log
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"

PEOPLE = {
    "640823-3234": "Åsa Öhman",
    "701063-2391": "Olle Ekström",
    "19810829M071": "Anna-Karin Söderberg-Lindqvist",
    "19450829K088": "Søren Ærø Łukasiewicz",
    "19930829X802": "Ölle\u0301gård Straße",  # an NFD accent typed into the middle of a name
}
#: The name as stored (and listed): user text is kept, normalised to NFC.
OLLEGARD = unicodedata.normalize("NFC", "Ölle\u0301gård Straße")
EVERYONE = {unicodedata.normalize("NFC", name) for name in PEOPLE.values()}


@pytest.fixture
def people(service):
    found = {}
    for identity, name in PEOPLE.items():
        patient = service.add_patient(identity, name)
        found[name] = patient
        service.add_episode(patient.id, "Ångesthjälpen Ung Plus", date(2026, 10, 1))
    return service


def _names(service, query: str) -> set[str]:
    return {row.patient_name for row in service.episode_rows("all", query, limit=2000)}


@pytest.mark.parametrize(("query", "expected"), [
    ("ohman", {"Åsa Öhman"}),
    ("OHMAN", {"Åsa Öhman"}),
    ("öhm", {"Åsa Öhman"}),
    ("asa", {"Åsa Öhman"}),
    ("åsa öh", {"Åsa Öhman"}),
    ("o", {"Åsa Öhman", "Olle Ekström", OLLEGARD}),
    ("ö", {"Åsa Öhman", "Olle Ekström", OLLEGARD}),
    ("ekstrom", {"Olle Ekström"}),
    ("lindqvist", {"Anna-Karin Söderberg-Lindqvist"}),
    ("karin", {"Anna-Karin Söderberg-Lindqvist"}),
    ("anna-karin söd", {"Anna-Karin Söderberg-Lindqvist"}),
    ("soren", {"Søren Ærø Łukasiewicz"}),
    ("aero", {"Søren Ærø Łukasiewicz"}),
    ("lukas", {"Søren Ærø Łukasiewicz"}),
    ("ollegard", {OLLEGARD}),
    ("strasse", {OLLEGARD}),
    ("hjalpen", EVERYONE),  # programmes too: "Ångesthjälpen Ung Plus"
    ("angest", EVERYONE),
    ("xyz", set()),
])
def test_search_ignores_case_and_diacritics(people, query, expected):
    assert _names(people, query) == expected
    # Both of the search's plans agree (tests/core/test_episode_search.py tells why there are two).
    walk = people.episode_rows("all", query, limit=2000, plan="walk")
    assert walk == people.episode_rows("all", query, limit=2000, plan="sort")


def test_a_renamed_patient_is_found_by_the_new_name_only(people):
    patient = people.patient_by_identity("640823-3234")
    people.rename_patient(patient.id, "Åsa Nyström")
    assert _names(people, "nystrom") == {"Åsa Nyström"}
    assert _names(people, "ohman") == set()


@given(st.text(max_size=40))
def test_fold_is_stable_and_ascii(text):
    folded = fold(text)
    assert fold(folded) == folded
    assert folded.isascii()
    assert folded == folded.strip() and "  " not in folded


@given(st.text(alphabet=st.characters(categories=("Lu", "Ll", "Mn", "Zs")), max_size=30))
def test_composed_and_decomposed_text_fold_alike(text):
    assert fold(unicodedata.normalize("NFD", text)) == fold(unicodedata.normalize("NFC", text))


def test_search_terms_of_a_hyphenated_double_name():
    terms = search_terms(fold("Anna-Karin Söderberg-Lindqvist"), "198108290712")
    assert {"anna-karin", "anna", "karin", "soderberg-lindqvist", "soderberg", "lindqvist",
            "anna-karin soderberg-lindqvist", "198108290712", "8108290712"} == terms


def test_an_old_log_gets_its_search_terms_rebuilt(tmp_path):
    """A log made before the fold changed (schema 3, terms like "öberg") opens and finds "oberg"."""
    folder = tmp_path / "v3"
    shutil.copytree(FIXTURES / "v3", folder)
    paths = LogPaths(folder / "kbtdesk-log.db")
    log = open_log(paths, PASSPHRASE)
    try:
        service = build_service(log)
        assert "Åsa Öberg" in _names(service, "oberg")
        with log.engine.connect() as conn:
            stored = conn.exec_driver_sql("SELECT term, patient_id FROM search_term").fetchall()
            patients = conn.exec_driver_sql("SELECT id, name, identity, name_folded FROM patient").fetchall()
            programmes = conn.exec_driver_sql("SELECT programme, programme_folded FROM episode").fetchall()
        expected = {(term, pid) for pid, name, identity, _ in patients for term in search_terms(fold(name), identity)}
        assert set(stored) == expected
        assert all(folded == fold(name) for _, name, _, folded in patients)
        assert all(folded == fold(name) for name, folded in programmes)
    finally:
        log.close()
