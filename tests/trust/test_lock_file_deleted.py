"""`<log>.lock` deleted under a running writer (a user, a cleanup tool): no second writer gets in,
and restore, migration (any writing open) and passphrase change are refused while the first one
goes on saving; nothing it acknowledged is lost (issue 12.6).

Before the fix the guard was the lock file alone: with it deleted, `kbtdesk restore` succeeded
under the live writer, whose next 234 acknowledged saves were all missing afterwards.
"""

import os
import signal
import subprocess
import sys

import pytest

from kbtdesk.db.backup import backup_now
from kbtdesk.db.connection import connect
from kbtdesk.db.engine import LogInUse, open_with_key
from kbtdesk.db.lock import lock_path, who_holds
from tests.helpers.fixtures import PASSPHRASE
from tests.trust.harness import ROOT
from tests.trust.test_kill import _new_log

pytestmark = pytest.mark.slow  # three CLI runs


def _kbtdesk(paths, *args, **env):
    environment = dict(os.environ, KBTDESK_LOG=str(paths.log), KBTDESK_PASSPHRASE=PASSPHRASE,
                       KBTDESK_LANG="en", **env)
    return subprocess.run([sys.executable, "-m", "kbtdesk.cli", *args], env=environment, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def _acks(zygote, n: int) -> list[str]:
    seen = []
    while len(seen) < n:
        line = zygote.next_line()
        assert not line.startswith(("error", "done")), line
        if line.startswith("ack"):
            seen.append(line.split()[1])
    return seen


def test_a_deleted_lock_file_lets_no_second_writer_in(tmp_path, zygote):
    paths, key = _new_log(tmp_path)
    backup = backup_now(paths, key)
    pid = zygote.start(op="save", log=str(paths.log), key=key.hex(), tag="live")
    acknowledged = _acks(zygote, 3)
    lock_path(paths.log).unlink()  # the writer runs on without its lock file

    assert who_holds(paths.log) is not None  # readers are told someone writes (not read immutable)
    with pytest.raises(LogInUse):
        open_with_key(paths, key)  # a writing open: the one that would migrate
    refused = {
        "restore": _kbtdesk(paths, "restore", str(backup.path)),
        "passphrase": _kbtdesk(paths, "passphrase", KBTDESK_NEW_PASSPHRASE="another long passphrase 42"),
    }
    acknowledged += _acks(zygote, 20)  # the writer saves on meanwhile
    os.kill(pid, signal.SIGKILL)
    while True:
        line = zygote.next_line()
        if line.startswith(f"done {pid}"):
            break
        if line.startswith("ack"):
            acknowledged.append(line.split()[1])

    for name, done in refused.items():
        assert done.returncode == 2 and "in use" in done.stderr and "Traceback" not in done.stderr, (name, done.stderr)
    log = open_with_key(paths, key)
    log.close()
    conn = connect(paths.log, key, readonly=True)
    try:
        stored = {r[0] for r in conn.execute("SELECT id FROM contact")}
    finally:
        conn.close()
    assert not set(acknowledged) - stored
    print(f"\nlock file deleted under a live writer: restore and passphrase change refused (exit 2, "
          f"'in use'), a writing open refused; {len(acknowledged)} saves acknowledged, 0 lost")
