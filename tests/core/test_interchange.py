"""The interchange format: the schema first, then the domain; round trip, idempotence,
all-or-nothing, errors naming record and field."""

import contextlib
import copy
import json
import tempfile
import unicodedata
from datetime import date, datetime, timedelta
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from kbtdesk.core.identity import parse_identity
from kbtdesk.core.interchange import ImportProblem, dumps, export_log, import_document
from kbtdesk.core.models import END_REASONS
from kbtdesk.core.rules import load_ruleset, normalise_code
from kbtdesk.core.service import LogService

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample-v1.json").read_text(encoding="utf-8"))
SCHEMA = json.loads((ROOT / "resources" / "format" / "kbtdesk-log-v1.schema.json").read_text(encoding="utf-8"))


def raw(doc) -> bytes:
    try:
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only JSON's \\u escape can carry it
        return json.dumps(doc).encode("ascii")


def records(document) -> dict:
    """A document without its `audit_head`, which names the exporting log's own trail."""
    return {k: v for k, v in document.items() if k != "audit_head"}


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
    assert dumps(records(export_log(other))) == dumps(records(json.loads(first)))
    other_log.close()


def test_an_export_carries_the_head_of_the_trail(service):
    import_document(service, raw(SAMPLE))
    head = export_log(service)["audit_head"]
    newest = service.audit_entries()[-1]
    assert head == {"seq": newest.seq, "hash": newest.hash}


# The bundled rule set's values: the schema leaves them to the rule set (another region's differ).
_RULES = load_ruleset()
CARE_LEVELS = _RULES.care_levels
EHR_SYSTEMS = _RULES.ehr_ids
CONTACT_TYPES = tuple(t.id for t in _RULES.contact_types)
VISIT_MODES = tuple(m.id for t in _RULES.contact_types for m in t.modes)


def test_the_schema_names_the_end_reasons_and_leaves_the_rule_sets_values_to_it():
    defs = SCHEMA["$defs"]
    assert set(defs["episode"]["properties"]["end_reason"]["enum"]) == {*END_REASONS, None}
    for section, name in (("episode", "care_level"), ("episode", "ehr"), ("contact", "type")):
        assert defs[section]["properties"][name]["type"] == "string"


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
    ("unknown care level", broken("episodes", 0, care_level="tertiary"), "e0000000-0000-4000-8000-000000000001",
     "care_level"),
    ("bad date", broken("episodes", 0, started="2026-13-01"), "e0000000-0000-4000-8000-000000000001", "started"),
    ("bad datetime", broken("contacts", 1, at="igår"), "c0000000-0000-4000-8000-000000000002", "at"),
    ("no offset", broken("contacts", 1, at="2026-08-10T14:30:00"), "c0000000-0000-4000-8000-000000000002", "at"),
    ("bad identity", broken("patients", 0, identity="640823-3235"), "0b6f1c3e-0d5e-4a63-9a55-1f6f1b0a0001", "identity"),
    ("missing field", broken("contacts", 1, final=KeyError), "c0000000-0000-4000-8000-000000000002", "final"),
    ("bool as score", broken("measures", 0, score=True), "m0000000-0000-4000-8000-000000000001", "score"),
    ("unknown patient", broken("episodes", 0, patient="ghost"), "e0000000-0000-4000-8000-000000000001", "patient"),
    # The schema and the importer agree (issue 15): a typo is refused, not dropped ...
    ("unknown property", broken("contacts", 1, notee="x"), "c0000000-0000-4000-8000-000000000002", "notee"),
    ("unknown patient property", broken("patients", 0, nickname="Å"), "0b6f1c3e-0d5e-4a63-9a55-1f6f1b0a0001",
     "nickname"),
    ("unknown measure property", broken("measures", 0, scor=3), "m0000000-0000-4000-8000-000000000001", "scor"),
    # ... a space for the T is not ISO 8601 as the schema writes it ...
    ("space for T", broken("contacts", 1, at="2026-10-08 09:00:00+02:00"), "c0000000-0000-4000-8000-000000000002",
     "at"),
    # ... codes are KVÅ codes: one per string ...
    ("space in a code", broken("contacts", 1, codes=["DU 011"]), "c0000000-0000-4000-8000-000000000002", "codes[0]"),
    ("two codes in one", broken("contacts", 1, codes=["ZV044\nZV051"]), "c0000000-0000-4000-8000-000000000002",
     "codes[0]"),
    ("empty code", broken("contacts", 1, codes=["DU011", ""]), "c0000000-0000-4000-8000-000000000002", "codes[1]"),
    ("blank code", broken("contacts", 1, codes=["  "]), "c0000000-0000-4000-8000-000000000002", "codes[0]"),
    # ... and scores fit their instrument in the rule set.
    ("MADRS-S 99 of 54", broken("measures", 0, score=99, items=None), "m0000000-0000-4000-8000-000000000001", "score"),
    ("negative score", broken("measures", 0, score=-1_000_000, items=None), "m0000000-0000-4000-8000-000000000001",
     "score"),
    ("score 10^30", broken("measures", 0, score=10**30, items=None), "m0000000-0000-4000-8000-000000000001", "score"),
    ("score 2^63", broken("measures", 0, score=2**63, items=None), "m0000000-0000-4000-8000-000000000001", "score"),
    ("items of the wrong length", broken("measures", 0, items=[3, 3, 4]), "m0000000-0000-4000-8000-000000000001",
     "items"),
    ("an item out of range", broken("measures", 0, score=28, items=[3, 3, 4, 3, 3, 4, 3, -5, 10]),
     "m0000000-0000-4000-8000-000000000001", "items"),
    ("unknown instrument", broken("measures", 0, instrument="MADRS"), "m0000000-0000-4000-8000-000000000001",
     "instrument"),
    ("at before year 1 in UTC", broken("contacts", 1, at="0001-01-01T00:30+01:00"),
     "c0000000-0000-4000-8000-000000000002", "at"),
    ("at after 9999 in UTC", broken("contacts", 1, at="9999-12-31T23:30-01:00"),
     "c0000000-0000-4000-8000-000000000002", "at"),
    ("registered at the calendar's end", broken("contacts", 1, registered="9999-12-31T23:59:59-01:00"),
     "c0000000-0000-4000-8000-000000000002", "registered"),
    ("episode in year 1", broken("episodes", 0, started="0001-01-01"), "e0000000-0000-4000-8000-000000000001",
     "started"),
    ("minutes 5.5", broken("contacts", 1, minutes=5.5), "c0000000-0000-4000-8000-000000000002", "minutes"),
    ("minutes 10^30", broken("contacts", 1, minutes=10**30), "c0000000-0000-4000-8000-000000000002", "minutes"),
    ("a lone surrogate in an id", broken("contacts", 1, id="c\ud800"), "c\\ud800", "id"),
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


def test_a_missing_section_is_refused_naming_it(service):
    doc = copy.deepcopy(SAMPLE)
    del doc["measures"]
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert (raised.value.record, raised.value.field) == (None, "measures")
    assert service.counts().patients == 0


def test_unknown_property_is_named_by_its_json_path(service):
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(broken("contacts", 1, notee="x")))
    assert "$.contacts[1].notee" in raised.value.describe()
    doc = dict(copy.deepcopy(SAMPLE), comment="hej")
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert raised.value.field == "comment" and "$.comment" in raised.value.describe()


def test_whole_numbers_written_as_5_0_import_as_5(service):
    """JSON Schema counts 5.0 as an integer; the importer agrees and stores 5."""
    doc = broken("contacts", 1, minutes=5.0)
    doc["measures"][0].update(score=28.0, items=[3.0, 3, 4, 3, 3, 4, 3, 1, 4])
    import_document(service, raw(doc))
    out = export_log(service)
    assert next(c for c in out["contacts"] if c["id"] == doc["contacts"][1]["id"])["minutes"] == 5
    assert out["measures"][0]["score"] == 28 and out["measures"][0]["items"][0] == 3
    assert isinstance(out["contacts"][1]["minutes"], int) or out["contacts"][1]["minutes"] is None


def test_codes_are_normalised_at_the_boundary_and_export_again_byte_exact(service, log, rules, tmp_path):
    doc = broken("contacts", 1, codes=[" du011 ", "Zv051", "\tzv044\n"])
    import_document(service, raw(doc))
    out = export_log(service)
    codes = next(c for c in out["contacts"] if c["id"] == doc["contacts"][1]["id"])["codes"]
    assert codes == ["DU011", "ZV051", "ZV044"]
    assert dumps(records(_through_a_fresh_log(out, rules, tmp_path))) == dumps(records(out))


def test_a_deep_file_is_refused_before_anything_walks_it(service):
    for depth in (5, 900, 1_000, 100_000):
        doc = copy.deepcopy(SAMPLE)
        doc["contacts"][0]["codes"] = "HOLE"
        text_ = json.dumps(doc).replace('"HOLE"', "[" * depth + "]" * depth)
        with pytest.raises(ImportProblem) as raised:
            import_document(service, text_)
        assert "nest" in raised.value.describe()
    assert service.counts().contacts == 0


# -- the property: every schema-valid document imports and round-trips, or is refused cleanly --------

def _through_a_fresh_log(document, rules, folder):
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths

    log = create_log(LogPaths(Path(tempfile.mkdtemp(dir=folder)) / "log.db"), "another passphrase", TEST_KDF)
    try:
        other = LogService(log.engine, rules)
        import_document(other, dumps(document).encode("utf-8"))
        return export_log(other)
    finally:
        log.close()


@contextlib.contextmanager
def _fresh_service(rules, folder):
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths

    log = create_log(LogPaths(Path(tempfile.mkdtemp(dir=folder)) / "log.db"), "a passphrase for tests", TEST_KDF)
    try:
        yield LogService(log.engine, rules)
    finally:
        log.close()


#: White space and control characters in every string, beside any other character.
_ODD = st.sampled_from([" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x00", "\x1f", "\x7f", "\x85", "\u00a0",
                        "\u2028", "\u200b", "\u202e", "\ufeff", "\u030a", "Å", "ö"])
_text = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | _ODD, max_size=12)
_word = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)) | _ODD, min_size=1, max_size=12)
#: Five people, each in the forms an identity number can be written in.
_PEOPLE = [["196408233234", "19640823-3234", "640823-3234"], ["197010632391", "701063-2391"],
           ["19810829M071"], ["19450829K088"], ["191212121212", "121212+1212", "19121212-1212"]]


def _mostly(usual, odd):
    """Usually a plausible value (so that records get through to the next check), now and then one
    from the edges."""
    return st.sampled_from(range(10)).flatmap(lambda n: odd if n == 9 else usual)


#: Days at the calendar's ends, at the edges of what kbtdesk keeps, impossible days that fit the
#: pattern; ordinary ones most of the time.
_odd_day = st.sampled_from(["0001-01-01", "9999-12-31", "1899-12-31", "1900-01-01", "2199-12-31", "2200-01-01",
                            "0000-01-01", "2026-02-29", "2028-02-29", "2026-13-01", "2026-04-31"])
_day = _mostly(st.dates(date(2020, 1, 1), date(2030, 12, 31)).map(date.isoformat), _odd_day)
_clock = _mostly(st.times().map(lambda t: t.isoformat()),
                 st.sampled_from(["00:00", "23:59", "23:59:59", "00:00:00.000001", "12:30:00.5", "24:00", "09:60"]))
_offset = _mostly(st.sampled_from(["+01:00", "+02:00", "Z"]),
                  st.sampled_from(["+00:00", "-00:00", "-01:00", "+0100", "-2359", "+23:59", "+24:00", "-12:00"]))
_moment = st.builds(lambda d, t, o: f"{d}T{t}{o}", _day, _clock, _offset)
_huge = st.sampled_from([2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 10**30, -(10**30), -1])
_code = st.from_regex(r"\A[ \t\n\u00a0]{0,2}([A-Za-z]{2}[0-9]{3}|[A-Za-z]{3}[0-9]{2})[ \t\n\u00a0]{0,2}\Z")


def _real_day(text_):
    try:
        return date.fromisoformat(text_)
    except ValueError:
        return None


@st.composite
def _measure_values(draw, rules):
    """An instrument with a score and items that fit it, or (now and then) ones that do not."""
    instrument = draw(st.sampled_from(rules.instruments))
    items = [draw(st.integers(instrument.item_min, instrument.item_max)) for _ in range(instrument.items)]
    fitting = {"instrument": instrument.id, "score": sum(items), "items": draw(st.sampled_from([items, None]))}
    if draw(st.integers(0, 4)):
        return fitting
    broken_ = draw(st.sampled_from(["score", "items", "instrument", "float"]))
    if broken_ == "score":
        return {**fitting, "score": draw(_huge | st.integers(instrument.total_max + 1, 10**4))}
    if broken_ == "items":
        return {**fitting, "items": draw(st.lists(_huge | st.integers(-3, 9), max_size=12))}
    if broken_ == "instrument":
        return {**fitting, "instrument": draw(st.sampled_from(["MADRS-S", "madrs", " phq-9"]) | _word)}
    return {**fitting, "score": float(fitting["score"]), "items": [float(v) for v in items]}


@st.composite
def _documents(draw):
    from kbtdesk.core.rules import load_ruleset

    rules = load_ruleset()
    ids = _mostly(st.uuids().map(str), _word)
    people = draw(st.lists(st.sampled_from(range(len(_PEOPLE))), min_size=1, max_size=3, unique=True))
    patient_ids = draw(st.lists(ids, min_size=len(people), max_size=len(people), unique=True))
    patients = [{"id": pid, "identity": draw(_mostly(st.sampled_from(_PEOPLE[person]), _word)),
                 "name": draw(_mostly(st.sampled_from(["Åsa Öberg", "Lars-Göran Ängström-Söderberg"]), _word))}
                for pid, person in zip(patient_ids, people, strict=True)]
    episode_ids = draw(st.lists(ids, min_size=1, max_size=3, unique=True))
    episodes = []
    for eid in episode_ids:
        started = draw(_day)
        start = _real_day(started)
        later = (st.integers(0, 400).map(lambda n, start=start: (start + timedelta(days=n)).isoformat())
                 if start is not None and start.year < 2100 else _day)
        episode = {"id": eid, "patient": draw(_mostly(st.sampled_from(patient_ids), ids)),
                   "programme": draw(_mostly(st.just("Depressionshjälpen Plus"), _word)), "started": started,
                   "ended": draw(_mostly(st.none() | later, _day)),
                   "end_reason": draw(st.sampled_from([*END_REASONS, None])),
                   "care_level": draw(st.sampled_from(CARE_LEVELS)), "ehr": draw(st.sampled_from(EHR_SYSTEMS)),
                   "siber_transferred": draw(_mostly(st.none(), _day))}
        if draw(st.booleans()):
            episode["siber_start_documented"] = draw(st.none() | _day)
        episodes.append(episode)
    refs = _mostly(st.sampled_from(episode_ids), ids)
    contacts = []
    for cid in draw(st.lists(ids, max_size=4, unique=True)):
        ctype = draw(st.sampled_from(CONTACT_TYPES))
        contact = {"id": cid, "episode": draw(refs), "at": draw(_moment), "type": ctype,
                   "mode": draw(st.sampled_from(VISIT_MODES)) if ctype == "planned-visit" else None,
                   "minutes": draw(st.none() | st.integers(0, 1440) | st.sampled_from([0.0, 5.0, 1440.0])),
                   "final": draw(st.booleans()), "codes": draw(st.lists(_code, max_size=4)),
                   "journal_done": draw(st.none() | _moment), "registered": draw(st.none() | _moment),
                   "note": draw(_text)}
        if draw(st.booleans()):
            contact["outage"] = draw(st.booleans())
        contacts.append(contact)
    measures = [{"id": mid, "episode": draw(refs), "on": draw(_day), **draw(_measure_values(rules))}
                for mid in draw(st.lists(ids, max_size=3, unique=True))]
    return {"format": "kbtdesk-log", "version": 1, "patients": patients, "episodes": episodes,
            "contacts": contacts, "measures": measures}


def _moment_out(value):
    return None if value is None else datetime.fromisoformat(value).isoformat()


def _expected(doc) -> dict:
    """What the export must hold after the import: the documented normalisations, nothing else."""
    nfc = lambda s: unicodedata.normalize("NFC", s)  # noqa: E731
    return {
        "patients": {p["id"]: {"id": p["id"], "identity": parse_identity(p["identity"], today=date(2026, 11, 26)).value,
                               "name": nfc(p["name"]).strip()} for p in doc["patients"]},
        "episodes": {e["id"]: {**e, "programme": nfc(e["programme"]).strip(),
                               "siber_start_documented": e.get("siber_start_documented")} for e in doc["episodes"]},
        "contacts": {c["id"]: {**c, "at": _moment_out(c["at"]),
                               "minutes": None if c["minutes"] is None else int(c["minutes"]),
                               "codes": [normalise_code(x) for x in c["codes"]], "note": nfc(c["note"]),
                               "journal_done": _moment_out(c["journal_done"]),
                               "registered": _moment_out(c["registered"]),
                               "outage": c.get("outage", False)} for c in doc["contacts"]},
        "measures": {m["id"]: {**m, "score": int(m["score"]),
                               "items": None if m["items"] is None else [int(v) for v in m["items"]]}
                     for m in doc["measures"]},
    }


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(doc=_documents())
def test_every_schema_valid_document_round_trips_exactly_or_is_refused_naming_record_and_field(rules, doc):
    jsonschema.validate(doc, SCHEMA)  # the generator makes schema-valid documents only
    with tempfile.TemporaryDirectory() as folder, _fresh_service(rules, folder) as service:
        service.now = lambda: datetime(2026, 11, 26, 10, 0).astimezone()
        before = (service.counts(), service.audit_entries())
        try:
            import_document(service, raw(doc))
        except ImportProblem as problem:
            # Exit 2 on the command line (tests/cli), naming the record and its field; nothing written.
            assert problem.record and problem.field, problem.describe()
            assert (service.counts(), service.audit_entries()) == before
            event(f"refused: {problem.field.split('[')[0]}")
            return
        event(f"imported {sum(len(doc[s]) for s in ('patients', 'episodes', 'contacts', 'measures'))} records")
        out = export_log(service)
        got = {section: {r["id"]: r for r in out[section]}
               for section in ("patients", "episodes", "contacts", "measures")}
        assert got == _expected(doc)
        assert service.verify_audit().ok
        assert dumps(records(_through_a_fresh_log(out, rules, folder))) == dumps(records(out))


def test_a_file_with_a_utf8_byte_order_mark_imports(service):
    """Notepad writes one; it is not part of the JSON."""
    import_document(service, b"\xef\xbb\xbf" + raw(SAMPLE))
    assert service.counts().contacts == 7
