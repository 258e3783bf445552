"""Every user-visible string is translated, and the shipped .qm files match the .ts sources."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = sorted((ROOT / "translations").glob("kbtdesk_*.ts"))
BIN = Path(sys.executable).parent


def _tool(name):
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    assert found, f"{name} not found: it comes with PySide6-Essentials (pip install -e .)"
    return found


def test_both_languages_have_a_catalogue():
    assert {p.stem for p in TS} == {"kbtdesk_sv", "kbtdesk_en"}


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.name)
def test_no_unfinished_entries(ts):
    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []


def test_every_source_string_is_in_the_catalogue(tmp_path):
    """lupdate on the current sources adds nothing new to the committed catalogue."""
    lupdate = _tool("pyside6-lupdate")
    copy = tmp_path / "kbtdesk_sv.ts"
    shutil.copy(ROOT / "translations" / "kbtdesk_sv.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "kbtdesk").rglob("*.py"))
    out = subprocess.run([lupdate, *sources, "-source-language", "en", "-target-language", "sv",
                          "-no-obsolete", "-ts", str(copy)], capture_output=True, text=True, check=True)
    unfinished = [m.findtext("source") for m in ET.parse(copy).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], out.stdout


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.name)
def test_qm_is_built_from_the_current_ts(ts, tmp_path):
    lrelease = _tool("pyside6-lrelease")
    built = tmp_path / (ts.stem + ".qm")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(built)], check=True)
    shipped = ts.with_suffix(".qm")
    assert shipped.exists(), "run `make translations`"
    assert shipped.read_bytes() == built.read_bytes(), "run `make translations`"


def test_swedish_catalogue_translates():
    from kbtdesk.translation import translate_function

    sv = translate_function("sv")
    assert sv("Unlock", "Wrong passphrase. Nothing was changed.") != "Wrong passphrase. Nothing was changed."
    en = translate_function("en")
    assert en("Unlock", "Wrong passphrase. Nothing was changed.") == "Wrong passphrase. Nothing was changed."
