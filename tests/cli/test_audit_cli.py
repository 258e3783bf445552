"""`kbtdesk audit verify` as a user runs it: content, copies, logs from before content hashes;
wrong passphrases at `verify` and `restore` on the trail; exit codes for what is not bad input."""

import json
import shutil
from pathlib import Path

from kbtdesk.db import keyfile
from kbtdesk.db.connection import connect
from tests.cli.test_cli import SAMPLE, kbtdesk

PASS = "a long enough passphrase"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "logs"


def _init(tmp_path):
    env = {"KBTDESK_LOG": str(tmp_path / "here" / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    assert kbtdesk("init", "--name", "Tove", env_extra=env).returncode == 0
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    return env, tmp_path / "here" / "log.db"


def _sql(log: Path, *statements):
    """Plain SQL with the log's key: what someone with the passphrase can do behind kbtdesk."""
    conn = connect(log, keyfile.unwrap_data_key(log.with_name(log.name + ".key"), PASS))
    try:
        for statement in statements:
            conn.execute(statement)
    finally:
        conn.close()


def _actions(log: Path) -> list[str]:
    conn = connect(log, keyfile.unwrap_data_key(log.with_name(log.name + ".key"), PASS), readonly=True)
    try:
        return [r[0] for r in conn.execute("SELECT action FROM audit ORDER BY seq")]
    finally:
        conn.close()


def test_audit_verify_recomputes_content_and_holds_the_trail_to_backups(tmp_path):
    env, log = _init(tmp_path)
    ok = kbtdesk("audit", "verify", env_extra=env)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "records recomputed, every one explained" in ok.stdout and "no backup or export" in ok.stdout
    assert kbtdesk("backup", env_extra=env).returncode == 0
    with_backup = kbtdesk("audit", "verify", env_extra=env)
    assert with_backup.returncode == 0 and ": agrees" in with_backup.stdout

    contact = json.loads(SAMPLE.read_text(encoding="utf-8"))["contacts"][2]["id"]
    _sql(log, f"UPDATE contact SET note = 'ändrad i smyg' WHERE id = '{contact}'")
    edited = kbtdesk("audit", "verify", env_extra=env)
    assert edited.returncode == 1
    assert f"contact {contact}: its content is not what entry" in edited.stdout


def test_a_rewritten_trail_is_caught_against_an_export(tmp_path):
    env, log = _init(tmp_path)
    exported = tmp_path / "copy.json"
    assert kbtdesk("export", "json", "-o", str(exported), env_extra=env).returncode == 0
    assert json.loads(exported.read_text(encoding="utf-8"))["audit_head"]["seq"] > 0
    # Cut the trail back to before the export (a key holder removing the newest entries).
    _sql(log, "DROP TRIGGER audit_no_delete", "DROP TRIGGER audit_patient_no_delete",
         "DELETE FROM audit_patient WHERE seq > 3", "DELETE FROM audit WHERE seq > 3")
    alone = kbtdesk("audit", "verify", env_extra=env)
    held = kbtdesk("audit", "verify", "--against", str(exported), env_extra=env)
    assert held.returncode == 1 and "copy.json" in held.stdout
    assert alone.stdout != held.stdout
    unreadable = kbtdesk("audit", "verify", "--against", str(SAMPLE), env_extra=env)
    assert unreadable.returncode == 2 and "audit head" in unreadable.stderr


def test_a_log_from_before_content_hashes_says_what_is_not_covered(tmp_path):
    shutil.copytree(FIXTURES / "v3", tmp_path / "v3")
    env = {"KBTDESK_LOG": str(tmp_path / "v3" / "kbtdesk-log.db"),
           "KBTDESK_PASSPHRASE": "correct horse battery staple", "KBTDESK_LANG": "en"}
    result = kbtdesk("audit", "verify", env_extra=env)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "not covered: entries 1–5 were written before kbtdesk recorded content" in result.stdout
    assert "17 records recomputed, every one explained" in result.stdout


def test_wrong_passphrases_at_verify_and_restore_reach_the_trail(tmp_path):
    env, log = _init(tmp_path)
    assert kbtdesk("backup", env_extra=env).returncode == 0
    backup = next((tmp_path / "here" / "log-backups").glob("log-*.db"))
    wrong = dict(env, KBTDESK_PASSPHRASE="not the passphrase at all")
    assert kbtdesk("verify", env_extra=wrong).returncode == 2
    assert kbtdesk("restore", str(backup), env_extra=wrong).returncode == 2
    assert kbtdesk("restore", str(backup), env_extra=dict(
        env, KBTDESK_RECOVERY_CODE="AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA")).returncode == 2
    assert kbtdesk("worklist", env_extra=env).returncode == 0  # the next unlock writes them down
    assert _actions(log)[-4:] == ["failed-unlock"] * 3 + ["unlock"]


def test_a_fault_in_kbtdesk_is_exit_3_in_one_line(monkeypatch, capsys, tmp_path):
    from kbtdesk import cli

    def broken(_args):
        raise RuntimeError("something kbtdesk did not expect")

    monkeypatch.setitem(cli.COMMANDS, "check", broken)
    assert cli.main(["check"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError" in err and "Traceback" not in err
    monkeypatch.setenv("KBTDESK_DEBUG", "1")
    assert cli.main(["check"]) == cli.EXIT_BUG
    assert "Traceback" in capsys.readouterr().err
