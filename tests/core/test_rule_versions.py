"""Rule sets by date: each contact and episode is judged by the version valid on its day.

The fixture folder tests/fixtures/rules/versions holds two versions of the bundled routine that
differ in one code: 2025.1-test asks for ZV043 where 2026.1-test asks for ZV044.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from kbtdesk.core import checker, episodes
from kbtdesk.core.rules import AFTER_NEWEST, BEFORE_OLDEST, load_rule_book
from kbtdesk.core.service import ContactDraft, LogService
from tests.helpers.fixtures import NOW, STOCKHOLM

VERSIONS = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "versions"


@pytest.fixture(scope="module")
def book():
    return load_rule_book(VERSIONS)


@pytest.fixture
def dated(log, book):
    service = LogService(log.engine, book, now=lambda: NOW)
    service.save_profile("Tove Terapeut", "Psykolog", "Mottagningen", "specialist", "asynja-visph")
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    episode = service.add_episode(patient.id, "Depressionshjälpen Plus", date(2024, 11, 1))
    return service, episode


def _brief(service, episode, day, codes, final=False):
    at = datetime(day.year, day.month, day.day, 10, 0, tzinfo=STOCKHOLM)
    return service.save_contact(ContactDraft(episode.id, at, "BR", codes=tuple(codes), final=final))


def test_the_two_versions_differ_in_one_code(book):
    old, new = book.versions
    assert (old.version, new.version) == ("2025.1-test", "2026.1-test")
    assert {c.code for c in old.codes} ^ {c.code for c in new.codes} == {"ZV043", "ZV044"}
    assert book.valid_until(0) == date(2025, 12, 31)


def test_a_log_spanning_two_versions_is_judged_per_period(dated):
    service, episode = dated
    in_2025 = _brief(service, episode, date(2025, 6, 2), ["DU011", "ZV044", "ZV051"])  # 2026's code, a year early
    in_2026 = _brief(service, episode, date(2026, 3, 2), ["DU011", "ZV043", "ZV051"])  # 2025's code, a year late
    right_2025 = _brief(service, episode, date(2025, 12, 31), ["DU011", "ZV043", "ZV051"])
    right_2026 = _brief(service, episode, date(2026, 1, 1), ["DU011", "ZV044", "ZV051"])

    by_contact = {}
    for f in service.check_all():
        by_contact.setdefault(f.contact, []).append((f.kind, f.code, f.ruleset))
    assert by_contact[in_2025.id] == [("missing-code", "ZV043", "vgr-kbt-pa-natet 2025.1-test")]
    assert by_contact[in_2026.id] == [("missing-code", "ZV044", "vgr-kbt-pa-natet 2026.1-test")]
    assert right_2025.id not in by_contact and right_2026.id not in by_contact
    # the episode view judges the same way
    detail = {f.contact: f.code for f in service.episode_detail(episode.id).findings}
    assert detail == {in_2025.id: "ZV043", in_2026.id: "ZV044"}


def test_suggestions_and_the_checklist_follow_the_contacts_day(dated):
    service, episode = dated
    def suggested(day):
        return [s.code for s in service.suggest_codes("BR", None, False, on=day)]

    assert suggested(date(2025, 5, 5)) == ["DU011", "ZV043", "ZV051"]
    assert suggested(date(2026, 5, 5)) == ["DU011", "ZV044", "ZV051"]
    draft = ContactDraft(episode.id, datetime(2025, 5, 5, 9, 0, tzinfo=STOCKHOLM), "BR", codes=("DU011", "ZV051"))
    assert [(f.code, f.ruleset) for f in service.findings_for_draft(draft)] == [
        ("ZV043", "vgr-kbt-pa-natet 2025.1-test")]


def test_a_contact_older_than_the_oldest_version_is_judged_by_it_and_says_so(dated):
    service, episode = dated
    old = _brief(service, episode, date(2024, 11, 4), ["DU011", "ZV051"])
    found = [f for f in service.check_all() if f.contact == old.id]
    assert [(f.code, f.ruleset) for f in found] == [("ZV043", "vgr-kbt-pa-natet 2025.1-test")]
    note = found[0].note.render()
    assert "2025.1-test" in note and "oldest" in note and "2025-01-01" in note
    assert found[0].as_json()["rules_note"] == note
    assert service.placement(date(2024, 11, 4)).outside == BEFORE_OLDEST


def test_an_episode_is_judged_by_the_version_of_its_end(dated, book):
    service, episode = dated
    service.end_episode(episode.id, date(2025, 3, 1), "dropout")
    ending = [f for f in service.check_all() if f.kind == "missing-final-contact"]
    assert [f.ruleset for f in ending] == ["vgr-kbt-pa-natet 2025.1-test"]
    # the end checklist reads the ending code of the final contact's version
    final = _brief(service, episode, date(2025, 2, 28), ["ZV043", "UV112"], final=True)
    state = episodes.end_checklist(service.episode(episode.id), [final], book, NOW.date())
    assert (state.final_contact, state.ending_code) == (episodes.FINAL_DONE, "UV112")


def test_check_on_the_command_line_names_each_version(tmp_path):
    from tests.cli.test_cli import PASS, kbtdesk

    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    assert kbtdesk("--rules", str(VERSIONS), "init", env_extra=env).returncode == 0
    doc = {"format": "kbtdesk-log", "version": 1,
           "patients": [{"id": "p1", "identity": "196408233234", "name": "Åsa Öberg"}],
           "episodes": [{"id": "e1", "patient": "p1", "programme": "Depressionshjälpen Plus", "started": "2025-05-01",
                         "ended": None, "end_reason": None, "care_level": "specialist", "ehr": "asynja-visph",
                         "siber_transferred": None}],
           "contacts": [_contact("c25", "2025-06-02T10:00:00+02:00", ["DU011", "ZV044", "ZV051"]),
                        _contact("c26", "2026-03-02T10:00:00+01:00", ["DU011", "ZV043", "ZV051"])],
           "measures": []}
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    assert kbtdesk("--rules", str(VERSIONS), "import", str(tmp_path / "in.json"), env_extra=env).returncode == 0
    out = kbtdesk("--rules", str(VERSIONS), "check", "--json", env_extra=env)
    assert out.returncode == 1, out.stderr
    report = json.loads(out.stdout)
    assert [v["version"] for v in report["rules"]] == ["2025.1-test", "2026.1-test"]
    assert {(f["contact"], f["code"], f["rules"]) for f in report["findings"]} == {
        ("c25", "ZV043", "vgr-kbt-pa-natet 2025.1-test"), ("c26", "ZV044", "vgr-kbt-pa-natet 2026.1-test")}
    # the same log under the bundled set alone: 2026's code is the only one, for both
    bundled = json.loads(kbtdesk("check", "--json", env_extra=env).stdout)
    assert {(f["contact"], f["code"]) for f in bundled["findings"]} >= {("c26", "ZV044")}


def _contact(cid, at, codes):
    return {"id": cid, "episode": "e1", "at": at, "type": "BR", "mode": None, "minutes": 15, "final": False,
            "codes": codes, "journal_done": None, "registered": None, "note": ""}


def test_finding_names_the_version_even_with_one(rules):
    finding = checker.check_contact(rules, "e1", _Probe())[0]
    assert finding.ruleset == "vgr-kbt-pa-natet 2026.1" and finding.note is None


class _Probe:
    id, type, mode, final, codes = "c1", "BR", None, False, ()


def _coverage_rows(report):
    keys = [c.key for c in report.csv_table.columns]
    return [dict(zip(keys, row, strict=True)) for row in report.csv_table.rows]


def test_the_days_of_a_period_are_cut_where_the_version_changes(book):
    old, new = book.versions
    periods = book.periods(date(2024, 12, 1), date(2026, 2, 28))
    assert [(p.rules.version, p.first, p.last, p.outside) for p in periods] == [
        ("2025.1-test", date(2024, 12, 1), date(2024, 12, 31), BEFORE_OLDEST),
        ("2025.1-test", date(2025, 1, 1), date(2025, 12, 31), None),
        ("2026.1-test", date(2026, 1, 1), date(2026, 2, 28), None)]
    assert [p.rules for p in book.periods(date(2026, 3, 1), date(2026, 3, 1))] == [new]
    # each day of a period is judged as placement() judges that day alone
    for period in periods:
        for day in (period.first, period.last):
            assert (book.placement(day).rules, book.placement(day).outside) == (period.rules, period.outside)
    closed = replace(book, versions=(old, replace(new, valid_to=date(2026, 6, 30))))
    assert [(p.first, p.outside) for p in closed.periods(date(2026, 6, 1), date(2026, 7, 31))] == [
        (date(2026, 6, 1), None), (date(2026, 7, 1), AFTER_NEWEST)]


def test_coverage_judges_each_contact_and_episode_by_the_version_of_its_day(dated, book):
    """Across a KVÅ year's turn each month counts by its own codes: December 2025 asks for ZV043 on
    every visit, January 2026 for ZV044. Judged by today's version alone December would show 1 of 3."""
    from kbtdesk.core import reports
    from kbtdesk.core.reports.model import cell_text

    service, episode = dated
    for day, codes in ((date(2025, 12, 15), ["DU011", "ZV043", "ZV051"]), (date(2025, 12, 16), ["DU011", "ZV043"]),
                       (date(2025, 12, 17), ["DU011", "ZV044", "ZV051"]),  # 2026's code, a fortnight early
                       (date(2026, 1, 15), ["DU011", "ZV044", "ZV051"])):
        _brief(service, episode, day, codes)
    report = reports.build_coverage(service, date(2025, 12, 1), date(2026, 1, 31), lang="en")
    december, january, total = _coverage_rows(report)
    assert (december["visits"], december["visits_of"], december["visits_pct"]) == (2, 3, 66.7)
    assert (january["visits"], january["visits_of"], january["visits_pct"]) == (1, 1, 100.0)
    assert (total["visits"], total["visits_of"]) == (3, 4)
    assert (december["distance"], december["distance_of"]) == (2, 3)  # ZV051 in both versions
    # the report names the versions that judged it, and the CSV the version of each month
    visits = next(c for c in report.csv_table.columns if c.key == "visits")
    assert visits.title.render() == "Visits with ZV043 / ZV044"
    assert {f.label.source: cell_text(f.value) for f in report.fields}["Judged by rule set"] == (
        "vgr-kbt-pa-natet 2025.1-test (2025-12-01 – 2025-12-31); "
        "vgr-kbt-pa-natet 2026.1-test (2026-01-01 – 2026-01-31)")
    assert [row["rules"] for row in (december, january, total)] == [
        "vgr-kbt-pa-natet 2025.1-test", "vgr-kbt-pa-natet 2026.1-test",
        "vgr-kbt-pa-natet 2025.1-test, vgr-kbt-pa-natet 2026.1-test"]
    assert len(report.sections[0].notes) == 1  # nothing judged outside a version's period

    # an ended episode is judged by the version of its end day: here 2026 follows another ending code
    old, new = book.versions
    renamed = replace(book, versions=(old, replace(new, coverage={**new.coverage, "ended_episodes": "AU118"})))
    ended = LogService(service.engine, renamed, now=lambda: NOW)
    for n, end in enumerate((date(2025, 12, 20), date(2026, 1, 20))):
        other = ended.add_episode(episode.patient_id, "Depressionshjälpen Plus", date(2025, 11, 1))
        at = datetime(end.year, end.month, end.day, 9, 0, tzinfo=STOCKHOLM)
        ended.save_contact(ContactDraft(other.id, at, "BR", codes=("ZV043" if n == 0 else "ZV044", "UV112"),
                                        final=True, registered=at))
        ended.end_episode(other.id, end, "completed")
    december, january, _total = _coverage_rows(reports.build_coverage(ended, date(2025, 12, 1), date(2026, 1, 31)))
    assert (december["ending"], december["ending_of"]) == (1, 1)  # UV112, 2025's ending code
    assert (january["ending"], january["ending_of"]) == (0, 1)  # 2026 follows AU118 in this book


def test_coverage_says_when_a_day_lies_outside_every_version(dated, book):
    from kbtdesk.core import reports

    service, episode = dated
    _brief(service, episode, date(2024, 11, 4), ["DU011", "ZV043", "ZV051"])
    report = reports.build_coverage(service, date(2024, 11, 1), date(2024, 11, 30))
    (row,) = _coverage_rows(report)
    assert (row["visits"], row["visits_of"], row["rules"]) == (1, 1, "vgr-kbt-pa-natet 2025.1-test")
    note = report.sections[0].notes[-1].render()
    assert "before 2025-01-01" in note and "oldest version" in note and "2025.1-test" in note
    # a period with nothing before the oldest version says nothing of it
    quiet = reports.build_coverage(service, date(2025, 11, 1), date(2025, 11, 30))
    assert len(quiet.sections[0].notes) == 1

    old, new = book.versions
    closed = replace(book, versions=(old, replace(new, valid_to=date(2026, 6, 30))))
    late = LogService(service.engine, closed, now=lambda: NOW)
    _brief(late, episode, date(2026, 8, 3), ["DU011", "ZV044", "ZV051"])
    note = reports.build_coverage(late, date(2026, 8, 1), date(2026, 8, 31)).sections[0].notes[-1].render()
    assert "after 2026-06-30" in note and "newer rule file" in note


def test_the_episode_summary_says_so_even_without_a_finding(dated):
    """A contact before the oldest version that follows that version's rules has no finding to carry
    the note; the summary still says the day was judged by a version not yet valid then."""
    from kbtdesk.core import reports

    service, episode = dated
    _brief(service, episode, date(2024, 11, 4), ["DU011", "ZV043", "ZV051"])
    assert [f for f in service.episode_detail(episode.id).findings if f.contact] == []
    fields = {f.label.source: f.value for f in reports.build_episode_summary(service, episode.id).fields}
    note = fields["Note on the rule set"].render()
    assert "oldest" in note and "2025-01-01" in note
