"""The key files from the command line: `init` never replaces a key (12.1), a key change reaches
every copy so `restore --key` with the old passphrase opens nothing (12.4), a damaged or hostile
key file is exit 2 with one line (12.8), a guessable passphrase is refused (12.9)."""

import json
import time
from pathlib import Path

import pytest

from tests.cli.test_cli import SAMPLE, kbtdesk

PASS = "a long enough passphrase"
NEW = "another long passphrase 42"


def _init(tmp_path):
    env = {"KBTDESK_LOG": str(tmp_path / "here" / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    made = kbtdesk("init", "--name", "Tove", "--unit", "Mottagningen", env_extra=env)
    assert made.returncode == 0, made.stderr
    code = next(line.strip() for line in made.stdout.splitlines() if line.startswith("    "))
    return env, tmp_path / "here" / "log.db", code


@pytest.mark.slow
def test_init_after_the_log_was_removed_is_refused_and_says_how_to_restore(tmp_path):
    env, log, _code = _init(tmp_path)
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    assert kbtdesk("backup", env_extra=env).returncode == 0
    log.unlink()
    keys = {p: p.read_bytes() for p in log.parent.rglob("*.key")}
    hint = kbtdesk("worklist", env_extra=env)
    assert hint.returncode == 2 and "restore" in hint.stderr and "kbtdesk init" not in hint.stderr
    again = kbtdesk("init", "--name", "Tove", env_extra=env)
    assert again.returncode == 2, again.stdout
    assert "kbtdesk restore" in again.stderr and "log-backups" in again.stderr and "Traceback" not in again.stderr
    swedish = kbtdesk("init", "--name", "Tove", env_extra=dict(env, KBTDESK_LANG="sv"))
    assert swedish.returncode == 2 and "kbtdesk restore" in swedish.stderr
    assert "säkerhetskopi" in swedish.stderr.lower(), swedish.stderr
    assert {p: p.read_bytes() for p in log.parent.rglob("*.key")} == keys
    backup = next((log.parent / "log-backups").glob("log-*.db"))
    assert kbtdesk("restore", str(backup), env_extra=env).returncode == 0
    assert kbtdesk("worklist", env_extra=env).returncode == 0


@pytest.mark.slow
def test_after_a_passphrase_change_and_a_recovery_no_old_secret_opens_any_copy(tmp_path):
    env, log, code = _init(tmp_path)
    assert kbtdesk("backup", env_extra=env).returncode == 0
    backup = next((log.parent / "log-backups").glob("log-*.db"))
    changed = kbtdesk("passphrase", env_extra=dict(env, KBTDESK_NEW_PASSPHRASE=NEW))
    assert changed.returncode == 0, changed.stderr
    elsewhere = tmp_path / "elsewhere" / "log.db"
    for key in (backup.with_name(backup.name + ".key"),):
        old = kbtdesk("restore", str(backup), "--key", str(key), env_extra=dict(env, KBTDESK_LOG=str(elsewhere)))
        assert old.returncode == 2 and "Wrong passphrase" in old.stderr
    recovered = kbtdesk("recover", env_extra=dict(env, KBTDESK_RECOVERY_CODE=code,
                                                  KBTDESK_NEW_PASSPHRASE="third passphrase here"))
    assert recovered.returncode == 0, recovered.stderr
    fresh = next(line.strip() for line in recovered.stdout.splitlines() if line.startswith("    "))
    assert len(fresh) == 47 and fresh != code
    used = kbtdesk("restore", str(backup),
                   env_extra=dict(env, KBTDESK_LOG=str(elsewhere), KBTDESK_RECOVERY_CODE=code))
    assert used.returncode == 2 and "recovery code does not open" in used.stderr
    works = kbtdesk("restore", str(backup),
                    env_extra=dict(env, KBTDESK_LOG=str(elsewhere), KBTDESK_RECOVERY_CODE=fresh))
    assert works.returncode == 0, works.stderr
    assert kbtdesk("worklist", env_extra=dict(env, KBTDESK_PASSPHRASE="third passphrase here")).returncode == 0


@pytest.mark.parametrize("change", ["iterations", "wraps", "flip"])
def test_a_damaged_or_hostile_key_file_is_exit_2_in_one_line(tmp_path, change):
    env, log, _code = _init(tmp_path)
    key = log.with_name(log.name + ".key")
    doc = json.loads(key.read_bytes())
    if change == "iterations":
        doc["wraps"][0]["kdf"]["iterations"] = 2 ** 31
        key.write_text(json.dumps(doc))
    elif change == "wraps":
        doc["wraps"] = {"kind": "passphrase"}
        key.write_text(json.dumps(doc))
    else:
        raw = bytearray(key.read_bytes())
        raw[raw.index(b'"key": "') + 12] ^= 0x01
        key.write_bytes(bytes(raw))
    started = time.monotonic()
    for command in ("worklist", "verify"):
        result = kbtdesk(command, env_extra=env)
        assert result.returncode == 2, result.stderr
        assert "damaged" in result.stderr and "Traceback" not in result.stderr
        assert "Wrong passphrase" not in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("weak", ["aaaaaaaaaa", " " * 10, "Mottagningen1", "1234567890"])
def test_a_guessable_passphrase_is_refused_with_a_reason(tmp_path, weak):
    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": weak, "KBTDESK_LANG": "sv"}
    result = kbtdesk("init", "--name", "Tove", "--unit", "Mottagningen", env_extra=env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "lösenfras" in result.stderr.lower(), result.stderr
    assert not Path(tmp_path / "log.db").exists()
