"""The audit trail: every write leaves a chained entry in its own transaction; tampering is found."""

from datetime import date, datetime

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kbtdesk.core import audit
from kbtdesk.core.interchange import import_document
from kbtdesk.core.service import WORK_JOURNAL, ContactDraft, InputError
from tests.helpers.fixtures import NOW


def _draft(episode, **kw):
    return ContactDraft(episode.id, datetime(2026, 10, 8, 9, 0, tzinfo=NOW.tzinfo), "BR",
                        codes=("DU011", "ZV044", "ZV051"), **kw)


def _raw(service, sql):
    with service.engine.begin() as conn:
        conn.exec_driver_sql(sql)


def test_every_write_is_on_the_trail_with_who_what_which(service, episode):
    contact = service.save_contact(_draft(episode))
    service.save_contact(_draft(episode, id=contact.id, note="ändrad"))
    service.tick([(WORK_JOURNAL, contact.id)])
    measure = service.add_measure(episode.id, date(2026, 10, 2), "MADRS-S", 20)
    service.delete_measure(measure.id)
    service.delete_contact(contact.id)
    service.end_episode(episode.id, date(2026, 11, 1))
    service.record_export("pdf", "episode summary", patient_id=episode.patient_id)
    service.record_export("print", "worklist")
    trail = service.audit_trail(episode.patient_id)
    assert [(e.action, e.record_kind) for e in trail] == [
        ("create", "patient"), ("create", "episode"), ("create", "contact"), ("update", "contact"),
        ("update", "contact"), ("create", "measure"), ("delete", "measure"), ("delete", "contact"),
        ("update", "episode"), ("export", "pdf")]
    assert all(e.profile == "Tove Terapeut" and e.at.endswith("Z") for e in trail)
    assert trail[2].record_id == contact.id
    assert service.audit_entries()[-1].action == "print"
    assert service.verify_audit().ok


def test_the_entry_commits_with_the_change_or_not_at_all(service, episode):
    before = len(service.audit_entries())
    with pytest.raises(InputError) as refused:
        service.save_contact(_draft(episode, minutes=99999))  # refused: nothing written
    assert refused.value.field == "minutes"
    _raw(service, "CREATE TRIGGER boom BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'boom'); END")
    with pytest.raises(IntegrityError, match="boom"):
        service.save_contact(_draft(episode))
    _raw(service, "DROP TRIGGER boom")
    assert len(service.audit_entries()) == before
    assert service.episode_detail(episode.id).contacts == []  # the contact rolled back with its entry


def test_update_and_delete_are_refused_by_the_table(service, episode):
    with pytest.raises(IntegrityError, match="append-only"):
        _raw(service, "UPDATE audit SET detail = 'x'")
    with pytest.raises(IntegrityError, match="append-only"):
        _raw(service, "DELETE FROM audit")


@pytest.mark.parametrize("tamper, bad_seq", [
    ("UPDATE audit SET detail = 'nothing to see' WHERE seq = 3", 3),
    ("DELETE FROM audit WHERE seq = 2", 2),
    ("UPDATE audit SET at = '2020-01-01T00:00:00Z' WHERE seq = 4", 4),
])
def test_verify_names_the_first_edited_or_removed_entry(service, episode, tamper, bad_seq):
    service.save_contact(_draft(episode))
    service.save_contact(_draft(episode))
    assert service.verify_audit().ok
    _raw(service, "DROP TRIGGER audit_no_update")
    _raw(service, "DROP TRIGGER audit_no_delete")
    _raw(service, tamper)
    result = service.verify_audit()
    assert not result.ok and result.first_bad_seq == bad_seq


def test_a_recomputed_chain_without_the_key_is_caught(service, episode):
    """Someone who edits an entry and recomputes plain SHA-256 hashes still fails: the chain is keyed."""
    import hashlib

    _raw(service, "DROP TRIGGER audit_no_update")
    entries = service.audit_entries()
    prev = audit.GENESIS
    with service.engine.begin() as conn:
        for e in entries:
            forged = e._replace(detail="forged", prev_hash=prev, hash="")
            digest = hashlib.sha256(forged.canonical()).hexdigest()
            conn.execute(text("UPDATE audit SET detail = 'forged', prev_hash = :p, hash = :h WHERE seq = :s"),
                         {"p": prev, "h": digest, "s": e.seq})
            prev = digest
    assert service.verify_audit().first_bad_seq == 1


def test_import_records_one_entry_per_patient(service):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
    import_document(service, sample.read_bytes())
    imports = [e for e in service.audit_entries() if e.action == "import"]
    assert len(imports) == 3 and all(e.patient_id == e.record_id for e in imports)
    assert any("contacts=" in e.detail for e in imports)
    import_document(service, sample.read_bytes())  # nothing new: nothing recorded
    assert len([e for e in service.audit_entries() if e.action == "import"]) == 3


def test_no_patient_data_in_the_trail(service, episode):
    service.save_contact(_draft(episode, note="Åsa Öberg mår bättre"))
    service.rename_patient(episode.patient_id, "Åsa Nyberg")
    for e in service.audit_entries():
        for value in (e.detail, e.record_id or "", e.profile):
            assert "Öberg" not in value and "3234" not in value and "Nyberg" not in value


def test_failed_unlocks_are_recorded_at_the_next_unlock(log, log_paths):
    from kbtdesk.composition import build_service
    from kbtdesk.db import keyfile
    from kbtdesk.db.engine import open_log
    from tests.helpers.fixtures import PASSPHRASE

    log.close()
    for _ in range(3):
        with pytest.raises(keyfile.WrongPassphrase):
            open_log(log_paths, "guess guess guess")
    opened = open_log(log_paths, PASSPHRASE)
    try:
        assert len(opened.failed_unlocks) == 3
        actions = [e.action for e in build_service(opened).audit_entries()]
        assert actions[-4:] == ["failed-unlock"] * 3 + ["unlock"]
    finally:
        opened.close()
    again = open_log(log_paths, PASSPHRASE)
    assert again.failed_unlocks == ()
    again.close()
