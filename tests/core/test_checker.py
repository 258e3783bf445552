"""The checker against the bundled VGR rule set: one test per rule, firing and not firing."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.base.messages import Message
from kbtdesk.core.checker import (
    Finding,
    Suggestion,
    check_contact,
    check_episode,
    has_errors,
    suggest_codes,
)
from kbtdesk.core.rules import LocalText, load_ruleset

ZV044_WORDS = (
    "Viktigt att koden alltid registreras då den beskriver att behandlingen har förmedlats via internet."
)


@dataclass(frozen=True)
class Contact:
    id: str = "c1"
    type: str = "BR"
    mode: str | None = None
    final: bool = False
    codes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Episode:
    id: str = "e1"
    ended: date | None = None


@pytest.fixture(scope="module")
def ruleset():
    return load_ruleset()


# A complete, correct contact of each shape; each rule test removes or adds one thing.
BR_OK = Contact(type="BR", codes=("DU011", "ZV044", "ZV051"))
TB_OK = Contact(type="TB", codes=("DU011", "ZV044", "ZV051"))
VIDEO_OK = Contact(type="planned-visit", mode="video", codes=("DU011", "ZV044", "ZV051"))
CLINIC_OK = Contact(type="planned-visit", mode="clinic", codes=("DU011", "ZV044"))
FINAL_OK = Contact(type="planned-visit", mode="clinic", final=True, codes=("DU011", "ZV044", "UV112"))


def without(contact: Contact, code: str) -> Contact:
    return replace(contact, codes=tuple(c for c in contact.codes if c != code))


def with_(contact: Contact, *codes: str) -> Contact:
    return replace(contact, codes=contact.codes + codes)


def keys(findings: list[Finding]) -> list[tuple[str, str, str | None, str]]:
    return [(f.kind, f.rule, f.code, f.severity) for f in findings]


@pytest.mark.parametrize("contact", [BR_OK, TB_OK, VIDEO_OK, CLINIC_OK, FINAL_OK])
def test_complete_contacts_have_no_findings(ruleset, contact):
    assert check_contact(ruleset, "e1", contact) == []


# --- missing-code ZV044 (any contact) ------------------------------------------------------


@pytest.mark.parametrize("contact", [BR_OK, TB_OK, VIDEO_OK, CLINIC_OK, FINAL_OK])
def test_zv044_missing_on_any_contact(ruleset, contact):
    findings = check_contact(ruleset, "e1", without(contact, "ZV044"))
    assert keys(findings) == [("missing-code", "zv044-required", "ZV044", "error")]
    assert findings[0].reason["sv"] == ZV044_WORDS


# --- missing-code ZV051 (distance contacts) ------------------------------------------------


@pytest.mark.parametrize("contact", [BR_OK, TB_OK, VIDEO_OK])
def test_zv051_missing_on_distance_contact(ruleset, contact):
    findings = check_contact(ruleset, "e1", without(contact, "ZV051"))
    assert keys(findings) == [("missing-code", "zv051-required-at-distance", "ZV051", "error")]


@pytest.mark.parametrize(
    "contact",
    [CLINIC_OK, FINAL_OK, Contact(type="planned-visit", mode=None, codes=("DU011", "ZV044"))],
)
def test_zv051_not_required_without_distance(ruleset, contact):
    assert check_contact(ruleset, "e1", contact) == []


def test_zv051_required_on_a_final_distance_contact(ruleset):
    final_phone = Contact(type="TB", final=True, codes=("DU011", "ZV044", "UV112"))
    assert keys(check_contact(ruleset, "e1", final_phone)) == [
        ("missing-code", "zv051-required-at-distance", "ZV051", "error")
    ]


# --- unexpected-code ZV051 (planned visit at the clinic) -----------------------------------


def test_zv051_at_clinic_is_a_warning(ruleset):
    findings = check_contact(ruleset, "e1", with_(CLINIC_OK, "ZV051"))
    assert keys(findings) == [("unexpected-code", "zv051-not-at-clinic", "ZV051", "warning")]
    assert not has_errors(findings)


@pytest.mark.parametrize(
    "contact", [VIDEO_OK, BR_OK, Contact(type="planned-visit", codes=("DU011", "ZV044", "ZV051"))]
)
def test_zv051_elsewhere_is_not_unexpected(ruleset, contact):
    assert "unexpected-code" not in [f.kind for f in check_contact(ruleset, "e1", contact)]


# --- missing-code DU011 (not the final contact) --------------------------------------------


@pytest.mark.parametrize("contact", [BR_OK, TB_OK, VIDEO_OK, CLINIC_OK])
def test_du011_missing_on_ordinary_contact(ruleset, contact):
    findings = check_contact(ruleset, "e1", without(contact, "DU011"))
    assert keys(findings) == [("missing-code", "du011-required", "DU011", "error")]


def test_du011_missing_on_final_contact_is_a_warning(ruleset):
    # The routine lists DU011 for the treatment and never says to leave it off the final contact.
    findings = check_contact(ruleset, "e1", without(FINAL_OK, "DU011"))
    assert keys(findings) == [("missing-code", "du011-at-final", "DU011", "warning")]
    assert not has_errors(findings)
    assert "tyst" in findings[0].reason["sv"] or "säger inget" in findings[0].reason["sv"]
    assert check_contact(ruleset, "e1", FINAL_OK) == []


# --- missing-code UV112 (the final contact) ------------------------------------------------


def test_uv112_missing_on_final_contact(ruleset):
    findings = check_contact(ruleset, "e1", without(FINAL_OK, "UV112"))
    assert keys(findings) == [("missing-code", "uv112-required-at-end", "UV112", "error")]


def test_uv112_not_required_on_ordinary_contact(ruleset):
    assert "uv112-required-at-end" not in [f.rule for f in check_contact(ruleset, "e1", BR_OK)]


# --- unexpected-code UV112 (not final) -----------------------------------------------------


@pytest.mark.parametrize("contact", [BR_OK, TB_OK, VIDEO_OK, CLINIC_OK])
def test_uv112_on_ordinary_contact_is_an_error(ruleset, contact):
    findings = check_contact(ruleset, "e1", with_(contact, "UV112"))
    assert keys(findings) == [("unexpected-code", "uv112-only-at-end", "UV112", "error")]


def test_uv112_on_final_contact_is_expected(ruleset):
    assert "uv112-only-at-end" not in [f.rule for f in check_contact(ruleset, "e1", FINAL_OK)]


# --- missing-final-contact (ended episode) -------------------------------------------------


def test_ended_episode_without_final_contact(ruleset):
    findings = check_episode(ruleset, Episode(ended=date(2026, 3, 1)), [BR_OK, TB_OK])
    assert keys(findings) == [("missing-final-contact", "final-contact-required", None, "error")]
    assert findings[0].contact is None and findings[0].episode == "e1"


def test_ended_episode_with_final_contact(ruleset):
    assert check_episode(ruleset, Episode(ended=date(2026, 3, 1)), [BR_OK, FINAL_OK]) == []


def test_open_episode_needs_no_final_contact(ruleset):
    assert check_episode(ruleset, Episode(ended=None), [BR_OK, TB_OK]) == []
    assert check_episode(ruleset, Episode(ended=None), []) == []


def test_ended_episode_without_contacts(ruleset):
    findings = check_episode(ruleset, Episode(ended=date(2026, 3, 1)), [])
    assert [f.kind for f in findings] == ["missing-final-contact"]


# --- invalid-code ---------------------------------------------------------------------------


@pytest.mark.parametrize("bad", ["DU01", "DU0111", "D0011", "ZV 044", "DU٠١١", "XYZ", ""])
def test_invalid_code(ruleset, bad):
    findings = check_contact(ruleset, "e1", with_(BR_OK, bad))
    assert [(f.kind, f.rule, f.severity) for f in findings] == [("invalid-code", "kva-code-form", "error")]
    assert findings[0].code == bad.strip().upper()


@pytest.mark.parametrize("good", ["AU011", "XS003", "ABC12", " au118 "])
def test_valid_codes_outside_the_rules_are_not_findings(ruleset, good):
    assert check_contact(ruleset, "e1", with_(BR_OK, good)) == []


def test_invalid_code_reported_once_per_distinct_code(ruleset):
    findings = check_contact(ruleset, "e1", with_(BR_OK, "bad", "BAD ", "x1"))
    assert [f.code for f in findings] == ["BAD", "X1"]


# --- comparison details ---------------------------------------------------------------------


def test_codes_are_compared_normalised(ruleset):
    messy = Contact(type="TB", codes=(" du011", "zv044\n", "Zv051"))
    assert check_contact(ruleset, "e1", messy) == []


def test_duplicate_codes_are_not_an_error(ruleset):
    assert check_contact(ruleset, "e1", with_(BR_OK, "ZV044", "zv044")) == []


def test_unknown_contact_type_or_mode_is_an_error_finding_and_has_no_suggestions(ruleset):
    for contact in (Contact(type="XX", codes=("ZV044",)), Contact(type="planned-visit", mode="phone")):
        findings = check_contact(ruleset, "e1", contact)
        assert [(f.kind, f.severity, f.code) for f in findings] == [("unknown-contact-type", "error", None)]
        assert contact.type in findings[0].text() and "vgr-kbt-pa-natet 2026.1" in findings[0].text()
    with pytest.raises(ValueError, match="phone"):
        suggest_codes(ruleset, Contact(type="planned-visit", mode="phone"))


def test_episode_findings_follow_contact_order(ruleset):
    first = replace(without(BR_OK, "ZV044"), id="a")
    second = replace(without(TB_OK, "DU011"), id="b")
    findings = check_episode(ruleset, Episode(ended=date(2026, 3, 1)), [second, first])
    assert [(f.contact, f.kind, f.code) for f in findings] == [
        ("b", "missing-code", "DU011"),
        ("a", "missing-code", "ZV044"),
        (None, "missing-final-contact", None),
    ]


def test_findings_within_a_contact_follow_rule_order(ruleset):
    findings = check_contact(ruleset, "e1", Contact(type="BR", codes=("UV112", "??")))
    assert [f.rule for f in findings] == [
        "du011-required",
        "zv044-required",
        "zv051-required-at-distance",
        "uv112-only-at-end",
        "kva-code-form",
    ]


def test_has_errors(ruleset):
    assert not has_errors([])
    assert not has_errors(check_contact(ruleset, "e1", with_(CLINIC_OK, "ZV051")))
    assert has_errors(check_contact(ruleset, "e1", without(BR_OK, "ZV044")))


# --- suggestions ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("contact", "expected"),
    [
        (Contact(type="BR"), ["DU011", "ZV044", "ZV051"]),
        (Contact(type="TB"), ["DU011", "ZV044", "ZV051"]),
        (Contact(type="planned-visit", mode="video"), ["DU011", "ZV044", "ZV051"]),
        (Contact(type="planned-visit", mode="clinic"), ["DU011", "ZV044"]),
        (Contact(type="planned-visit", mode=None), ["DU011", "ZV044"]),
        (Contact(type="planned-visit", mode="clinic", final=True), ["DU011", "ZV044", "UV112"]),
        (Contact(type="planned-visit", mode="video", final=True), ["DU011", "ZV044", "ZV051", "UV112"]),
        (Contact(type="BR", final=True), ["DU011", "ZV044", "ZV051", "UV112"]),
    ],
)
def test_suggest_codes(ruleset, contact, expected):
    assert [s.code for s in suggest_codes(ruleset, contact)] == expected


def test_suggestions_ignore_codes_already_present_and_carry_reasons(ruleset):
    suggestions = suggest_codes(ruleset, BR_OK)
    assert [s.code for s in suggestions] == ["DU011", "ZV044", "ZV051"]
    assert suggestions[1] == Suggestion(
        code="ZV044", rule="zv044-required", reason=suggestions[1].reason
    )
    assert suggestions[1].reason["sv"] == ZV044_WORDS


@given(
    contact_type=st.sampled_from(["BR", "TB", "planned-visit"]),
    mode=st.sampled_from([None, "video", "clinic"]),
    final=st.booleans(),
    extra=st.lists(st.sampled_from(["AU011", "AU118", "XS003", "DU022"]), max_size=3),
    lower=st.booleans(),
)
def test_following_the_suggestions_leaves_no_findings(ruleset, contact_type, mode, final, extra, lower):
    if contact_type != "planned-visit" and mode is not None:
        mode = None
    codes = [s.code for s in suggest_codes(ruleset, Contact(type=contact_type, mode=mode, final=final))]
    codes += extra
    if lower:
        codes = [c.lower() for c in codes]
    contact = Contact(type=contact_type, mode=mode, final=final, codes=tuple(codes))
    assert check_contact(ruleset, "e1", contact) == []
    episode = check_episode(ruleset, Episode(ended=date(2026, 3, 1) if final else None), [contact])
    assert not has_errors(episode)


# --- presentation ---------------------------------------------------------------------------


def test_finding_message_and_text(ruleset):
    finding = check_contact(ruleset, "e1", without(BR_OK, "ZV044"))[0]
    assert finding.message == Message("Finding", "Code {code} is missing", {"code": "ZV044"})
    assert finding.text() == f"Code ZV044 is missing: {ZV044_WORDS}"
    assert finding.text(lang="en").startswith("Code ZV044 is missing: It is important")


def test_finding_text_uses_the_translator(ruleset):
    finding = check_contact(ruleset, "e1", without(BR_OK, "ZV044"))[0]
    catalogue = {("Finding", "Code {code} is missing"): "Kod {code} saknas"}

    def translate(context: str, source: str) -> str:
        return catalogue.get((context, source), source)

    assert finding.text(translate) == f"Kod ZV044 saknas: {ZV044_WORDS}"


def test_finding_text_without_reason():
    finding = Finding("error", "missing-code", "r", "e1", "c1", "ZV044",
                      Message("Finding", "Code {code} is missing", {"code": "ZV044"}), LocalText())
    assert finding.text() == "Code ZV044 is missing"


def test_episode_finding_message_has_no_placeholders(ruleset):
    finding = check_episode(ruleset, Episode(ended=date(2026, 3, 1)), [])[0]
    # The reason adds to the message and does not say it again (issue 14: "Avbruten" repeated itself).
    assert finding.text(lang="en") == (
        "The episode has ended but no contact is marked as final: "
        "The ending is registered with UV112 (Ending of systematic psychological treatment, cognitive "
        "behavioural) on the contact that ends the treatment."
    )


def test_finding_as_json(ruleset):
    finding = check_contact(ruleset, "e1", replace(with_(BR_OK, "du01"), id="c7"))[0]
    data = finding.as_json(lang="en")
    assert data == {
        "severity": "error",
        "kind": "invalid-code",
        "episode": "e1",
        "contact": "c7",
        "code": "DU01",
        "message": "DU01 is not a valid KVÅ code: "
        "A KVÅ code is two letters and three digits, or three letters and two digits.",
        "rules": "vgr-kbt-pa-natet 2026.1",
        "rules_note": None,
    }
    assert json.loads(json.dumps(data)) == data


def test_episode_finding_as_json(ruleset):
    data = check_episode(ruleset, Episode(id="e9", ended=date(2026, 3, 1)), [])[0].as_json()
    assert set(data) == {"severity", "kind", "episode", "contact", "code", "message", "rules", "rules_note"}
    assert (data["episode"], data["contact"], data["code"]) == ("e9", None, None)
    assert data["rules"] == "vgr-kbt-pa-natet 2026.1"
    assert data["message"].startswith("The episode has ended but no contact is marked as final: Avslutet")
