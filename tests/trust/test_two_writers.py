"""Two kbtdesk processes starting at the same moment, 100 times: never two writers."""

import subprocess
import sys
import textwrap

from kbtdesk.db.engine import create_log
from kbtdesk.db.keyfile import TEST_KDF
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE
from tests.trust.harness import ROOT

ROUNDS = 100

# Each process opens the log the way the program does (lock, checks, migrate, WAL) and then holds
# it until told to close. Both are released from a barrier (a line on stdin) at the same moment.
RACER = textwrap.dedent("""
    import sys
    from kbtdesk.db.engine import LogInUse, open_with_key
    from kbtdesk.paths import LogPaths
    from pathlib import Path
    paths, key = LogPaths(Path(sys.argv[1])), bytes.fromhex(sys.argv[2])
    print("ready", flush=True)
    for line in sys.stdin:
        if line.strip() != "go":
            break
        try:
            log = open_with_key(paths, key)
        except LogInUse as exc:
            print("in-use", exc.owner.pid if exc.owner else "?", flush=True)
            sys.stdin.readline()
            print("closed", flush=True)
            continue
        print("writer", flush=True)
        sys.stdin.readline()
        log.close()
        print("closed", flush=True)
""")


def test_never_two_writers(tmp_path):
    paths = LogPaths(tmp_path / "kbtdesk-log.db")
    log = create_log(paths, PASSPHRASE, TEST_KDF)
    key = log.data_key
    log.close()
    racers = [subprocess.Popen([sys.executable, "-c", RACER, str(paths.log), key.hex()], cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True, bufsize=1)
              for _ in range(2)]
    tally = {"one writer": 0, "told who": 0}
    try:
        for r in racers:
            assert r.stdout.readline().strip() == "ready"
        for _ in range(ROUNDS):
            for r in racers:
                r.stdin.write("go\n")
            for r in racers:
                r.stdin.flush()
            answers = [r.stdout.readline().split() for r in racers]
            if not all(answers):
                for r in racers:
                    r.stdin.close()
                raise AssertionError(f"a racer died: {[r.stderr.read()[-1500:] for r in racers]}")
            roles = sorted(a[0] for a in answers)
            assert roles == ["in-use", "writer"], answers
            tally["one writer"] += 1
            winner = racers[[a[0] for a in answers].index("writer")]
            loser = next(a for a in answers if a[0] == "in-use")
            tally["told who"] += loser[1] == str(winner.pid)
            for r in racers:
                r.stdin.write("close\n")
                r.stdin.flush()
            for r in racers:
                assert r.stdout.readline().strip() == "closed"
    finally:
        for r in racers:
            r.stdin.close()
            r.wait(timeout=30)
            r.stdout.close()
            r.stderr.close()
    assert tally == {"one writer": ROUNDS, "told who": ROUNDS}
    print(f"\n{ROUNDS} simultaneous starts of two processes: exactly one writer every time; "
          f"the other named the writer's pid {tally['told who']}/{ROUNDS} times")
