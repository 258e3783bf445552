"""Menus, the export and print dialog, and the copy-ready texts, driven from the main window."""

from __future__ import annotations

import csv
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QComboBox, QDateEdit, QPushButton, QRadioButton

from kbtdesk.core import reports
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import printing
from kbtdesk.ui.exports import ExportDialog
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture
def contact(service, episode):
    """A message contact of Åsa Öberg two days ago (this week), not yet registered."""
    at = NOW - timedelta(days=2)
    return service.save_contact(ContactDraft(episode_id=episode.id, at=at, type="BR",
                                             codes=("DU011", "ZV044", "ZV051"), journal_done=at))


@pytest.fixture
def window(qtbot, service, episode, contact, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language="sv", settings=settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_episode(episode.id)
    win.episode_view.contacts.selectRow(0)
    qtbot.waitUntil(lambda: win.episode_view.selected_contact_id() == contact.id)
    return win


@pytest.fixture
def dialog(qtbot, service, episode, contact):
    made = ExportDialog(None, service, "sv", episode.id)
    qtbot.addWidget(made)
    return made


@pytest.fixture
def previews(monkeypatch):
    """printing.preview patched at the module seam: the reports it was given; 'printed' from the preview."""
    shown = []

    def preview(parent, report):
        shown.append(report)
        return 1

    monkeypatch.setattr(printing, "preview", preview)
    return shown


def finished(dialog_or_window) -> None:
    """Wait, as a user would, for the output started by a click (it runs in the background)."""
    assert dialog_or_window.operations.wait(20000)


def exports_of(service):
    return [e for e in service.audit_entries() if e.action in ("export", "print")]


# -- menus ------------------------------------------------------------------------------------

def test_menus_hold_the_same_actions_as_the_toolbar(window):
    menus = window.menus
    assert [a.objectName() for a in menus["menuFile"].actions() if not a.isSeparator()] == [
        "newEpisode", "newContact", "exportAndPrint", "printEpisodeSummary", "auditTrail", "lockNow", "quit"]
    assert [a.objectName() for a in menus["menuEdit"].actions() if not a.isSeparator()] == [
        "undo", "redo", "editContact", "deleteContact", "copyRegistration", "copyNoteSkeleton", "find", "settings"]
    assert [a.objectName() for a in menus["menuView"].actions()] == ["worklist", "outageMode"]
    assert [a.objectName() for a in menus["menuHelp"].actions() if not a.isSeparator()] == ["userGuide", "about"]
    toolbar = window.toolbar.actions()
    for shared in (window.act.new_episode, window.act.new_contact, window.act.worklist, window.act.outage,
                   window.act.settings, window.act.undo, window.act.export, window.act.lock):
        assert shared in toolbar
    assert window.menus["menuFile"].actions()[0] is window.toolbar.actions()[0]  # the same QAction, not a copy
    assert window.act.export.shortcut().toString() == "Ctrl+P"
    assert window.act.user_guide.shortcut().toString() == "F1"
    for menu in menus.values():
        assert menu.title()
        for action in menu.actions():
            assert action.isSeparator() or (action.objectName() and action.text())


def test_toggling_worklist_from_the_menu_checks_the_toolbar_button(window):
    window.menus["menuView"].actions()[0].trigger()
    assert window.act.worklist.isChecked() and window.pages.currentIndex() == 1


def test_contact_actions_follow_the_selection(window):
    assert window.act.copy_registration.isEnabled() and window.act.copy_note.isEnabled()
    window.episode_view.contacts.clearSelection()
    window._update_actions()
    assert not window.act.copy_registration.isEnabled() and not window.act.copy_note.isEnabled()


# -- copy-ready text --------------------------------------------------------------------------

def test_copy_registration_puts_the_registration_on_the_clipboard(window):
    window.act.copy_registration.trigger()
    expected = "BR \u2014 Skriftlig distanskontakt som ersätter besök; KVÅ: DU011 ZV044 ZV051"
    assert QGuiApplication.clipboard().text() == expected
    assert expected in window.statusBar().currentMessage()


def test_copy_registration_in_english(window):
    window.language = "en"
    window.act.copy_registration.trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("BR \u2014 ") and text.endswith("; KVÅ: DU011 ZV044 ZV051")
    assert "Skriftlig" not in text


def test_copy_note_skeleton_uses_the_units_headings(window, service):
    service.set_setting("template_headings", {"asynja-visph": ["Kontaktorsak", "Bedömning", "Planering"]})
    window.act.copy_note.trigger()
    assert QGuiApplication.clipboard().text() == "Kontaktorsak:\n\nBedömning:\n\nPlanering:\n"
    assert window.statusBar().currentMessage()


def test_contacts_table_context_menu_offers_the_copy_actions(window):
    contacts = window.episode_view.contacts
    assert contacts.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu
    names = [a.objectName() for a in contacts.actions()]
    for name in ("editContact", "deleteContact", "copyRegistration", "copyNoteSkeleton"):
        assert name in names


# -- the export dialog ------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [reports.KIND_REGISTRATIONS, reports.KIND_EPISODE, reports.KIND_SIBER,
                                  reports.KIND_COVERAGE])
def test_each_kind_builds_and_previews(dialog, previews, service, kind):
    dialog.set_kind(kind)
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    finished(dialog)
    assert len(previews) == 1 and previews[0].kind == kind
    printed = exports_of(service)
    assert [(e.action, e.record_kind) for e in printed] == [("print", "print")]
    assert printed[0].detail.startswith(kind)
    assert printed[0].patient_id == (service.episode_detail(dialog.episode_id).patient.id
                                     if kind == reports.KIND_EPISODE else None)


def test_registration_list_this_week_lists_the_contact_masked(dialog, previews):
    dialog.preview_button.click()
    finished(dialog)
    report = previews[0]
    rows = report.csv_table.rows
    assert len(rows) == 1 and rows[0][2] == "Åsa Öberg" and rows[0][3] == "19640823-****"
    dialog.hide_identity.setChecked(False)
    dialog.preview_button.click()
    finished(dialog)
    assert previews[1].csv_table.rows[0][3] == "19640823-3234"


def test_closing_the_preview_without_printing_records_nothing(dialog, monkeypatch, service):
    monkeypatch.setattr(printing, "preview", lambda parent, report: 0)
    dialog.preview_button.click()
    finished(dialog)
    assert exports_of(service) == []


def test_period_presets_and_chosen_dates(dialog, qtbot):
    expected = {"today": (date(2026, 11, 26), date(2026, 11, 26)),
                "this-week": (date(2026, 11, 23), date(2026, 11, 29)),
                "last-week": (date(2026, 11, 16), date(2026, 11, 22)),  # Monday's list for registration staff
                "this-month": (date(2026, 11, 1), date(2026, 11, 30)),
                "last-month": (date(2026, 10, 1), date(2026, 10, 31))}
    for which, (start, end) in expected.items():
        dialog.period_buttons[which].click()
        assert (dialog.choice().start, dialog.choice().end) == (start, end)
        # the preset's dates are shown, and cannot be edited
        assert (dialog.date_from.date().toPython(), dialog.date_to.date().toPython()) == (start, end)
        assert not dialog.date_from.isEnabled()
    dialog.set_period("custom", date(2026, 10, 1), date(2026, 10, 31))
    assert dialog.date_from.isEnabled() and dialog.date_to.isEnabled()
    assert (dialog.choice().start, dialog.choice().end) == (date(2026, 10, 1), date(2026, 10, 31))
    dialog.set_period("custom", date(2026, 11, 1), date(2026, 10, 1))
    assert not dialog.preview_button.isEnabled() and not dialog.csv_button.isEnabled()
    assert dialog.period_error.text() == "The first day is after the last day."


def test_the_period_is_remembered_per_report(qtbot, service, episode, contact, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    first = ExportDialog(None, service, "sv", episode.id, settings=settings)
    qtbot.addWidget(first)
    assert first.current_period() == "this-week"
    first.period_buttons["last-week"].click()
    first.set_kind(reports.KIND_SIBER)
    first.set_period("custom", date(2026, 1, 1), date(2026, 6, 30))
    first.set_kind(reports.KIND_COVERAGE)
    assert first.current_period() == "this-month"  # coverage's own default, untouched by the others
    first.set_kind(reports.KIND_REGISTRATIONS)
    assert first.current_period() == "last-week"

    again = ExportDialog(None, service, "sv", episode.id, settings=settings)  # the next Monday
    qtbot.addWidget(again)
    assert again.current_period() == "last-week"
    again.set_kind(reports.KIND_SIBER)
    assert again.current_period() == "custom"
    assert (again.choice().start, again.choice().end) == (date(2026, 1, 1), date(2026, 6, 30))


def test_the_buttons_stay_put(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)

    def places():
        return [dialog.mapTo(dialog, b.pos()) for b in (dialog.preview_button, dialog.csv_button,
                                                        dialog.close_button)], dialog.size()

    start = places()
    for step in (lambda: dialog.set_kind(reports.KIND_EPISODE), lambda: dialog.set_kind(reports.KIND_SIBER),
                 lambda: dialog.set_period("custom", date(2026, 11, 1), date(2026, 10, 1)),  # the error shows
                 lambda: dialog.period_buttons["last-month"].click(),
                 lambda: dialog.set_kind(reports.KIND_COVERAGE)):
        step()
        qtbot.wait(10)
        assert places() == start


def test_chosen_dates_outside_the_contact_give_an_empty_list(dialog, previews):
    dialog.set_period("custom", date(2026, 1, 1), date(2026, 1, 31))
    dialog.preview_button.click()
    finished(dialog)
    assert previews[0].csv_table.rows == []


def test_options_that_do_not_apply_are_disabled(dialog):
    dialog.set_kind(reports.KIND_COVERAGE)
    assert not dialog.hide_identity.isEnabled() and not dialog.pending.isEnabled()
    dialog.set_kind(reports.KIND_EPISODE)
    assert not dialog.period_box.isEnabled() and dialog.hide_identity.isEnabled()
    dialog.set_kind(reports.KIND_REGISTRATIONS)
    assert dialog.pending.isEnabled() and dialog.hide_identity.isEnabled() and dialog.period_box.isEnabled()


def test_episode_summary_needs_a_selected_episode(qtbot, service, episode):
    made = ExportDialog(None, service, "en", None, kind=reports.KIND_EPISODE)
    qtbot.addWidget(made)
    assert not made.preview_button.isEnabled() and not made.pdf_button.isEnabled()
    assert "episode" in made.episode_note.text()


def test_save_csv_writes_a_file_excel_reads(dialog, monkeypatch, tmp_path, service):
    target = tmp_path / "lista.csv"
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: target)
    dialog.pending.setChecked(True)
    dialog.csv_button.click()
    finished(dialog)
    assert dialog.last_written == target
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0][:4] == ["Date", "Time", "Patient", "Identity number"]
    assert len(rows) == 2
    assert rows[1][0] == "2026-11-24" and rows[1][2] == "Åsa Öberg" and rows[1][3] == "19640823-****"
    assert "DU011 ZV044 ZV051" in rows[1]
    entries = exports_of(service)
    assert [(e.action, e.record_kind) for e in entries] == [("export", "csv")]
    assert entries[0].detail.startswith("registrations 2026-11-23..2026-11-29 pending masked; patients 1 #")
    assert "Öberg" not in entries[0].detail and "6408" not in entries[0].detail


def test_save_csv_of_the_episode_summary_writes_its_contacts(dialog, monkeypatch, tmp_path, service):
    target = tmp_path / "episod.csv"
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: target)
    dialog.set_kind(reports.KIND_EPISODE)
    assert dialog.csv_button.isEnabled()
    dialog.csv_button.click()
    finished(dialog)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 2 and "DU011 ZV044 ZV051" in rows[1]
    assert exports_of(service)[0].patient_id == service.episode_detail(dialog.episode_id).patient.id
    assert exports_of(service)[0].detail.startswith("episode masked; patients 1 #")


def test_save_pdf_goes_through_printing_export(dialog, monkeypatch, tmp_path, service):
    calls = []
    suggested = []

    def ask_path(parent, fmt, name):
        suggested.append(name)
        return tmp_path / "out.pdf"

    def export(parent, build, path, fmt, *, record, then):
        calls.append((build(None, None), path, fmt))
        record(calls[-1][0])
        then(calls[-1][0])
        return True

    monkeypatch.setattr(printing, "ask_path", ask_path)
    monkeypatch.setattr(printing, "export", export)
    dialog.set_kind(reports.KIND_SIBER)
    dialog.pdf_button.click()
    finished(dialog)
    report, path, fmt = calls[0]
    assert report.kind == reports.KIND_SIBER and fmt == printing.FORMAT_PDF and path == tmp_path / "out.pdf"
    assert suggested[0].endswith(".pdf") and "Öberg" not in suggested[0]
    assert [(e.action, e.record_kind) for e in exports_of(service)] == [("export", "pdf")]


def test_cancelled_save_records_nothing(dialog, monkeypatch, tmp_path, service):
    monkeypatch.setattr(printing, "ask_path", lambda parent, fmt, suggested: tmp_path / "x.csv")
    monkeypatch.setattr(printing, "export", lambda parent, build, path, fmt, *, record, then: False)
    dialog.csv_button.click()
    finished(dialog)
    assert exports_of(service) == [] and not (tmp_path / "x.csv").exists()


def test_print_button_prints_and_records(dialog, monkeypatch, service):
    sent = []
    monkeypatch.setattr(printing, "print_dialog", lambda parent, report, record: (sent.append(report), record(report)))
    dialog.print_button.click()
    finished(dialog)
    assert sent[0].kind == reports.KIND_REGISTRATIONS
    assert [(e.action, e.record_kind) for e in exports_of(service)] == [("print", "print")]


def test_a_service_without_an_audit_trail_still_exports(dialog, monkeypatch, previews, service):
    class Plain:
        def __getattr__(self, name):
            if name == "record_export":
                raise AttributeError(name)
            return getattr(service, name)

    dialog.service = Plain()
    dialog.preview_button.click()
    finished(dialog)
    assert len(previews) == 1


def test_export_action_opens_the_dialog_on_the_selected_episode(window, monkeypatch):
    seen = []
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, *args, **kw: seen.append(args)))
    window.act.export.trigger()
    assert seen and seen[0][3] == window.current_episode_id()


def test_print_episode_summary_goes_straight_to_the_preview(window, previews, service):
    window.act.print_episode.trigger()
    finished(window)
    report = previews[0]
    assert report.kind == reports.KIND_EPISODE
    identity = next(f.value for f in report.fields if "Identity" in f.label.source)
    assert identity == "19640823-****"  # masked, as on screen
    window.episode_view.reveal.setChecked(True)
    window.act.print_episode.trigger()
    finished(window)
    assert next(f.value for f in previews[1].fields if "Identity" in f.label.source) == "19640823-3234"
    assert [e.action for e in exports_of(service)] == ["print", "print"]


def test_every_dialog_control_has_a_name_and_accessible_name(dialog):
    for kind in (QComboBox, QRadioButton, QDateEdit, QCheckBox, QPushButton):
        for widget in dialog.findChildren(kind):
            if isinstance(widget, QAbstractButton) and widget.parent() is not dialog and \
                    widget.objectName().startswith("qt_"):
                continue
            assert widget.objectName(), widget
            assert widget.accessibleName(), widget.objectName()
