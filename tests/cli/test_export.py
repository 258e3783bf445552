"""`kbtdesk export registrations|episode|siber|coverage` as a user runs it (slow: Argon2 + Qt)."""

import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "sample-v1.json"
PASS = "a long enough passphrase"


def kbtdesk(*args, env_extra=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith("KBTDESK_")}
    env.pop("QT_QPA_PLATFORM", None)  # the command line must choose offscreen itself without a display
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "kbtdesk.cli", *args], capture_output=True, text=True,
                          env=env, timeout=180)


@pytest.fixture
def filled(tmp_path):
    env = {"KBTDESK_LOG": str(tmp_path / "log.db"), "KBTDESK_PASSPHRASE": PASS, "KBTDESK_LANG": "en"}
    assert kbtdesk("init", "--name", "Tove", "--unit", "Mottagningen Öst", env_extra=env).returncode == 0
    assert kbtdesk("import", str(SAMPLE), env_extra=env).returncode == 0
    return env


@pytest.mark.slow
def test_export_csv_and_pdf(filled, tmp_path):
    out = kbtdesk("export", "registrations", "--from", "2026-08-01", "--to", "2026-11-30", "--pending", "--mask",
                  "--format", "csv", "-o", str(tmp_path / "reg.csv"), env_extra=filled)
    assert out.returncode == 0, out.stderr
    header, *rows = list(csv.reader(io.StringIO((tmp_path / "reg.csv").read_text(encoding="utf-8-sig")),
                                    delimiter=";"))
    assert header[:4] == ["Date", "Time", "Patient", "Identity number"]
    assert len(rows) == 4 and {r[3] for r in rows} == {"19640823-****", "19810829****", "19701063-****"}

    for args in (["episode", "e0000000-0000-4000-8000-000000000001"], ["siber"],
                 ["coverage", "--from", "2026-08-01", "--to", "2026-11-30"]):
        target = tmp_path / f"{args[0]}.pdf"
        done = kbtdesk("export", *args, "--format", "pdf", "-o", str(target), env_extra=filled)
        assert done.returncode == 0, done.stderr
        assert target.read_bytes().startswith(b"%PDF")
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        assert "Mottagningen Öst" in text and "Printed from kbtdesk" in text


@pytest.mark.slow
def test_export_errors_exit_2_and_leave_files_alone(filled, tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    out = kbtdesk("export", "coverage", "-o", str(blocker / "c.csv"), env_extra=filled)
    assert out.returncode == 2 and "cannot write" in out.stderr and "nothing was written" in out.stderr
    existing = tmp_path / "episode.pdf"
    existing.write_bytes(b"keep me")
    unknown = kbtdesk("export", "episode", "no-such-episode", "-o", str(existing), env_extra=filled)
    assert unknown.returncode == 2 and existing.read_bytes() == b"keep me"
    assert kbtdesk("export", "registrations", "--from", "26-08-01", "-o", str(tmp_path / "r.csv"),
                   env_extra=filled).returncode == 2


@pytest.mark.slow
def test_list_exports_reach_every_patients_log_extract(filled, tmp_path):
    """An export from the command line is recorded as from the window: what and when in the
    detail, and every patient it held, so that each one's extract lists it."""
    assert kbtdesk("export", "registrations", "--from", "2026-08-01", "--to", "2026-08-31", "--mask",
                   "-o", str(tmp_path / "aug.csv"), env_extra=filled).returncode == 0
    assert kbtdesk("export", "json", "-o", str(tmp_path / "all.json"), env_extra=filled).returncode == 0
    shown = kbtdesk("audit", "show", "--patient", "640823-3234", "--json", env_extra=filled)
    assert shown.returncode == 0, shown.stderr
    import json

    exports = [e for e in json.loads(shown.stdout)["entries"] if e["action"] == "export"]
    assert [(e["record_kind"], e["detail"].split(";")[0]) for e in exports] == [
        ("csv", "registrations 2026-08-01..2026-08-31 masked"), ("json", "json whole log")]
    assert exports[1]["detail"].endswith(tuple("0123456789abcdef")) and "patients 3 #" in exports[1]["detail"]
    # Örjan Ängström had no contact in August: the list export is not in his extract, the whole log is
    other = json.loads(kbtdesk("audit", "show", "--patient", "701063-2391", "--json", env_extra=filled).stdout)
    assert [e["record_kind"] for e in other["entries"] if e["action"] == "export"] == ["json"]


@pytest.mark.slow
def test_period_presets_and_the_audit_extract(filled, tmp_path):
    out = kbtdesk("export", "registrations", "--period", "last-month", "-o", str(tmp_path / "r.csv"),
                  env_extra=filled)
    assert out.returncode == 0, out.stderr
    both = kbtdesk("export", "registrations", "--period", "last-week", "--from", "2026-01-01",
                   "-o", str(tmp_path / "x.csv"), env_extra=filled)
    assert both.returncode == 2 and "--period" in both.stderr and not (tmp_path / "x.csv").exists()
    extract = tmp_path / "extract.pdf"
    done = kbtdesk("export", "audit-extract", "--patient", "640823-3234", "--mask", "-o", str(extract),
                   env_extra=filled)
    assert done.returncode == 0, done.stderr
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(extract), "-"], capture_output=True, text=True).stdout
        assert "Åsa Öberg" in text and "19640823-****" in text and "Log extract" in text and "Page 1 of" in text
    missing = kbtdesk("export", "audit-extract", "--patient", "19121212-1212", "-o", str(tmp_path / "n.pdf"),
                      env_extra=filled)
    assert missing.returncode == 2 and "no patient" in missing.stderr
