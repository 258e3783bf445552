"""`kbtdesk check` on a log whose SibeR transfer was ticked elsewhere too early (issue 14.5)."""

from __future__ import annotations

import json

from tests.cli.test_cli import PASS, kbtdesk


def test_check_reports_an_imported_log_transferred_before_it_was_ready(tmp_path):
    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "sv"}
    assert kbtdesk("init", env_extra=env).returncode == 0
    doc = {"format": "kbtdesk-log", "version": 1,
           "patients": [{"id": "p1", "identity": "196408233234", "name": "Åsa Öberg"}],
           "episodes": [{"id": "e1", "patient": "p1", "programme": "Depressionshjälpen Plus",
                         "started": "2026-10-01", "ended": "2026-11-20", "end_reason": "completed",
                         "care_level": "specialist", "ehr": "asynja-visph", "siber_transferred": "2026-11-21"}],
           "contacts": [
               {"id": "c1", "episode": "e1", "at": "2026-11-20T10:00:00+01:00", "type": "planned-visit",
                "mode": "clinic", "minutes": 45, "final": True, "codes": ["DU011", "ZV044"],
                "journal_done": None, "registered": None, "note": ""}],
           "measures": []}
    (tmp_path / "in.json").write_text(json.dumps(doc), encoding="utf-8")
    imported = kbtdesk("import", str(tmp_path / "in.json"), env_extra=env)
    assert imported.returncode == 0, imported.stderr

    out = kbtdesk("check", "--json", env_extra=env)
    assert out.returncode == 1, out.stderr
    findings = json.loads(out.stdout)["findings"]
    siber = [f["message"] for f in findings if f["kind"] == "siber-transfer-premature"]
    assert len(siber) == 3  # not registered, no UV112, start not documented
    assert any(m.startswith("Överföring till SibeR: den avslutande kontakten är inte registrerad") for m in siber)
    assert any("ingen avslutande kontakt har UV112" in m for m in siber)
    assert any("behandlingens start är inte dokumenterad" in m for m in siber)
    text = kbtdesk("check", env_extra=env)
    assert text.returncode == 1 and "SibeR" in text.stdout
