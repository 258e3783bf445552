"""A second routine proves it: a fictitious region's rule file, and no code change.

tests/fixtures/rules/other-region.json (Region Exempelland, made up) has other contact types (an
administrative contact that is not a visit, a video type of its own, a clinic visit with modes
and no registration code), other code requirements and another ending code (ZZ901). The
checker, the suggestions, the worklist, the registration list, the coverage report and
`kbtdesk --rules … check --json` all work from it as they do from the bundled routine.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from kbtdesk.core import checker, episodes, reports
from kbtdesk.core.contact_text import registration_text
from kbtdesk.core.rules import load_rule_book
from kbtdesk.core.service import ContactDraft, InputError, LogService
from tests.helpers.fixtures import NOW

OTHER = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "other-region.json"


@pytest.fixture(scope="module")
def other():
    return load_rule_book(OTHER)


@pytest.fixture
def region(log, other):
    service = LogService(log.engine, other, now=lambda: NOW)
    service.save_profile("Tove Terapeut", "Psykolog", "Exempelmottagningen", "psykiatri", "exjournal")
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    episode = service.add_episode(patient.id, "Exempelprogrammet ångest", date(2026, 10, 1))
    return service, episode


def _contact(service, episode, days_ago, ctype, codes, mode=None, final=False, registered=False):
    at = NOW - timedelta(days=days_ago)
    return service.save_contact(ContactDraft(episode.id, at, ctype, mode=mode, codes=tuple(codes), final=final,
                                             registered=at if registered else None))


def test_the_bundled_routines_ids_are_unknown_here(region):
    service, episode = region
    with pytest.raises(InputError) as info:
        service.save_contact(ContactDraft(episode.id, NOW, "BR"))
    assert info.value.field == "type" and "DIGB, ADMK, VIDM, MOTB" in str(info.value)
    with pytest.raises(InputError, match="Mottagningsbesök needs a mode: På plats, Uppsökande"):
        service.save_contact(ContactDraft(episode.id, NOW, "MOTB"))
    with pytest.raises(InputError, match="has no mode"):
        service.save_contact(ContactDraft(episode.id, NOW, "VIDM", mode="on-site"))
    with pytest.raises(InputError) as ehr:
        service.save_profile("x", "", "", "specialist", "asynja-visph")
    assert ehr.value.field == "care_level"


def test_suggestions_follow_the_regions_requirements(region):
    service, _episode = region

    def suggested(ctype, mode=None, final=False):
        return [s.code for s in service.suggest_codes(ctype, mode, final)]

    assert suggested("DIGB") == ["DU011", "ZV044", "ZV051"]
    assert suggested("VIDM") == ["DU011", "ZV044", "ZV051"]
    assert suggested("MOTB", "on-site") == ["DU011", "ZV044"]
    assert suggested("ADMK") == []  # an administrative contact is not a visit: no treatment codes
    assert suggested("VIDM", final=True) == ["ZV044", "ZV051", "ZZ901"]


def test_the_checker_applies_the_regions_rules(region):
    service, episode = region
    admin = _contact(service, episode, 9, "ADMK", ["DU011"])
    digital = _contact(service, episode, 8, "DIGB", ["DU011", "ZV044"])
    video_end = _contact(service, episode, 1, "VIDM", ["ZV044", "ZV051", "UV112"], final=True)
    findings = {(f.contact, f.rule, f.severity) for f in service.check_all()}
    assert findings == {
        (admin.id, "no-treatment-code-on-administrative", "error"),
        (digital.id, "telemedicine-at-distance", "error"),
        (video_end.id, "ending-code-at-end", "error"),  # UV112 is the bundled routine's, ZZ901 this one's
    }
    assert {f.ruleset for f in service.check_all()} == {"exempelland-internetbehandling 2026.1"}
    state = episodes.end_checklist(service.episode(episode.id), service.episode_detail(episode.id).contacts,
                                   service.rule_book, NOW.date())
    assert (state.final_contact, state.ending_code) == (episodes.FINAL_WITHOUT_CODE, "ZZ901")
    assert checker.has_errors(service.findings_for_draft(
        ContactDraft(episode.id, NOW, "ADMK", codes=("DU011",))))


def test_the_worklist_and_the_registration_list(region):
    service, episode = region
    admin = _contact(service, episode, 3, "ADMK", [])
    clinic = _contact(service, episode, 2, "MOTB", ["DU011", "ZV044"], mode="outreach")
    kinds = {(item.contact_id, item.kind, item.contact_type) for item in service.worklist()}
    assert {(admin.id, "registration", "ADMK"), (clinic.id, "registration", "MOTB")} <= kinds

    report = reports.build_registrations(service, NOW.date() - timedelta(days=7), NOW.date(), lang="sv")
    rows = {row[-1]: row for row in report.csv_table.rows}
    assert rows[admin.id][4] == "ADMK — Administrativ kontakt"
    assert rows[clinic.id][4] == "Mottagningsbesök" and rows[clinic.id][5] == "Uppsökande"
    assert rows[clinic.id][9] == "ExAdmin"
    assert registration_text(service.rules, clinic, "en") == "Clinic visit (Outreach); KVÅ: DU011 ZV044"


def test_the_coverage_report_counts_by_the_regions_types_and_codes(region):
    service, episode = region
    _contact(service, episode, 10, "DIGB", ["DU011", "ZV044", "ZV051"])
    _contact(service, episode, 9, "VIDM", ["DU011", "ZV044"])  # no telemedicine code
    _contact(service, episode, 8, "ADMK", [])  # neither a visit nor a distance contact
    _contact(service, episode, 7, "MOTB", ["DU011"], mode="on-site")  # a visit without ZV044
    _contact(service, episode, 1, "VIDM", ["ZV044", "ZV051", "ZZ901"], final=True)
    report = reports.build_coverage(service, date(2026, 11, 1), date(2026, 11, 30), lang="sv")
    table = report.sections[0].table
    codes = {c.key: c.title.params.get("code") for c in table.columns}
    assert (codes["distance"], codes["ending"]) == ("ZV051", "ZZ901")
    row = dict(zip([c.key for c in table.columns], table.rows[0], strict=True))
    assert row["month"] == "2026-11"
    assert (row["distance"], row["distance_of"]) == (2, 3)
    assert (row["ending"], row["ending_of"]) == (0, 1)  # its final contact with ZZ901 is not registered yet
    # visits: every type but the administrative one, each with the region's visit code ZV044
    assert codes["visits"] == "ZV044"
    assert (row["visits"], row["visits_of"]) == (3, 4)  # the clinic visit lacks it; ADMK is not a visit
    assert (row["registered"], row["registered_of"]) == (0, 5)  # the administrative contact is a logged contact


def test_check_on_the_command_line_judges_by_the_regions_file(tmp_path):
    from tests.cli.test_cli import PASS, kbtdesk

    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    init = kbtdesk("--rules", str(OTHER), "init", env_extra=env)
    assert init.returncode == 0, init.stderr
    doc = {"format": "kbtdesk-log", "version": 1,
           "patients": [{"id": "p1", "identity": "196408233234", "name": "Åsa Öberg"}],
           "episodes": [{"id": "e1", "patient": "p1", "programme": "Exempelprogrammet sömn", "started": "2026-10-01",
                         "ended": "2026-11-20", "end_reason": "completed", "care_level": "psykiatri",
                         "ehr": "exjournal", "siber_transferred": None}],
           "contacts": [
               {"id": "c1", "episode": "e1", "at": "2026-10-05T10:00:00+02:00", "type": "ADMK", "mode": None,
                "minutes": 5, "final": False, "codes": ["DU011"], "journal_done": None, "registered": None, "note": ""},
               {"id": "c2", "episode": "e1", "at": "2026-11-20T10:00:00+01:00", "type": "VIDM", "mode": None,
                "minutes": 30, "final": True, "codes": ["ZV044", "ZV051", "ZZ901"], "journal_done": None,
                "registered": None, "note": ""}],
           "measures": []}
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    imported = kbtdesk("--rules", str(OTHER), "import", str(tmp_path / "in.json"), env_extra=env)
    assert imported.returncode == 0, imported.stderr
    out = kbtdesk("--rules", str(OTHER), "check", "--json", env_extra=env)
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert [v["id"] for v in report["rules"]] == ["exempelland-internetbehandling"]
    assert [(f["contact"], f["kind"], f["code"]) for f in report["findings"]] == [("c1", "unexpected-code", "DU011")]
    assert "administrative contact is not a visit" in report["findings"][0]["message"]
    # by KBTDESK_RULES too; and the bundled routine does not know these types
    assert kbtdesk("check", "--json", env_extra=dict(env, KBTDESK_RULES=str(OTHER))).returncode == 1
    bundled = kbtdesk("check", "--json", env_extra=env)
    assert bundled.returncode == 1
    assert {(f["contact"], f["kind"]) for f in json.loads(bundled.stdout)["findings"]} >= {
        ("c1", "unknown-contact-type"), ("c2", "unknown-contact-type")}


def test_the_regions_own_choice_of_the_gap_rules(region):
    """The new kinds are the region's to use or leave: here a contact before the start is an error,
    the transfer waits only for the ending code (no rule about the start or the registration),
    and the bundled routine's after-flag rule does not exist."""
    from kbtdesk.core.service import WORK_SIBER, TransferRefused

    service, episode = region
    early = ContactDraft(episode.id, NOW.replace(year=2026, month=9, day=20), "DIGB", codes=("DU011", "ZV044", "ZV051"))
    assert [(f.rule, f.severity) for f in service.findings_for_draft(early)] == [("contact-inside-episode", "error")]
    assert not [r for r in service.rules.rules if "after-flag" in r.when]
    _contact(service, episode, 1, "VIDM", ["ZV044", "ZV051"], final=True)
    with pytest.raises(TransferRefused) as refused:
        service.tick([(WORK_SIBER, episode.id)])
    assert [(f.rule, f.code) for f in refused.value.findings] == [("transfer-after-ending-code", "ZZ901")]
    _contact(service, episode, 0, "VIDM", ["ZV044", "ZV051", "ZZ901"], final=True)
    service.tick([(WORK_SIBER, episode.id)])  # not registered, start not documented: this region does not ask
    assert service.episode(episode.id).siber_transferred == NOW.date()


def test_the_gap_kinds_are_optional(tmp_path):
    """The versions fixture uses none of the new kinds and still loads and judges."""
    versions = load_rule_book(OTHER.parent / "versions")
    kinds = {r.kind for v in versions.versions for r in v.rules}
    assert not kinds & {"contact-before-start", "contact-after-end", "second-active-episode",
                        "siber-transfer-premature"}
