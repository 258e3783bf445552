"""The interchange format: round trip, idempotence, all-or-nothing, errors naming record and field."""

import copy
import json
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbtdesk.core.interchange import ImportProblem, dumps, export_log, import_document
from kbtdesk.core.service import LogService

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample-v1.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((ROOT / "resources" / "format" / "kbtdesk-log-v1.schema.json").read_text(encoding="utf-8"))


def raw(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def test_sample_and_export_conform_to_the_schema(service):
    jsonschema.validate(SAMPLE, SCHEMA)
    import_document(service, raw(SAMPLE))
    jsonschema.validate(export_log(service), SCHEMA)


def test_round_trip_is_exact(service, log, rules, tmp_path):
    import_document(service, raw(SAMPLE))
    first = dumps(export_log(service))
    # Into a second, empty log: the same bytes come out again.
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths

    other_log = create_log(LogPaths(tmp_path / "other" / "log.db"), "another passphrase", TEST_KDF)
    other = LogService(other_log.engine, rules, now=service.now)
    import_document(other, first.encode("utf-8"))
    assert dumps(export_log(other)) == first
    other_log.close()


def test_export_normalises_identity_but_keeps_everything_else(service):
    import_document(service, raw(SAMPLE))
    out = export_log(service)
    assert out["patients"][0]["identity"] == "196408233234"
    assert [c["note"] for c in out["contacts"] if c["id"].endswith("3")] == ["Telefon: <b>inte</b> HTML"]
    assert out["contacts"][0]["at"] == "2026-08-03T09:00:00+02:00"


def test_importing_twice_changes_nothing(service):
    first = import_document(service, raw(SAMPLE))
    before = dumps(export_log(service))
    second = import_document(service, raw(SAMPLE))
    assert sum(first.added.values()) == 16 and sum(second.added.values()) == 0
    assert sum(second.unchanged.values()) == 16
    assert dumps(export_log(service)) == before


def test_rule_breaking_contacts_import_and_are_reported(service):
    import_document(service, raw(SAMPLE))
    kinds = {(f.kind, f.code, f.contact) for f in service.check_all()}
    assert ("missing-code", "ZV051", "c0000000-0000-4000-8000-000000000003") in kinds
    assert ("unexpected-code", "UV112", "c0000000-0000-4000-8000-000000000007") in kinds


def broken(section, index, **changes):
    doc = copy.deepcopy(SAMPLE)
    for key, value in changes.items():
        if value is KeyError:
            del doc[section][index][key]
        else:
            doc[section][index][key] = value
    return doc


CASES = [
    ("planned visit without mode", broken("contacts", 0, mode=None), "c0000000-0000-4000-8000-000000000001", "mode"),
    ("mode on BR", broken("contacts", 1, mode="video"), "c0000000-0000-4000-8000-000000000002", "mode"),
    ("unknown episode", broken("contacts", 1, episode="nope"), "c0000000-0000-4000-8000-000000000002", "episode"),
    ("unknown type", broken("contacts", 1, type="XX"), "c0000000-0000-4000-8000-000000000002", "type"),
    ("unknown ehr", broken("episodes", 0, ehr="cosmic"), "e0000000-0000-4000-8000-000000000001", "ehr"),
    ("unknown care level", broken("episodes", 0, care_level="tertiary"), "e0000000-0000-4000-8000-000000000001", "care_level"),
    ("bad date", broken("episodes", 0, started="2026-13-01"), "e0000000-0000-4000-8000-000000000001", "started"),
    ("bad datetime", broken("contacts", 1, at="igår"), "c0000000-0000-4000-8000-000000000002", "at"),
    ("no offset", broken("contacts", 1, at="2026-08-10T14:30:00"), "c0000000-0000-4000-8000-000000000002", "at"),
    ("bad identity", broken("patients", 0, identity="640823-3235"), "0b6f1c3e-0d5e-4a63-9a55-1f6f1b0a0001", "identity"),
    ("missing field", broken("contacts", 1, final=KeyError), "c0000000-0000-4000-8000-000000000002", "final"),
    ("bool as score", broken("measures", 0, score=True), "m0000000-0000-4000-8000-000000000001", "score"),
    ("unknown patient", broken("episodes", 0, patient="ghost"), "e0000000-0000-4000-8000-000000000001", "patient"),
]


@pytest.mark.parametrize("label, doc, record, field_name", CASES, ids=[c[0] for c in CASES])
def test_bad_input_names_record_and_field_and_writes_nothing(service, label, doc, record, field_name):
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert (raised.value.record, raised.value.field) == (record, field_name)
    assert record in raised.value.describe()
    counts = service.counts()
    assert (counts.patients, counts.episodes, counts.contacts, counts.measures) == (0, 0, 0, 0)


def test_duplicate_id_with_different_content_in_the_file(service):
    doc = copy.deepcopy(SAMPLE)
    twin = dict(doc["contacts"][1], note="annan text")
    doc["contacts"].append(twin)
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert raised.value.record == twin["id"] and raised.value.field == "id"


def test_duplicate_id_with_different_content_against_the_log(service):
    import_document(service, raw(SAMPLE))
    before = dumps(export_log(service))
    doc = broken("contacts", 1, minutes=99)
    with pytest.raises(ImportProblem, match="different content"):
        import_document(service, raw(doc))
    assert dumps(export_log(service)) == before


def test_same_identity_under_another_id_is_an_error(service):
    import_document(service, raw(SAMPLE))
    doc = {"format": "kbtdesk-log", "version": 1, "episodes": [], "contacts": [], "measures": [],
           "patients": [{"id": "new-id", "identity": "640823-3234", "name": "Åsa Öberg"}]}
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert raised.value.field == "identity"


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "other"}',
                                     b'{"format": "kbtdesk-log", "version": 2}', "ö".encode("latin-1")])
def test_not_a_log_file(service, content):
    with pytest.raises(ImportProblem):
        import_document(service, content)


hostile_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=hostile_text.filter(lambda s: s.strip()), note=hostile_text)
def test_any_text_comes_back_as_given_nfc(service, name, note):
    import unicodedata

    doc = copy.deepcopy(SAMPLE)
    doc["patients"] = doc["patients"][:1]
    doc["episodes"] = doc["episodes"][:1]
    doc["contacts"] = doc["contacts"][:1]
    doc["measures"] = []
    pid = f"p-{abs(hash((name, note)))}"
    doc["patients"][0].update(id=pid, name=name, identity="19810829M071")
    doc["episodes"][0].update(id="e-" + pid, patient=pid)
    doc["contacts"][0].update(id="c-" + pid, episode="e-" + pid, note=note)
    with service.session() as s:  # a fresh log per example: clear what the last example left
        for table in ("contact", "measure", "episode", "search_term", "patient"):
            s.connection().exec_driver_sql(f"DELETE FROM {table}")
        s.commit()
    import_document(service, raw(doc))
    out = export_log(service)
    assert out["patients"][0]["name"] == unicodedata.normalize("NFC", name).strip()
    assert out["contacts"][0]["note"] == unicodedata.normalize("NFC", note)
