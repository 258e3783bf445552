"""Each use case once (issue 13.3): the window and the command line build the same request for a
backup and an import, so what is written (and audited) is the same from both."""

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kbtdesk.core.backups import BackupPolicy, BackupRequest, list_backups
from kbtdesk.core.interchange import ImportProblem, ImportRequest
from kbtdesk.core.service import ContactDraft, InputError
from tests.core.test_interchange import SAMPLE, broken, raw
from tests.helpers.fixtures import NOW


def test_the_windows_due_backup_is_the_request_the_command_line_runs(log, log_paths, service, episode):
    service.save_contact(ContactDraft(episode.id, NOW, "BR", codes=("DU011", "ZV044", "ZV051")))
    t0 = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)
    due = BackupPolicy(log).due_backup(t0)
    assert due == BackupRequest.of(log, t0)  # the window's request and `kbtdesk backup`'s are one
    info = due.run()
    assert [b.path for b in list_backups(log_paths)] == [info.path]
    assert info.path.parent == log_paths.backups and info.path.name.startswith(log_paths.log.stem + "-20261126T0800")
    assert BackupPolicy(log).due_backup(t0 + timedelta(hours=2)) is None  # nothing changed since


def test_a_cancelled_backup_request_leaves_no_file(log, log_paths):
    def cancel(_done, _total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        BackupRequest.of(log).run(cancel)
    assert list_backups(log_paths) == []
    assert [p for p in log_paths.backups.glob("*") if p.suffix != ".key"] == []


def test_an_import_request_reads_its_file_and_merges_all_or_nothing(service, tmp_path):
    good, bad = tmp_path / "good.json", tmp_path / "bad.json"
    good.write_bytes(raw(SAMPLE))
    bad.write_bytes(raw(broken("contacts", 1, type="XX")))
    with pytest.raises(FileNotFoundError):
        ImportRequest.from_file(tmp_path / "missing.json")
    with pytest.raises(ImportProblem) as refused:
        ImportRequest.from_file(bad).run(service)
    assert refused.value.field == "type" and service.counts().contacts == 0
    result = ImportRequest.from_file(good).run(service)
    assert result.added["contacts"] == len(SAMPLE["contacts"]) == service.counts().contacts
    again = ImportRequest.from_file(good).run(service)
    assert sum(again.added.values()) == 0 and again.unchanged["contacts"] == len(SAMPLE["contacts"])


@pytest.mark.parametrize("changes", [
    {"type": "XX"},
    {"mode": "video"},  # BR has no mode
    {"type": "planned-visit", "mode": None},
    {"type": "planned-visit", "mode": "by-pigeon"},
    {"at": "1899-12-31T10:00:00+01:00"},
    {"registered": "2200-01-01T10:00:00+01:00"},
], ids=lambda c: ",".join(f"{k}={v}" for k, v in c.items()))
def test_the_importer_refuses_a_contact_as_the_checklists_finish_does(service, episode, changes):
    """One check of a contact's values (contacts.check_contact): the same field, the same words."""
    record = {**SAMPLE["contacts"][1], **changes}
    draft = ContactDraft(episode.id, datetime.fromisoformat(record["at"]), record["type"], record["mode"],
                         codes=tuple(record["codes"]),
                         registered=datetime.fromisoformat(record["registered"]) if record["registered"] else None)
    with pytest.raises(InputError) as by_service:
        service.save_contact(draft)
    with pytest.raises(ImportProblem) as by_import:
        ImportRequest(Path("sample.json"), raw(broken("contacts", 1, **changes))).run(service)
    assert by_import.value.record == record["id"]
    assert (by_import.value.field, by_import.value.message) == (by_service.value.field, by_service.value.message)
