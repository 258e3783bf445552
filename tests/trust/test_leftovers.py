"""Temporary files of killed writes are removed at the next start (issue 12.9: a SIGKILL during
an export left `.export.json.<rand>.tmp`, 16.7 MB with 1,000 identity numbers in plaintext, that
nothing removed; a killed restore left an 18 MB `.log.db.tmp`)."""

import pytest

from kbtdesk.base.files import replacing
from kbtdesk.db import leftovers
from kbtdesk.db.engine import open_with_key
from tests.trust.test_kill import _new_log

pytestmark = pytest.mark.slow


def test_a_killed_exports_plaintext_is_removed_at_the_next_start(tmp_path, zygote):
    paths, key = _new_log(tmp_path / "log", contacts=3000)
    out = tmp_path / "elsewhere" / "export.json"  # exports go wherever the user chose
    out.parent.mkdir()
    pid = zygote.start(op="export_in_chunks", log=str(paths.log), key=key.hex(), out=str(out))
    zygote.run_and_kill(pid, after_lines=1, prefix="writing")
    left = list(out.parent.glob(".export.json.*.tmp"))
    assert left and b"19" in left[0].read_bytes()[:65536]  # plaintext identity numbers
    open_with_key(paths, key).close()  # the next start
    assert not list(out.parent.glob(".*.tmp"))


def test_a_temporary_still_being_written_is_kept(tmp_path):
    paths, key = _new_log(tmp_path / "log")
    log = open_with_key(paths, key)  # this process lists its temporaries from now on
    try:
        with replacing(tmp_path / "export.csv") as tmp:
            tmp.write_text("being written", encoding="utf-8")
            assert leftovers.remove_stale(paths) == []
            assert tmp.exists()
        assert (tmp_path / "export.csv").read_text(encoding="utf-8") == "being written"
    finally:
        log.close()


def test_leftovers_of_restores_backups_and_init_go_at_the_next_start(tmp_path):
    paths, key = _new_log(tmp_path / "log")
    paths.backups.mkdir(exist_ok=True)
    planted = [paths.log.with_name("." + paths.log.name + suffix)
               for suffix in (".tmp", ".tmp-journal", ".restore", ".restore.tmp", ".new")]
    planted += [paths.log.with_name(f"..{paths.log.name}.restore.tmp"),
                paths.log.with_name(f".{paths.log.name}.before-restore-20261126T093000Z.tmp"),
                paths.backups / ".kbtdesk-log-20261126T093000Z.db.tmp"]
    for path in planted:
        path.write_bytes(b"\x00" * 4096)
    keep = [paths.log.with_name(paths.log.name + ".before-restore-20261126T093000Z"), paths.key]
    keep[0].write_bytes(b"kept")
    open_with_key(paths, key).close()
    assert [p.name for p in planted if p.exists()] == []
    assert all(p.exists() for p in keep)
