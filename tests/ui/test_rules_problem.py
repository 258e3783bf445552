"""A rule file or unit.json kbtdesk cannot use stops the window at start with a message box that
names the file, who chose it and each problem's JSON path (and exit 2), never a traceback."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kbtdesk.core.rules import bundled_rules_dir

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

#: The real start (app.run) in a child process, as test_dialogs does: app.exec() would leave the
#: test's QApplication unusable. A timer reads the box a user would see, then presses Close.
LOOK_AT_THE_BOX = """
import json, os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from kbtdesk.core import rules
from kbtdesk.ui import app

if sys.argv[1]:  # a damaged installation: the bundled folder holds a broken file
    rules.bundled_rules_dir = lambda: Path(sys.argv[1])
qapp = QApplication(sys.argv[:1])

def look():
    box = next((w for w in qapp.topLevelWidgets() if w.objectName() == "rulesProblem" and w.isVisible()), None)
    if box is None:
        QTimer.singleShot(50, look)
        return
    print(json.dumps({"title": box.windowTitle(), "text": box.text(), "details": box.detailedText()}), flush=True)
    box.button(QMessageBox.StandardButton.Close).click()

QTimer.singleShot(0, look)
QTimer.singleShot(30000, lambda: os._exit(9))  # the window opened instead of the box
sys.exit(app.run(demo=True, rules_source=sys.argv[2] or None))
"""


def _start(tmp_path, lang="en", bundled="", rules_option="", **env_extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KBTDESK_")}
    env.update(QT_QPA_PLATFORM="offscreen", KBTDESK_LANG=lang, XDG_CONFIG_HOME=str(tmp_path / "user"),
               XDG_CONFIG_DIRS=str(tmp_path / "site"), **env_extra)
    done = subprocess.run([sys.executable, "-c", LOOK_AT_THE_BOX, str(bundled), str(rules_option)], env=env,
                          capture_output=True, text=True, timeout=90)
    assert done.returncode == 2, (done.returncode, done.stderr[-2000:])
    box = json.loads(done.stdout.strip().splitlines()[-1])
    assert "Traceback" not in done.stderr
    return box, done.stderr


def _broken_copy(folder: Path) -> Path:
    """The bundled rule set with two mistakes a routine owner could make."""
    folder.mkdir(parents=True)
    source = next(p for p in bundled_rules_dir().iterdir() if p.name.endswith(".json"))
    data = json.loads(source.read_text(encoding="utf-8"))
    data["contact_types"][0]["distance"] = "yes"
    data["coverage"]["visits"] = "zz"
    (folder / source.name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return folder / source.name


def test_a_broken_rules_option_stops_the_window_with_a_message_box(tmp_path):
    broken = _broken_copy(tmp_path / "region")
    box, stderr = _start(tmp_path, rules_option=str(broken))
    assert box["title"] == "kbtdesk cannot start"
    text = box["text"]
    assert f"cannot use the rule set {broken}" in text and "chosen with --rules" in text
    assert "$.contact_types[0].distance: expected true or false" in text
    assert "$.coverage.visits: 'zz' is not a KVÅ code" in text
    assert f"kbtdesk rules check {broken}" in text
    # the same problems on stderr, for whoever reads a deployment's logs
    assert f"cannot use the rule set {broken}" in stderr and "$.coverage.visits" in stderr


def test_the_box_is_in_swedish_by_default_and_names_kbtdesk_rules(tmp_path):
    broken = _broken_copy(tmp_path / "region")
    box, _ = _start(tmp_path, lang="sv", KBTDESK_RULES=str(broken))
    assert box["title"] == "kbtdesk kan inte starta"
    assert "miljövariabeln KBTDESK_RULES" in box["text"] and "$.contact_types[0].distance" in box["text"]
    assert "Fel i filen" in box["text"]


def test_a_damaged_bundled_rule_set_says_to_reinstall(tmp_path):
    bundled = tmp_path / "installed" / "rules"
    _broken_copy(bundled)
    box, _ = _start(tmp_path, bundled=bundled)
    assert "bundled with kbtdesk" in box["text"] and "install kbtdesk again" in box["text"]
    assert "$.coverage.visits" in box["text"]


def test_an_unreadable_or_truncated_rule_file(tmp_path):
    source = next(p for p in bundled_rules_dir().iterdir() if p.name.endswith(".json"))
    truncated = tmp_path / "cut.json"
    truncated.write_text(source.read_text(encoding="utf-8")[:4000], encoding="utf-8")
    box, _ = _start(tmp_path, rules_option=str(truncated))
    assert "(file): not valid JSON" in box["text"]
    missing = tmp_path / "nowhere.json"
    box, _ = _start(tmp_path, rules_option=str(missing))
    assert "no such rule file or folder" in box["text"]


def test_a_broken_unit_configuration_is_named_as_the_units(tmp_path):
    site = tmp_path / "site" / "kbtdesk"
    site.mkdir(parents=True)
    (site / "unit.json").write_text('{"format": "kbtdesk-unit", "format_version": 1, "no_feedback_days": "x"}',
                                    encoding="utf-8")
    box, stderr = _start(tmp_path)
    assert "unit configuration" in box["text"] and str(site / "unit.json") in box["text"]
    assert "$.no_feedback_days" in box["text"] and "unit configuration" in stderr


def test_many_problems_are_listed_in_the_details(tmp_path):
    source = next(p for p in bundled_rules_dir().iterdir() if p.name.endswith(".json"))
    data = json.loads(source.read_text(encoding="utf-8"))
    for contact_type in data["contact_types"]:
        contact_type["distance"] = "yes"
        contact_type["name"] = 5
        contact_type["use"] = 6
    broken = tmp_path / "many.json"
    broken.write_text(json.dumps(data), encoding="utf-8")
    box, _ = _start(tmp_path, rules_option=str(broken))
    assert "more (Show Details...)" in box["text"]
    assert box["details"].count("$.contact_types") >= 9
    shutil.rmtree(tmp_path / "user", ignore_errors=True)
