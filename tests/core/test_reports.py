"""Reports as data: the same content for CSV, HTML and PDF, read from a realistic log."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from kbtdesk.core import csvout, reports
from kbtdesk.core.reports import Cancelled, ReportRequest, cell_text
from kbtdesk.core.reports import coverage as coverage_report
from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
EPISODE_1 = "e0000000-0000-4000-8000-000000000001"
CEST = timezone(timedelta(hours=2))
CET = timezone(timedelta(hours=1))


@pytest.fixture
def sample(service):
    from kbtdesk.core.interchange import import_document

    import_document(service, SAMPLE.read_bytes())
    return service


def _column(report, key):
    table = report.csv_table
    index = [c.key for c in table.columns].index(key)
    return [row[index] for row in table.rows]


def test_registration_list_has_one_row_per_contact_in_the_period(sample):
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    assert len(report.csv_table.rows) == 7
    assert _column(report, "date")[:3] == ["2026-08-03", "2026-08-10", "2026-08-17"]
    assert _column(report, "time")[1] == "14:30"
    assert _column(report, "identity")[0] == "19640823-3234"
    assert _column(report, "patient")[0] == "Åsa Öberg"
    assert _column(report, "codes")[1] == "DU011 ZV044 ZV051"
    assert _column(report, "type")[1] == "BR — Skriftlig distanskontakt som ersätter besök"
    assert _column(report, "mode")[0] == "Videolänk"
    registered = [cell_text(v) for v in _column(report, "registered")]
    assert registered[0] == "2026-08-03" and registered[1] == "Not registered"
    # the copy-ready registration text is the one the checklist shows
    assert _column(report, "registration")[1] == \
        "BR — Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051"
    assert report.therapist == "Tove Terapeut" and report.unit == "Psykiatri Affektiva, Sahlgrenska"
    # wide: eight printed columns of dates, names, numbers and codes go on landscape paper
    assert report.landscape
    # whose data it holds, for the audit trail: the three patients with contacts in the period
    with sample.session() as s:
        holders = {row[0] for row in s.exec(text("SELECT DISTINCT e.patient_id FROM contact c JOIN episode e "
                                                 "ON e.id = c.episode_id"))}
    assert report.patient_ids == holders and len(holders) == 3


def test_registration_list_pending_and_masked(sample):
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30), pending=True, mask=True)
    assert len(report.csv_table.rows) == 4
    assert all(cell_text(v) == "Not registered" for v in _column(report, "registered"))
    assert set(_column(report, "identity")) == {"19640823-****", "19810829****", "19701063-****"}
    assert "3234" not in csvout.to_csv(report)


def test_registration_list_uses_the_contacts_own_local_date(sample):
    # 00:30 local on 2 Nov is still 1 Nov in UTC
    sample.save_contact(ContactDraft(episode_id=EPISODE_1, at=datetime(2026, 11, 2, 0, 30, tzinfo=CET), type="TB",
                                     codes=("DU011",)))
    one_day = reports.build_registrations(sample, date(2026, 11, 2), date(2026, 11, 2))
    assert _column(one_day, "time") == ["00:30", "16:00"]
    assert reports.build_registrations(sample, date(2026, 11, 1), date(2026, 11, 1)).csv_table.rows == []


def test_periods_today_weeks_and_months():
    assert reports.period_today(NOW) == (date(2026, 11, 26), date(2026, 11, 26))
    assert reports.period_this_week(NOW) == (date(2026, 11, 23), date(2026, 11, 29))
    assert reports.period_last_week(NOW) == (date(2026, 11, 16), date(2026, 11, 22))
    assert reports.period_this_month(NOW) == (date(2026, 11, 1), date(2026, 11, 30))
    assert reports.period_last_month(NOW) == (date(2026, 10, 1), date(2026, 10, 31))
    # the ends of months and years
    new_year = datetime(2027, 1, 1, 0, 10, tzinfo=CET)
    assert reports.period_last_week(new_year) == (date(2026, 12, 21), date(2026, 12, 27))
    assert reports.period_last_month(new_year) == (date(2026, 12, 1), date(2026, 12, 31))
    assert reports.period_this_month(datetime(2028, 2, 10, tzinfo=CET)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert [reports.preset_period(p, NOW)[0] for p in reports.PRESETS] == [
        date(2026, 11, 26), date(2026, 11, 23), date(2026, 11, 16), date(2026, 11, 1), date(2026, 10, 1)]
    with pytest.raises(ValueError, match="unknown period"):
        reports.preset_period("next-year", NOW)


def test_episode_summary_content(sample):
    report = reports.build_episode_summary(sample, EPISODE_1)
    fields = {f.label.source: cell_text(f.value) for f in report.fields}
    assert fields["Patient"] == "Åsa Öberg" and fields["Identity number"] == "19640823-3234"
    assert fields["Programme"] == "Depressionshjälpen Plus" and fields["EHR"] == "Asynja Visph"
    # named, with the episode, in the header of every printed page
    assert report.subject == ("Åsa Öberg", "19640823-3234", "Depressionshjälpen Plus", "2026-08-03 – 2026-10-12")
    assert report.patient_ids == {sample.episode(EPISODE_1).patient_id}
    contacts, notes, findings, measures, ending = report.sections
    assert notes.title.source == "Notes" and notes.table.rows  # printed apart, as wide as the page
    assert len(contacts.table.rows) == 4
    assert any("ZV051" in cell_text(row[2]) for row in findings.table.rows)
    # scores: a row per date, a column per instrument headed with its maximum, the flag column
    # filled only on the flagged row
    keys = [c.key for c in measures.table.columns]
    assert keys == ["on", "madrs-s", "flag"] and measures.table.columns[1].title.render() == "MADRS-S (max 54)"
    flag = keys.index("flag")
    flagged = [measures.table.rows[i] for i in measures.table.marked]
    assert flagged and all("item 9: 4" in cell_text(row[flag]) for row in flagged)
    assert all(row[flag] is None for i, row in enumerate(measures.table.rows) if i not in measures.table.marked)
    (chart,) = measures.charts
    assert chart.kind == "line" and chart.series[0].flagged == (True, False)
    assert chart.y_max == 54.0 and len(chart.dates) == 2  # the instrument's own maximum; x by date
    assert {f.label.source: cell_text(f.value) for f in ending.fields}["SibeR transfer (Medrave)"] == "Not transferred"


def test_episode_scores_sorted_and_two_a_day_kept(sample):
    sample.add_measure(EPISODE_1, date(2026, 8, 3), "phq-9", 20)
    sample.add_measure(EPISODE_1, date(2026, 8, 3), "madrs-s", 27)  # a second MADRS-S the same day
    measures = next(s.table for s in reports.build_episode_summary(sample, EPISODE_1).sections
                    if s.title.source == "Rating scales")
    keys = [c.key for c in measures.columns]
    assert keys == ["on", "madrs-s", "phq-9", "flag"]  # the rule set's order of instruments
    first_day = [row for row in measures.rows if row[0] == date(2026, 8, 3)]
    assert len(first_day) == 2 and sorted(row[1] for row in first_day) == [27, 28]
    assert [row[2] for row in first_day].count(20) == 1 and [row[2] for row in first_day].count(None) == 1


def test_siber_basis_per_ended_episode(sample):
    report = reports.build_siber_basis(sample)
    assert report.notice is not None and "not SibeR's own format" in report.notice.render()
    keys = [c.key for c in report.csv_table.columns]
    rows = {dict(zip(keys, row, strict=True))["episode"]: dict(zip(keys, row, strict=True))
            for row in report.csv_table.rows}
    assert set(rows) == {EPISODE_1, "e0000000-0000-4000-8000-000000000003"}
    first = rows[EPISODE_1]
    assert (first["started"], first["ended"], cell_text(first["end_reason"])) == \
        ("2026-08-03", "2026-10-12", "Completed")
    assert (first["contacts_BR"], first["contacts_TB"], first["contacts_planned-visit"], first["minutes"]) == \
        (1, 1, 2, 130)
    assert (first["madrs-s_first"], first["madrs-s_last"]) == (28, 12)
    # in print the first and last score stand one above the other in one column per instrument
    assert first["madrs-s_scores"] == "28\n12" and report.landscape
    # … which the CSV does not have: its columns are the documented ones
    header = csvout.to_csv(report).splitlines()[0].lstrip("\ufeff").split(";")
    assert "madrs-s_scores" not in [c.key for c in csvout.exported(report.csv_table).columns]
    assert header[-2:] == ["Transferred to SibeR", "Episode"] and "MADRS-S first" in header
    assert report.patient_ids == {sample.episode(e).patient_id for e in rows}
    only = reports.build_siber_basis(sample, episode_id=EPISODE_1)
    assert len(only.csv_table.rows) == 1
    later = reports.build_siber_basis(sample, date(2026, 10, 15), date(2026, 10, 31))
    later_keys = [c.key for c in later.csv_table.columns]  # no scores in this one: no score columns
    assert later.csv_table.rows[0][later_keys.index("episode")].endswith("3")


def _coverage(report, month):
    table = report.csv_table
    row = next(r for r in table.rows if r[0] == month)
    return dict(zip([c.key for c in table.columns], row, strict=True))


def test_coverage_per_month(sample):
    report = reports.build_coverage(sample, date(2026, 8, 1), date(2026, 11, 30))
    august = _coverage(report, "2026-08")
    assert (august["registered"], august["registered_of"], august["registered_pct"]) == (1, 3, 33.3)
    assert (august["journaled"], august["journaled_of"]) == (2, 3)
    assert (august["distance"], august["distance_of"], august["distance_pct"]) == (2, 3, 66.7)
    # every contact of the sample is of a type that counts as a visit, and carries ZV044
    assert (august["visits"], august["visits_of"], august["visits_pct"]) == (3, 3, 100.0)
    october = _coverage(report, "2026-10")
    # two episodes ended in October: one with a registered UV112 contact, none transferred yet
    assert (october["ending"], october["ending_of"], october["ending_pct"]) == (1, 2, 50.0)
    assert (october["transferred"], october["transferred_of"], october["transferred_pct"]) == (0, 2, 0.0)
    assert _coverage(report, "2026-09")["ending_pct"] is None  # nothing to count
    total = report.csv_table.rows[-1]
    assert cell_text(total[0]) == "Total" and total[1:3] == (3, 7)
    (chart,) = report.charts()
    assert chart.kind == "bar" and chart.labels == ("2026-08", "2026-09", "2026-10", "2026-11")
    assert len(chart.series) == 6 and chart.y_max == 100.0
    assert [s.name.render() for s in chart.series][3] == "Visits with ZV044"
    # each measure with a line on what it means for the region's figure
    meaning = report.sections[1]
    assert len(meaning.fields) == 6 and "lowers the region's figure" in meaning.fields[2].value.render()
    assert "counts as a visit" in meaning.fields[3].value.render()
    # and the report says which version of the routine judged it
    assert {f.label.source: cell_text(f.value) for f in report.fields}["Judged by rule set"] == \
        "vgr-kbt-pa-natet 2026.1 (2026-08-01 – 2026-11-30)"
    assert set(_column(report, "rules")) == {"vgr-kbt-pa-natet 2026.1"}
    assert report.patient_ids == {p for p, in _patients(sample)}


def _patients(service):
    with service.session() as s:
        return s.exec(text("SELECT id FROM patient")).all()


def test_coverage_shows_the_gap_of_imported_and_outage_contacts(sample):
    """The checklist will not save a distance contact without ZV051, but an import and an outage
    backlog can hold one: the report must show it, not 100 %."""
    from kbtdesk.core.interchange import import_document

    patient = sample.add_patient("19770374-9858", "Ulla-Stina Ängsbacka-Nordenskiöld")
    episode = sample.add_episode(patient.id, "Oroshjälpen Plus", date(2026, 12, 1))
    document = {"format": "kbtdesk-log", "version": 1, "patients": [], "episodes": [], "measures": [],
                "contacts": [{"id": f"c0000000-0000-4000-8000-00000000010{n}", "episode": episode.id,
                              "at": f"2026-12-0{n + 2}T10:00:00+01:00", "type": "BR", "mode": None, "minutes": 15,
                              "final": False, "codes": ["DU011", "ZV044"] if n else ["DU011"], "journal_done": None,
                              "registered": None, "note": "", "outage": n == 1} for n in range(3)]}
    import json

    import_document(sample, json.dumps(document).encode())
    december = _coverage(reports.build_coverage(sample, date(2026, 12, 1), date(2026, 12, 31)), "2026-12")
    assert (december["distance"], december["distance_of"], december["distance_pct"]) == (0, 3, 0.0)
    assert (december["registered"], december["journaled"], december["registered_of"]) == (0, 0, 3)
    # and the visit code, which one of the imported contacts lacks
    assert (december["visits"], december["visits_of"], december["visits_pct"]) == (2, 3, 66.7)


def test_coverage_takes_its_codes_from_the_rule_set(rules):
    from dataclasses import replace

    assert (coverage_report.distance_code(rules), coverage_report.ending_code(rules)) == ("ZV051", "UV112")
    renamed = replace(rules, coverage={**rules.coverage, "distance_contacts": "ZV099"})
    assert coverage_report.distance_code(renamed) == "ZV099"


def test_requests_build_and_describe_the_same_way_from_every_front_end(sample):
    week = ReportRequest(reports.KIND_REGISTRATIONS, date(2026, 11, 23), date(2026, 11, 29), True, True)
    assert week.detail() == "registrations 2026-11-23..2026-11-29 pending masked"
    assert ReportRequest(reports.KIND_EPISODE, mask=True, episode_id=EPISODE_1).detail() == "episode masked"
    assert ReportRequest(reports.KIND_COVERAGE, date(2026, 1, 1), date(2026, 1, 31), True, True).detail() \
        == "coverage 2026-01-01..2026-01-31"  # no identities, nothing pending: those options do not apply
    report = ReportRequest(reports.KIND_SIBER, pending=True).build(sample, "sv")
    assert report.kind == reports.KIND_SIBER and len(report.csv_table.rows) == 2
    with pytest.raises(ValueError, match="unknown report kind"):
        ReportRequest("everything").build(sample, "sv")


def test_audit_extract_lists_the_patients_entries_and_names_them(sample):
    patient = sample.patient_by_identity("640823-3234")
    report = reports.build_audit_extract(sample, patient.id, mask=True)
    assert report.subject == ("Åsa Öberg", "19640823-****")
    trail = sample.audit_trail(patient.id)
    assert [row[0] for row in report.csv_table.rows] == [e.seq for e in trail] and trail
    assert {f.label.source: cell_text(f.value) for f in report.fields}["Entries"] == str(len(trail))


def test_progress_is_reported_and_cancel_stops(sample):
    seen = []
    reports.build_registrations(sample, date(2026, 1, 1), date(2026, 12, 31), progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 7) and seen[-1] == (7, 7)
    with pytest.raises(Cancelled):
        reports.build_registrations(sample, date(2026, 1, 1), date(2026, 12, 31), cancelled=lambda: True)
    with pytest.raises(Cancelled):
        reports.build_coverage(sample, date(2026, 1, 1), date(2026, 12, 31), cancelled=lambda: True)


def test_decimal_comma_in_swedish():
    assert cell_text(66.7, lang="sv") == "66,7" and cell_text(66.7, lang="en") == "66.7"


