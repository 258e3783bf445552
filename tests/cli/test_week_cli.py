"""`kbtdesk contact add`, read-only commands beside a window that holds the log, and help in the
messages' language. A real process on a real encrypted log, as a user runs it."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from kbtdesk import cli
from tests.cli.test_cli import SAMPLE, kbtdesk

PASS = "a long enough passphrase"
ACTIVE = "e0000000-0000-4000-8000-000000000002"  # Örjan's episode in sample-v1.json, still open
ENDED = "e0000000-0000-4000-8000-000000000001"


@pytest.fixture
def env(tmp_path):
    return {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}


@pytest.fixture
def filled(env):
    assert kbtdesk("init", "--name", "Tove", env_extra=env).returncode == 0
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    return env


@pytest.fixture
def second_episode(filled):
    """A second open episode (of Åsa's) so that a batch has two episodes to log on."""
    from pathlib import Path

    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import open_log
    from kbtdesk.paths import LogPaths

    log = open_log(LogPaths(Path(filled["KBTDESK_LOG"])), PASS)
    try:
        service = build_service(log)
        patient = service.patient_by_identity("640823-3234")
        episode = service.add_episode(patient.id, "Oroshjälpen Plus", date(2026, 11, 2))
    finally:
        log.close()
    return filled, episode.id


def _export(env, tmp_path) -> dict:
    target = tmp_path / "export.json"
    done = kbtdesk("export", "json", "-o", str(target), env_extra=env)
    assert done.returncode == 0, done.stderr
    return json.loads(target.read_text(encoding="utf-8"))


def _rules():
    from kbtdesk.core.rules import load_ruleset

    return load_ruleset()


def _suggested(ctype, mode=None, final=False):
    from kbtdesk.core.checker import suggest_codes

    class Probe:
        id, codes = "", ()

    probe = Probe()
    probe.type, probe.mode, probe.final = ctype, mode, final
    return [s.code for s in suggest_codes(_rules(), probe)]


def test_contact_add_logs_one_contact_per_episode_with_the_suggested_codes(second_episode, tmp_path):
    env, other = second_episode
    out = kbtdesk("contact", "add", "--episode", ACTIVE, "--episode", other, "--type", "BR",
                  "--at", "2026-11-23T14:05:00+01:00", "--journal-done", "--registered", "--json", env_extra=env)
    assert out.returncode == 0, out.stderr
    logged = json.loads(out.stdout)["contacts"]
    assert [c["episode"] for c in logged] == [ACTIVE, other]
    assert all(c["codes"] == _suggested("BR") and c["at"] == "2026-11-23T14:05:00+01:00" for c in logged)
    assert all(c["journal_done"] and c["registered"] for c in logged)

    stored = {c["id"]: c for c in _export(env, tmp_path)["contacts"]}
    for c in logged:
        assert stored[c["id"]]["codes"] == _suggested("BR") and stored[c["id"]]["type"] == "BR"
    worklist = json.loads(kbtdesk("worklist", "--json", env_extra=env).stdout)["items"]
    assert not {i["contact"] for i in worklist} & {c["id"] for c in logged}  # both ticks done


def test_contact_add_a_planned_visit_with_mode_an_added_code_and_the_ending(filled, tmp_path):
    out = kbtdesk("contact", "add", "--episode", ACTIVE, "--type", "planned-visit", "--mode", "clinic", "--final",
                  "--end-reason", "dropout", "--code", "au118", "--at", "2026-11-24T09:00", env_extra=filled)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "logged 1 contact"
    doc = _export(filled, tmp_path)
    (contact,) = [c for c in doc["contacts"] if c["at"].startswith("2026-11-24T09:00")]
    assert contact["codes"] == [*_suggested("planned-visit", "clinic", True), "AU118"]
    assert contact["final"] and contact["mode"] == "clinic"
    ended = next(e for e in doc["episodes"] if e["id"] == ACTIVE)
    assert (ended["ended"], ended["end_reason"]) == ("2026-11-24", "dropout")


def test_contact_add_final_without_an_end_reason_is_refused_and_writes_nothing(filled, tmp_path):
    before = _export(filled, tmp_path)
    out = kbtdesk("contact", "add", "--episode", ACTIVE, "--type", "planned-visit", "--mode", "clinic", "--final",
                  env_extra=filled)
    assert out.returncode == 2 and "completed, dropout, other" in out.stderr
    assert "Traceback" not in out.stderr
    assert _export(filled, tmp_path)["contacts"] == before["contacts"]


def test_contact_add_refused_by_the_rules_writes_nothing_and_exits_1(second_episode, tmp_path):
    env, other = second_episode
    before = _export(env, tmp_path)
    ending = _rules().ending_code
    out = kbtdesk("contact", "add", "--episode", ACTIVE, "--episode", other, "--type", "TB", "--code", ending,
                  env_extra=env)
    assert out.returncode == 1
    lines = out.stdout.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith("ERROR") and ending in line for line in lines)
    assert "nothing was written" in out.stderr
    after = _export(env, tmp_path)
    assert after["contacts"] == before["contacts"]
    refused = kbtdesk("contact", "add", "--episode", ACTIVE, "--type", "TB", "--code", ending, "--json",
                      env_extra=env)
    assert refused.returncode == 1 and json.loads(refused.stdout)["findings"][0]["code"] == ending


@pytest.mark.parametrize(("args", "says"), [
    (["--episode", ACTIVE, "--type", "letter"], "the rule set has: BR, TB, planned-visit"),
    (["--episode", ACTIVE, "--type", "planned-visit"], "needs a mode"),
    (["--episode", ACTIVE, "--type", "BR", "--mode", "video"], "unknown mode 'video' for BR"),
    (["--episode", ACTIVE, "--type", "planned-visit", "--mode", "phone"], "it has: video, clinic"),
    (["--episode", ACTIVE, "--episode", "no-such-episode", "--type", "BR"], "Unknown episode no-such-episode"),
    (["--episode", ACTIVE, "--episode", ACTIVE, "--type", "BR"], "given twice"),
    (["--episode", ACTIVE, "--type", "BR", "--at", "next tuesday"], "is not a date and time"),
    (["--episode", ACTIVE, "--type", "BR", "--at", "0001-01-01T00:30:00+01:00"], "outside the dates kbtdesk keeps"),
    (["--episode", ACTIVE, "--type", "BR", "--at", "2200-01-01T00:30:00+01:00"], "outside the dates kbtdesk keeps"),
    (["--episode", ACTIVE, "--type", "BR", "--minutes", "5000"], "Minutes must be between"),
    (["--episode", ACTIVE, "--type", "BR", "--minutes", "ten"], "invalid int value"),
    (["--type", "BR"], "the following arguments are required: --episode"),
])
def test_contact_add_bad_input_exits_2_with_the_reason_and_writes_nothing(filled, tmp_path, monkeypatch, capsys,
                                                                         args, says):
    # In this process (cli.main, as the installed command runs it): a dozen cases, each two runs.
    for name, value in filled.items():
        monkeypatch.setenv(name, value)
    target = tmp_path / "before.json"
    assert cli.main(["export", "json", "-o", str(target)]) == 0
    before = target.read_bytes()
    capsys.readouterr()
    assert _main("contact", "add", *args) == 2
    assert says in capsys.readouterr().err
    assert cli.main(["export", "json", "-o", str(target)]) == 0
    assert json.loads(target.read_bytes())["contacts"] == json.loads(before)["contacts"]


def _main(*args) -> int:
    """cli.main's exit code, also when argparse itself exits (a usage error)."""
    try:
        return cli.main(list(args))
    except SystemExit as stopped:
        return stopped.code


def test_contact_add_on_an_ended_episode_and_at_the_end_of_the_calendar(filled, tmp_path):
    out = kbtdesk("contact", "add", "--episode", ENDED, "--type", "TB", "--at", "2199-12-31T22:00:00+00:00",
                  env_extra=filled)
    assert out.returncode == 0, out.stderr
    assert any(c["at"] == "2199-12-31T22:00:00+00:00" for c in _export(filled, tmp_path)["contacts"])


# -- read-only commands while the window holds the log -----------------------------------------

@pytest.fixture
def held(filled):
    """The log open for writing in this process, as the window holds it."""
    from pathlib import Path

    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import open_log
    from kbtdesk.paths import LogPaths

    log = open_log(LogPaths(Path(filled["KBTDESK_LOG"])), PASS)
    yield filled, log, build_service(log)
    log.close()


def test_check_worklist_and_exports_read_the_log_while_another_kbtdesk_holds_it(held, tmp_path):
    env, log, service = held
    # A contact the window saved a moment ago is seen (it is in the WAL, not yet in the main file).
    from kbtdesk.core.batch import ContactBatch, log_contacts

    logged = log_contacts(service, ContactBatch((ACTIVE,), "TB"))

    checked = kbtdesk("check", "--json", env_extra=env)
    assert checked.returncode == 1 and "in use by" in checked.stderr and "read-only" in checked.stderr
    assert json.loads(checked.stdout)["findings"]
    work = kbtdesk("worklist", "--json", env_extra=env)
    assert work.returncode == 0
    assert logged.contact_ids[0] in {i["contact"] for i in json.loads(work.stdout)["items"]}
    target = tmp_path / "while-held.json"
    exported = kbtdesk("export", "json", "-o", str(target), env_extra=env)
    assert exported.returncode == 0, exported.stderr
    assert logged.contact_ids[0] in {c["id"] for c in json.loads(target.read_text(encoding="utf-8"))["contacts"]}
    csv = tmp_path / "registrations.csv"
    report = kbtdesk("export", "registrations", "--from", "2026-01-01", "--to", "2026-12-31", "-o", str(csv),
                     env_extra=env)
    assert report.returncode == 0, report.stderr and csv.exists()

    # Writing is still refused while it is held.
    refused = kbtdesk("contact", "add", "--episode", ACTIVE, "--type", "BR", env_extra=env)
    assert refused.returncode == 2 and "in use by" in refused.stderr


def test_an_export_from_a_held_log_reaches_the_audit_trail_at_the_next_unlock(held, tmp_path):
    env, log, service = held
    assert kbtdesk("export", "json", "-o", str(tmp_path / "x.json"), env_extra=env).returncode == 0
    log.close()
    from pathlib import Path

    from kbtdesk.composition import build_service
    from kbtdesk.db.engine import open_log
    from kbtdesk.paths import LogPaths

    reopened = open_log(LogPaths(Path(env["KBTDESK_LOG"])), PASS)
    try:
        entries = build_service(reopened).audit_entries()
    finally:
        reopened.close()
    exports = [e for e in entries if e.action == "export"]
    assert any(e.record_kind == "json" and "json whole log" in e.detail and "recorded at the next unlock" in e.detail
               for e in exports), exports


# -- help in the messages' language -------------------------------------------------------------

def _help_sources(parser) -> dict[str, list[str]]:
    """Every help text of kbtdesk's own, by the command line that prints it."""
    import argparse

    found: dict[str, list[str]] = {}

    def walk(p, path):
        texts = [p.description] if p.description else []
        for action in p._actions:
            if action.help and action.help is not argparse.SUPPRESS and action.option_strings != ["-h", "--help"]:
                texts.append(action.help)
            if isinstance(action, argparse._SubParsersAction):
                texts.extend(c.help for c in action._choices_actions if c.help)
                for name, child in action.choices.items():
                    walk(child, [*path, name])
        found[" ".join(path)] = texts

    walk(parser, [])
    return found


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_help_is_in_the_language_of_the_messages(tmp_path):
    from kbtdesk.translation import translate_function

    swedish = translate_function("sv")
    sources = _help_sources(cli._parser())
    assert "contact add" in sources and "" in sources
    english_left = []
    for command, texts in sources.items():
        args = [*command.split(), "--help"]
        sv = kbtdesk(*args, env_extra={"KBTDESK_LANG": "sv"})
        en = kbtdesk(*args, env_extra={"KBTDESK_LANG": "en"})
        assert sv.returncode == en.returncode == 0, sv.stderr
        assert _flat(en.stdout).startswith("usage: ") and _flat(sv.stdout).startswith("användning: ")
        for text in texts:
            translated = swedish("Cli", text)
            if translated == text:
                translated = swedish("argparse", text)
            if translated == text and re.search(r"[a-z]{3}", text):
                english_left.append((command, text))
                continue
            assert _flat(text) in _flat(en.stdout)
            assert _flat(translated) in _flat(sv.stdout), (command, translated)
    assert english_left == []


def test_default_language_is_swedish_for_help_and_usage_errors():
    helped = kbtdesk("--help")
    assert "användning: kbtdesk" in helped.stdout and "visa den här hjälptexten och avsluta" in helped.stdout
    bad = kbtdesk("check", "--bogus")
    assert bad.returncode == 2 and "okända argument: --bogus" in bad.stderr and "fel:" in bad.stderr
    missing = kbtdesk("contact", "add", "--type", "BR")
    assert missing.returncode == 2 and "följande argument krävs: --episode" in missing.stderr
    english = kbtdesk("check", "--bogus", env_extra={"KBTDESK_LANG": "en"})
    assert "unrecognized arguments: --bogus" in english.stderr


def test_parsing_without_an_error_loads_no_catalogue():
    """The window's start parses its arguments too: that must not load Qt's translator."""
    import subprocess
    import sys

    code = ("import sys; from kbtdesk import cli; cli._parser().parse_args(['--demo']); "
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
