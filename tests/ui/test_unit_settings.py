"""A unit's configuration deployed by IT in the machine-wide config folder shows up in Settings
as the unit's, and the therapist can change only what the unit allows."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QSpinBox, QTreeWidget

from kbtdesk.composition import load_rules, load_unit
from kbtdesk.core.contact_text import registration_text
from kbtdesk.core.service import ContactDraft, LogService
from kbtdesk.core.unit_config import UnitConfigError
from kbtdesk.ui.dialogs.settings import SettingsDialog
from tests.helpers.fixtures import NOW

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

UNIT = {
    "format": "kbtdesk-unit", "format_version": 1,
    "unit": "Psykiatrimottagning Exempel",
    "template_headings": {"asynja-visph": ["Kontaktorsak", "Status", "Skattningar", "Plan"]},
    "registration_codes": {"planned-visit": "PB"},
    "programmes": [{"name": "Depressionshjälpen Plus", "planned_weeks": 10}, {"name": "Oroshjälpen Plus"}],
    "no_feedback_days": 5,
    "therapist_may_change": ["programmes"],
}


@pytest.fixture
def deployed(tmp_path, monkeypatch):
    """unit.json in the machine-wide config folder, where platformdirs looks for it (XDG_CONFIG_DIRS)."""
    site = tmp_path / "site"
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(site))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user"))
    folder = site / "kbtdesk"
    folder.mkdir(parents=True)
    (folder / "unit.json").write_text(json.dumps(UNIT, ensure_ascii=False), encoding="utf-8")
    return folder / "unit.json"


@pytest.fixture
def unit_service(log, deployed):
    unit = load_unit()
    service = LogService(log.engine, load_rules(unit=unit), now=lambda: NOW, unit=unit)
    service.save_profile("Tove Terapeut", "Psykolog", "Mottagningen", "specialist", "asynja-visph")
    return service


def test_the_overlay_is_read_from_the_site_config_folder(deployed, unit_service):
    assert [(f.layer, f.path) for f in unit_service.unit.files] == [("site", str(deployed))]
    assert unit_service.template_headings("asynja-visph") == ["Kontaktorsak", "Status", "Skattningar", "Plan"]
    assert unit_service.template_headings("j4")[0] == "Kontaktorsak"  # not set by the unit: the rule set's
    assert unit_service.planned_weeks("Depressionshjälpen Plus") == 10
    assert unit_service.planned_weeks("Oroshjälpen Plus") is None
    assert unit_service.no_feedback_days() == 5
    visit = unit_service.rules.contact_type("planned-visit")
    assert (visit.registration_code, visit.registration_code_from) == ("PB", "unit")
    draft = ContactDraft("e", NOW, "planned-visit", mode="video", codes=("DU011",))
    assert registration_text(unit_service.rules, draft, "sv").startswith("PB — Mottagningsbesök planerat")


def test_settings_show_the_units_values_marked_as_the_units(qtbot, deployed, unit_service):
    dialog = SettingsDialog(unit_service, "en")
    qtbot.addWidget(dialog)
    page = dialog.findChild(type(dialog.unit_page), "unitSettingsPage")
    assert dialog.tabs.tabText(dialog.tabs.indexOf(page)) == "Unit"
    where = page.findChild(QLabel, "unitFile_site").text()
    assert "Psykiatrimottagning Exempel" in where and str(deployed) in where and "deployed by IT" in where
    table = page.findChild(QTreeWidget, "unitValues")
    rows = {table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole):
            [table.topLevelItem(i).text(c) for c in range(4)] for i in range(table.topLevelItemCount())}
    assert rows["template_headings"][2:] == ["your unit (machine-wide)", "no: fixed by your unit"]
    assert rows["programmes"][2:] == ["your unit (machine-wide)", "yes"]
    assert "Depressionshjälpen Plus (10 weeks)" in rows["programmes"][1]
    assert "Planned visit: PB" in rows["registration_codes"][1]
    assert rows["extra_codes"][2] == "rule set (default)"

    # fixed by the unit: shown, read-only, and said so; left open: editable, marked as the unit's
    template = dialog.findChild(QPlainTextEdit, "template_asynja-visph")
    assert template.isReadOnly() and template.toPlainText() == "Kontaktorsak\nStatus\nSkattningar\nPlan"
    assert "cannot be changed here" in dialog.findChild(QLabel, "unitNote_template_headings").text()
    assert not dialog.findChild(QPlainTextEdit, "template_j4").isReadOnly()  # the unit set Asynja Visph's only
    programmes = dialog.findChild(QPlainTextEdit, "programmes")
    assert not programmes.isReadOnly()
    assert "you may adjust them" in dialog.findChild(QLabel, "unitNote_programmes").text()
    feedback = page.findChild(QSpinBox, "noFeedbackDays")
    assert feedback.value() == 5 and not feedback.isEnabled()
    assert dialog.result_value().preferences.no_feedback_days is None


def test_a_therapists_own_setting_does_not_override_what_the_unit_fixes(unit_service):
    unit_service.set_setting("template_headings", {"asynja-visph": ["Egen rubrik"]})
    unit_service.set_setting("programmes", ["Eget program"])
    assert unit_service.template_headings("asynja-visph")[1] == "Status"
    assert unit_service.programmes() == ["Eget program"]  # the unit lets the therapist choose these


def test_without_a_unit_file_settings_say_where_the_values_come_from(qtbot, service):
    dialog = SettingsDialog(service, "en")
    qtbot.addWidget(dialog)
    assert "No unit configuration is installed" in dialog.findChild(QLabel, "unitIntro").text()
    assert dialog.findChild(QSpinBox, "noFeedbackDays").isEnabled()
    assert not dialog.findChild(QPlainTextEdit, "template_asynja-visph").isReadOnly()


def test_a_broken_unit_file_names_the_file_and_the_path(deployed):
    deployed.write_text(json.dumps(dict(UNIT, no_feedback_days="soon", colour="blue")), encoding="utf-8")
    with pytest.raises(UnitConfigError) as info:
        load_unit()
    assert [p.path for p in info.value.problems] == ["$.colour", "$.no_feedback_days"]
    assert str(deployed) in str(info.value)


def test_a_unit_file_naming_what_the_rule_set_lacks_is_refused(deployed):
    deployed.write_text(json.dumps(dict(UNIT, registration_codes={"video-visit": "VB"})), encoding="utf-8")
    from kbtdesk.core.rules import RuleSetError

    with pytest.raises(RuleSetError, match=r"registration_codes.video-visit: the rule set .* has no contact type"):
        load_rules()


def test_every_value_of_the_unit_tab_is_whole_in_swedish(qtbot, deployed, log, monkeypatch, qapp):
    """No elided value ("Asynj…"), no internal word ("allowed"), no column cut off (issue 14.6)."""
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QStyle

    from kbtdesk.ui.app import Translators

    data = json.loads(deployed.read_text(encoding="utf-8"))
    data["extra_codes"] = {"allowed": ["AU118", "AU011"], "suggested": ["XS003"]}
    deployed.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    unit = load_unit()
    service = LogService(log.engine, load_rules(unit=unit), now=lambda: NOW, unit=unit)
    monkeypatch.delenv("KBTDESK_LANG", raising=False)
    translators = Translators(qapp)
    translators.apply("sv")
    try:
        dialog = SettingsDialog(service, "sv")
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.tabs.setCurrentWidget(dialog.unit_page)
        qtbot.waitExposed(dialog)
        table = dialog.unit_page.findChild(QTreeWidget, "unitValues")
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        metrics = QFontMetrics(table.font())
        cut = []
        for i in range(table.topLevelItemCount()):
            item = table.topLevelItem(i)
            for column in range(4):
                for line in item.text(column).split("\n"):
                    if metrics.horizontalAdvance(line) + margin > table.columnWidth(column):
                        cut.append((column, line, table.columnWidth(column)))
                rect = table.visualItemRect(item)
                lines = item.text(column).count("\n") + 1
                if rect.height() < lines * metrics.lineSpacing():
                    cut.append((column, "rows", rect.height()))
        assert cut == []
        assert sum(table.columnWidth(c) for c in range(4)) <= table.viewport().width()
        extra = next(table.topLevelItem(i) for i in range(table.topLevelItemCount())
                     if table.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == "extra_codes")
        assert extra.text(1) == "tillåtna: AU118 AU011\nföreslås: XS003"
    finally:
        translators.clear()
