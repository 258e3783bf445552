"""Regenerate the user guide's screenshots from the demo log: `make screenshots`.

Starts Xvfb (a virtual X display, 1280×800) when it is installed and no display is set, otherwise
falls back to Qt's offscreen platform; builds the demo window in this process with a fixed clock
(so the pictures only change when the program does) and grabs widgets with QWidget.grab():
main window, contact checklist, worklist, outage banner, export dialog, Edit menu,
the question before deleting an episode, About.
Writes resources/docs/screenshots/<lang>/*.png for Swedish and English, beside the guide that
shows them (resources/docs/user-guide*.md, shipped with the program).
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "docs" / "screenshots"
WIDTH, HEIGHT = 1280, 800
#: The demo's "now": a Thursday morning in Stockholm, like the tests' clock.
NOW = datetime(2026, 11, 26, 10, 30, tzinfo=timezone(timedelta(hours=1)))


def start_display() -> subprocess.Popen | None:
    if os.environ.get("DISPLAY") or not shutil.which("Xvfb"):
        if not os.environ.get("DISPLAY"):
            print("screenshots: Xvfb not found, using the offscreen platform", file=sys.stderr)
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    display = f":{random.randint(100, 899)}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    socket = Path(f"/tmp/.X11-unix/X{display[1:]}")
    for _ in range(100):
        if socket.exists():
            break
        time.sleep(0.05)
    os.environ["DISPLAY"] = display
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return xvfb


def settle(app, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.03)


def save(widget, folder: Path, name: str, app) -> None:
    settle(app)
    path = folder / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"screenshots: could not write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def shoot(app, language: str, folder: Path) -> None:
    import shiboken6
    from PySide6.QtCore import QPoint, QSettings

    from kbtdesk.core.corrections import describe_episode_deletion
    from kbtdesk.core.demo import fill_demo
    from kbtdesk.core.rules import load_ruleset
    from kbtdesk.core.service import LogService
    from kbtdesk.db.engine import create_demo_log
    from kbtdesk.ui.about import AboutDialog
    from kbtdesk.ui.app import Translators
    from kbtdesk.ui.checklist import ContactChecklist
    from kbtdesk.ui.dialogs.corrections import DeleteEpisodeConfirmation
    from kbtdesk.ui.exports import ExportDialog
    from kbtdesk.ui.main_window import MainWindow

    folder.mkdir(parents=True, exist_ok=True)
    translators = Translators(app)
    translators.apply(language)
    with tempfile.TemporaryDirectory(prefix="kbtdesk-shots-") as tmp:
        log = create_demo_log(Path(tmp))
        try:
            service = LogService(log.engine, load_ruleset(), now=lambda: NOW)
            fill_demo(service)
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            # The path a therapist would see, not the throwaway folder of this run.
            location = ("C:\\Users\\tove\\AppData\\Local\\kbtdesk\\kbtdesk\\kbtdesk-log.db" if language == "sv"
                        else "/home/tove/.local/share/kbtdesk/kbtdesk-log.db")
            window = MainWindow(lambda: service, log_location=location, language=language, settings=settings,
                                demo=True, apply_language=translators.apply)
            window.resize(WIDTH, HEIGHT)
            window.move(0, 0)
            window.show()
            settle(app, 10)
            view = window.episode_view
            if view.contacts_model.rowCount():
                view.contacts.selectRow(view.contacts_model.rowCount() - 1)
            save(window, folder, "main-window", app)

            menu = window.menus["menuEdit"]
            menu.popup(window.mapToGlobal(QPoint(60, 24)))
            save(menu, folder, "menu-edit", app)
            menu.hide()

            confirmation = DeleteEpisodeConfirmation.box(
                window, describe_episode_deletion(service, window.current_episode_id()), language)
            confirmation.show()
            save(confirmation, folder, "delete-episode", app)
            confirmation.done(0)
            confirmation.deleteLater()

            checklist = ContactChecklist(window, service, window.current_episode_id(), lang=language)
            checklist.show()
            save(checklist, folder, "contact-checklist", app)
            checklist.reject()
            checklist.deleteLater()

            window.act.worklist.setChecked(True)
            save(window, folder, "worklist", app)
            window.act.worklist.setChecked(False)

            window.act.outage.setChecked(True)
            save(window, folder, "outage-mode", app)

            exports = ExportDialog(window, service, language, window.current_episode_id())
            exports.show()
            save(exports, folder, "export-dialog", app)
            exports.reject()
            exports.deleteLater()

            about = AboutDialog(window, service, window_paths(location), language)
            about.show()
            save(about, folder, "about", app)
            about.reject()
            about.deleteLater()

            window.settings = None  # do not remember a window geometry from this run
            window.close()
            shiboken6.delete(window)  # now, not later: the next language must not reach it
        finally:
            log.close()
            translators.clear()


def window_paths(location: str):
    from pathlib import PurePath

    from kbtdesk.paths import LogPaths

    return LogPaths(PurePath(location))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("sv", "en"), action="append",
                        help="only this language (default: both)")
    args = parser.parse_args(argv)
    xvfb = start_display()
    try:
        os.environ.pop("KBTDESK_LANG", None)
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance() or QApplication(["kbtdesk-screenshots"])
        app.setApplicationName("kbtdesk")
        for language in args.lang or ("sv", "en"):
            shoot(app, language, OUT / language)
        return 0
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(5)


if __name__ == "__main__":
    sys.exit(main())
