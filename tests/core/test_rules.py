"""The bundled rule file, its validation, and the KVÅ code helpers."""

from __future__ import annotations

import json
import string
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.core import checker
from kbtdesk.core import rules as rules_module
from kbtdesk.core.checker import check_contact, suggest_codes
from kbtdesk.core.rules import (
    CONTACT_CONDITIONS,
    EPISODE_CONDITIONS,
    KINDS,
    LocalText,
    RuleSetError,
    bundled_rules_dir,
    is_kva_code,
    load_ruleset,
    normalise_code,
    parse_ruleset,
)

BUNDLED_NAME = "vgr-kbt-pa-natet-2026.json"
ZV044_WORDS = (
    "Viktigt att koden alltid registreras då den beskriver att behandlingen har förmedlats via internet."
)
ZV051_WORDS = (
    "Viktigt att denna kod alltid registreras vid distanskontakt (telefon, meddelanden och "
    "videolänk) för att täckningsgraden ska bli korrekt."
)


@dataclass(frozen=True)
class Contact:
    id: str = "c1"
    type: str = "BR"
    mode: str | None = None
    final: bool = False
    codes: tuple[str, ...] = field(default_factory=tuple)


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


@pytest.fixture(scope="module")
def bundled_data() -> dict:
    return json.loads((bundled_rules_dir() / BUNDLED_NAME).read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict, name: str = "rules.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- the bundled file ----------------------------------------------------------------------


def test_bundled_folder_holds_the_2026_file():
    assert (bundled_rules_dir() / BUNDLED_NAME).is_file()


def test_bundled_dir_falls_back_to_source_tree(monkeypatch):
    def not_installed(package):
        raise ModuleNotFoundError(package)

    monkeypatch.setattr(rules_module.importlib.resources, "files", not_installed)
    folder = bundled_rules_dir()
    assert folder == Path(rules_module.__file__).resolve().parents[2] / "resources" / "rules"
    assert (folder / BUNDLED_NAME).is_file()


def test_bundled_dir_uses_installed_package_resources(monkeypatch, tmp_path):
    monkeypatch.setattr(rules_module.importlib.resources, "files", lambda package: tmp_path)
    assert bundled_rules_dir() == tmp_path / "rules"


def test_bundled_ruleset_header(ruleset):
    assert ruleset.id == "vgr-kbt-pa-natet"
    assert ruleset.version == "2026.1"
    assert ruleset.valid_from == date(2026, 1, 1)
    assert ruleset.kva_version == "KVÅ 2026"
    assert ruleset.kva_note is not None and "år" in ruleset.kva_note.get("sv")
    assert ruleset.source.title == (
        "Journalföring, registrering och kvalitetsuppföljning vid KBT på nätet"
    )
    assert ruleset.source.publisher == "Västra Götalandsregionen"
    assert ruleset.origin.endswith(BUNDLED_NAME)


def test_bundled_file_declares_its_format(bundled_data):
    assert bundled_data["format"] == "kbtdesk-rules"
    assert bundled_data["format_version"] == 2


def test_bundled_file_passes_the_shipped_schema(bundled_data):
    from jsonschema import Draft202012Validator

    schema = rules_module.rules_schema()
    Draft202012Validator.check_schema(schema)
    assert list(Draft202012Validator(schema).iter_errors(bundled_data)) == []


def test_accessors_that_replace_constants(ruleset):
    assert ruleset.ending_code == "UV112"
    assert (ruleset.coverage_code("distance_contacts"), ruleset.coverage_code("visits"),
            ruleset.coverage_code("ended_episodes")) == ("ZV051", "ZV044", "UV112")
    assert ruleset.distance_contact_types() == {("BR", None), ("TB", None), ("planned-visit", "video")}
    assert ruleset.ehr_ids == ("asynja-visph", "j4", "webdoc")
    assert [ruleset.ehr_name(e) for e in ruleset.ehr_ids] == ["Asynja Visph", "J4", "Webdoc"]
    assert ruleset.care_levels == ("specialist", "primary")
    assert ruleset.care_level_name("primary", "sv") == "Primärvård"
    assert ruleset.care_level_name("primary", "en") == "Primary care"
    assert ruleset.contact_type("planned-visit").mode_required is True
    assert not ruleset.contact_type("BR").mode_required
    assert all(t.visit for t in ruleset.contact_types)


def test_contact_types(ruleset):
    br, tb, visit = (ruleset.contact_type(t) for t in ("BR", "TB", "planned-visit"))
    assert br.name["sv"] == "Skriftlig distanskontakt som ersätter besök"
    assert br.use["sv"] == "Meddelandekontakt med patient"
    assert tb.name["sv"] == "Distanskontakt via telefon som ersätter besök"
    assert tb.use["sv"] == "Telefonkontakt med patienten."
    assert visit.name["sv"] == "Mottagningsbesök planerat"
    assert visit.use["sv"] == "Besök via videolänk eller på mottagningen."
    assert (br.registration_code, tb.registration_code, visit.registration_code) == ("BR", "TB", None)
    assert "adjust to your unit" in visit.note.get("en").lower()
    assert [m.id for m in visit.modes] == ["video", "clinic"]
    assert all(t.name.get("en") and t.use.get("en") for t in (br, tb, visit))


@pytest.mark.parametrize(
    ("contact_type", "mode", "distance"),
    [
        ("BR", None, True),
        ("TB", None, True),
        ("planned-visit", "video", True),
        ("planned-visit", "clinic", False),
        ("planned-visit", None, False),
    ],
)
def test_is_distance(ruleset, contact_type, mode, distance):
    assert ruleset.is_distance(contact_type, mode) is distance


def test_is_distance_refuses_unknown_type_and_mode(ruleset):
    with pytest.raises(ValueError, match="XX"):
        ruleset.is_distance("XX", None)
    with pytest.raises(ValueError, match="phone"):
        ruleset.is_distance("planned-visit", "phone")


@pytest.mark.parametrize(
    ("code", "title_sv"),
    [
        ("DU011", "Systematisk psykologisk behandling, kognitiv-beteendeterapeutisk"),
        ("ZV044", "Behandling administrerad via internet"),
        ("ZV051", "Telemedicin"),
        ("UV112", "Avslut systematisk psykologisk behandling, kognitiv-beteendeterapeutisk"),
    ],
)
def test_routine_codes(ruleset, code, title_sv):
    entry = ruleset.code(code)
    assert entry.title["sv"] == title_sv
    assert entry.title.get("en")
    assert entry.in_routine is True


def test_routine_code_usage_notes(ruleset):
    assert ruleset.code("ZV044").usage["sv"] == ZV044_WORDS
    assert ruleset.code("ZV051").usage["sv"] == ZV051_WORDS
    assert ruleset.code("DU011").usage["sv"].startswith("Psykologisk eller psykosocial behandling")


@pytest.mark.parametrize("code", ["AU011", "AU118", "DU007", "DU008", "DU022", "XS003"])
def test_other_codes_are_flagged_outside_the_routine(ruleset, code):
    entry = ruleset.code(code)
    assert entry.in_routine is False
    assert entry.title.get("en")


def test_xs003_title(ruleset):
    assert ruleset.code("XS003").title["sv"] == "Information och rådgivning med patient per brev"


def test_code_lookup_normalises_and_misses(ruleset):
    assert ruleset.code(" zv044 ").code == "ZV044"
    assert ruleset.code("ZZ999") is None


@pytest.mark.parametrize(("ehr", "name"), [("asynja-visph", "Asynja Visph"), ("j4", "J4"), ("webdoc", "Webdoc")])
def test_ehr_templates_are_unverified_skeletons(ruleset, ehr, name):
    template = ruleset.template(ehr)
    assert template.name == name
    assert template.template == "Internetförmedlad terapi (KBT)"
    assert template.lathund == "Lathund journalmallar internetförmedlad terapi (KBT)"
    assert template.verified is False
    assert "Kontaktorsak" in template.headings
    assert "lathund" in template.note.get("en")


def test_programmes(ruleset):
    names = [p.name for p in ruleset.programmes]
    for expected in (
        "Depressionshjälpen Plus",
        "Oroshjälpen Plus",
        "Ångesthjälpen Plus",
        "Stresshjälpen Plus",
        "Ångesthjälpen Ung Plus",
    ):
        assert expected in names
    assert ruleset.programme("angesthjalpen-ung-plus").name == "Ångesthjälpen Ung Plus"
    assert ruleset.programme("nope") is None


@pytest.mark.parametrize(
    ("instrument", "items", "item_max", "total_max"),
    [
        ("madrs-s", 9, 6, 54),
        ("phq-9", 9, 3, 27),
        ("gad-7", 7, 3, 21),
        ("isi", 7, 4, 28),
        ("pdss-sr", 7, 4, 28),
        ("lsas-sr", 24, 6, 144),
    ],
)
def test_instruments(ruleset, instrument, items, item_max, total_max):
    entry = ruleset.instrument(instrument)
    assert (entry.items, entry.item_min, entry.item_max, entry.total_max) == (items, 0, item_max, total_max)


def test_madrs_s_flags_item_9(ruleset):
    flag = ruleset.instrument("madrs-s").flag
    assert (flag.item, flag.threshold) == (9, 4)
    assert ruleset.instrument("phq-9").flag is None


def test_registration_by_care_level(ruleset):
    specialist = ruleset.registration_for("specialist")
    assert (specialist.system, specialist.routine) == ("ELVIS", "Rutin ELVIS 5")
    assert specialist.text["sv"] == "För registrering i specialistsjukvården, se Rutin ELVIS 5."
    primary = ruleset.registration_for("primary")
    assert primary.system == "EHR" and primary.in_routine is False


EXPECTED_RULES = {
    ("missing-code", "ZV044", "error", ("any",)),
    ("missing-code", "ZV051", "error", ("distance",)),
    ("unexpected-code", "ZV051", "warning", ("clinic-visit",)),
    ("missing-code", "DU011", "error", ("not-final",)),
    ("missing-code", "UV112", "error", ("final",)),
    ("unexpected-code", "UV112", "error", ("not-final",)),
    ("missing-final-contact", None, "error", ("ended-episode", "completed")),
    ("invalid-code", None, "error", ("always",)),
    # The routine's gaps (issue 14.5): a warning where the routine is silent, an error where the
    # transfer to SibeR would go before what the routine asks of it.
    ("missing-code", "DU011", "warning", ("final",)),
    ("missing-code", "AU118", "warning", ("after-flag",)),
    ("contact-before-start", None, "warning", ("any",)),
    ("contact-after-end", None, "warning", ("any",)),
    ("missing-final-contact", None, "warning", ("ended-episode", "not-completed")),
    ("second-active-episode", None, "warning", ("active-episode",)),
    ("siber-transfer-premature", None, "error", ("siber-transferred",)),
    ("siber-transfer-premature", None, "error", ("siber-transferred", "completed")),
}


def test_rule_table_exactly(ruleset):
    assert {(r.kind, r.code, r.severity, r.when) for r in ruleset.rules} == EXPECTED_RULES
    assert len(ruleset.rules) == len(EXPECTED_RULES) + 2  # four SibeR rules in two rows above
    assert sorted(r.params["requires"] for r in ruleset.rules if r.kind == "siber-transfer-premature") == [
        "ended", "ending-code", "final-contact-registered", "start-documented"]


def test_where_the_routine_is_silent_the_rule_is_a_warning_and_says_so(ruleset):
    silent = [r for r in ruleset.rules if r.source.startswith("Inte i rutinen") or "tyst" in r.source
              or "säger inte" in r.reason["sv"] or "säger inget" in r.reason["sv"]]
    assert len(silent) >= 6
    for rule in silent:
        assert rule.severity == "warning", rule.id
        assert "silent" in rule.reason["en"] or "does not say" in rule.reason["en"], rule.id
    flag = next(r for r in ruleset.rules if "after-flag" in r.when)
    assert "Justera efter din enhet" in flag.reason["sv"] and "Adjust to your unit" in flag.reason["en"]


def test_rules_carry_the_routines_words(ruleset):
    by_key = {(r.kind, r.code): r for r in ruleset.rules}
    assert by_key["missing-code", "ZV044"].reason["sv"] == ZV044_WORDS
    assert by_key["missing-code", "ZV051"].reason["sv"] == ZV051_WORDS
    for rule in ruleset.rules:
        assert rule.reason.get("sv") and rule.reason.get("en") and rule.source
        if rule.verbatim:  # the routine's words for a code are its usage note or its title
            entry = ruleset.code(rule.code)
            usage = entry.usage["sv"] if entry.usage else None
            assert rule.reason["sv"] in {usage, entry.title["sv"] + "."}, rule.id


# --- choosing a file by date ---------------------------------------------------------------


def test_folder_gives_the_version_valid_on_a_day(tmp_path, bundled_data):
    later = dict(bundled_data, version="2027.1", valid_from="2027-01-01")
    write(tmp_path, bundled_data, "a-2026.json")
    write(tmp_path, later, "b-2027.json")
    (tmp_path / "README.md").write_text("not a rule file", encoding="utf-8")
    assert load_ruleset(tmp_path, today=date(2026, 6, 1)).version == "2026.1"
    assert load_ruleset(tmp_path, today=date(2027, 1, 1)).version == "2027.1"
    # before the oldest version: the oldest judges, and says so
    book = rules_module.load_rule_book(tmp_path)
    placement = book.placement(date(2025, 12, 31))
    assert (placement.rules.version, placement.outside) == ("2026.1", rules_module.BEFORE_OLDEST)
    assert book.placement(date(2026, 12, 31)).outside is None
    assert book.valid_until(0) == date(2026, 12, 31) and book.valid_until(1) is None


def test_a_version_that_ends_is_followed_or_says_so(tmp_path, bundled_data):
    write(tmp_path, dict(bundled_data, valid_to="2026-12-31"), "a.json")
    book = rules_module.load_rule_book(tmp_path)
    placement = book.placement(date(2027, 2, 1))
    assert (placement.rules.version, placement.outside) == ("2026.1", rules_module.AFTER_NEWEST)


@pytest.mark.parametrize(("first", "second", "problem"), [
    ({"valid_to": "2026-12-31"}, {"valid_from": "2027-02-01"}, "no version judges 2027-01-01 to 2027-01-31"),
    ({"valid_to": "2027-01-15"}, {"valid_from": "2027-01-01"}, "overlaps"),
    ({}, {"valid_from": "2026-01-01"}, "also the start of"),
    ({}, {"valid_from": "2027-01-01", "id": "other-region"}, "a folder holds the versions of one routine"),
])
def test_versions_of_a_folder_must_follow_each_other(tmp_path, bundled_data, first, second, problem):
    write(tmp_path, dict(bundled_data, **first), "a.json")
    write(tmp_path, dict(bundled_data, version="2027.1", **second), "b.json")
    with pytest.raises(RuleSetError, match=problem):
        rules_module.load_rule_book(tmp_path)
    assert any(problem in p.message for p in rules_module.check_rule_source(tmp_path))


def test_missing_path_is_an_error(tmp_path):
    with pytest.raises(RuleSetError, match="no such"):
        load_ruleset(tmp_path / "nothing.json")


# --- validation ----------------------------------------------------------------------------


def _drop(key):
    def mutate(data):
        del data[key]

    return mutate


def _set_rule(index, key, value):
    def mutate(data):
        data["rules"][index][key] = value

    return mutate


def _set_code(index, key, value):
    def mutate(data):
        data["codes"][index][key] = value

    return mutate


def _drop_rule_code(data):
    del data["rules"][0]["code"]


def _duplicate_code(data):
    data["codes"].append(dict(data["codes"][0]))


def _duplicate_rule_id(data):
    data["rules"][1]["id"] = data["rules"][0]["id"]


def _drop_reason_sv(data):
    del data["rules"][0]["reason"]["sv"]


def _unknown_field(data):
    data["rules"][0]["severty"] = "error"


def _bad_flag(data):
    data["instruments"][0]["flag"]["item"] = 10


def _bad_total(data):
    data["instruments"][1]["total_max"] = 30


def _drop_contact_type_id(data):
    del data["contact_types"][0]["id"]


def _duplicate_mode(data):
    modes = data["contact_types"][2]["modes"]
    modes.append(dict(modes[0]))


@pytest.mark.parametrize(
    ("mutate", "field_name", "problem"),
    [
        (_drop("version"), "version", "missing"),
        (_drop("rules"), "rules", "missing"),
        (_drop("valid_from"), "valid_from", "missing"),
        (_set_rule(0, "when", "sometimes"), "rules[0].when", "unknown condition"),
        (_set_rule(0, "when", ["final", "sometimes"]), "rules[0].when", "unknown condition"),
        (_set_rule(0, "when", []), "rules[0].when", "must not be empty"),
        (_set_rule(10, "when", "final"), "rules[10].when", "does not apply"),
        (_set_rule(13, "params", {"requires": "moon-phase"}), "rules[13].params.requires", "not one of"),
        (_set_rule(13, "params", {}), "rules[13].params.requires", "missing"),
        (_set_rule(0, "when", "ended-episode"), "rules[0].when", "does not apply"),
        (_set_rule(0, "severity", "fatal"), "rules[0].severity", "not one of 'error', 'warning'"),
        (_set_rule(0, "kind", "missing-something"), "rules[0].kind", "unknown kind"),
        (_set_rule(0, "code", "ZV0444"), "rules[0].code", "not a KVÅ code"),
        (_set_rule(0, "code", "ZZ999"), "rules[0].code", "not listed"),
        (_set_rule(0, "code", None), "rules[0].code", "needs a code"),
        (_drop_rule_code, "rules[0].code", "needs a code"),
        (_set_rule(10, "code", "UV112"), "rules[10].code", "takes no code"),
        (_set_rule(0, "verbatim", "yes"), "rules[0].verbatim", "true or false"),
        (_drop_reason_sv, "rules[0].reason.sv", "missing"),
        (_duplicate_rule_id, "rules[1].id", "duplicate"),
        (_unknown_field, "rules[0].severty", "unknown field"),
        (_duplicate_code, "codes[10].code", "duplicate 'DU011'"),
        (_set_code(0, "code", "du011"), "codes[0].code", "not a KVÅ code"),
        (_set_code(0, "code", "DU0111"), "codes[0].code", "not a KVÅ code"),
        (_set_code(0, "code", "DU٠١١"), "codes[0].code", "not a KVÅ code"),
        (_set_code(0, "in_routine", 1), "codes[0].in_routine", "true or false"),
        (_drop_contact_type_id, "contact_types[0].id", "missing"),
        (_duplicate_mode, "contact_types[2].modes[2].id", "duplicate"),
        (_bad_flag, "instruments[0].flag.item", "only 9 items"),
        (_bad_total, "instruments[1].total_max", "items × item_max"),
        (lambda d: d.update(format_version=1), "format_version", "not supported"),
        (lambda d: d.update(format_version=3), "format_version", "not supported"),
        (lambda d: d.update(ending_code="ZZ999"), "ending_code", "not listed under codes"),
        (lambda d: d["coverage"].update(visits="AB123"), "coverage.visits", "not listed under codes"),
        (lambda d: d.update(valid_to="2025-12-31"), "valid_to", "before valid_from"),
        (lambda d: d["contact_types"][0].update(mode_required=True), "contact_types[0].mode_required",
         "must list its modes"),
        (lambda d: d["rules"][0].update(params={"x": 1}), "rules[0].params.x", "unknown"),
        (lambda d: d.update(format="other"), "format", "kbtdesk-rules"),
        (lambda d: d.update(valid_from="2026-13-01"), "valid_from", "not a date"),
        (lambda d: d.update(valid_from="20260101"), "valid_from", "not a date"),
        (lambda d: d.update(id="VGR KBT"), "id", "lowercase"),
    ],
)
def test_bad_files_name_the_file_and_field(tmp_path, bundled_data, mutate, field_name, problem):
    data = json.loads(json.dumps(bundled_data))
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(RuleSetError) as info:
        load_ruleset(path)
    message = str(info.value)
    assert message.startswith(f"{path}: $.{field_name}: "), message
    assert problem in message
    assert info.value.field == f"$.{field_name}" and info.value.file == str(path)
    assert [p.path for p in info.value.problems] == [f"$.{field_name}"]


def test_not_json_is_an_error(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{", encoding="utf-8")
    with pytest.raises(RuleSetError, match="broken.json.*not valid JSON"):
        load_ruleset(path)


def test_duplicate_json_key_is_an_error():
    with pytest.raises(RuleSetError, match=r"x.json: \(file\): the key version appears twice"):
        parse_ruleset('{"version": "1", "version": "2"}', origin="x.json")


def test_top_level_must_be_an_object():
    with pytest.raises(RuleSetError, match=r"x.json: \$: expected an object"):
        parse_ruleset("[]", origin="x.json")


def test_every_problem_is_named_with_its_json_path(tmp_path, bundled_data):
    data = json.loads(json.dumps(bundled_data))
    data["rules"][0]["severity"] = "fatal"
    data["codes"][2]["code"] = "zv051"
    del data["contact_types"][1]["use"]
    data["instruments"][0]["flag"]["item"] = 12
    with pytest.raises(RuleSetError) as info:
        load_ruleset(write(tmp_path, data))
    # the schema's problems come first (in file order); meaning is checked on a file of the right shape
    assert [p.path for p in info.value.problems] == [
        "$.codes[2].code", "$.contact_types[1].use", "$.rules[0].severity"]
    assert "(and 2 more)" in str(info.value)


def test_unknown_vocabulary_in_a_folder_stops_the_load(tmp_path, bundled_data):
    data = json.loads(json.dumps(bundled_data))
    data["rules"][0]["when"] = "on-tuesdays"
    write(tmp_path, data)
    with pytest.raises(RuleSetError, match=r"rules\[0\]\.when"):
        load_ruleset(tmp_path, today=date(2026, 6, 1))


# --- a new rule is data, not code ----------------------------------------------------------


def test_new_rule_in_a_copy_is_applied_without_code_changes(tmp_path, bundled_data):
    data = json.loads(json.dumps(bundled_data))
    data["rules"].append(
        {
            "id": "au011-at-video-end",
            "kind": "missing-code",
            "code": "AU011",
            "when": ["final", "distance"],
            "severity": "warning",
            "reason": {"sv": "Skatta vid avslut.", "en": "Rate at the end."},
            "source": "Enhetens tillägg",
        }
    )
    extended = load_ruleset(write(tmp_path, data))

    video_end = Contact(type="planned-visit", mode="video", final=True, codes=("DU011", "ZV044", "ZV051", "UV112"))
    findings = check_contact(extended, "e1", video_end)
    assert [(f.rule, f.code, f.severity) for f in findings] == [("au011-at-video-end", "AU011", "warning")]
    assert [s.code for s in suggest_codes(extended, video_end)] == ["DU011", "ZV044", "ZV051", "UV112", "AU011"]

    clinic_end = Contact(type="planned-visit", mode="clinic", final=True, codes=("DU011", "ZV044", "UV112"))
    assert check_contact(extended, "e1", clinic_end) == []


def test_checker_gives_meaning_to_exactly_the_declared_vocabulary():
    assert set(checker._CONTACT_TESTS) == CONTACT_CONDITIONS
    assert set(checker._EPISODE_TESTS) == EPISODE_CONDITIONS
    assert set(checker._MESSAGES) == KINDS
    # one checking function per kind, in the scope the kind declares
    assert set(checker._CONTACT_CHECKS) == {k for k, v in rules_module.RULE_KINDS.items() if v.scope == "contact"}
    assert set(checker._EPISODE_CHECKS) == {k for k, v in rules_module.RULE_KINDS.items() if v.scope == "episode"}


# --- LocalText -----------------------------------------------------------------------------


def test_local_text_falls_back_to_swedish():
    text = LocalText({"sv": "hej", "en": "hello"})
    assert text.get("en") == "hello"
    assert text.get("de") == "hej"
    assert text.get() == "hej"
    assert LocalText({"en": "only"}).get("sv") == "only"
    assert LocalText().get("sv") == ""
    assert dict(text) == {"sv": "hej", "en": "hello"}
    assert text == LocalText(sv="hej", en="hello") and hash(text) == hash(LocalText(sv="hej", en="hello"))


# --- KVÅ code form -------------------------------------------------------------------------

UPPER = string.ascii_uppercase
DIGITS = "0123456789"


def _oracle(code: str) -> bool:
    def shape(letters: int) -> bool:
        return all(c in UPPER for c in code[:letters]) and all(c in DIGITS for c in code[letters:])

    return len(code) == 5 and (shape(2) or shape(3))


@given(st.from_regex(r"[A-Z]{2}[0-9]{3}|[A-Z]{3}[0-9]{2}", fullmatch=True))
def test_both_kva_shapes_are_accepted(code):
    assert is_kva_code(code)


@given(st.text(alphabet=st.sampled_from(UPPER + DIGITS + "aé ٠١Ｄ-\n"), max_size=7))
def test_exactly_the_two_shapes_are_accepted(code):
    assert is_kva_code(code) is _oracle(code)


@given(st.text(max_size=7))
def test_any_text_matches_the_oracle(code):
    assert is_kva_code(code) is _oracle(code)


@pytest.mark.parametrize(
    "code",
    ["du011", "Du011", "DU٠١١", "DU۰۱۱", "ＤＵ011", "DU０１１", "DU011\n", "D0011", "DUX1", "DUXX1", "", "ÅÄ011"],
)
def test_lookalikes_are_rejected(code):
    assert not is_kva_code(code)


def test_normalise_code():
    assert normalise_code("  du011\t") == "DU011"
    decomposed = unicodedata.normalize("NFD", "å")
    assert normalise_code(decomposed) == "Å"


@pytest.mark.parametrize("text", ["ΐ", "ΰ", "\u1fd2", " ΐ1 "])
def test_normalise_code_is_nfc_after_upper_casing(text):
    # upper() turns these into decomposed sequences
    once = normalise_code(text)
    assert unicodedata.is_normalized("NFC", once)
    assert normalise_code(once) == once


@given(st.text(max_size=8))
def test_normalise_code_is_idempotent(text):
    once = normalise_code(text)
    assert normalise_code(once) == once
    assert unicodedata.is_normalized("NFC", once)


@given(st.from_regex(r"[a-zA-Z]{2}[0-9]{3}", fullmatch=True), st.text(alphabet=" \t", max_size=3))
def test_normalised_codes_of_either_case_are_valid(code, padding):
    assert is_kva_code(normalise_code(padding + code + padding))
