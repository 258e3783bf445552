"""Packaging files: the PyInstaller spec, the Linux desktop files and the icons (the Windows
installer script: test_installer.py). Fast: nothing here builds the bundle (`make dist` does, and
smoke-tests it)."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tomllib
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "kbtdesk.spec"
APP_ID = "se.kbtdesk.KbtDesk"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pyproject() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as f:
        return tomllib.load(f)["project"]


# --- the PyInstaller spec -------------------------------------------------------------------

class _Recorder:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT: keeps the arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], list(kwargs.get("datas", [])), [], []


def run_spec(monkeypatch, binaries=()) -> dict:
    """Execute the spec as PyInstaller would, with recording stand-ins for its build classes."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}-x.dist-info/METADATA", f"{name}-x.dist-info")]
    hooks.collect_data_files = lambda name: [(f"/site-packages/{name}/_data/000", f"{name}/_data")]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda filename: set()
    for name, module in {"PyInstaller": types.ModuleType("PyInstaller"),
                         "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
                         "PyInstaller.utils.hooks": hooks,
                         "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
                         "PyInstaller.depend.bindepend": bindepend}.items():
        monkeypatch.setitem(sys.modules, name, module)
    built = {}

    def recorder(kind):
        def make(*args, **kwargs):
            obj = _Recorder(*args, **kwargs)
            if kind == "Analysis":
                obj.binaries = list(binaries)
            built.setdefault(kind, []).append(obj)
            return obj
        return make

    namespace = {"SPECPATH": str(PACKAGING), "__file__": str(SPEC), "__name__": "__main__"}
    namespace.update({kind: recorder(kind) for kind in ("Analysis", "PYZ", "EXE", "COLLECT")})
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    namespace["_built"] = built
    return namespace


@pytest.fixture
def spec(monkeypatch):
    return run_spec(monkeypatch)


def test_spec_takes_name_and_version_from_pyproject(spec):
    project = pyproject()
    assert (spec["APP_NAME"], spec["APP_VERSION"]) == (project["name"], project["version"])
    exe = spec["_built"]["EXE"][0]
    assert exe.kwargs["name"] == project["name"]
    assert spec["_built"]["COLLECT"][0].kwargs["name"] == project["name"]


def test_spec_refuses_to_build_without_translations(monkeypatch, tmp_path):
    """A bundle without the Swedish catalogue would show an English window to Swedish users."""
    fake_root = tmp_path / "project"
    (fake_root / "packaging").mkdir(parents=True)
    (fake_root / "translations").mkdir()
    shutil.copy(ROOT / "pyproject.toml", fake_root / "pyproject.toml")
    source = SPEC.read_text(encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGING", fake_root / "packaging")
    (fake_root / "packaging" / "kbtdesk.spec").write_text(source, encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "SPEC", fake_root / "packaging" / "kbtdesk.spec")
    with pytest.raises(SystemExit, match="make translations"):
        run_spec(monkeypatch)


def test_spec_bundles_the_data_kbtdesk_reads(spec):
    datas = spec["_built"]["Analysis"][0].kwargs["datas"]
    bundled = {(Path(src).name, dest) for src, dest in datas}
    for rules in (ROOT / "resources" / "rules").glob("*.json"):
        assert (rules.name, "kbtdesk/resources/rules") in bundled
    assert ("kbtdesk-log-v1.schema.json", "kbtdesk/resources/format") in bundled
    assert ("kbtdesk_sv.qm", "kbtdesk/translations") in bundled
    assert ("kbtdesk.svg", "kbtdesk/resources/icons") in bundled
    assert any(dest == "kbtdesk/resources/fonts" and name.endswith(".ttf") for name, dest in bundled), \
        "no font: printing would produce PDFs without text on a machine with no fonts"
    assert any(dest.startswith("kbtdesk-") and dest.endswith(".dist-info") for _, dest in bundled), \
        "without its metadata the frozen program reports version 0.0.0"
    assert ("000", "anyascii/_data") in bundled, "without its tables search could not fold names"
    assert ("anyascii/_data" in {dest for _src, dest in spec["_built"]["Analysis"][0].datas}), \
        "the trimming dropped anyascii's tables"


@pytest.mark.parametrize(("dest", "kept"), [
    ("PySide6/Qt/lib/libQt6Core.so.6", True),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", True),
    ("PySide6/Qt/lib/libQt6Svg.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("PySide6/Qt/lib/libQt6WebEngineCore.so.6", False),
    ("PySide6/Qt6Qml.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/translations/qtbase_sv.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/Qt/translations/qt_help_sv.qm", False),
    ("kbtdesk/resources/rules/vgr-kbt-pa-natet-2026.json", True),
    ("sqlcipher3/_sqlite3.cpython-311-x86_64-linux-gnu.so", True),
])
def test_spec_trims_qt_to_what_kbtdesk_uses(spec, dest, kept):
    assert spec["kept"](dest) is kept


def test_spec_drops_system_libraries_only_dropped_plugins_needed(monkeypatch):
    if not sys.platform.startswith("linux"):
        pytest.skip("the orphan pruning runs on Linux only")
    binaries = [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/qt/libqxcb.so", "BINARY"),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/qt/libqgtk3.so", "BINARY"),
        ("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0", "BINARY"),
        ("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0", "BINARY"),
        ("_cffi_backend.cpython-311-x86_64-linux-gnu.so", "/sp/_cffi_backend.so", "EXTENSION"),
        ("libpython3.11.so.1.0", "/usr/lib/libpython3.11.so.1.0", "BINARY"),
    ]
    links = {"/qt/libqxcb.so": {("libxcb-cursor.so.0", "/usr/lib/libxcb-cursor.so.0")},
             "/qt/libqgtk3.so": {("libgtk-3.so.0", "/usr/lib/libgtk-3.so.0")}}
    namespace = run_spec(monkeypatch, binaries=binaries)
    sys.modules["PyInstaller.depend.bindepend"].get_imports = lambda filename: links.get(filename, set())
    left = {dest for dest, _, _ in namespace["drop_orphaned_system_libraries"](namespace["trim"](binaries))}
    assert left == {"PySide6/Qt/plugins/platforms/libqxcb.so", "libxcb-cursor.so.0",
                    "_cffi_backend.cpython-311-x86_64-linux-gnu.so", "libpython3.11.so.1.0"}


# --- Linux desktop integration --------------------------------------------------------------

def test_desktop_and_metainfo_use_one_app_id():
    desktop = DESKTOP.read_text(encoding="utf-8")
    assert re.search(rf"^Icon={re.escape(APP_ID)}$", desktop, re.M)
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name


def test_metainfo_release_is_the_pyproject_version():
    releases = ET.parse(METAINFO).getroot().findall("releases/release")
    assert releases, "no release entry"
    assert releases[0].get("version") == pyproject()["version"]
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", releases[0].get("date"))


def test_metainfo_has_swedish_and_english_summaries():
    root = ET.parse(METAINFO).getroot()
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {el.get(lang, "en"): el.text for el in root.findall("summary")}
    assert set(summaries) == {"en", "sv"}
    assert root.find("content_rating") is not None


def test_desktop_file_validates():
    if not shutil.which("desktop-file-validate"):
        pytest.skip("desktop-file-validate not installed (apt-get install desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    problems = [line for line in result.stdout.splitlines() if "error" in line or "warning" in line]
    assert not problems, problems


def test_metainfo_validates():
    if not shutil.which("appstreamcli"):
        pytest.skip("appstreamcli not installed (apt-get install appstream)")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


# --- icons ----------------------------------------------------------------------------------

def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == PNG_SIGNATURE and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_icons_have_their_size(size):
    assert png_size((ICONS / f"kbtdesk-{size}.png").read_bytes()) == (size, size)


def test_ico_holds_every_size_as_png():
    data = (ICONS / "kbtdesk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i:22 + 16 * i])
        image = data[offset:offset + length]
        assert png_size(image) == ((width or 256), (height or 256))
        sizes.add(width or 256)
    assert sizes >= {16, 24, 32, 48, 256}


def test_svg_icon_renders(qapp):
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "kbtdesk.svg"))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height() == 256


def test_rendered_icons_match_the_svg(qapp):
    """The committed PNGs come from the committed SVG (`make icons` after editing it)."""
    sys.path.insert(0, str(PACKAGING))
    try:
        import render_icons
    finally:
        sys.path.remove(str(PACKAGING))
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(ICONS / "kbtdesk.svg"))
    for size in (16, 256):
        fresh = QImage.fromData(render_icons.render_png(renderer, size)).convertToFormat(QImage.Format.Format_ARGB32)
        committed = QImage(str(ICONS / f"kbtdesk-{size}.png")).convertToFormat(QImage.Format.Format_ARGB32)
        assert fresh.size() == committed.size(), f"run `make icons` ({size} px)"
        # Qt's rasteriser rounds a few edge pixels differently on other CPUs (31 of 65,536 pixels
        # off by 1 at 256 px, seen here): an edited SVG moves far more than that.
        worst = max(abs(((fresh.pixel(x, y) >> shift) & 0xFF) - ((committed.pixel(x, y) >> shift) & 0xFF))
                    for y in range(size) for x in range(size) for shift in (0, 8, 16, 24))
        assert worst <= 2, f"run `make icons` ({size} px: a channel differs by {worst})"
