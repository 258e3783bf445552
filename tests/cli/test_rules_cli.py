"""`kbtdesk rules check` and `kbtdesk rules show`, and choosing the rule set."""

from __future__ import annotations

import json
from pathlib import Path

from kbtdesk.core.rules import bundled_rules_dir
from tests.cli.test_cli import kbtdesk

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rules"


def _bundled() -> dict:
    return json.loads((bundled_rules_dir() / "vgr-kbt-pa-natet-2026.json").read_text(encoding="utf-8"))


def test_rules_check_names_the_json_path_of_every_problem(tmp_path):
    data = _bundled()
    data["rules"][2]["when"] = "on-tuesdays"
    data["contact_types"][0]["distance"] = "yes"
    data["codes"][1]["code"] = "ZV44"
    del data["ending_code"]
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = kbtdesk("rules", "check", str(broken))
    assert out.returncode == 2
    lines = out.stdout.splitlines()
    assert [line.split(": ")[1] for line in lines] == [
        "$.codes[1].code", "$.contact_types[0].distance", "$.ending_code"]
    assert "'ZV44' is not a KVÅ code" in lines[0] and "expected true or false" in lines[1] and "missing" in lines[2]
    assert "3 problem(s)" in out.stderr
    # the meaning is checked once the shape is right
    data = _bundled()
    data["rules"][2]["when"] = "on-tuesdays"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    out = kbtdesk("rules", "check", str(broken))
    assert out.returncode == 2 and "$.rules[2].when: unknown condition 'on-tuesdays'" in out.stdout


def test_rules_check_accepts_good_files_and_folders():
    assert kbtdesk("rules", "check", str(bundled_rules_dir())).returncode == 0
    out = kbtdesk("rules", "check", str(FIXTURES / "versions"))
    assert out.returncode == 0 and "2025.1-test" in out.stdout and "2026.1-test" in out.stdout
    assert kbtdesk("rules", "check", str(FIXTURES / "other-region.json")).returncode == 0
    missing = kbtdesk("rules", "check", str(FIXTURES / "nothing.json"))
    assert missing.returncode == 2 and "no such rule file" in missing.stdout


def test_rules_show_prints_the_versions_and_their_source():
    out = kbtdesk("rules", "show")
    assert out.returncode == 0
    assert "bundled with kbtdesk" in out.stdout and "vgr-kbt-pa-natet 2026.1" in out.stdout
    chosen = kbtdesk("--rules", str(FIXTURES / "versions"), "rules", "show", "--json")
    shown = json.loads(chosen.stdout)
    assert shown["chosen_by"] == "--rules" and shown["source"] == str((FIXTURES / "versions").resolve())
    assert [(v["version"], v["valid_from"], v["valid_to"]) for v in shown["versions"]] == [
        ("2025.1-test", "2025-01-01", "2025-12-31"), ("2026.1-test", "2026-01-01", None)]
    by_env = json.loads(kbtdesk("rules", "show", "--json",
                                env_extra={"KBTDESK_RULES": str(FIXTURES / "other-region.json")}).stdout)
    assert by_env["chosen_by"] == "KBTDESK_RULES" and by_env["versions"][0]["id"] == "exempelland-internetbehandling"


def test_a_broken_rule_file_stops_every_command_and_the_window(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{}", encoding="utf-8")
    # the window (no command) shows its message box, which closes itself once painted here
    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "QT_QPA_PLATFORM": "offscreen"}
    for args in (("init",), ("rules", "show"), ("--quit-after-first-paint",), ("--demo", "--quit-after-first-paint")):
        out = kbtdesk("--rules", str(broken), *args, env_extra=env)
        assert out.returncode == 2, args
        assert "cannot use the rule set" in out.stderr and "$.format" in out.stderr
        assert "Traceback" not in out.stderr
    assert not (tmp_path / "log.db").exists()  # nothing was created
