"""The command line, run as a user runs it: a real process, a real encrypted log."""

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
PASS = "a long enough passphrase"


def kbtdesk(*args, env_extra=None, stdin=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KBTDESK_")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "kbtdesk.cli", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120)


@pytest.fixture
def env(tmp_path):
    return {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}


@pytest.fixture
def filled(env):
    assert kbtdesk("init", "--name", "Tove", "--unit", "Mottagningen", env_extra=env).returncode == 0
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    return env


def test_version_and_help():
    out = kbtdesk("--version")
    assert out.returncode == 0 and out.stdout.startswith("kbtdesk ")
    helped = kbtdesk("--help")
    for command in ("init", "import", "export", "check", "worklist"):
        assert command in helped.stdout


def test_bad_usage_exits_2():
    assert kbtdesk("no-such-command").returncode == 2
    assert kbtdesk("check", "--bogus").returncode == 2


def test_init_refuses_short_passphrase_and_existing_log(env, tmp_path):
    short = kbtdesk("init", env_extra=dict(env, KBTDESK_PASSPHRASE="short"))
    assert short.returncode == 2 and "at least 10" in short.stderr
    assert not (tmp_path / "log.db").exists()
    assert kbtdesk("init", env_extra=env).returncode == 0
    again = kbtdesk("init", env_extra=env)
    assert again.returncode == 2 and "already exists" in again.stderr


def test_no_passphrase_without_terminal_is_a_clear_error(env):
    kbtdesk("init", env_extra=env)
    env = dict(env)
    del env["KBTDESK_PASSPHRASE"]
    out = kbtdesk("check", env_extra=env, stdin="")
    assert out.returncode == 2 and "KBTDESK_PASSPHRASE" in out.stderr


def test_wrong_passphrase(filled, tmp_path):
    before = (tmp_path / "log.db").read_bytes()
    out = kbtdesk("check", env_extra=dict(filled, KBTDESK_PASSPHRASE="wrong passphrase"))
    assert out.returncode == 2 and "Wrong passphrase" in out.stderr
    assert (tmp_path / "log.db").read_bytes() == before


def test_import_check_export(filled, tmp_path):
    again = kbtdesk("import", str(SAMPLE), env_extra=filled)
    assert again.returncode == 0 and "16 already in the log" in again.stdout

    checked = kbtdesk("check", "--json", env_extra=filled)
    assert checked.returncode == 1
    findings = json.loads(checked.stdout)["findings"]
    assert all(set(f) == {"severity", "kind", "episode", "contact", "code", "message", "rules", "rules_note"}
               for f in findings)
    assert {f["rules"] for f in findings} == {"vgr-kbt-pa-natet 2026.1"}
    assert {"severity": "error", "kind": "missing-code", "code": "ZV051",
            "contact": "c0000000-0000-4000-8000-000000000003"}.items() <= next(
        f for f in findings if f["contact"] == "c0000000-0000-4000-8000-000000000003").items()
    assert any(f["kind"] == "missing-final-contact" and f["contact"] is None and f["code"] is None
               for f in findings)

    out = tmp_path / "export.json"
    assert kbtdesk("export", "json", "-o", str(out), env_extra=filled).returncode == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    assert len(exported["contacts"]) == 7
    assert exported["patients"][0]["name"] == "Åsa Öberg"


def test_check_exits_0_without_errors(env, tmp_path):
    kbtdesk("init", env_extra=env)
    out = kbtdesk("check", "--json", env_extra=env)
    assert out.returncode == 0 and json.loads(out.stdout)["findings"] == []
    assert [v["version"] for v in json.loads(out.stdout)["rules"]] == ["2026.1"]


def test_bad_import_exits_2_naming_record_and_field(filled, tmp_path):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["contacts"][0]["mode"] = None
    doc["contacts"][0]["id"] = "brand-new-contact"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    out = kbtdesk("import", str(bad), env_extra=filled)
    assert out.returncode == 2
    assert "brand-new-contact" in out.stderr and "mode" in out.stderr and "nothing was imported" in out.stderr


def test_worklist(filled):
    out = kbtdesk("worklist", "--json", env_extra=filled)
    assert out.returncode == 0
    items = json.loads(out.stdout)["items"]
    kinds = {i["kind"] for i in items}
    assert kinds == {"journal", "registration", "siber"}
    text_out = kbtdesk("worklist", env_extra=filled).stdout
    assert "19640823-****" in text_out and "196408233234" not in text_out


def test_swedish_is_the_default_language(filled):
    env = dict(filled)
    del env["KBTDESK_LANG"]
    out = kbtdesk("check", "--json", env_extra=env)
    messages = [f["message"] for f in json.loads(out.stdout)["findings"]]
    assert any(m.startswith("Koden ZV051 saknas") for m in messages), messages


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_work_keeps_one_progress_line_on_a_terminal_and_none_on_a_pipe(monkeypatch):
    from kbtdesk import cli

    pipe = io.StringIO()
    monkeypatch.setattr("sys.stderr", pipe)
    assert cli._progress("backup") is None  # a log file gets no carriage returns

    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    clock = iter([0.0, 0.05, 0.1, 0.5, 0.55, 2.0])  # started, then one tick per call
    monkeypatch.setattr(cli.time, "monotonic", lambda: next(clock))
    show = cli._progress("importing records")
    show(10, 1000)      # drawn (the first)
    show(20, 1000)      # 50 ms later: skipped
    show(500, 1000)     # 0.5 s: drawn
    show(600, 1000)     # skipped
    show(1000, 1000)    # the end is always drawn, and ends the line
    assert terminal.getvalue() == ("\rimporting records:   1 % (10/1,000, 0 s)"
                                   "\rimporting records:  50 % (500/1,000, 0 s)"
                                   "\rimporting records: 100 % (1,000/1,000, 2 s)\n")
