"""The adversarial figures of docs/trust.md at a small scale (`python -m tests.trust.adversarial`
runs them in full): 0 acknowledged saves lost and 0 crashes, with saves only in the -wal when a
writer is killed, and with one-byte flips in a killed writer's -wal (issue 12.7: 16 of 150 flips
lost 1-9 acknowledged contacts silently, 0 were refused)."""

import pytest

from tests.trust import adversarial

pytestmark = pytest.mark.slow


def test_kills_during_saves_with_and_without_a_reader_holding_checkpoints(tmp_path, zygote):
    tally = adversarial.kills_during_saves(zygote, tmp_path, runs=12)
    print("\n" + tally.line())
    assert tally.tried == 12 and tally.lost == 0 and tally.crashes == 0


@pytest.mark.parametrize("hold_reader", [False, True], ids=["checkpointed", "reader-holding-checkpoints"])
def test_flipped_bytes_in_a_killed_writers_wal_never_lose_saves_silently(tmp_path, zygote, hold_reader):
    tally = adversarial.damaged_wals(zygote, tmp_path, flips=25, hold_reader=hold_reader)
    print("\n" + tally.line())
    assert tally.tried == 25 and tally.lost == 0 and tally.crashes == 0
    if not hold_reader:  # every commit was checkpointed: the damage costs nothing, nothing is refused
        assert tally.outcomes["opened whole"] == 25
