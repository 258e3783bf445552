"""The episode summary gives a note the width it needs: notes print in a table of their own, as
wide as the page, instead of a narrow last column of the contacts (issue 14.6: a long note ran
over pages, one word a line)."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest

from kbtdesk.core import csvout, reports
from kbtdesk.core.service import ContactDraft
from kbtdesk.render import layout
from tests.helpers.fixtures import NOW
from tests.render.test_layout import _writer, pdf_pages, sv

WORDS = "Patienten beskriver sömnsvårigheter och oro inför arbetsåtergång; vi gick igenom beteendeaktiveringen. "
LONG = (WORDS * 15).strip()


@pytest.fixture
def summary(service, episode):
    for week in range(20):
        at = NOW - timedelta(weeks=20 - week)
        note = LONG if week == 5 else (f"Återkoppling på modul {week}." if week % 2 else "")
        service.save_contact(ContactDraft(episode_id=episode.id, at=at, type="BR", codes=("DU011", "ZV044", "ZV051"),
                                          note=note, journal_done=at, registered=at))
    return reports.build_episode_summary(service, episode.id)


def test_notes_have_a_table_of_their_own_as_wide_as_the_page(qapp, summary, tmp_path):
    titles = [s.title.source if s.title else None for s in summary.sections]
    assert titles[:2] == ["Contacts", "Notes"]
    contacts, notes = summary.sections[0].table, summary.sections[1].table
    assert "note" not in [c.key for c in contacts.columns if c.printed]
    assert len(notes.rows) == 10  # the contacts that have a note, in order, each by its time
    setter = layout.Typesetter("DejaVu Sans", _writer(tmp_path, summary))
    width = setter.mm(178)
    fitted = layout.TableLayout(setter, notes, width, 8.5, sv, "sv")
    note_column = fitted.columns[1]
    assert note_column.width > 0.75 * width
    long_row = next(b for b in fitted.blocks()[1:] if "beteendeaktiveringen" in " ".join(b.cells[1].lines))
    assert len(long_row.cells[1].lines) <= 20  # was 62 lines of one or two words
    # the contacts table now fits the codes on one line
    rows = layout.TableLayout(setter, contacts, width, 8.5, sv, "sv").blocks()[1:]
    assert all(len(row.cells[3].lines) == 1 for row in rows)


def test_the_csv_keeps_the_note_beside_its_contact(summary):
    text = csvout.to_csv(summary)
    assert LONG in text
    header = text.splitlines()[0]
    assert "Note" in header


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_the_summary_with_a_long_note_takes_two_pages_not_four(qapp, summary, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    pages = write_pdf(summary, tmp_path / "e.pdf", sv)
    assert pages <= 2
    text = " ".join(" ".join(pdf_pages(tmp_path / "e.pdf")).split())
    assert "Återkoppling på modul 19." in text and text.count("beteendeaktiveringen") == 15
