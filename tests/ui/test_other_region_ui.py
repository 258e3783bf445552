"""The contact checklist and the worklist of a fictitious region's routine, with no code change."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton, QRadioButton

from kbtdesk.core.rules import load_rule_book
from kbtdesk.core.service import ContactDraft, LogService
from kbtdesk.ui.checklist import ContactChecklist
from kbtdesk.ui.worklist import WorklistModel, WorklistWidget
from tests.helpers.fixtures import NOW

OTHER = Path(__file__).resolve().parents[1] / "fixtures" / "rules" / "other-region.json"

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def swedish(monkeypatch):
    monkeypatch.delenv("KBTDESK_LANG", raising=False)


@pytest.fixture
def region(log):
    service = LogService(log.engine, load_rule_book(OTHER), now=lambda: NOW)
    service.save_profile("Tove Terapeut", "Psykolog", "Exempelmottagningen", "psykiatri", "exjournal")
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    return service, service.add_episode(patient.id, "Exempelprogrammet ångest", date(2026, 10, 1))


def _codes(dialog) -> list[str]:
    codes = dialog.findChild(QListWidget, "codeList")
    return [codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(codes.count())
            if codes.item(i).data(Qt.ItemDataRole.UserRole)]


def test_the_checklist_offers_the_regions_types_codes_and_rules(qtbot, region):
    service, episode = region
    dialog = ContactChecklist(None, service, episode.id)
    qtbot.addWidget(dialog)
    names = {b.objectName() for b in dialog.findChildren(QRadioButton)}
    assert {"contactType_DIGB", "contactType_ADMK", "contactType_VIDM", "contactType_MOTB",
            "contactMode_on-site", "contactMode_outreach"} <= names
    assert not any(n.startswith(("contactType_BR", "contactType_planned")) for n in names)
    assert _codes(dialog) == ["DU011", "ZV044", "ZV051"]  # the first type, a digital visit

    dialog.findChild(QRadioButton, "contactType_ADMK").setChecked(True)
    assert _codes(dialog) == []  # not a visit: no treatment codes suggested
    dialog.findChild(QRadioButton, "contactType_VIDM").setChecked(True)
    assert _codes(dialog) == ["DU011", "ZV044", "ZV051"]
    version = dialog.findChild(QLabel, "rulesVersion").text()
    assert "exempelland-internetbehandling 2026.1" in version
    assert "AU118" in dialog.codes_step.new_code_edit.placeholderText()  # the region's first code outside its routine

    dialog.findChild(QRadioButton, "contactType_ADMK").setChecked(True)
    dialog.codes_step.new_code_edit.setText("DU011")
    dialog.findChild(QPushButton, "addCode").click()
    findings = dialog.findChild(QListWidget, "findingsList")
    texts = [findings.item(i).text() for i in range(findings.count())]
    assert any("administrativ kontakt är inte ett besök" in t for t in texts), texts
    assert not dialog.findChild(QPushButton, "finishButton").isEnabled()


def test_the_worklist_shows_the_regions_types(qtbot, region):
    service, episode = region
    service.save_contact(ContactDraft(episode.id, NOW - timedelta(days=1), "ADMK"))
    widget = WorklistWidget(service)
    qtbot.addWidget(widget)
    model = widget.model
    assert [r.contact_type for r in model.rows()] == ["ADMK"]
    assert model.index(0, WorklistModel.COL_TYPE).data() == "ADMK"
