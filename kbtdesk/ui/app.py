"""Starting the window: QApplication, translators, unlock or first run, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path


class Translators:
    """kbtdesk's own catalogue and Qt's qtbase_<lang>, swapped together when the language changes."""

    def __init__(self, app):
        self.app = app
        self.installed = []
        self.language = None

    def clear(self) -> None:
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []

    def apply(self, language: str) -> None:
        from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

        from kbtdesk.translation import load_translator

        self.clear()
        own = load_translator(language)
        if own is not None:
            self.installed.append(own)
        qt = QTranslator()
        if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self.installed.append(qt)
        for translator in self.installed:
            self.app.installTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden) if language == "sv"
                           else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        self.language = language


def open_or_create(paths, parent=None, kdf=None):
    """Unlock the log at `paths`, or on first start create it. Returns (Log, SetupResult | None) or None."""
    from kbtdesk.db import engine, keyfile
    from kbtdesk.ui import dialogs

    kdf = kdf or keyfile.KdfParams()
    if paths.exists():
        def restore(passphrase):
            data_key = engine.unwrap_noting_failure(paths, passphrase)  # a wrong one reaches the trail
            backup = engine.newest_good_backup(paths, data_key)
            return None if backup is None else engine.restore_backup(paths, data_key, backup)

        log = dialogs.UnlockDialog.ask(
            parent, str(paths.log), lambda passphrase: engine.open_log(paths, passphrase),
            read_only_opener=lambda passphrase: engine.open_log(paths, passphrase, readonly=True),
            restorer=restore,
            recoverer=lambda code, new: engine.open_with_recovery_code(paths, code, new, kdf))
        return None if log is None else (log, None)
    while True:
        setup = dialogs.SetupDialog.ask(parent, str(paths.log))
        if setup is None:
            return None
        try:
            log = engine.create_log(paths, setup.passphrase, kdf)
        except engine.LogOpenError as exc:
            from kbtdesk.ui.formatting import render

            dialogs.show_error(parent, "kbtdesk", render(exc.message))
            continue
        code, log.recovery_code = log.recovery_code, None
        if code:
            dialogs.RecoveryCodeDialog.ask(parent, code)
        return log, setup


def build_window(service, *, log_location: str, settings, translators: Translators | None, demo: bool = False,
                 log=None):
    from kbtdesk.ui.main_window import MainWindow

    language = translators.language if translators and translators.language else "sv"
    return MainWindow(service, log_location=log_location, language=language, settings=settings, demo=demo,
                      apply_language=translators.apply if translators else None, log=log)


def _quit_after_first_paint(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint = FirstPaint(window)
    window.installEventFilter(window._first_paint)
    # Never hang a smoke test if no paint ever comes: give up with exit code 1.
    fallback = QTimer(window)
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: app.exit(1))
    fallback.start(20000)


def run(log_arg: str | None = None, demo: bool = False, quit_after_first_paint: bool = False) -> int:
    # kbtdesk's own non-Qt modules (and the sqlcipher3, cryptography and standard-library modules
    # they pull in) come before PySide6 on purpose: once PySide6 is imported, its import hook
    # reads the source of every module imported after it, looking for "PySide6" (for its
    # `__feature__` switches), and the first paint would wait for a hundred such reads.
    # benchmarks/kbtdesk_entry.py imports in this same order.
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from kbtdesk.composition import WindowService
    from kbtdesk.paths import resolve_log_paths
    from kbtdesk.translation import chosen_language
    from kbtdesk.ui import excepthook

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("kbtdesk")
    app.setOrganizationName("kbtdesk")
    app.setDesktopFileName("se.kbtdesk.kbtdesk")
    excepthook.install()

    demo_dir = None
    if demo:
        import tempfile

        from kbtdesk.db.engine import create_demo_log

        demo_dir = tempfile.TemporaryDirectory(prefix="kbtdesk-demo-")
        log = create_demo_log(Path(demo_dir.name))
        paths, setup = log.paths, None
    else:
        paths = resolve_log_paths(log_arg)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    translators = Translators(app)
    translators.apply(chosen_language(settings.value("language")))
    if not demo:
        opened = open_or_create(paths)
        if opened is None:
            return 0
        log, setup = opened
    try:
        service = WindowService(log)
        if setup is not None:
            service.save_profile(setup.name, setup.profession, setup.care_unit, setup.care_level, setup.ehr)
        if demo:
            from kbtdesk.core.demo import fill_demo

            fill_demo(service)
        window = build_window(service, log_location=str(paths.log), settings=settings,
                              translators=translators, demo=demo, log=log)
        if quit_after_first_paint:
            _quit_after_first_paint(app, window)
        window.show()
        try:
            return app.exec()
        finally:
            window.close()
            window.deleteLater()
    finally:
        translators.clear()
        log.close()
        if demo_dir is not None:
            demo_dir.cleanup()
