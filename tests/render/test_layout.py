"""The page layout of reports: text never lost or interpreted, words and numbers never broken,
rows kept whole, the widths from the content; and every report kind of a wide, long log read
back with `pdftotext -layout` (issue 15's "done when")."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kbtdesk.base.messages import Message
from kbtdesk.core import reports
from kbtdesk.core.reports import Column, Report, Section, Table, cell_text
from kbtdesk.core.service import ContactDraft
from kbtdesk.render import charts, layout
from tests.helpers.fixtures import NOW
from tests.helpers.wide_log import fill_wide_log

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
SV = {"Page {page} of {pages}": "Sida {page} av {pages}"}


def sv(context, source):
    return SV.get(source, source)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def _writer(tmp_path, report):
    from PySide6.QtGui import QPdfWriter

    from kbtdesk.render.pdf import PDF_RESOLUTION, page_layout

    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(report))
    return writer


def _one_cell_report(value: str, column: str = "Note") -> Report:
    table = Table([Column("note", Message("Report", column))], rows=[(value,)])
    return Report("test", Message("Report", "Title"), "sv", NOW, "T <b>", "U", sections=[Section(table=table)])


# -- lines of text ---------------------------------------------------------------------------------

def _advance(text: str) -> float:
    return 7.0 * len(text)  # a monospaced stand-in: each character 7 units wide


@given(text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=120), width=st.integers(7, 300))
def test_wrapping_loses_no_character(text, width):
    lines = layout.wrap(text, width, _advance)
    # Lines break at spaces (the spaces at the break are dropped) or inside a word wider than the line.
    def solid(value):
        return "".join(ch for ch in value if ch not in layout.SPACES)

    assert solid("".join(lines)) == solid(text)
    assert all(_advance(line) <= width or len(line) == 1 for line in lines)


@given(width=st.integers(7, 200), before=st.text("ab ", max_size=20))
def test_dates_times_codes_and_identity_numbers_never_break(width, before):
    tokens = ["2026-03-01", "09:00", "19640823-3234", "19810829M071", "DU011", "MADRS-S"]
    text = before + " " + " ".join(tokens)
    lines = layout.wrap(text, max(width, _advance("19640823-3234")), _advance)
    pieces = " ".join(lines).split()
    for token in tokens:
        assert token in pieces


def test_a_double_name_breaks_after_its_hyphen_a_heading_never_inside_a_word():
    assert layout.wrap("Anna-Karin Östergren-Wallenbergsson", _advance("Wallenbergsson"), _advance) == [
        "Anna-Karin", "Östergren-", "Wallenbergsson"]
    # a heading: whole words, even when one is wider than its column
    assert layout.wrap("Identitetsnummer", _advance("Identitets"), _advance, inside_words=False) == [
        "Identitetsnummer"]
    assert layout.wrap("KVÅ-koder", _advance("KVÅ-"), _advance, inside_words=False) == ["KVÅ-koder"]


HOSTILE = st.one_of(
    st.sampled_from(["=cmd|' /C calc'!A0", "+1", "-1", "@x", "\tx", "\rx", "<script>alert(1)</script>",
                     "\u202eevil\u202c", "a&amp;b", "<b>inte</b>", "x" * 300, "Åsa Öberg åäöÅÄÖ"]),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    st.text(alphabet="=+-@<>&\"' \tåÅ\u202e\u2067x", max_size=30),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=HOSTILE)
def test_user_text_is_laid_out_as_text(qapp, tmp_path, value):
    """What a cell shows is the value itself, never markup; only line breaks and tabs change."""
    report = _one_cell_report(value)
    table_layout = layout.TableLayout(layout.Typesetter("DejaVu Sans", _writer(tmp_path, report)),
                                      report.csv_table, 2000.0, 8.5, sv, "sv")
    (header, row) = table_layout.blocks()
    def solid(text):
        return "".join(ch for ch in text if ch not in layout.SPACES)

    shown = solid("".join(row.cells[0].lines))
    expected = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    expected = expected.replace("\n", "").replace("\u2028", "").replace("\u2029", "")
    assert shown == solid(expected)
    assert row.cells[0].isolate  # user text: each line drawn isolated against bidi reordering


@needs_pdftotext
def test_markup_and_bidi_controls_in_a_name_stay_in_their_cell(qapp, sample_with_hostile_name, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    report = reports.build_registrations(sample_with_hostile_name, date(2026, 11, 1), date(2026, 11, 30))
    write_pdf(report, tmp_path / "r.pdf", sv)
    text = "\n".join(pdf_pages(tmp_path / "r.pdf"))
    # the override reverses the name in its own cell, and nothing beyond it; the markup is shown
    line = next(line for line in text.splitlines() if "19640823-3234" in line)
    assert "2026-11-02" in line and "09:00" in line and "DU011 ZV044 ZV051" in line
    assert "<" in line and ">" in line and "Tove" in line[::-1] + line


@pytest.fixture
def sample_with_hostile_name(service):
    patient = service.add_patient("640823-3234", "\u202e<b>Tove</b> Öberg")
    episode = service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 10, 1))
    service.save_contact(ContactDraft(episode_id=episode.id, at=datetime(2026, 11, 2, 9, 0, tzinfo=UTC),
                                      type="TB", codes=("DU011", "ZV044", "ZV051")))
    return service


# -- columns ---------------------------------------------------------------------------------------

def test_the_column_that_wants_least_gets_all_it_wants_first():
    widths, spare = layout.share_out([10.0, 10.0, 10.0], [15.0, 60.0, 60.0], 30.0)
    assert widths == [15.0, 22.5, 22.5] and spare == 0.0
    widths, spare = layout.share_out([10.0, 10.0], [12.0, 14.0], 30.0)
    assert widths == [12.0, 14.0] and spare == 24.0


def test_one_long_value_does_not_make_every_other_row_wrap(qapp, tmp_path):
    """The log extract: one export's long detail wanted as much width as the user's name on every
    row, and every row's name wrapped ("Johansson-|Åkerlund"). A column wants what most of its rows need."""
    name = "Maria-Louise Johansson-Åkerlund"
    detail = "registrations 2026-03-01..2026-03-31; patients counted in the export and recorded with it " * 3
    columns = [Column("seq", Message("Report", "No"), numeric=True),
               Column("time", Message("Report", "Time"), nowrap=True), Column("event", Message("Report", "Event")),
               Column("record", Message("Report", "Record")), Column("user", Message("Report", "User")),
               Column("detail", Message("Report", "Details"))]
    rows = [(1000 + n, "2026-11-26 09:30", "exporterad csv", "kontakt", name, detail if n == 7 else "")
            for n in range(40)]
    table = Table(columns, rows=rows)
    report = Report("test", Message("Report", "Title"), "sv", NOW, sections=[Section(table=table)])
    setter = layout.Typesetter("DejaVu Sans", _writer(tmp_path, report))
    fitted = layout.TableLayout(setter, table, setter.mm(178), 8.5, sv, "sv")
    blocks = fitted.blocks()[1:]
    assert [len(row.cells[4].lines) for n, row in enumerate(blocks) if n != 7] == [1] * 39
    assert len(blocks[7].cells[5].lines) > 1  # the long detail wraps on its own row instead


def test_a_table_too_wide_for_the_page_is_set_smaller_until_it_fits(qapp, tmp_path):
    columns = [Column(f"c{n}", Message("Report", f"Heading{n}"), nowrap=True) for n in range(7)]
    table = Table(columns, rows=[tuple("2026-03-01 09:00" for _ in columns)])
    report = Report("test", Message("Report", "Title"), "sv", NOW, sections=[Section(table=table)])
    setter = layout.Typesetter("DejaVu Sans", _writer(tmp_path, report))
    width = setter.mm(178)
    fitted = layout.TableLayout(setter, table, width, 8.5, sv, "sv")
    assert fitted.points < 8.5 and sum(c.width for c in fitted.columns) <= width + 0.01
    need, _ = fitted._needs(fitted.points)
    assert all(c.width >= n - 0.01 for c, n in zip(fitted.columns, need, strict=True))  # no value cut


# -- charts ----------------------------------------------------------------------------------------

def test_chart_axes_run_to_the_instruments_own_maximum():
    assert charts.y_ticks(54)[0] == 0 and charts.y_ticks(54)[-1] == 54  # MADRS-S: 0–54, not 0–60
    assert charts.y_ticks(100) == [0, 20, 40, 60, 80, 100]
    assert charts.y_ticks(27)[-1] == 27 and charts.y_ticks(144)[-1] == 144


def test_chart_values_in_swedish_have_a_decimal_comma():
    assert charts.value_text(12.5, "sv") == "12,5" and charts.value_text(12.5, "en") == "12.5"
    assert charts.value_text(100.0, "sv") == "100" and charts.value_text(28, "sv") == "28"


@given(count=st.integers(1, 60), width=st.floats(100, 900), label=st.integers(20, 90))
def test_x_labels_first_last_evenly_spaced_never_touching_never_outside(count, width, label):
    left, right = 0.0, width
    slot = (right - 40) / count
    centres = [30 + slot * (i + 0.5) for i in range(count)]
    spots = charts.spaced_labels(centres, [float(label)] * count, left, right)
    indexes = [i for i, _ in spots]
    assert indexes[0] == 0

    def placed(i):
        return min(max(centres[i] - label / 2, left), right - label)

    if count > 1 and indexes[-1] != count - 1:  # the last is left out only when first and last would touch
        assert placed(0) + label + charts.LABEL_GAP > placed(count - 1)
    for (_, a), (_, b) in zip(spots, spots[1:], strict=False):
        assert a + label + charts.LABEL_GAP <= b + 1e-6
    assert all(left - 1e-6 <= x and x + label <= right + 1e-6 for _, x in spots)
    gaps = {b - a for a, b in zip(indexes, indexes[1:], strict=False)}
    assert not gaps or max(gaps) - min(gaps) <= 1  # evenly spaced


# -- every report kind of a wide, long log ----------------------------------------------------------

@pytest.fixture(scope="module")
def wide(tmp_path_factory):
    """A log as wide and long as real ones get (tests/helpers/wide_log.py), reports rendered once."""
    from PySide6.QtGui import QGuiApplication

    from kbtdesk.core.rules import load_ruleset
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF
    from kbtdesk.paths import LogPaths
    from kbtdesk.render.pdf import write_pdf
    from kbtdesk.translation import translate_function
    from tests.helpers.fixtures import PASSPHRASE

    QGuiApplication.instance() or QGuiApplication([])
    folder = tmp_path_factory.mktemp("wide")
    log = create_log(LogPaths(folder / "log.db"), PASSPHRASE, TEST_KDF)
    service = LogService(log.engine, load_ruleset(), now=lambda: NOW)
    filled = fill_wide_log(service)
    patient_id = service.episode(filled.long_episode).patient_id
    built = {
        "registrations": reports.build_registrations(service, date(2026, 3, 1), date(2026, 4, 30)),
        "episode": reports.build_episode_summary(service, filled.long_episode, mask=True),
        "siber": reports.build_siber_basis(service),
        "coverage": reports.build_coverage(service, date(2026, 1, 1), date(2026, 11, 30)),
        "audit": reports.build_audit_extract(service, patient_id, mask=True),
    }
    translate = translate_function("sv")
    pages = {}
    for name, report in built.items():
        write_pdf(report, folder / f"{name}.pdf", translate)
        pages[name] = pdf_pages(folder / f"{name}.pdf")
    yield service, filled, built, pages, folder
    log.close()


#: A date (or a month), a time, an identity number or a KVÅ code as it is printed.
TOKENS = re.compile(r"^(\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{2}:\d{2}|\d{8}-(\d{4}|\*{4})|\d{8}[KMX]\d{3}|\d{8}\*{4}|"
                    r"[A-ZÅÄÖ]{2}\d{3}|[A-ZÅÄÖ]{3}\d{2})$")


def _printed_tokens(report) -> list[str]:
    """Every date, time, identity number and code in the printed cells and fields of a report."""
    found = []
    cells = [f.value for f in report.fields]
    for section in report.sections:
        cells += [f.value for f in section.fields]
        if section.table is not None:
            shown = [n for n, c in enumerate(section.table.columns) if c.printed]
            cells += [row[n] for row in section.table.rows for n in shown]
    for value in cells:
        text = cell_text(value) if not isinstance(value, datetime) else value.strftime("%Y-%m-%d %H:%M")
        found += [piece for piece in text.split() if TOKENS.match(piece)]
    return found


@needs_pdftotext
@pytest.mark.slow
@pytest.mark.parametrize("name", ["registrations", "episode", "siber", "coverage", "audit"])
def test_every_date_time_code_and_identity_number_is_whole_on_one_line(wide, name):
    _service, _filled, built, pages, _folder = wide
    text = "\n".join(pages[name])
    tokens = _printed_tokens(built[name])
    assert tokens or name == "coverage"
    for token in set(tokens):
        # as often whole in the extracted text as in the report's cells (the header may add more)
        assert text.count(token) >= tokens.count(token), token
    # and no piece of one at the end or start of a line
    for line in text.splitlines():
        assert not re.search(r"(\d{4}-\d{2}-|\d{4}-|\d{8}-)$", line.rstrip()), line
        assert not re.match(r"^\s*(-\d{2}|\d{2}-\d{2}\b|\d{4}$)", line), line


@needs_pdftotext
@pytest.mark.slow
def test_every_page_of_the_episode_summary_names_its_patient_and_episode(wide):
    _service, filled, built, pages, _folder = wide
    report = built["episode"]
    assert len(report.sections[0].table.rows) == 200 and len(report.charts()) == 4
    assert len(pages["episode"]) > 10
    for number, page in enumerate(pages["episode"], 1):
        assert filled.long_patient_name in page and "19500101-****" in page, number
        assert "Ångesthjälpen Ung Plus" in page and "2026-01-26" in page, number
        assert f"Sida {number} av {len(pages['episode'])}" in page
    for number, page in enumerate(pages["audit"], 1):
        assert filled.long_patient_name in page and "19500101-****" in page, number


@needs_pdftotext
@pytest.mark.slow
@pytest.mark.parametrize("name", ["registrations", "episode", "siber", "coverage", "audit"])
def test_every_page_header_names_the_whole_care_unit_and_therapist(wide, name):
    """A long unit name is not cut ("Mottagningen för …" was) when the therapist has to share the
    line with it and the title: the therapist goes to a line of their own in the header."""
    from tests.helpers.wide_log import THERAPIST, UNIT

    for number, page in enumerate(wide[3][name], 1):
        head = " ".join(page.split("\n")[:3])
        assert UNIT in head and THERAPIST in head and "…" not in head, (name, number)


@needs_pdftotext
@pytest.mark.slow
def test_wide_lists_go_landscape_with_their_header_on_every_page(wide):
    _service, _filled, built, pages, folder = wide
    for name in ("registrations", "siber", "coverage"):
        assert built[name].landscape
        size = subprocess.run(["pdfinfo", str(folder / f"{name}.pdf")], capture_output=True, text=True).stdout
        width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", size).groups())
        assert width > height, name
    for page in pages["registrations"]:
        assert "Identitetsnummer" in page and "KVÅ-koder" in page
    for page in pages["siber"]:
        assert "Skattningsskalor" in page and "LSAS-SR" in page and "PDSS-SR" in page
    # six instruments of thirty ended episodes on a few readable pages (were nine, five rows a page)
    assert len(pages["siber"]) <= 4


def _laid_out(report, tmp_path):
    from kbtdesk.render.pdf import lay_out

    return lay_out(report, _writer(tmp_path, report))


@pytest.mark.slow
@pytest.mark.parametrize("name", ["registrations", "episode", "siber", "coverage", "audit"])
def test_rows_are_never_split_and_headings_never_break_inside_a_word(wide, tmp_path, name):
    report = wide[2][name]
    pages = _laid_out(report, tmp_path).pages
    height = _laid_out(report, tmp_path).height
    for page in pages:
        for block, top in page.blocks:
            assert top + block.height <= height + 1.0  # nothing runs into the footer
            if isinstance(block, layout.TableRow):
                whole = all(first == 0 and stop in (None, len(cell.lines))
                            for cell, (first, stop) in zip(block.cells, block.ranges, strict=True))
                if not whole:  # only a row taller than a page is split
                    assert max(len(c.lines) * c.line_height for c in block.cells) > height / 2
            if isinstance(block, layout.TableHeader):
                for column, title in zip(block.layout.columns, block.titles, strict=True):
                    assert " ".join(title.lines).split() == column.title.split()


@pytest.mark.slow
def test_a_ten_megabyte_note_prints_in_a_second_with_a_visible_note(qapp, service, episode, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    words = "Patienten beskriver sömnsvårigheter och oro inför arbetsåtergång. "
    note = (words * (10 * 2**20 // len(words) + 1))[:10 * 2**20]
    service.save_contact(ContactDraft(episode_id=episode.id, at=NOW - timedelta(days=1), type="TB",
                                      codes=("DU011",), note=note))
    started = time.perf_counter()
    report = reports.build_episode_summary(service, episode.id)
    pages = write_pdf(report, tmp_path / "e.pdf", sv)
    seconds = time.perf_counter() - started
    assert seconds < 10  # measured 0.16 s here; over 100 s before
    assert pages < 20
    if shutil.which("pdftotext"):
        text = "\n".join(pdf_pages(tmp_path / "e.pdf")).replace("\n", " ")
        assert "[Shortened in print:" in " ".join(text.split()) and "10 485 760" in " ".join(text.split())
    # the CSV keeps the note whole
    from kbtdesk.core import csvout

    assert note in csvout.to_csv(report)

