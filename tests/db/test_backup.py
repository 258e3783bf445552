"""Backups: encrypted, verified, renamed into place, thinned; restore verifies first and keeps the old log."""

from datetime import UTC, datetime, timedelta

import pytest

from kbtdesk.core.service import ContactDraft
from kbtdesk.db import backup, keyfile
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import LogOpenError, open_log, restore_backup
from kbtdesk.db.health import check_database
from tests.helpers.fixtures import NOW, PASSPHRASE


def _contact(service, episode, hour):
    return service.save_contact(ContactDraft(episode.id, NOW.replace(hour=hour), "BR",
                                             codes=("DU011", "ZV044", "ZV051")))


def test_a_backup_is_encrypted_whole_and_opens_with_the_same_key(log, log_paths, service, episode):
    _contact(service, episode, 9)
    info = backup.backup_now(log_paths, log.data_key)
    raw = info.path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    assert check_database(info.path, log.data_key, full=True, immutable=True).ok
    conn = connect(info.path, log.data_key)
    try:
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"  # one self-contained file
    finally:
        conn.close()
    # The backup carries the key file that opens it (issue 12.1), no folder-wide copy.
    own_key = info.path.with_name(info.path.name + ".key")
    assert keyfile.unwrap_data_key(own_key, PASSPHRASE) == log.data_key
    assert oct(own_key.stat().st_mode & 0o777) == "0o600" and oct(info.path.stat().st_mode & 0o777) == "0o600"
    assert not (log_paths.backups / log_paths.key.name).exists()
    assert not [p for p in log_paths.backups.iterdir() if p.name.startswith(".")]


def test_policy_backs_up_hourly_after_changes_and_on_close(log, log_paths, service, episode):
    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    policy = backup.BackupPolicy(log)
    assert policy.last_backup() is None
    assert policy.maybe_backup(t0) is not None  # never backed up: now
    assert policy.maybe_backup(t0 + timedelta(hours=2)) is None  # nothing changed
    _contact(service, episode, 9)
    assert policy.maybe_backup(t0 + timedelta(minutes=30)) is None  # changed, but within the hour
    second = policy.maybe_backup(t0 + timedelta(minutes=61))
    assert second is not None and policy.last_backup().path == second.path
    _contact(service, episode, 10)
    assert policy.maybe_backup(t0 + timedelta(minutes=62), closing=True) is not None  # on close: at once
    service.record_export("json", "whole log")  # an export is audited but is not a change of care data
    assert policy.maybe_backup(t0 + timedelta(hours=5), closing=True) is None


def test_thinning_keeps_daily_weekly_monthly():
    now = datetime(2028, 1, 1, tzinfo=UTC)
    hourly = [now - timedelta(hours=h) for h in range(0, 24 * 365 * 3)]
    keep = backup.thinning_keep(hourly, now)
    ages = sorted((now - k).days for k in keep)
    daily = [a for a in ages if a < 14]
    weekly = [a for a in ages if 14 <= a < 92]
    monthly = [a for a in ages if 92 <= a < 730]
    assert 14 <= len(daily) <= 15 and 11 <= len(weekly) <= 13 and 20 <= len(monthly) <= 22
    assert max(ages) < 730 and max(keep) == now
    print(f"\nthinning of 3 years of hourly backups: {len(hourly)} -> {len(keep)} kept "
          f"({len(daily)} daily, {len(weekly)} weekly, {len(monthly)} monthly)")


def test_thin_deletes_files_but_never_pre_migration_backups(log, log_paths):
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    for hours in (0, 1, 2, 30, 24 * 40):
        backup.backup_now(log_paths, log.data_key, now - timedelta(hours=hours))
    pre = log_paths.backups / "pre-migration-v1-20200101T000000Z.db"
    pre.write_bytes(b"x" * 4096)
    removed = backup.thin(log_paths, now)
    assert len(removed) == 2  # 11:00 and 10:00 on the same day as the 12:00 one
    assert pre.exists()
    kinds = [b.kind for b in backup.list_backups(log_paths)]
    assert kinds.count("auto") == 3 and kinds.count("pre-migration") == 1


def test_restore_verifies_first_and_keeps_the_current_log_aside(log, log_paths, service, episode):
    first = _contact(service, episode, 9)
    good = backup.backup_now(log_paths, log.data_key)
    _contact(service, episode, 10)
    data_key = log.data_key
    log.close()
    restored, aside = restore_backup(log_paths, data_key, good.path)
    try:
        from kbtdesk.composition import build_service

        svc = build_service(restored)
        assert [c.id for c in svc.episode_detail(episode.id).contacts] == [first.id]
        assert svc.verify_audit().ok
        assert svc.audit_entries()[-1].action == "restore"
    finally:
        restored.close()
    assert aside.name.startswith("kbtdesk-log.db.before-restore-")
    assert aside.stat().st_mode & 0o777 == 0o600  # a whole log: nobody else's (issue 12.9)
    kept = connect(aside, data_key)
    assert kept.execute("SELECT count(*) FROM contact").fetchone()[0] == 2
    kept.close()


def test_a_damaged_backup_is_refused_and_the_log_untouched(log, log_paths):
    info = backup.backup_now(log_paths, log.data_key)
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    info.path.write_bytes(bytes(raw))
    data_key = log.data_key
    log.close()
    before = log_paths.log.read_bytes()
    with pytest.raises(LogOpenError) as raised:
        restore_backup(log_paths, data_key, info.path)
    assert raised.value.kind == "damaged" and "not touched" in str(raised.value)
    assert log_paths.log.read_bytes() == before
    assert not list(log_paths.log.parent.glob("*.before-restore-*"))
    open_log(log_paths, PASSPHRASE).close()


def test_restore_is_refused_while_the_log_is_in_use(log, log_paths):
    info = backup.backup_now(log_paths, log.data_key)
    with pytest.raises(LogOpenError) as raised:
        restore_backup(log_paths, log.data_key, info.path)
    assert raised.value.kind == "in-use"


def test_newest_good_backup_skips_damaged_ones(log, log_paths):
    from kbtdesk.db.engine import newest_good_backup

    older = backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 1, tzinfo=UTC))
    newer = backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 2, tzinfo=UTC))
    newer.path.write_bytes(newer.path.read_bytes()[:4096 * 2])
    assert newest_good_backup(log_paths, log.data_key) == older.path


def test_backup_reports_progress_and_a_cancel_leaves_nothing(log, log_paths, service, episode):
    for hour in range(8, 12):
        _contact(service, episode, hour)
    seen = []
    info = backup.backup_now(log_paths, log.data_key, progress=lambda d, t: seen.append((d, t)))
    assert seen and seen[-1][0] == seen[-1][1] > 0
    assert check_database(info.path, log.data_key, immutable=True).ok
    before = sorted(p.name for p in log_paths.backups.iterdir())

    class Cancel(Exception):
        pass

    def cancel(done, total):
        if done:
            raise Cancel()

    with pytest.raises(Cancel):
        backup.backup_now(log_paths, log.data_key, progress=cancel)
    assert sorted(p.name for p in log_paths.backups.iterdir()) == before


def test_verify_reports_progress(log, log_paths):
    seen = []
    assert check_database(log_paths.log, log.data_key, progress=lambda d, t: seen.append((d, t))).ok
    assert seen[0] == (0, 2) and seen[-1] == (2, 2)


# -- cancellable phases, split decision ---------------------------------------------------------

def _flip_byte(path, offset):
    raw = bytearray(path.read_bytes())
    raw[offset] ^= 0x40
    path.write_bytes(bytes(raw))


def test_the_page_check_finds_what_sqlciphers_own_check_finds(log, log_paths, service, episode):
    for hour in range(8, 12):
        _contact(service, episode, hour)
    copy = backup.backup_now(log_paths, log.data_key).path

    def both():
        conn = connect(copy, log.data_key, immutable=True, check=False)
        try:
            theirs = [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
            page_size = backup._page_size_if_known_format(conn)
        finally:
            conn.close()
        return backup._check_pages(copy, log.data_key, page_size, lambda d, t: None), theirs

    assert both() == ([], [])
    _flip_byte(copy, 3 * 4096 + 100)  # page 4's ciphertext
    ours, theirs = both()
    assert ours == theirs == ["HMAC verification failed for page 4"]
    _flip_byte(copy, 3 * 4096 + 100)
    _flip_byte(copy, 4096 - 10)  # page 1's HMAC itself (SQLCipher then refuses to open the file at all)
    assert backup._check_pages(copy, log.data_key, 4096, lambda d, t: None) == [
        "HMAC verification failed for page 1"]


def test_a_damaged_page_is_never_laundered_into_a_backup(log, log_paths, tmp_path):
    source = backup.backup_now(log_paths, log.data_key).path
    _flip_byte(source, 2 * 4096 + 50)
    conn = connect(source, log.data_key, immutable=True, check=False)
    target = tmp_path / "copy.db"
    try:
        with pytest.raises(LogOpenError) as raised:
            backup.copy_database(conn, target, log.data_key, progress=lambda d, t: None)
    finally:
        conn.close()
    assert raised.value.kind == "damaged" and "page 3" in str(raised.value)
    assert list(tmp_path.iterdir()) == [log_paths.log.parent]


def _log_bytes(paths):
    return [p.read_bytes() if p.exists() else None for p in (paths.log, paths.log.with_name(paths.log.name + "-wal"))]


@pytest.mark.parametrize("phase", [0, 1, 2], ids=["checking the log", "copying", "checking the copy"])
def test_a_cancel_in_any_phase_leaves_no_file_and_the_log_as_it_was(log, log_paths, service, episode,
                                                                    monkeypatch, phase):
    for hour in range(8, 12):
        _contact(service, episode, hour)
    monkeypatch.setattr(backup, "PAGES_PER_STEP", 2)  # several reports per phase even on a small log
    before = _log_bytes(log_paths)
    seen = []

    class Cancel(Exception):
        pass

    def cancel(done, total):
        share = total // 3
        temporary = [p.name for p in log_paths.backups.iterdir() if p.name.endswith(".tmp")]
        seen.append((done, total, temporary))
        if phase * share < done < (phase + 1) * share:
            raise Cancel()

    job = backup.BackupPolicy(log).due_backup()
    with pytest.raises(Cancel):
        job.run(cancel)
    done, total, temporary = seen[-1]
    assert phase * total // 3 < done < (phase + 1) * total // 3
    assert bool(temporary) == (phase > 0)  # the copy exists from the copy phase on: it was removed
    assert list(log_paths.backups.iterdir()) == []
    assert _log_bytes(log_paths) == before
    assert check_database(log_paths.log, log.data_key).ok


def test_the_decision_and_the_backup_are_apart(log, log_paths, service, episode):
    import threading

    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    policy = backup.BackupPolicy(log)
    job = policy.due_backup(t0)
    assert job is not None and job.now == t0 and "data_key" not in repr(job)
    result = {}
    worker = threading.Thread(target=lambda: result.update(info=job.run()))  # its own connection
    worker.start()
    worker.join()
    assert result["info"].path == policy.last_backup().path
    assert check_database(result["info"].path, log.data_key, full=True, immutable=True).ok
    assert policy.due_backup(t0 + timedelta(hours=2)) is None  # nothing changed since


def test_after_a_cancel_no_automatic_backup_is_due_for_a_while_but_closing_still_backs_up(log, service, episode):
    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    policy = backup.BackupPolicy(log)
    assert policy.due(t0)  # changed, and no backup yet
    policy.cancelled(t0)
    assert not policy.due(t0 + timedelta(minutes=9)) and policy.due_backup(t0 + timedelta(minutes=9)) is None
    assert policy.due(t0 + timedelta(minutes=9), closing=True)
    assert policy.due(t0 + policy.hold_after_cancel)


def test_another_page_format_falls_back_to_sqlciphers_own_check(log, log_paths, monkeypatch):
    monkeypatch.setitem(backup._PAGE_FORMAT, "cipher_hmac_algorithm", "HMAC_SHA1")
    seen = []
    info = backup.backup_now(log_paths, log.data_key, progress=lambda d, t: seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] > 0
    assert check_database(info.path, log.data_key, full=True, immutable=True).ok
