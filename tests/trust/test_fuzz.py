"""1,000 byte-flipped copies of a log plus empty, truncated and foreign files: each refused, none
changed, no crash and no hang (the opener runs in a subprocess with a timeout)."""

import subprocess
import sys
from collections import Counter

import pytest

from kbtdesk.composition import build_service
from kbtdesk.core.interchange import import_document
from kbtdesk.db.engine import create_log
from kbtdesk.db.keyfile import TEST_KDF
from kbtdesk.paths import LogPaths
from tests.helpers.fixtures import PASSPHRASE
from tests.trust.harness import ROOT

COPIES = 1000


@pytest.mark.slow  # 1,000 openings in subprocesses (≈6 s)
def test_damaged_copies_are_all_refused_and_left_untouched(tmp_path):
    paths = LogPaths(tmp_path / "kbtdesk-log.db")
    log = create_log(paths, PASSPHRASE, TEST_KDF)
    import_document(build_service(log), (ROOT / "tests" / "fixtures" / "sample-v1.json").read_bytes())
    key = log.data_key
    log.close()
    done = subprocess.run([sys.executable, "-m", "tests.trust.worker", "fuzz", str(paths.log), key.hex(),
                           str(COPIES), "7"], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert done.returncode == 0, f"opener crashed (exit {done.returncode}): {done.stderr[-2000:]}"
    lines = done.stdout.splitlines()
    assert lines[-1] == "end" and len(lines) == COPIES + 8 + 1
    results = [line.split() for line in lines[:-1]]
    accepted = [r[0] for r in results if r[1] == "ACCEPTED"]
    changed = [r[0] for r in results if r[2] != "same"]
    litter = [r[0] for r in results if r[3] != "-"]
    assert not accepted and not changed and not litter, (accepted, changed, litter)
    kinds = Counter(r[1].split(":")[1] for r in results)
    print(f"\n{COPIES} byte-flipped copies + 8 empty/truncated/foreign files "
          f"({paths.log.stat().st_size // 4096} pages): 0 crashes, 0 hangs, 0 accepted, 0 changed; "
          f"refused as {dict(kinds)}")
