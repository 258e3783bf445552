"""Printed and PDF reports: text that can be extracted, on every page the footer, headings repeated."""

import subprocess
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kbtdesk.core import reports
from kbtdesk.core.reports import Cancelled
from kbtdesk.core.service import ContactDraft

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
EPISODE_1 = "e0000000-0000-4000-8000-000000000001"
SV = {"Page {page} of {pages}": "Sida {page} av {pages}",
      "Printed from kbtdesk – does not replace the journal": "Utskrift från kbtdesk – ersätter inte journalen"}
FOOTER = "Utskrift från kbtdesk – ersätter inte journalen"

# pdftotext (poppler-utils) is a test requirement (scripts/system-deps.sh --test): without it these
# tests fail rather than skip, so a machine without it cannot pass them unread.


def sv(context, source):
    return SV.get(source, source)


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


@pytest.fixture
def sample(service):
    from kbtdesk.core.interchange import import_document

    import_document(service, SAMPLE.read_bytes())
    return service


def test_long_registration_list_paginates_with_footer_and_headings_on_every_page(qapp, sample, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    start = datetime(2026, 9, 1, 8, 0, tzinfo=timezone(timedelta(hours=2)))
    for n in range(200):
        sample.save_contact(ContactDraft(episode_id=EPISODE_1, at=start + timedelta(hours=5 * n), type="BR",
                                         codes=("DU011", "ZV044", "ZV051")))
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    pages = write_pdf(report, tmp_path / "list.pdf", sv)
    text = pdf_pages(tmp_path / "list.pdf")
    assert pages > 1 and len(text) == pages
    for number, page in enumerate(text, 1):
        assert FOOTER in page
        assert f"Sida {number} av {pages}" in page
        assert "Identity" in page and "KVÅ codes" in page  # the table heading, repeated
        assert "Psykiatri Affektiva, Sahlgrenska" in page and "Tove Terapeut" in page
        assert "Printed 2026-11-26 10:30" in page
    everything = "\n".join(text)
    assert everything.count("Åsa Öberg") == 204 and "Ängström" in everything
    assert "19640823-3234" in everything and "2026-09-01" in everything


def test_every_report_kind_has_its_content_as_text(qapp, sample, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    kinds = {
        "episode": reports.build_episode_summary(sample, EPISODE_1),
        "siber": reports.build_siber_basis(sample),
        "coverage": reports.build_coverage(sample, date(2026, 8, 1), date(2026, 11, 30)),
    }
    for name, report in kinds.items():
        write_pdf(report, tmp_path / f"{name}.pdf", sv)
    episode = "\n".join(pdf_pages(tmp_path / "episode.pdf"))
    for expected in ("Åsa Öberg", "Depressionshjälpen Plus", "DU011", "Code ZV051 is missing", "item 9: 4",
                     "<b>inte</", "Asynja Visph", FOOTER):
        assert expected in episode
    siber = "\n".join(pdf_pages(tmp_path / "siber.pdf"))
    assert "not SibeR's own format" in siber and "Stresshjälpen Plus" in siber and "19810829M071" in siber
    coverage = "\n".join(pdf_pages(tmp_path / "coverage.pdf"))
    assert "66,7" in coverage and "2026-08" in coverage and "Sida 1 av " in coverage
    assert "Visits with ZV044" in coverage and "vgr-kbt-pa-natet 2026.1 (2026-08-01 – 2026-11-30)" in coverage


def test_hostile_note_is_text_and_stays_on_the_page(qapp, sample, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    note = "<script>alert(1)</script> =cmd \u202eabc\u202c " + "y" * 200
    sample.save_contact(ContactDraft(episode_id=EPISODE_1, at=datetime(2026, 9, 1, 9, 0, tzinfo=UTC),
                                     type="TB", codes=("DU011",), note=note))
    write_pdf(reports.build_episode_summary(sample, EPISODE_1), tmp_path / "e.pdf", sv)
    text = "\n".join(pdf_pages(tmp_path / "e.pdf"))
    assert "<script>alert(1)</script>" in text
    # the long word is wrapped inside its column: every piece is there, no line runs off the page
    assert text.replace("\u200b", "").count("y") >= 200
    assert max(len(line) for line in text.splitlines()) < 200


def test_unwritable_target_and_cancel_leave_files_alone(qapp, sample, tmp_path):
    from kbtdesk.render.pdf import write_pdf

    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with pytest.raises(OSError):
        write_pdf(report, blocker / "x.pdf")
    existing = tmp_path / "old.pdf"
    existing.write_bytes(b"%PDF old")
    with pytest.raises(Cancelled):
        write_pdf(report, existing, cancelled=lambda: True)
    assert existing.read_bytes() == b"%PDF old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt", "log", "old.pdf"]


def test_printer_path_paints_the_same_pages(qapp, sample, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from kbtdesk.render.pdf import page_layout, paint

    report = reports.build_episode_summary(sample, EPISODE_1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageLayout(page_layout(report))
    pages = paint(report, printer, sv)
    assert len(pdf_pages(tmp_path / "printed.pdf")) == pages
    assert "Åsa Öberg" in pdf_pages(tmp_path / "printed.pdf")[0]


def test_preview_paints_through_paint_requested(qtbot, sample, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from kbtdesk.ui import printing

    painted = []
    monkeypatch.setattr(printing, "paint", lambda report, target, translate, progress, cancelled:
                        painted.append(report.kind))
    monkeypatch.setattr(QPrintPreviewDialog, "exec", lambda self: self.paintRequested.emit(self.printer()) or 0)
    printing.preview(None, reports.build_coverage(sample, date(2026, 8, 1), date(2026, 8, 31)))
    assert painted == ["coverage"]


def _cancel_open_progress_dialogs():
    from PySide6.QtWidgets import QApplication, QProgressDialog

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QProgressDialog):
            widget.cancel()


def _ops():
    from kbtdesk.ui.operations import LogOperations

    return LogOperations.of(None)


def _cancelled_first(build):
    """`build`, run once Cancel was pressed: the operation is cancelled before it reads a row."""
    import threading

    pressed = threading.Event()

    def held(progress, cancelled):
        assert pressed.wait(20)
        return build(progress, cancelled)

    def press():
        _ops().cancel()
        pressed.set()

    return held, press


def test_export_runner_writes_cancels_and_reports_errors(qtbot, sample, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from kbtdesk.ui import printing

    def build(progress, cancelled):
        return reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30), progress=progress,
                                           cancelled=cancelled)

    written = []
    assert printing.export(None, build, tmp_path / "a.csv", printing.FORMAT_CSV, then=written.append)
    assert _ops().wait(20000)
    assert written == [tmp_path / "a.csv"]
    assert (tmp_path / "a.csv").read_bytes().startswith(b"\xef\xbb\xbf")

    held, press = _cancelled_first(build)
    assert printing.export(None, held, tmp_path / "b.pdf", printing.FORMAT_PDF, then=written.append)
    press()
    assert _ops().wait(20000)
    assert len(written) == 1 and not (tmp_path / "b.pdf").exists()

    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: errors.append(text))
    assert printing.export(None, build, tmp_path / "file.csv" / "x.csv", printing.FORMAT_CSV, then=written.append)
    assert _ops().wait(20000)
    assert errors and "Nothing was written" in errors[0] and len(written) == 1


def test_reading_the_log_for_the_printer_can_be_cancelled(qtbot, sample):
    from kbtdesk.ui import printing

    def build(progress, cancelled):
        return reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30), progress=progress,
                                           cancelled=cancelled)

    got = []
    assert printing.gather(None, build, got.append)
    assert _ops().wait(20000)
    assert len(got) == 1 and got[0].kind == reports.KIND_REGISTRATIONS

    held, press = _cancelled_first(build)
    assert printing.gather(None, held, got.append)
    press()
    assert _ops().wait(20000)
    assert len(got) == 1


def _pdf_printer_for(tmp_path, monkeypatch):
    """The print dialog accepted, and "the printer" a PDF file, so that what was sent can be read."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from kbtdesk.ui import printing

    made = []
    real = printing._printer

    def pdf_printer(report):
        printer = real(report)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        made.append(printer)
        return printer

    monkeypatch.setattr(printing, "_printer", pdf_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Accepted.value)
    return made


def test_printing_paints_every_page_and_cancel_aborts_the_job(qtbot, sample, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    from kbtdesk.ui import printing

    _pdf_printer_for(tmp_path, monkeypatch)
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    table = report.sections[report.csv_section].table
    table.rows = table.rows * 40  # a few pages
    sent = []
    assert printing.print_dialog(None, report, sent.append, then=lambda: sent.append("sent"))
    assert _ops().wait(20000)
    assert sent == [report, "sent"]  # recorded once the job was sent
    pages = len(pdf_pages(tmp_path / "printed.pdf"))
    assert pages >= 3

    (tmp_path / "printed.pdf").unlink()
    import threading

    seen = []
    pressed = threading.Event()
    real_paint = printing.paint

    def paint(report, target, translate, progress, cancelled):
        def held(done, total):
            progress(done, total)  # raises once Cancel was pressed
            seen.append((done, total))
            if done == 1:
                assert pressed.wait(20)  # Cancel is pressed while the first page is out

        return real_paint(report, target, translate, held, cancelled)

    def press(done, _total):
        if done == 1:
            _ops().cancel()
            pressed.set()

    monkeypatch.setattr(printing, "paint", paint)
    _ops().progressed.connect(press)
    aborted = []
    real_pdf_printer = printing._printer

    def spied(report):  # Qt's PDF engine cannot abort a job (Windows' print engine can): a spy
        printer = real_pdf_printer(report)
        printer.abort = lambda: aborted.append(printer.printerState()) or False
        return printer

    recorded = []
    monkeypatch.setattr(printing, "_printer", spied)
    try:
        assert printing.print_dialog(None, report, recorded.append, then=lambda: recorded.append("sent"))
        assert _ops().wait(20000)
    finally:
        _ops().progressed.disconnect(press)
    assert seen == [(1, pages)]  # stopped before the second page
    assert aborted == [QPrinter.PrinterState.Active]  # asked while the job was still open
    assert recorded == []  # nothing sent, nothing recorded


def test_a_cancelled_preview_keeps_the_pages_painted_so_far(qtbot, sample, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrintPreviewDialog
    from PySide6.QtWidgets import QMessageBox

    from kbtdesk.ui import printing

    _pdf_printer_for(tmp_path, monkeypatch)  # no printer here: the preview paints on a PDF one
    errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: errors.append(text))
    report = reports.build_registrations(sample, date(2026, 8, 1), date(2026, 11, 30))
    outcome = []

    def show(self):
        _cancel_open_progress_dialogs()  # nothing open yet: the paint below opens its own
        real_progress = printing.Working.progress

        def cancel_at_once(work, done, total):
            work.dialog.cancel()
            real_progress(work, done, total)

        monkeypatch.setattr(printing.Working, "progress", cancel_at_once)
        self.paintRequested.emit(self.printer())  # as the dialog does when it shows
        outcome.append("painted")
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    assert printing.preview(None, report) == 0  # no exception escaped the paint
    assert outcome == ["painted"] and errors == []


def test_real_swedish_catalogue(qapp, sample, tmp_path):
    from kbtdesk.render.pdf import write_pdf
    from kbtdesk.translation import translate_function

    translate = translate_function("sv")
    assert translate("Report", "Page {page} of {pages}") == "Sida {page} av {pages}", "run `make translations`"
    assert translate("Report", "Printed from kbtdesk – does not replace the journal") == FOOTER
    write_pdf(reports.build_coverage(sample, date(2026, 8, 1), date(2026, 8, 31)), tmp_path / "c.pdf", translate)
    page = pdf_pages(tmp_path / "c.pdf")[0]
    assert FOOTER in page and "Sida 1 av 1" in page


def test_the_preview_opens_at_a_readable_size_fitting_the_page_width(qtbot, sample, tmp_path, monkeypatch):
    from PySide6.QtCore import QSize
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    from kbtdesk.ui import printing

    _pdf_printer_for(tmp_path, monkeypatch)
    seen = {}

    def show(self):
        self.show()
        qtbot.waitExposed(self)
        widget = self.findChild(QPrintPreviewWidget)
        seen.update(size=self.size(), mode=widget.zoomMode(), zoom=widget.zoomFactor(),
                    view=widget.viewMode(), screen=self.screen().availableGeometry().size())
        self.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", show)
    printing.preview(None, reports.build_episode_summary(sample, EPISODE_1))
    assert seen["mode"] == QPrintPreviewWidget.ZoomMode.FitToWidth
    assert seen["view"] == QPrintPreviewWidget.ViewMode.SinglePageView
    # Qt's default was about 690×515 px (A4 at 38 %); now as large as a page or 90 % of the screen
    expected = printing.preview_size(False, seen["screen"])
    assert seen["size"] == expected and expected.width() > 690 and expected.height() > 515
    assert seen["zoom"] > 0.7  # a zoom of 1 is the page at its printed size
    # on a large screen the whole width of an A4 page at its printed size, and most of its height
    assert printing.preview_size(False, QSize(1920, 1080)) == QSize(884, 972)
    assert printing.preview_size(True, QSize(1920, 1080)).width() == 1213
