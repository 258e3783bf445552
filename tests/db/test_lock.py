"""One writer: a second open is told who has the log; a killed owner's lock is free at once."""

import os
import signal
import subprocess
import sys
import textwrap

import pytest
import sqlalchemy.exc

from kbtdesk.db import lock
from kbtdesk.db.engine import LogInUse, open_log
from tests.helpers.fixtures import PASSPHRASE


def test_a_second_open_is_told_who_has_the_log_and_writes_nothing(log, log_paths):
    before = log_paths.log.read_bytes()
    with pytest.raises(LogInUse) as raised:
        open_log(log_paths, PASSPHRASE)
    owner = raised.value.owner
    assert owner.pid == os.getpid() and owner.user and owner.host and owner.since
    assert raised.value.kind == "in-use" and raised.value.offer_read_only
    assert str(os.getpid()) in str(raised.value)
    assert log_paths.log.read_bytes() == before
    assert lock.who_holds(log_paths.log) == owner


def test_read_only_is_offered_and_works_while_in_use(log, log_paths, service, episode):
    other = open_log(log_paths, PASSPHRASE, readonly=True)
    try:
        from kbtdesk.composition import build_service

        reader = build_service(other)
        assert reader.counts().episodes == 1
        with pytest.raises(sqlalchemy.exc.OperationalError, match="readonly database"):
            reader.add_patient("701063-2391", "Läsare Läsarsson")
    finally:
        other.close()
    assert service.counts().patients == 1


def test_closing_releases_the_lock(log, log_paths):
    log.close()
    assert lock.who_holds(log_paths.log) is None
    open_log(log_paths, PASSPHRASE).close()


def test_a_killed_owner_leaves_a_lock_that_is_taken_over(log, log_paths):
    log.close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from kbtdesk.db.lock import acquire
        held = acquire({str(log_paths.log)!r})
        print("held", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        assert lock.who_holds(log_paths.log).pid == holder.pid
        with pytest.raises(LogInUse):
            open_log(log_paths, PASSPHRASE)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        holder.stdout.close()
    assert lock.who_holds(log_paths.log) is None  # stale: the OS released it with the process
    open_log(log_paths, PASSPHRASE).close()


def test_the_owner_names_this_machine_as_socket_does():
    """The host in the lock file (shown as "in use by … on HOST") is socket.gethostname(), read
    without importing socket where uname gives it."""
    import socket

    from kbtdesk.db.lock import LockOwner

    me = LockOwner.me()
    assert me.host == socket.gethostname()
    assert me.pid == os.getpid()
