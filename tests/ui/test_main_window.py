"""The main window driven as a user would: search, filter, select, log, delete and undo, outage."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from kbtdesk.core.demo import personnummer
from kbtdesk.core.service import ContactDraft
from kbtdesk.ui import main_window
from kbtdesk.ui.dialogs.episode import NewEpisodeDialog
from kbtdesk.ui.dialogs.settings import SettingsDialog
from kbtdesk.ui.episode_list import EpisodeListModel
from kbtdesk.ui.episode_view import ContactsModel, MeasuresModel
from kbtdesk.ui.main_window import PAGE_EPISODES, PAGE_WORKLIST, MainWindow
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

ERIK = personnummer(date(1985, 3, 14), 982)
FATIMA = personnummer(date(1990, 7, 2), 991)


@pytest.fixture
def patients(service, episode):
    """Åsa Öberg (active, Depressionshjälpen), Erik Ängström (active, Oroshjälpen), Fatima (ended)."""
    erik = service.add_patient(ERIK, "Erik Ängström")
    erik_episode = service.add_episode(erik.id, "Oroshjälpen Plus", date(2026, 10, 15))
    fatima = service.add_patient(FATIMA, "Fatima Haddad")
    fatima_episode = service.add_episode(fatima.id, "Stresshjälpen Plus", date(2026, 6, 1))
    service.end_episode(fatima_episode.id, date(2026, 9, 1), "dropout")
    return {"åsa": episode.id, "erik": erik_episode.id, "fatima": fatima_episode.id}


def add_contact(service, episode_id, days_ago=3, ctype="BR", mode=None, final=False, done=True, outage=False):
    at = NOW - timedelta(days=days_ago)
    codes = tuple(s.code for s in service.suggest_codes(ctype, mode, final))
    return service.save_contact(ContactDraft(
        episode_id=episode_id, at=at, type=ctype, mode=mode, final=final, codes=codes,
        journal_done=at if done else None, registered=at if done else None, outage=outage))


@pytest.fixture
def make_window(qtbot, service, tmp_path):
    def make(language="sv", **kwargs):
        settings = QSettings(str(tmp_path / "kbtdesk-settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(lambda: service, log_location=str(tmp_path / "kbtdesk-log.db"), language=language,
                            settings=settings, **kwargs)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The episode view is built just after the first paint, as a user would find it.
        qtbot.waitUntil(lambda: window.findChild(QWidget, "episodeView") is not None)
        return window
    return make


@pytest.fixture
def window(make_window, patients):
    return make_window()


def type_text(widget, text: str) -> None:
    """Key presses carrying the text: QTest.keyClicks asserts on letters outside ASCII."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        key = ord(ch.upper()) if ord(ch.upper()) < 256 else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


def listed_names(window) -> list[str]:
    model = window.episode_list.model
    return sorted(model.row_at(r).patient_name for r in range(model.rowCount()))


def select(window, qtbot, name: str) -> None:
    model = window.episode_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).patient_name == name)
    window.episode_list.view.selectRow(row)
    qtbot.waitUntil(lambda: window.episode_view.detail is not None
                    and window.episode_view.detail.patient.name == name)


# -- the list ---------------------------------------------------------------------------------

@pytest.mark.parametrize("typed, expected", [
    ("öb", ["Åsa Öberg"]),  # Swedish letters, case-folded
    ("ÄNGS", ["Erik Ängström"]),
    ("6408", ["Åsa Öberg"]),  # identity digits
    (ERIK[2:6], ["Erik Ängström"]),
    ("oros", ["Erik Ängström"]),  # programme
    ("depressionshj", ["Åsa Öberg"]),
    ("zzz", []),
])
def test_search_as_you_type_filters_the_list(window, qtbot, typed, expected):
    assert listed_names(window) == ["Erik Ängström", "Åsa Öberg"]
    search = window.findChild(type(window.episode_list.search), "search")
    type_text(search, typed)
    assert search.text() == typed
    qtbot.waitUntil(lambda: listed_names(window) == expected, timeout=2000)
    assert window.episode_list.empty.isVisible() == (not expected)


def test_the_programme_column_tells_the_whole_name_when_it_is_cut_short(window):
    model = window.episode_list.model
    names = {model.index(r, EpisodeListModel.COL_NAME).data(): r for r in range(model.rowCount())}
    tip = model.index(names["Erik Ängström"], EpisodeListModel.COL_PROGRAMME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == model.index(names["Erik Ängström"], EpisodeListModel.COL_PROGRAMME).data()
    assert tip.startswith("Oroshjälpen")


def test_search_waits_for_a_pause_in_typing(window, qtbot):
    window.episode_list.search.setText("öb")
    assert len(listed_names(window)) == 2, "the query runs after the debounce delay, not per key"
    qtbot.waitUntil(lambda: listed_names(window) == ["Åsa Öberg"], timeout=2000)


def test_filter_active_ended_all(window, qtbot):
    assert listed_names(window) == ["Erik Ängström", "Åsa Öberg"]
    window.episode_list.set_status("ended")
    assert listed_names(window) == ["Fatima Haddad"]
    window.episode_list.set_status("all")
    assert listed_names(window) == ["Erik Ängström", "Fatima Haddad", "Åsa Öberg"]


def test_rows_show_open_items(window, service, patients, qtbot):
    add_contact(service, patients["åsa"], done=False)
    window.refresh_all()
    model = window.episode_list.model
    row = model.row_of(patients["åsa"])
    assert model.index(row, EpisodeListModel.COL_OPEN).data() == "2"  # journal + registration
    # + Fatima's ended episode that is not yet transferred to SibeR
    assert window.open_items.text().endswith("3") and window.status_open.text().endswith("3")


# -- the episode ------------------------------------------------------------------------------

def test_selecting_an_episode_shows_header_with_masked_identity_and_reveal(window, qtbot):
    select(window, qtbot, "Åsa Öberg")
    view = window.episode_view
    assert view.patient_name.text() == "Åsa Öberg"
    assert view.patient_name.textFormat() == Qt.TextFormat.PlainText
    assert view.identity.text() == "19640823-****"
    assert "Depressionshjälpen Plus" in view.summary.text()
    assert "2026-10-01" in view.summary.text()  # Swedish date format
    assert "9" in view.summary.text().split("·")[-1]  # week 9 on 26 November
    view.reveal.click()
    assert view.identity.text() == "19640823-3234"
    view.reveal.click()
    assert view.identity.text() == "19640823-****"
    view.reveal.click()
    select(window, qtbot, "Erik Ängström")
    assert view.identity.text().endswith("****"), "a revealed number never carries over to another patient"


def test_a_final_contact_ends_the_episode_and_the_window_shows_it(window, service, patients, qtbot):
    select(window, qtbot, "Åsa Öberg")
    view = window.episode_view
    assert "○" in view.final_contact.text()
    assert not view.siber_transferred.isEnabled()
    add_contact(service, patients["åsa"], days_ago=1, ctype="planned-visit", mode="video", final=True)
    window.refresh_all()
    assert service.episode(patients["åsa"]).ended == (NOW - timedelta(days=1)).date()
    assert view.status.text().startswith("Ended")
    assert "✓" in view.final_contact.text()
    assert not window.act.end_episode.isEnabled()
    before = service.open_item_count()
    assert view.siber_transferred.isEnabled() and not view.siber_transferred.isChecked()
    # The start is not documented: the rule set refuses the tick and the window says why.
    refusal = view.findChild(QLabel, "siberRefusal")
    assert refusal.isHidden()
    view.siber_transferred.click()
    assert service.episode(patients["åsa"]).siber_transferred is None
    assert not view.siber_transferred.isChecked() and refusal.isVisibleTo(view)
    rule = next(r for r in service.rules.rules if r.params.get("requires") == "start-documented")
    assert rule.reason["sv"] in refusal.text()
    assert service.open_item_count() == before
    view.siber_start.click()
    view.siber_transferred.click()
    assert refusal.isHidden()
    assert service.episode(patients["åsa"]).siber_transferred is not None
    assert service.open_item_count() == before - 1
    assert window.open_items.text().endswith(str(before - 1))


def test_siber_start_documented_tick(window, service, patients, qtbot):
    select(window, qtbot, "Erik Ängström")
    window.episode_view.siber_start.click()
    assert service.episode(patients["erik"]).siber_start_documented == NOW.date()
    window.episode_view.siber_start.click()
    assert service.episode(patients["erik"]).siber_start_documented is None


def test_contacts_table_shows_codes_checks_and_findings(window, service, patients, qtbot):
    good = add_contact(service, patients["åsa"], days_ago=5)
    bad = service.save_contact(ContactDraft(episode_id=patients["åsa"], at=NOW - timedelta(days=2), type="TB",
                                            codes=("DU011", "ZV044")))
    select(window, qtbot, "Åsa Öberg")
    model = window.episode_view.contacts_model
    good_row, bad_row = model.row_of(good.id), model.row_of(bad.id)
    assert model.index(good_row, ContactsModel.COL_CODES).data() == "DU011 ZV044 ZV051"
    checked = Qt.ItemDataRole.CheckStateRole
    assert model.index(good_row, ContactsModel.COL_JOURNAL).data(checked) == Qt.CheckState.Checked
    assert model.index(bad_row, ContactsModel.COL_REGISTERED).data(checked) == Qt.CheckState.Unchecked
    assert model.index(good_row, ContactsModel.COL_FINDINGS).data() == ""
    assert model.index(bad_row, ContactsModel.COL_FINDINGS).data() == "1 error"
    assert "ZV051" in model.index(bad_row, ContactsModel.COL_FINDINGS).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(good_row, ContactsModel.COL_DATE).data() == (NOW - timedelta(days=5)).strftime("%Y-%m-%d %H:%M")


def test_madrs_item_9_is_flagged_in_red(window, service, patients, qtbot):
    service.add_measure(patients["åsa"], date(2026, 10, 1), "madrs-s", 30, [4, 4, 4, 4, 4, 4, 3, 3, 0])
    service.add_measure(patients["åsa"], date(2026, 10, 15), "madrs-s", 29, [3, 3, 3, 3, 3, 3, 3, 3, 5])
    select(window, qtbot, "Åsa Öberg")
    model = window.episode_view.measures_model
    assert not model.is_flagged(0) and model.is_flagged(1)
    assert model.index(1, MeasuresModel.COL_FLAG).data() == "⚑ 9: 5"
    flag = model.index(1, MeasuresModel.COL_SCORE).data(Qt.ItemDataRole.ForegroundRole)
    assert flag.name() == "#a4000f"  # the one red of errors
    points = window.episode_view.chart.points()
    assert [(p.score, p.flagged) for p in points] == [(30, False), (29, True)]


def test_models_pass_the_model_tester(window, service, patients, qtbot, qtmodeltester):
    add_contact(service, patients["åsa"])
    service.add_measure(patients["åsa"], date(2026, 10, 1), "madrs-s", 20)
    select(window, qtbot, "Åsa Öberg")
    qtmodeltester.check(window.episode_list.model)
    qtmodeltester.check(window.episode_view.contacts_model)
    qtmodeltester.check(window.episode_view.measures_model)


# -- actions ----------------------------------------------------------------------------------

def test_delete_asks_and_undo_restores_the_contact(window, service, patients, qtbot, monkeypatch):
    contact = add_contact(service, patients["åsa"])
    select(window, qtbot, "Åsa Öberg")
    window.episode_view.contacts.selectRow(0)
    asked = []
    monkeypatch.setattr(main_window, "confirm", lambda parent, title, text: asked.append(text) or False)
    window.act.delete_contact.trigger()
    assert asked and service.contact(contact.id) is not None, "declining keeps the contact"
    monkeypatch.setattr(main_window, "confirm", lambda parent, title, text: True)
    window.act.delete_contact.trigger()
    assert service.contact(contact.id) is None
    assert window.episode_view.contacts_model.rowCount() == 0
    assert window.act.undo.isEnabled()
    window.act.undo.trigger()
    restored = service.contact(contact.id)
    assert restored is not None and restored.codes == contact.codes and restored.at == contact.at
    assert window.episode_view.contacts_model.rowCount() == 1
    window.act.redo.trigger()
    assert service.contact(contact.id) is None


def test_delete_key_on_the_contacts_table(window, service, patients, qtbot, monkeypatch):
    contact = add_contact(service, patients["åsa"])
    select(window, qtbot, "Åsa Öberg")
    table = window.episode_view.contacts
    table.setFocus()
    table.selectRow(0)
    monkeypatch.setattr(main_window, "confirm", lambda parent, title, text: True)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert service.contact(contact.id) is None


def test_new_and_edit_contact_go_through_the_checklist(window, service, patients, qtbot, monkeypatch):
    from kbtdesk.ui import checklist
    calls = []

    def fake_ask(cls, parent, svc, episode_id, contact_id=None, *, outage=False):
        calls.append((episode_id, contact_id, outage))
        return add_contact(svc, episode_id, outage=outage) if contact_id is None else svc.contact(contact_id)

    monkeypatch.setattr(checklist.ContactChecklist, "ask", classmethod(fake_ask))
    select(window, qtbot, "Åsa Öberg")
    window.activateWindow()
    qtbot.keyClick(window.episode_list.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert calls == [(patients["åsa"], None, False)]
    assert window.episode_view.contacts_model.rowCount() == 1
    contact_id = window.episode_view.selected_contact_id()
    window.episode_view.contacts.setFocus()
    qtbot.keyClick(window.episode_view.contacts, Qt.Key.Key_Return)
    assert calls[-1] == (patients["åsa"], contact_id, False)


def test_outage_mode_banner_and_contacts_marked(window, service, patients, qtbot, monkeypatch):
    from kbtdesk.ui import checklist, worklist
    outage_flags = []

    def fake_ask(cls, parent, svc, episode_id, contact_id=None, *, outage=False):
        outage_flags.append(outage)
        return add_contact(svc, episode_id, done=False, outage=outage)

    monkeypatch.setattr(checklist.ContactChecklist, "ask", classmethod(fake_ask))
    shown = []
    original = worklist.WorklistWidget.show_outage_items
    monkeypatch.setattr(worklist.WorklistWidget, "show_outage_items",
                        lambda self: shown.append(True) or original(self))
    select(window, qtbot, "Åsa Öberg")
    assert not window.banner.isVisible()
    outage_action = window.findChild(type(window.act.outage), "outageMode")
    outage_action.trigger()
    assert window.banner.isVisible() and "EHR is down" in window.banner.text()
    window.act.new_contact.trigger()
    assert outage_flags == [True]
    [contact] = service.episode_detail(patients["åsa"]).contacts
    assert contact.outage
    assert window.banner.isVisible(), "the banner stays while the mode is on"
    outage_action.trigger()
    assert not window.banner.isVisible()
    assert window.pages.currentIndex() == PAGE_WORKLIST
    assert shown == [True]
    window.act.new_contact.trigger()
    assert outage_flags == [True, False]


def test_worklist_shortcut_toggles_the_page(window, qtbot):
    window.act.worklist.trigger()
    assert window.pages.currentIndex() == PAGE_WORKLIST
    assert window.worklist.objectName() == "worklist"
    window.act.worklist.trigger()
    assert window.pages.currentIndex() == PAGE_EPISODES


def test_new_episode_action_selects_the_new_episode(window, service, qtbot, monkeypatch):
    def fake_ask(cls, parent, svc, language="sv"):
        patient = svc.add_patient(personnummer(date(1970, 1, 5), 985), "Karin Björk")
        return svc.add_episode(patient.id, "Stresshjälpen Plus", date(2026, 11, 20)).id

    monkeypatch.setattr(NewEpisodeDialog, "ask", classmethod(fake_ask))
    window.episode_list.search.setText("öberg")
    qtbot.waitUntil(lambda: listed_names(window) == ["Åsa Öberg"])
    window.act.new_episode.trigger()
    assert window.episode_view.detail.patient.name == "Karin Björk"
    assert "Karin Björk" in listed_names(window)


def test_settings_are_saved_through_the_service(window, service, qtbot, monkeypatch, tmp_path):
    def ask(cls, parent, svc, lang, **options):
        """The real dialog, filled in and saved as a user would."""
        dialog = cls(svc, lang, parent, **options)
        dialog.name.setText("Tove T")
        dialog.care_level.setCurrentIndex(dialog.care_level.findData("primary"))
        dialog.ehr.setCurrentIndex(dialog.ehr.findData("j4"))
        dialog.templates["j4"].setPlainText("Bakgrund\n  Plan  \n\n")
        dialog.templates["webdoc"].setPlainText("")
        dialog.programmes.setPlainText("Sömnskolan\nOroshjälpen Plus")
        dialog.accept()
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.result_value()

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    window.act.settings.trigger()
    profile = service.profile()
    assert (profile.name, profile.care_level, profile.ehr) == ("Tove T", "primary", "j4")
    assert service.template_headings("j4") == ["Bakgrund", "Plan"]
    # Only what differs from the rule set is kept: an empty or unchanged template follows the rules.
    assert service.setting("template_headings") == {"j4": ["Bakgrund", "Plan"]}
    assert service.programmes() == ["Sömnskolan", "Oroshjälpen Plus"]
    ini = tmp_path / "kbtdesk-settings.ini"
    settings_text = ini.read_text() if ini.exists() else ""
    assert "Sömnskolan" not in settings_text and "Tove" not in settings_text


def test_every_action_and_control_has_a_name(window):
    for action in window.actions():
        assert action.objectName(), action.text()
        assert action.text()
    for name in ("search", "statusFilter", "episodeList", "contacts", "measures", "revealIdentity",
                 "siberStart", "siberTransferred", "outageBanner", "openItems", "trendChart"):
        widget = window.findChild(QApplication.instance().__class__.__mro__[-1], name) or window.findChild(
            object, name)
        assert widget is not None, name
    assert window.episode_list.search.accessibleName()
    assert window.episode_view.reveal.accessibleName()


def test_demo_marker_in_title_and_status_bar(make_window, patients):
    window = make_window(demo=True)
    assert "DEMO" in window.windowTitle()
    assert window.demo_label.isVisible() and window.demo_label.text() == "DEMO"
    plain = make_window()
    assert "DEMO" not in plain.windowTitle() and not plain.demo_label.isVisible()


# -- language -------------------------------------------------------------------------------

TEST_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context><name>MainWindow</name>
<message><source>&amp;Worklist</source><translation>&amp;Arbetslista</translation></message>
</context>
<context><name>EpisodeListModel</name>
<message><source>Patient</source><translation>Patient (sv)</translation></message>
</context>
</TS>
"""


def test_language_switch_retranslates_without_restart(make_window, patients, tmp_path, monkeypatch, qapp):
    """A tiny catalogue built here stands in for the real kbtdesk_sv.qm (translations come later)."""
    import kbtdesk.translation
    from kbtdesk.ui.app import Translators

    lrelease = shutil.which("pyside6-lrelease") or str(
        __import__("pathlib").Path(__import__("sys").executable).with_name("pyside6-lrelease"))
    ts = tmp_path / "kbtdesk_sv.ts"
    ts.write_text(TEST_TS, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(tmp_path / "kbtdesk_sv.qm")], check=True, capture_output=True)
    monkeypatch.setattr(kbtdesk.translation, "translations_dir", lambda: tmp_path)
    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)
    try:
        translators.apply("en")
        window = make_window(language="en", apply_language=translators.apply)
        assert window.act.worklist.text() == "&Worklist"
        header = window.episode_list.model.headerData(0, Qt.Orientation.Horizontal)
        assert header == "Patient"
        window.set_language("sv")
        assert window.act.worklist.text() == "&Arbetslista"
        assert window.episode_list.model.headerData(0, Qt.Orientation.Horizontal) == "Patient (sv)"
        shown = window.episode_list.view.horizontalHeader().model()  # what the header paints
        assert shown.headerData(0, Qt.Orientation.Horizontal) == "Patient (sv)"
        assert window.settings.value("language") == "sv"
        window.set_language("en")
        assert window.act.worklist.text() == "&Worklist"
        assert shown.headerData(0, Qt.Orientation.Horizontal) == "Patient"
    finally:
        translators.clear()
