"""Reports as data: the same content for CSV, HTML and PDF, read from a realistic log."""

from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbtdesk.base.messages import Message
from kbtdesk.core import reports
from kbtdesk.core.reports import Cancelled, Column, Report, Section, Table, cell_text, to_html
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
    assert _column(report, "registration")[1] == "BR — Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051"
    assert report.therapist == "Tove Terapeut" and report.unit == "Psykiatri Affektiva, Sahlgrenska"


def test_registration_list_pending_and_masked(sample):
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30), pending=True, mask=True)
    assert len(report.csv_table.rows) == 4
    assert all(cell_text(v) == "Not registered" for v in _column(report, "registered"))
    assert set(_column(report, "identity")) == {"19640823-****", "19810829****", "19701063-****"}
    assert "3234" not in to_html(report)


def test_registration_list_uses_the_contacts_own_local_date(sample):
    # 00:30 local on 2 Nov is still 1 Nov in UTC
    sample.save_contact(ContactDraft(episode_id=EPISODE_1, at=datetime(2026, 11, 2, 0, 30, tzinfo=CET), type="TB",
                                     codes=("DU011",)))
    one_day = reports.build_registrations(sample, date(2026, 11, 2), date(2026, 11, 2))
    assert _column(one_day, "time") == ["00:30", "16:00"]
    assert reports.build_registrations(sample, date(2026, 11, 1), date(2026, 11, 1)).csv_table.rows == []


def test_periods_today_and_this_week():
    assert reports.period_today(NOW) == (date(2026, 11, 26), date(2026, 11, 26))
    assert reports.period_this_week(NOW) == (date(2026, 11, 23), date(2026, 11, 29))


def test_episode_summary_content(sample):
    report = reports.build_episode_summary(sample, EPISODE_1)
    fields = {f.label.source: cell_text(f.value) for f in report.fields}
    assert fields["Patient"] == "Åsa Öberg" and fields["Identity number"] == "19640823-3234"
    assert fields["Programme"] == "Depressionshjälpen Plus" and fields["EHR"] == "Asynja Visph"
    contacts, findings, measures, ending = report.sections
    assert len(contacts.table.rows) == 4
    assert any("ZV051" in cell_text(row[2]) for row in findings.table.rows)
    flagged = [measures.table.rows[i] for i in measures.table.marked]
    assert flagged and all("Item 9" in cell_text(row[4]) for row in flagged)
    (chart,) = measures.charts
    assert chart.kind == "line" and chart.series[0].flagged == (True, False)
    assert {f.label.source: cell_text(f.value) for f in ending.fields}["SibeR transfer (Medrave)"] == "Not transferred"


def test_siber_basis_per_ended_episode(sample):
    report = reports.build_siber_basis(sample)
    assert report.notice is not None and "not SibeR's own format" in report.notice.render()
    rows = {row[-1]: dict(zip([c.key for c in report.csv_table.columns], row)) for row in report.csv_table.rows}
    assert set(rows) == {EPISODE_1, "e0000000-0000-4000-8000-000000000003"}
    first = rows[EPISODE_1]
    assert (first["started"], first["ended"], cell_text(first["end_reason"])) == ("2026-08-03", "2026-10-12", "Completed")
    assert (first["contacts_BR"], first["contacts_TB"], first["contacts_planned-visit"], first["minutes"]) == (1, 1, 2, 130)
    assert (first["madrs-s_first"], first["madrs-s_last"]) == (28, 12)
    only = reports.build_siber_basis(sample, episode_id=EPISODE_1)
    assert len(only.csv_table.rows) == 1
    assert reports.build_siber_basis(sample, date(2026, 10, 15), date(2026, 10, 31)).csv_table.rows[0][-1].endswith("3")


def test_coverage_per_month(sample):
    report = reports.build_coverage(sample, date(2026, 8, 1), date(2026, 11, 30))
    by_month = {row[0]: row for row in report.csv_table.rows if isinstance(row[0], str)}
    assert by_month["2026-08"][1:4] == (3, 2, 66.7)
    assert by_month["2026-10"][7:10] == (2, 2, 100.0)
    assert by_month["2026-07" if "2026-07" in by_month else "2026-09"][3] in (None, 100.0)
    total = report.csv_table.rows[-1]
    assert cell_text(total[0]) == "Total" and total[1:3] == (5, 4)
    assert report.charts()[0].kind == "bar" and report.charts()[0].labels == ("2026-08", "2026-09", "2026-10", "2026-11")


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


def _one_cell_report(value: str) -> Report:
    table = Table([Column("note", Message("Report", "Note"))], rows=[(value,)])
    return Report("test", Message("Report", "Title"), "sv", NOW, "T <b>", "U", sections=[Section(table=table)])


HOSTILE = st.one_of(
    st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\tx", "\rx", "<script>alert(1)</script>",
                     "\u202eevil\u202c", "a&amp;b", "<b>inte</b>", "x" * 300, "Åsa Öberg åäöÅÄÖ"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    st.text(alphabet="=+-@<>&\"' \tåÅ\u202e\u2067x", max_size=30),
)


def _plain(html_text: str) -> str:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(html_text)
    return document.toRawText()  # toPlainText turns a no-break space into a space


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=HOSTILE)
def test_html_shows_user_text_as_text(qapp, value):
    plain = _plain(to_html(_one_cell_report(value))).replace("\u200b", "")
    expected = value.replace("\r\n", "\n").replace("\r", "\n")
    # QTextDocument keeps line breaks as line or paragraph separators
    normalised = plain.replace("\u2028", "\n").replace("\u2029", "\n")
    assert expected in normalised


def test_no_markup_from_user_input_survives(qapp):
    from PySide6.QtGui import QTextDocument

    html_text = to_html(_one_cell_report('<b>bold</b><img src="x"><a href="y">link</a><script>s</script>'))
    assert "<b>bold" not in html_text and "&lt;b&gt;bold" in html_text
    document = QTextDocument()
    document.setHtml(html_text)
    shown = document.toPlainText().replace("\u200b", "")  # break opportunities in a long word
    assert '<b>bold</b><img src="x"><a href="y">link</a><script>s</script>' in shown
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fmt = iterator.fragment().charFormat()
            assert not fmt.isAnchor() and not fmt.isImageFormat()
            iterator += 1
        block = block.next()


def test_html_isolates_right_to_left_text():
    html_text = to_html(_one_cell_report("\u202eabc"))
    assert "\u2068\u202eabc\u2069" in html_text
