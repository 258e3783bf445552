"""The bulk import: what it writes besides the records (latest contact, search, audit), progress."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from kbtdesk.core.interchange import ImportProblem, dumps, export_log, import_document

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = json.loads((ROOT / "tests" / "fixtures" / "sample-v1.json").read_text(encoding="utf-8"))


def raw(doc) -> bytes:
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _latest(service, episode_id):
    from sqlalchemy import text

    with service.session() as s:
        return s.exec(text("SELECT last_contact_at FROM episode WHERE id = :e").bindparams(e=episode_id)).one()[0]


def test_latest_contact_search_and_one_audit_entry_per_patient(service):
    progress = []
    result = import_document(service, raw(SAMPLE), progress=lambda d, t: progress.append((d, t)))
    for episode in SAMPLE["episodes"]:
        times = [c["at"] for c in SAMPLE["contacts"] if c["episode"] == episode["id"]]
        from datetime import datetime

        from kbtdesk.core.service import utc_key
        expected = max((utc_key(datetime.fromisoformat(t)) for t in times), default=None)
        assert _latest(service, episode["id"]) == expected
    # Found by name as typed (folded) and by identity number.
    for patient in SAMPLE["patients"]:
        word = patient["name"].split()[-1][:3]
        assert any(r.patient_id == patient["id"] for r in service.episode_rows("all", word, limit=100))
    imports = [e for e in service.audit_entries() if e.action == "import"]
    assert sorted(e.patient_id for e in imports) == sorted(p["id"] for p in SAMPLE["patients"])
    assert service.verify_audit().ok
    assert progress[-1] == (sum(result.added.values()),) * 2
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)


def test_contacts_added_to_an_episode_already_in_the_log_update_its_latest_contact(service):
    import_document(service, raw(SAMPLE))
    doc = copy.deepcopy(SAMPLE)
    first = doc["contacts"][0]
    later = dict(first, id="bulk-new-contact", at="2026-11-20T15:00:00+01:00", final=False)
    doc["contacts"].append(later)
    result = import_document(service, raw(doc))
    assert result.added["contacts"] == 1 and result.added["episodes"] == 0
    assert _latest(service, first["episode"]) == "2026-11-20T14:00:00"
    assert service.verify_audit().ok


def test_a_problem_late_in_the_file_writes_nothing(service):
    doc = copy.deepcopy(SAMPLE)
    doc["measures"].append({"id": "bad-measure", "episode": "no-such-episode", "on": "2026-09-01",
                            "instrument": "madrs-s", "score": 10, "items": None})
    before = dumps(export_log(service))
    with pytest.raises(ImportProblem) as raised:
        import_document(service, raw(doc))
    assert (raised.value.record, raised.value.field) == ("bad-measure", "episode")
    assert dumps(export_log(service)) == before
    assert not [e for e in service.audit_entries() if e.action == "import"]
