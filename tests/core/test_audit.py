"""The audit trail: every write leaves a chained entry in its own transaction, the entries cover
what the records hold, and tampering is found: with the key (plain SQL) and without it (a page of
the file put back from an older copy), and a rewritten chain against any earlier copy."""

import hashlib
import shutil
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from kbtdesk.composition import build_service
from kbtdesk.core import audit
from kbtdesk.core.interchange import dumps, export_log, import_document
from kbtdesk.core.service import WORK_JOURNAL, ContactDraft, InputError, LogService
from kbtdesk.db import keyfile
from kbtdesk.db.backup import backup_now
from kbtdesk.db.connection import DatabaseError
from kbtdesk.db.engine import open_log, restore_backup
from kbtdesk.db.health import check_database
from tests.helpers.fixtures import NOW, PASSPHRASE

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"


def _draft(episode, **kw):
    fields = {"at": datetime(2026, 10, 8, 9, 0, tzinfo=NOW.tzinfo), "type": "BR", "codes": ("DU011", "ZV044", "ZV051")}
    return ContactDraft(episode.id, **{**fields, **kw})


def _raw(service, sql, params=None):
    """Plain SQL through the log's own key: what someone with the passphrase and no scruples does."""
    with service.engine.begin() as conn:
        conn.exec_driver_sql(sql, params or ())


def _named(result) -> set[tuple[str, str]]:
    return {(p.record_kind, p.record_id) for p in result.unexplained}


def test_every_write_is_on_the_trail_with_who_what_which(service, episode):
    contact = service.save_contact(_draft(episode))
    service.save_contact(_draft(episode, id=contact.id, note="ändrad"))
    service.tick([(WORK_JOURNAL, contact.id)])
    measure = service.add_measure(episode.id, date(2026, 10, 2), "madrs-s", 20)
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


def test_a_change_without_its_entry_cannot_commit(service, episode):
    """The guard for whoever adds a service method and forgets `_audit`: the commit is refused."""
    with service.session() as s, pytest.raises(RuntimeError, match="without an audit entry"):
        from kbtdesk.core.models import Episode

        row = s.get(Episode, episode.id)
        row.programme = "Något annat"
        s.add(row)
        s.commit()
    assert service.episode(episode.id).programme == "Depressionshjälpen Plus"


@pytest.mark.parametrize("table", ["audit", "audit_content"])
def test_update_and_delete_are_refused_by_the_tables(service, episode, table):
    with pytest.raises(IntegrityError, match="append-only"):
        _raw(service, f"UPDATE {table} SET seq = seq")
    with pytest.raises(IntegrityError, match="append-only"):
        _raw(service, f"DELETE FROM {table}")


@pytest.mark.parametrize("tamper, bad_seq", [
    ("UPDATE audit SET detail = 'nothing to see' WHERE seq = 3", 3),
    ("DELETE FROM audit WHERE seq = 2", 2),
    ("UPDATE audit SET at = '2020-01-01T00:00:00Z' WHERE seq = 4", 4),
    ("UPDATE audit SET content = NULL WHERE seq = 5", 5),
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


# -- content ---------------------------------------------------------------------------------------

def _content(service, seq):
    with service.session() as s:
        return audit.content_of(lambda sql, p: s.execute(text(sql), p), seq)


def _hash_now(service, kind, record_id):
    with service.session() as s:
        return audit.record_hash(lambda sql, p: s.execute(text(sql), p), service.audit_key, kind, record_id)


def test_each_entry_carries_the_content_before_and_after(service, episode):
    contact = service.save_contact(_draft(episode))
    created = service.audit_entries()[-1]
    first = _hash_now(service, "contact", contact.id)
    assert _content(service, created.seq) == [audit.Change("contact", contact.id, None, first)]
    service.tick([(WORK_JOURNAL, contact.id)])
    ticked = service.audit_entries()[-1]
    second = _hash_now(service, "contact", contact.id)
    assert second != first
    assert _content(service, ticked.seq) == [audit.Change("contact", contact.id, first, second)]
    service.delete_contact(contact.id)
    assert _content(service, service.audit_entries()[-1].seq) == [audit.Change("contact", contact.id, second, None)]
    # An entry that changed no record still carries a content hash: covered, with nothing in it.
    service.record_export("print", "worklist")
    assert service.audit_entries()[-1].content == audit.NO_CONTENT
    assert service.verify_audit().ok


def test_a_final_contact_covers_the_episode_it_ends(service, episode):
    service.save_contact(_draft(episode, final=True, codes=("DU011", "ZV044", "ZV051", "UV112")))
    kinds = {c.record_kind for c in _content(service, service.audit_entries()[-1].seq)}
    assert kinds == {"contact", "episode"}
    assert service.episode(episode.id).ended is not None
    assert service.verify_audit().ok


def _filled(service, episode):
    """One record of every kind the trail covers."""
    contact = service.save_contact(_draft(episode))
    measure = service.add_measure(episode.id, date(2026, 10, 2), "madrs-s", 20)
    service.set_setting("programmes", ["Depressionshjälpen Plus"])
    return {"contact": contact.id, "measure": measure.id, "episode": episode.id, "patient": episode.patient_id,
            "setting": "programmes", "profile": "1"}


EDITS = {
    "contact": "UPDATE contact SET journal_done = '2026-10-09T10:00:00+02:00' WHERE id = ?",
    "measure": "UPDATE measure SET score = 2 WHERE id = ?",
    "episode": "UPDATE episode SET siber_transferred = '2026-11-01' WHERE id = ?",
    "patient": "UPDATE patient SET name = 'Någon Annan' WHERE id = ?",
    "setting": "UPDATE setting SET value = '[]' WHERE key = ?",
    "profile": "UPDATE profile SET care_unit = 'Annan enhet' WHERE id = ?",
}


@pytest.mark.parametrize("kind", sorted(EDITS))
def test_a_plain_sql_edit_of_any_record_is_named(service, episode, kind):
    ids = _filled(service, episode)
    assert service.verify_audit().ok
    _raw(service, EDITS[kind], (ids[kind],))
    result = service.verify_audit()
    assert not result.ok and _named(result) == {(kind, ids[kind])}
    assert "changed outside kbtdesk" in result.unexplained[0].problem


def test_a_plain_sql_insert_and_delete_are_named(service, episode):
    ids = _filled(service, episode)
    _raw(service, "DELETE FROM measure WHERE id = ?", (ids["measure"],))
    _raw(service, "INSERT INTO contact (id, episode_id, at, at_utc, type, final, codes, note, outage) "
                  "VALUES ('smuggled', ?, '2026-10-09T09:00:00+02:00', '2026-10-09T07:00:00', 'BR', 0, 'DU011', '', 0)",
         (episode.id,))
    result = service.verify_audit()
    assert _named(result) == {("measure", ids["measure"]), ("contact", "smuggled")}
    problems = {p.record_id: p.problem for p in result.unexplained}
    assert "deleted outside kbtdesk" in problems[ids["measure"]]
    assert "added outside kbtdesk" in problems["smuggled"]


def test_an_edit_is_still_named_after_kbtdesk_changes_the_record_again(service, episode):
    """The entry after the edit says what the record held before it, as the log had it: a later
    change through kbtdesk does not launder the edit."""
    contact = service.save_contact(_draft(episode))
    _raw(service, "UPDATE contact SET note = 'ändrat i smyg' WHERE id = ?", (contact.id,))
    service.tick([(WORK_JOURNAL, contact.id)])
    result = service.verify_audit()
    assert _named(result) == {("contact", contact.id)}
    assert "between entry" in result.unexplained[0].problem


def test_removed_content_rows_are_caught(service, episode):
    """Rows of the content table gone (as an older page of it would leave): they no longer add up."""
    contact = service.save_contact(_draft(episode))
    service.tick([(WORK_JOURNAL, contact.id)])
    ticked = service.audit_entries()[-1].seq
    _raw(service, "DROP TRIGGER audit_content_no_delete")
    _raw(service, "DELETE FROM audit_content WHERE seq = ?", (ticked,))
    _raw(service, "UPDATE contact SET journal_done = NULL WHERE id = ?", (contact.id,))
    result = service.verify_audit()
    assert not result.ok and f"entry {ticked}" in result.content_problem


def test_imported_records_are_covered_by_their_patients_entries(service):
    import_document(service, SAMPLE.read_bytes())
    result = service.verify_audit()
    assert result.ok and result.records >= 16 and result.unexplained == ()
    contact = export_log(service)["contacts"][0]["id"]
    _raw(service, "UPDATE contact SET registered = NULL WHERE id = ?", (contact,))
    assert _named(service.verify_audit()) == {("contact", contact)}


def _root_page(log, table):
    with log.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT rootpage FROM sqlite_master WHERE name = '{table}'").scalar()


def test_five_journal_ticks_undone_by_an_older_page_are_named(log, log_paths, rules):
    """The contact table's page copied back from an earlier byte copy of the file: no passphrase
    needed (SQLCipher pages of one key are interchangeable), every page and b-tree check passes,
    the five ticks are gone. `audit verify` names the five contacts."""
    service = LogService(log.engine, rules)
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    episode = service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 10, 1))
    contacts = [service.save_contact(_draft(episode, at=datetime(2026, 10, 8 + i, 9, 0, tzinfo=NOW.tzinfo)))
                for i in range(5)]
    log.close()
    earlier = log_paths.log.read_bytes()

    log = open_log(log_paths, PASSPHRASE)
    service = build_service(log, rules)
    assert service.tick([(WORK_JOURNAL, c.id) for c in contacts]) == 5
    page = _root_page(log, "contact")
    log.close()
    now = bytearray(log_paths.log.read_bytes())
    assert not Path(str(log_paths.log) + "-wal").exists()
    now[(page - 1) * 4096:page * 4096] = earlier[(page - 1) * 4096:page * 4096]
    log_paths.log.write_bytes(bytes(now))

    assert check_database(log_paths.log, log.data_key, full=True, immutable=True).ok
    log = open_log(log_paths, PASSPHRASE)
    try:
        service = build_service(log, rules)
        assert all(c.journal_done is None for c in service.episode_detail(episode.id).contacts)
        result = service.verify_audit()
        assert not result.ok
        assert _named(result) == {("contact", c.id) for c in contacts}
    finally:
        log.close()


# -- earlier copies --------------------------------------------------------------------------------

def _rewrite_chain_from(service, seq, detail="omskrivet"):
    """What a key holder can do: edit an entry and compute every later hash again, correctly."""
    _raw(service, "DROP TRIGGER audit_no_update")
    entries = [e for e in service.audit_entries() if e.seq >= seq]
    prev = service.audit_entries()[seq - 2].hash if seq > 1 else audit.GENESIS
    with service.engine.begin() as conn:
        for e in entries:
            forged = e._replace(detail=detail if e.seq == seq else e.detail, prev_hash=prev, hash="")
            forged = forged._replace(hash=audit.entry_hash(service.audit_key, forged))
            conn.execute(text("UPDATE audit SET detail = :d, prev_hash = :p, hash = :h WHERE seq = :s"),
                         {"d": forged.detail, "p": prev, "h": forged.hash, "s": e.seq})
            prev = forged.hash


def test_a_rewritten_chain_is_caught_against_a_backup_and_an_export(service, episode, log, tmp_path):
    service.save_contact(_draft(episode))
    backup = backup_now(log.paths, log.data_key)
    exported = tmp_path / "export.json"
    exported.write_text(dumps(export_log(service)), encoding="utf-8")
    service.save_contact(_draft(episode))
    copies = [audit.backup_copy(backup.path, log.data_key), audit.export_copy(exported)]
    assert all(c.agrees for c in service.verify_audit(copies).copies)

    _rewrite_chain_from(service, 3)
    alone = service.verify_audit()
    assert alone.ok  # the key holder's rewrite holds up on its own ...
    held = service.verify_audit(copies)
    assert not held.ok  # ... but not against a copy made before it
    assert [c.agrees for c in held.copies] == [False, False]
    assert all("rewritten" in c.problem for c in held.copies)


def test_a_log_put_back_to_an_older_copy_is_caught_against_a_later_backup(service, episode, log, log_paths):
    service.save_contact(_draft(episode))
    log.close()
    earlier = log_paths.log.read_bytes()
    log = open_log(log_paths, PASSPHRASE)
    service = build_service(log)
    service.save_contact(_draft(episode))
    later = backup_now(log.paths, log.data_key)
    log.close()
    log_paths.log.write_bytes(earlier)
    log = open_log(log_paths, PASSPHRASE)
    try:
        result = build_service(log).verify_audit([audit.backup_copy(later.path, log.data_key)])
        assert not result.ok and "removed from the end" in result.copies[0].problem
    finally:
        log.close()


def test_a_restore_is_not_mistaken_for_a_rewrite(service, episode, log, log_paths):
    service.save_contact(_draft(episode))
    first = backup_now(log.paths, log.data_key, datetime(2026, 11, 1, tzinfo=UTC))
    service.save_contact(_draft(episode))
    second = backup_now(log.paths, log.data_key, datetime(2026, 11, 2, tzinfo=UTC))
    log.close()
    restored, _aside = restore_backup(log_paths, log.data_key, first.path)
    try:
        service = build_service(restored)
        service.save_contact(_draft(episode))
        service.save_contact(_draft(episode))
        result = service.verify_audit([audit.backup_copy(b.path, restored.data_key) for b in (first, second)])
        assert result.ok, result
        assert "restore" in result.copies[1].problem
    finally:
        restored.close()


# -- what else the trail records -------------------------------------------------------------------

def test_import_records_one_entry_per_patient(service):
    import_document(service, SAMPLE.read_bytes())
    imports = [e for e in service.audit_entries() if e.action == "import"]
    assert len(imports) == 3 and all(e.patient_id == e.record_id for e in imports)
    assert any("contacts=" in e.detail for e in imports)
    import_document(service, SAMPLE.read_bytes())  # nothing new: nothing recorded
    assert len([e for e in service.audit_entries() if e.action == "import"]) == 3


def test_no_patient_data_in_the_trail(service, episode):
    service.save_contact(_draft(episode, note="Åsa Öberg mår bättre"))
    service.rename_patient(episode.patient_id, "Åsa Nyberg")
    for e in service.audit_entries():
        for value in (e.detail, e.record_id or "", e.profile):
            assert "Öberg" not in value and "3234" not in value and "Nyberg" not in value


def test_failed_unlocks_are_recorded_at_the_next_unlock(log, log_paths):
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


def test_the_windows_restore_notes_a_wrong_passphrase(log, log_paths):
    """The window's "restore the newest backup" reads the key itself (ui/app.py): through
    `unwrap_noting_failure`, a wrong passphrase there reaches the trail too."""
    from kbtdesk.db.engine import unwrap_noting_failure

    log.close()
    with pytest.raises(keyfile.WrongPassphrase):
        unwrap_noting_failure(log_paths, "guess guess guess")
    with pytest.raises(keyfile.WrongRecoveryCode):
        unwrap_noting_failure(log_paths, code="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")
    opened = open_log(log_paths, PASSPHRASE)
    try:
        assert len(opened.failed_unlocks) == 2
    finally:
        opened.close()


def _copy_fixture(version, tmp_path):
    from kbtdesk.paths import LogPaths

    shutil.copytree(FIXTURES / f"v{version}", tmp_path / f"v{version}")
    return LogPaths(tmp_path / f"v{version}" / "kbtdesk-log.db")


@pytest.mark.parametrize("version", [1, 3])
def test_a_log_from_before_content_hashes_opens_verifies_and_is_covered_from_then_on(tmp_path, version):
    paths = _copy_fixture(version, tmp_path)
    log = open_log(paths, PASSPHRASE)
    try:
        service = build_service(log)
        entries = service.audit_entries()
        migrated = [e for e in entries if e.action == "migrate"]
        # Every record as it was, then the step itself: both entries of the trail.
        assert "every record as it was" in migrated[0].detail and "(17 records)" in migrated[0].detail
        assert any(e.detail.startswith("schema 5: audit entries cover the content") for e in migrated)
        result = service.verify_audit()
        assert result.ok and result.records == 17  # 3 patients, 3 episodes, 7 contacts, 3 measures, profile
        assert result.uncovered == (0 if version == 1 else migrated[0].seq - 1)
        assert all(e.content is None for e in entries[:result.uncovered])
        contact = export_log(service)["contacts"][0]["id"]
        _raw(service, "UPDATE contact SET note = 'i smyg' WHERE id = ?", (contact,))
        assert _named(service.verify_audit()) == {("contact", contact)}
    finally:
        log.close()


def test_every_migration_step_is_an_entry(log, log_paths):
    from kbtdesk.db import migrations
    from kbtdesk.db.engine import connect, migrate

    extra = migrations.Migration(migrations.latest_version() + 1, "a test step",
                                 ("CREATE TABLE extra (x INTEGER)",))
    log.close()
    conn = connect(log_paths.log, log.data_key)
    try:
        migrate(conn, log_paths, log.data_key, migrations.MIGRATIONS + (extra,))
    finally:
        conn.close()
    conn = connect(log_paths.log, log.data_key, readonly=True)
    try:
        step = [e for e in audit.entries(conn.execute) if e.action == "migrate"]
        assert [e.detail for e in step] == [f"schema {extra.version}: a test step"]
        assert audit.verify(conn.execute, log.audit_key).ok
    finally:
        conn.close()


def test_a_failed_step_leaves_no_entry(log, log_paths):
    from kbtdesk.db import migrations
    from kbtdesk.db.engine import connect, migrate

    broken = migrations.Migration(migrations.latest_version() + 1, "broken", ("THIS IS NOT SQL",))
    log.close()
    conn = connect(log_paths.log, log.data_key)
    try:
        before = conn.execute("SELECT max(seq) FROM audit").fetchone()[0]
        with pytest.raises(DatabaseError, match="syntax error"):
            migrate(conn, log_paths, log.data_key, migrations.MIGRATIONS + (broken,))
        assert conn.execute("SELECT max(seq) FROM audit").fetchone()[0] == before
    finally:
        conn.close()
