"""backup, restore, verify, audit verify/show, passphrase, recover: as a user runs them."""

import json
import re
import shutil

import pytest

from tests.cli.test_cli import SAMPLE, kbtdesk

PASS = "a long enough passphrase"

# Each test runs the program a dozen times in subprocesses, with backups and restores (4-6 s).
pytestmark = pytest.mark.slow


def _init(tmp_path, folder="here"):
    env = {"KBTDESK_LOG": str(tmp_path / folder / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    created = kbtdesk("init", "--name", "Tove", env_extra=env)
    assert created.returncode == 0, created.stderr
    code = re.search(r"([A-Z2-7]{5}(?:-[A-Z2-7]{5}){7})", created.stdout).group(1)
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    return env, code


def test_backup_verify_and_restore_on_another_workstation(tmp_path):
    env, _code = _init(tmp_path)
    made = kbtdesk("backup", env_extra=env)
    assert made.returncode == 0 and "verified" in made.stdout, made.stderr
    checked = kbtdesk("verify", env_extra=env)
    assert checked.returncode == 0 and checked.stdout.startswith("ok:")
    assert kbtdesk("verify", "--full", env_extra=env).returncode == 0

    # Another workstation: only the backups folder (backup + key file copy) and the passphrase.
    usb = tmp_path / "usb"
    shutil.copytree(tmp_path / "here" / "log-backups", usb)
    backup_file = next(usb.glob("log-*.db"))
    other = dict(env, KBTDESK_LOG=str(tmp_path / "there" / "log.db"))
    restored = kbtdesk("restore", str(backup_file), env_extra=other)
    assert restored.returncode == 0, restored.stderr
    exported = tmp_path / "out.json"
    assert kbtdesk("export", "json", "-o", str(exported), env_extra=other).returncode == 0
    assert len(json.loads(exported.read_text(encoding="utf-8"))["contacts"]) == 7


def test_verify_finds_damage_and_restore_keeps_the_damaged_log(tmp_path):
    env, _code = _init(tmp_path)
    assert kbtdesk("backup", env_extra=env).returncode == 0
    log = tmp_path / "here" / "log.db"
    raw = bytearray(log.read_bytes())
    raw[4096 + 500] ^= 0xFF
    log.write_bytes(bytes(raw))
    checked = kbtdesk("verify", env_extra=env)
    assert checked.returncode == 1 and "damaged" in checked.stdout
    refused = kbtdesk("worklist", env_extra=env)
    assert refused.returncode == 2 and "damaged" in refused.stderr
    backup_file = next((tmp_path / "here" / "log-backups").glob("log-*.db"))
    restored = kbtdesk("restore", str(backup_file), env_extra=env)
    assert restored.returncode == 0, restored.stderr
    aside = list((tmp_path / "here").glob("log.db.before-restore-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == bytes(raw)
    assert kbtdesk("verify", env_extra=env).returncode == 0


def test_audit_verify_and_show(tmp_path):
    env, _code = _init(tmp_path)
    ok = kbtdesk("audit", "verify", env_extra=env)
    assert ok.returncode == 0 and "intact" in ok.stdout
    shown = kbtdesk("audit", "show", "--patient", "640823-3234", "--json", env_extra=env)
    entries = json.loads(shown.stdout)["entries"]
    assert [e["action"] for e in entries] == ["import"] and entries[0]["profile"] == "Tove"
    # Tamper through SQL with the key, as someone with the data key and no scruples would.
    from kbtdesk.db import keyfile
    from kbtdesk.db.connection import connect

    log = tmp_path / "here" / "log.db"
    conn = connect(log, keyfile.unwrap_data_key(log.with_name("log.db.key"), PASS))
    conn.execute("DROP TRIGGER audit_no_delete")
    conn.execute("DELETE FROM audit WHERE seq = 2")
    conn.close()
    broken = kbtdesk("audit", "verify", env_extra=env)
    assert broken.returncode == 1 and "entry 2" in broken.stdout


def test_passphrase_change_and_recovery(tmp_path):
    env, code = _init(tmp_path)
    changed = kbtdesk("passphrase", env_extra=dict(env, KBTDESK_NEW_PASSPHRASE="second passphrase"))
    assert changed.returncode == 0, changed.stderr
    assert kbtdesk("check", env_extra=env).returncode == 2  # the old one no longer works
    forgot = dict(env, KBTDESK_PASSPHRASE="", KBTDESK_RECOVERY_CODE=code.lower(),
                  KBTDESK_NEW_PASSPHRASE="third passphrase")
    recovered = kbtdesk("recover", env_extra=forgot)
    assert recovered.returncode == 0, recovered.stderr
    new_code = re.search(r"([A-Z2-7]{5}(?:-[A-Z2-7]{5}){7})", recovered.stdout).group(1)
    assert new_code != code
    assert kbtdesk("recover", env_extra=forgot).returncode == 2  # a used code is spent
    assert kbtdesk("check", env_extra=dict(env, KBTDESK_PASSPHRASE="third passphrase")).returncode in (0, 1)


def test_exports_are_recorded_in_the_audit_trail(tmp_path):
    env, _code = _init(tmp_path)
    out = tmp_path / "ep.csv"
    made = kbtdesk("export", "episode", "e0000000-0000-4000-8000-000000000001", "--format", "csv",
                   "-o", str(out), env_extra=env)
    assert made.returncode == 0, made.stderr
    assert kbtdesk("export", "json", "-o", str(tmp_path / "all.json"), env_extra=env).returncode == 0
    shown = kbtdesk("audit", "show", "--patient", "640823-3234", "--json", env_extra=env)
    entries = json.loads(shown.stdout)["entries"]
    # the whole-log export held this patient's data too, so their extract lists it (issue 15)
    assert [(e["action"], e["record_kind"]) for e in entries] == [
        ("import", "patient"), ("export", "csv"), ("export", "json")]
    assert kbtdesk("audit", "verify", env_extra=env).returncode == 0
