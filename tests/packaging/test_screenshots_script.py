"""`make screenshots` keeps working: the guide's pictures are made by scripts/screenshots.py, which
reaches into the window's parts by name and so breaks silently when the window is reorganised."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "screenshots.py"

# The offscreen platform cannot raise a popup menu or grab the keyboard for it: said, not a defect.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def test_the_guide_screenshots_are_made_for_every_picture_the_guide_shows(qapp, tmp_path):
    spec = importlib.util.spec_from_file_location("screenshots", SCRIPT)
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.shoot(qapp, "en", tmp_path)
    shown = {p.stem for p in (SCRIPT.parents[1] / "resources" / "docs" / "screenshots" / "en").glob("*.png")}
    made = {p.stem for p in tmp_path.glob("*.png")}
    assert shown <= made
    for path in tmp_path.glob("*.png"):
        image = QImage(str(path))
        assert image.width() >= 300 and image.height() >= 100, path.name
