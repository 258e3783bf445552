"""scripts/system-deps.sh installs what Qt links, so `make run` opens a window on a fresh desktop."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "system-deps.sh"
# Part of every Debian/Ubuntu system: the C and C++ runtimes and what systemd, dbus and glib bring.
ESSENTIAL = {"libc6", "libgcc-s1", "libstdc++6", "zlib1g"}


def listed(*args: str) -> set[str]:
    done = subprocess.run(["bash", str(SCRIPT), "--list", *args], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def packages_linked_by(binaries: list[Path]) -> dict[str, str]:
    """{library: Debian package} for what the binaries link directly, other than Qt itself."""
    libraries = {}
    for binary in binaries:
        needed = subprocess.run(["readelf", "-d", str(binary)], capture_output=True, text=True, check=True).stdout
        names = [line.split("[", 1)[1].rstrip("]") for line in needed.splitlines() if "(NEEDED)" in line]
        resolved = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
        paths = {line.split()[0]: line.split()[2] for line in resolved.splitlines() if " => " in line}
        for name in names:
            if name.startswith(("libQt6", "libpyside", "libshiboken")):
                continue
            assert paths.get(name, "not") != "not", f"{binary.name} needs {name}, which is not installed"
            libraries[name] = Path(paths[name]).resolve()
    # One dpkg call for all; with merged /usr a package may list /lib/... where ldd says /usr/lib/...
    owners = {}
    query = sorted({str(path) for path in libraries.values()} | {str(path).removeprefix("/usr")
                                                                 for path in libraries.values()})
    out = subprocess.run(["dpkg", "-S", *query], capture_output=True, text=True).stdout
    for line in out.splitlines():
        package, _, path = line.partition(": ")
        owners[path] = package.split(":", 1)[0]
    found = {}
    for name, path in libraries.items():
        owner = owners.get(str(path)) or owners.get(str(path).removeprefix("/usr"))
        assert owner, f"no package owns {path} ({name})"
        found[name] = owner
    return found


@pytest.mark.skipif(not sys.platform.startswith("linux") or shutil.which("dpkg") is None,
                    reason="the script knows Debian/Ubuntu only")
def test_every_library_the_xcb_plugin_links_is_installed_by_the_script():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    binaries = [qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6",
                qt / "lib" / "libQt6Gui.so.6"]
    packages = packages_linked_by(binaries)
    wanted = listed()
    missing = {lib: package for lib, package in packages.items()
               if package not in wanted and package.removesuffix("t64") not in wanted and package not in ESSENTIAL}
    assert not missing, f"scripts/system-deps.sh lacks {missing}"
    assert "libxcb-cursor0" in wanted  # the one Qt 6.5+ names when it cannot load xcb


def test_the_test_packages_come_on_top_of_the_run_packages():
    run, test = listed(), listed("--test")
    assert run < test
    assert {"poppler-utils", "fp-compiler", "desktop-file-utils"} <= test - run


def test_an_unknown_option_is_refused():
    done = subprocess.run(["bash", str(SCRIPT), "--tset"], capture_output=True, text=True)
    assert done.returncode == 2 and "usage" in done.stderr
