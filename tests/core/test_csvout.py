"""CSV for Swedish Excel: BOM, ';', one translated header row, no formula from user text."""

import csv
import io
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kbtdesk.base.messages import Message
from kbtdesk.core import csvout, reports
from kbtdesk.core.reports import Cancelled, Column, Report, Section, Table
from tests.helpers.fixtures import NOW

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
SV = {"Date": "Datum", "Patient": "Patient", "Identity number": "Personnummer", "Not registered": "Ej registrerad"}


def sv(context, source):
    return SV.get(source, source)


def parse(text: str) -> list[list[str]]:
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.encode("utf-8").decode("utf-8-sig"), newline=""), delimiter=";"))


@pytest.fixture
def sample(service):
    from kbtdesk.core.interchange import import_document

    import_document(service, SAMPLE.read_bytes())
    return service


def _report(values, lang="sv") -> Report:
    table = Table([Column("text", Message("Report", "Note")), Column("n", Message("Report", "Min"), numeric=True)],
                  rows=[(v, -5) for v in values])
    return Report("test", Message("Report", "T"), lang, NOW, sections=[Section(table=table)])


def test_registration_csv_matches_the_log(sample):
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    text = csvout.to_csv(report, sv)
    assert "\r\n" in text
    header, *rows = parse(text)
    assert header[:4] == ["Datum", "Time", "Patient", "Personnummer"]
    assert len(rows) == 7 and all(len(r) == len(header) for r in rows)
    by_contact = {r[-1]: r for r in rows}
    row = by_contact["c0000000-0000-4000-8000-000000000002"]
    assert row[:4] == ["2026-08-10", "14:30", "Åsa Öberg", "19640823-3234"]
    assert row[6] == "DU011 ZV044 ZV051" and row[7] == "Ej registrerad"


def test_episode_csv_neutralises_a_formula_note(sample):
    report = reports.build_episode_summary(sample, "e0000000-0000-4000-8000-000000000002")
    header, *rows = parse(csvout.to_csv(report))
    notes = [r[header.index("Note")] for r in rows]
    assert "'=SUM(A1:A9)" in notes
    assert csvout.restore("'=SUM(A1:A9)") == "=SUM(A1:A9)"


def test_numbers_are_numbers_with_a_swedish_decimal_comma(sample):
    report = reports.build_coverage(sample, date(2026, 8, 1), date(2026, 8, 31))
    _, row = parse(csvout.to_csv(report))
    # registered, journaled, with ZV051, visits with ZV044, ended with UV112, transferred: count; of; percent;
    # then the version of the routine that judged the month
    assert row == ["2026-08", "1", "3", "33,3", "2", "3", "66,7", "2", "3", "66,7", "3", "3", "100,0",
                   "0", "0", "", "0", "0", "", "vgr-kbt-pa-natet 2026.1"]
    report.lang = "en"
    assert parse(csvout.to_csv(report))[1][3] == "33.3"
    # a negative number is a number, not a formula
    assert parse(csvout.to_csv(_report(["x"])))[1][1] == "-5"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(
    st.text(max_size=40),
    st.from_regex(r"\A'*[=+\-@\t\r].{0,10}\Z"),
    st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''+y", "'a", "a;b", 'a"b', "a\nb"]),
), min_size=1, max_size=5))
def test_every_text_reads_back_and_no_cell_starts_a_formula(values):
    values = [v.replace("\x00", "") for v in values]  # the csv module cannot write NUL
    header, *rows = parse(csvout.to_csv(_report(values)))
    assert [csvout.restore(r[0]) for r in rows] == values
    for row in rows:
        assert not row[0] or row[0][0] not in csvout.TRIGGERS


def test_unwritable_target_keeps_the_existing_file(sample, tmp_path):
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(OSError):
        csvout.write_csv(report, blocker / "x.csv")
    with pytest.raises(OSError):
        csvout.write_csv(report, tmp_path / "missing" / "x.csv")
    existing = tmp_path / "list.csv"
    existing.write_bytes(b"old content")
    with pytest.raises(Cancelled):
        csvout.write_csv(report, existing, cancelled=lambda: True)
    assert existing.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "list.csv", "log"]  # no temporary left
    csvout.write_csv(report, existing)
    assert parse(existing.read_text(encoding="utf-8"))[1][0] == "2026-08-03"


def test_every_report_kinds_csv_is_as_documented(service):
    """BOM, ";", one header row, ISO dates, a guarded formula: for each kind, on a wide log with
    a name and a programme that a spreadsheet would take for formulas."""
    from tests.helpers.wide_log import fill_wide_log

    filled = fill_wide_log(service, ended=3)
    hostile = service.add_patient("19770374-9858", "=HYPERLINK(\"x\")")
    episode = service.add_episode(hostile.id, "+Oroshjälpen Plus", date(2026, 3, 2))
    service.end_episode(episode.id, date(2026, 3, 20))
    patient_id = service.episode(filled.long_episode).patient_id
    for report in (reports.build_registrations(service, date(2026, 3, 1), date(2026, 3, 31)),
                   reports.build_episode_summary(service, filled.long_episode),
                   reports.build_siber_basis(service),
                   reports.build_coverage(service, date(2026, 1, 1), date(2026, 11, 30)),
                   reports.build_audit_extract(service, patient_id)):
        text = csvout.to_csv(report)
        assert text.startswith("\ufeff") and "\r\n" in text, report.kind
        header, *rows = parse(text)
        assert header == [c.title.render() for c in csvout.exported(report.csv_table).columns]
        assert len(rows) == len(report.csv_table.rows) and all(len(r) == len(header) for r in rows)
        cells = [cell for row in rows for cell in row]
        assert not any(cell.startswith(("=", "+", "@")) for cell in cells), report.kind
        assert not any(re.fullmatch(r"\d{4}/\d{2}/\d{2}|\d{2}\.\d{2}\.\d{4}", cell) for cell in cells)
    siber = parse(csvout.to_csv(reports.build_siber_basis(service)))
    assert [c for row in siber for c in row if "Oroshjälpen Plus" in c and "+" in c] == ["'+Oroshjälpen Plus"]
