"""A half-filled checklist kept in the encrypted log (never in a plain file) and read back."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import text

from kbtdesk.core import drafts
from kbtdesk.core.service import ContactDraft
from tests.helpers.fixtures import NOW

NOTE = "Hemlig anteckning om Åsa: sömnproblem ZQX-4711"


def a_draft(episode_id: str) -> ContactDraft:
    at = NOW - timedelta(hours=2)
    return ContactDraft(episode_id=episode_id, at=at, type="BR", minutes=35, codes=("DU011", "ZV044"),
                        journal_done=at, note=NOTE)


def test_kept_draft_round_trips(service, episode):
    draft = a_draft(episode.id)
    drafts.keep(service, draft, step=2)
    kept = drafts.pending(service)
    assert kept is not None
    assert kept.draft == draft
    assert kept.step == 2
    assert kept.draft.at.utcoffset() == draft.at.utcoffset()


def test_discard_forgets_it(service, episode):
    drafts.keep(service, a_draft(episode.id))
    drafts.discard(service)
    assert drafts.pending(service) is None
    drafts.discard(service)  # nothing kept: no error, no audit entry
    assert drafts.pending(service) is None


def test_nothing_kept_and_unknown_documents(service):
    assert drafts.pending(service) is None
    service.set_setting(drafts.SETTING_KEY, {"format": 99})
    assert drafts.pending(service) is None
    service.set_setting(drafts.SETTING_KEY, {"format": 1, "draft": {"at": "not a time"}})
    assert drafts.pending(service) is None


def test_kept_in_the_setting_table_and_in_no_plain_file(service, episode, log, tmp_path):
    drafts.keep(service, a_draft(episode.id))
    with log.engine.connect() as conn:
        stored = conn.execute(text("SELECT value FROM setting WHERE key = :k"), {"k": drafts.SETTING_KEY}).scalar()
    assert NOTE in stored
    log.engine.dispose()  # checkpoint: the -wal is on disk too, and must not hold it either
    needles = [NOTE.encode("utf-8"), NOTE.encode("utf-16-le"), b"ZQX-4711"]
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files, "the log is somewhere under tmp_path"
    for path in files:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} in plain text in {path.name}"
