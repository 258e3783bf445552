"""The -wal: committed saves do not stay in it, and damage to it is refused instead of silently
dropping saved contacts (issue 12.7). SQLite stops replaying a -wal at the first frame whose
checksum fails and drops every commit after it without an error."""

import shutil
from datetime import datetime, timedelta

import pytest
from sqlalchemy import text

from kbtdesk.core.service import ContactDraft
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import LogOpenError, open_with_key
from kbtdesk.db.health import check_database
from kbtdesk.db.wal import FRAME_HEADER, HEADER, inspect_wal, wal_path
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import NOW


def _save(service, episode, n: int, tag: str) -> list[str]:
    ids = []
    for i in range(n):
        contact = service.save_contact(ContactDraft(
            episode.id, datetime(2026, 10, 1, 8, 0, tzinfo=NOW.tzinfo) + timedelta(minutes=i), "BR",
            codes=("DU011",), note=f"{tag}-{i}", id=f"{tag}-{i}"))
        ids.append(contact.id)
    return ids


def _crash_copy(log, folder) -> LogPaths:
    """The files as a SIGKILL would leave them: main file and -wal copied while the log is open
    (every commit fsynced its frames first)."""
    folder.mkdir()
    copy = LogPaths(folder / log.paths.log.name)
    shutil.copyfile(log.paths.log, copy.log)
    shutil.copyfile(wal_path(log.paths.log), wal_path(copy.log))
    return copy


def _stored(paths, key) -> set[str]:
    log = open_with_key(paths, key)
    try:
        with log.engine.connect() as conn:
            return {r[0] for r in conn.execute(text("SELECT id FROM contact"))}
    finally:
        log.close()


@pytest.fixture
def reader_holding_a_snapshot(log):
    """A long read (a backup on its worker thread, an export) keeps checkpoints from passing its
    snapshot: commits made meanwhile stay in the -wal only."""
    conn = connect(log.paths.log, log.data_key, readonly=True)
    conn.execute("BEGIN")
    conn.execute("SELECT count(*) FROM contact").fetchone()
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


def test_an_acknowledged_save_is_in_the_main_file_at_once(log, service, episode):
    ids = _save(service, episode, 5, "ck")
    # The main file alone (no -wal), as a copy of just log.db would read it.
    conn = connect(log.paths.log, log.data_key, immutable=True)
    try:
        in_main = {r[0] for r in conn.execute("SELECT id FROM contact")}
    finally:
        conn.close()
    assert set(ids) <= in_main
    assert not inspect_wal(log.paths.log).damaged


def test_a_flipped_byte_before_committed_frames_is_refused_and_nothing_changes(
        log, service, episode, reader_holding_a_snapshot, tmp_path):
    ids = _save(service, episode, 12, "w")
    copy = _crash_copy(log, tmp_path / "crashed")
    report = inspect_wal(copy.log)
    assert report.holds_data and report.frames >= 12
    assert _stored(copy, log.data_key) >= set(ids)  # whole: every acknowledged save is there

    flipped = _crash_copy(log, tmp_path / "flipped")
    raw = bytearray(wal_path(flipped.log).read_bytes())
    frame_size = FRAME_HEADER + 4096
    raw[HEADER + frame_size + FRAME_HEADER + 1000] ^= 0x10  # in the page of frame 2
    wal_path(flipped.log).write_bytes(bytes(raw))
    before = (flipped.log.read_bytes(), wal_path(flipped.log).read_bytes())

    with pytest.raises(LogOpenError) as refused:
        open_with_key(flipped, log.data_key)
    assert refused.value.kind == "damaged" and "-wal" in str(refused.value)
    assert (flipped.log.read_bytes(), wal_path(flipped.log).read_bytes()) == before
    # `verify` reads what the log is opened with: the -wal too.
    checked = check_database(flipped.log, log.data_key, immutable=True)
    assert not checked.ok and "wal" in checked.problems[0]


def test_a_crash_in_the_middle_of_a_frame_is_not_damage(log, service, episode, reader_holding_a_snapshot,
                                                        tmp_path):
    ids = _save(service, episode, 6, "t")
    copy = _crash_copy(log, tmp_path / "torn")
    raw = wal_path(copy.log).read_bytes()
    frame_size = FRAME_HEADER + 4096
    # A next transaction's first frame, written halfway when the process died: not acknowledged.
    torn = raw[HEADER:HEADER + FRAME_HEADER] + bytes(2000)
    wal_path(copy.log).write_bytes(raw[:HEADER + inspect_wal(copy.log).frames * frame_size] + torn)
    assert _stored(copy, log.data_key) >= set(ids)


def test_a_damaged_wal_whose_commits_are_all_in_the_main_file_opens_whole_and_is_kept(
        log, service, episode, tmp_path):
    ids = _save(service, episode, 8, "m")
    copy = _crash_copy(log, tmp_path / "crashed")
    shutil.copyfile(str(log.paths.log) + "-shm", str(copy.log) + "-shm")  # a kill leaves all three
    report = inspect_wal(copy.log)
    assert report.in_main_file and report.committed_frames  # checkpointed after every commit
    raw = bytearray(wal_path(copy.log).read_bytes())
    raw[HEADER + 3] ^= 0x01  # in frame 1's page number: SQLite would replay nothing
    wal_path(copy.log).write_bytes(bytes(raw))
    assert inspect_wal(copy.log).damaged
    assert _stored(copy, log.data_key) >= set(ids)
    kept = list(copy.log.parent.glob(copy.log.name + "-wal.damaged-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(raw)  # kept, never deleted


def test_a_set_aside_wal_is_on_record_at_the_next_unlock(log, service, episode, tmp_path):
    from kbtdesk.core import audit
    from kbtdesk.db.engine import record_unlock

    _save(service, episode, 3, "r")
    copy = _crash_copy(log, tmp_path / "crashed")
    shutil.copyfile(str(log.paths.log) + "-shm", str(copy.log) + "-shm")
    raw = bytearray(wal_path(copy.log).read_bytes())
    raw[HEADER + 3] ^= 0x01
    wal_path(copy.log).write_bytes(bytes(raw))
    opened = open_with_key(copy, log.data_key)
    try:
        record_unlock(opened)
        with opened.engine.connect() as conn:
            rows = conn.execute(text("SELECT action, detail FROM audit ORDER BY seq")).all()
    finally:
        opened.close()
    set_aside = [detail for action, detail in rows if action == audit.WAL_SET_ASIDE]
    assert len(set_aside) == 1 and ".damaged-" in set_aside[0]
    assert [a for a, _ in rows][-1] == audit.UNLOCK  # the event comes before the unlock that found it


def test_every_audit_action_has_a_name_for_people():
    from kbtdesk.core import audit
    from kbtdesk.db import audit as trail

    actions = {value for name, value in vars(trail).items()
               if name.isupper() and isinstance(value, str) and name not in ("GENESIS", "NO_CONTENT")
               and not name.startswith("INSERT") and value.islower()}
    assert {audit.WAL_SET_ASIDE, audit.MIGRATE, audit.FAILED_UNLOCK} <= actions
    assert actions == set(audit.ACTION_TEXT)
