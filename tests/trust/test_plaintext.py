"""A known personnummer and name appear 0 times in the bytes of the log, its journals, its
backups, the set-aside copy of a restore and every temporary or side file kbtdesk writes."""

import contextlib
import os
from datetime import UTC, datetime

from kbtdesk.core.service import ContactDraft
from kbtdesk.db import backup
from kbtdesk.db.engine import open_log, restore_backup
from kbtdesk.db.keyfile import WrongPassphrase
from tests.helpers.fixtures import NOW

NEEDLES = ["196408233234", "640823-3234", "6408233234", "Åsa Öberg", "Öberg", "Hemlig Anteckning"]


def _count(folder) -> tuple[int, int, int]:
    hits = files = size = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            with open(os.path.join(root, name), "rb") as handle:
                data = handle.read()
            files += 1
            size += len(data)
            for needle in NEEDLES:
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    hits += data.count(needle.encode(encoding))
    return hits, files, size


def test_no_identity_or_name_in_any_file(tmp_path, log, log_paths, service, episode):
    for i in range(30):
        service.save_contact(ContactDraft(episode.id, NOW.replace(minute=i), "BR", codes=("DU011",),
                                          note=f"Hemlig Anteckning om Åsa Öberg {i}"))
    phases = {}
    assert os.path.getsize(str(log_paths.log) + "-wal") > 0
    phases["wal"] = _count(tmp_path)  # uncheckpointed: the data sit in -wal
    info = backup.backup_now(log_paths, log.data_key, datetime(2026, 11, 26, 9, tzinfo=UTC))
    service.record_export("json", "whole log")
    phases["backup"] = _count(tmp_path)
    data_key = log.data_key
    log.close()
    for _ in range(2):
        with contextlib.suppress(WrongPassphrase):
            open_log(log_paths, "wrong passphrase!")
    phases["closed+failed unlocks"] = _count(tmp_path)
    restored, aside = restore_backup(log_paths, data_key, info.path)
    phases["restore"] = _count(tmp_path)
    restored.close()
    phases["after close"] = _count(tmp_path)
    for phase, (hits, _files, _size) in phases.items():
        assert hits == 0, phase
    files = sorted({p.name for p in tmp_path.rglob("*") if p.is_file()})
    print(f"\nplaintext search ({len(NEEDLES)} needles x 3 encodings) over "
          f"{phases['restore'][1]} files / {phases['restore'][2] // 1024} KiB in 5 phases "
          f"(log, -wal, backups, key copies, lock, events, set-aside copy): 0 hits. Files: {', '.join(files)}")
