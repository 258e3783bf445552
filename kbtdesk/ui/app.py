"""Starting the window: QApplication, translators, unlock or first run, then the main window."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QLibraryInfo, QLocale, QObject, QSettings, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kbtdesk import composition
from kbtdesk.core import keys, logs
from kbtdesk.core.errors import LogOpenError
from kbtdesk.core.logs import Log
from kbtdesk.paths import LogPaths, resolve_log_paths
from kbtdesk.translation import chosen_language, load_translator
from kbtdesk.ui import excepthook
from kbtdesk.ui.formatting import render
from kbtdesk.ui.main_window import MainWindow
from kbtdesk.ui.widgets import show_error


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


def show_recovery_code(parent, log: Log, care_unit: str, new: bool = False) -> None:
    """Show the recovery code a new log or a recovery just made (once), then forget it."""
    from kbtdesk.ui.dialogs.recovery_code import RecoveryCodeDialog, RecoverySheet

    code, log.recovery_code = log.recovery_code, None
    if code:
        RecoveryCodeDialog.ask(parent, RecoverySheet(code, str(log.paths.log), care_unit), new=new)


def open_or_create(paths: LogPaths, parent=None, kdf=None, rules=None):
    """Unlock the log at `paths`, or on first start create it. Returns (Log, SetupResult | None) or None."""
    from kbtdesk.ui.dialogs.first_run import SetupDialog
    from kbtdesk.ui.dialogs.passphrase import UnlockDialog

    kdf = kdf or keys.KdfParams()
    if paths.exists():
        def restore(passphrase):
            data_key = logs.unwrap_noting_failure(paths, passphrase)  # a wrong one reaches the trail
            backup = logs.newest_good_backup(paths, data_key)
            return None if backup is None else logs.restore_backup(paths, data_key, backup)

        log = UnlockDialog.ask(
            parent, str(paths.log), lambda passphrase: logs.open_log(paths, passphrase),
            read_only_opener=lambda passphrase: logs.open_log(paths, passphrase, readonly=True),
            restorer=restore,
            recoverer=lambda code, new: logs.open_with_recovery_code(paths, code, new, kdf))
        if log is None:
            return None
        if log.recovery_code:  # "Forgot passphrase?": the used code no longer works
            show_recovery_code(parent, log, composition.care_unit(log, rules), new=True)
        return log, None
    while True:
        setup = SetupDialog.ask(parent, str(paths.log), **({"rules": rules} if rules is not None else {}))
        if setup is None:
            return None
        try:
            log = logs.create_log(paths, setup.passphrase, kdf)
        except LogOpenError as exc:
            show_error(parent, "kbtdesk", render(exc.message))
            continue
        show_recovery_code(parent, log, setup.care_unit)
        return log, setup


def build_window(log: Log, *, log_location: str, settings, translators: Translators | None,
                 demo: bool = False, rules=None) -> MainWindow:
    """The main window over the open `log`; it builds its service just after its first paint.
    `rules`: the RuleBook chosen by --rules / KBTDESK_RULES (None: the bundled set)."""
    language = translators.language if translators and translators.language else "sv"
    return MainWindow(lambda: composition.build_service(log, rules), log_location=log_location, language=language,
                      settings=settings, demo=demo, apply_language=translators.apply if translators else None,
                      log=log, first_page=lambda limit: composition.read_first_page(log, limit))


def _quit_after_first_paint(app, window) -> None:
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    window._first_paint_quit = FirstPaint(window)
    window.installEventFilter(window._first_paint_quit)
    # Never hang a smoke test if no paint ever comes: give up with exit code 1.
    fallback = QTimer(window)
    fallback.setSingleShot(True)
    fallback.timeout.connect(lambda: app.exit(1))
    fallback.start(20000)


def load_rules_or_refuse(rules_source: str | None, close_after_paint: bool = False):
    """The rule book (--rules, else KBTDESK_RULES, else the bundled set, with the unit's configuration),
    or None once a message box has said why it cannot be used (kbtdesk.ui.rules_problem)."""
    import os

    from kbtdesk.core.rules import RuleSetError

    try:
        return composition.load_rules(rules_source)
    except RuleSetError as exc:
        from kbtdesk.ui.rules_problem import refuse_to_start

        refuse_to_start(exc, rules_source, os.environ.get("KBTDESK_RULES"), close_after_paint)
        return None


def run(log_arg: str | None = None, demo: bool = False, quit_after_first_paint: bool = False, rules=None,
        rules_source: str | None = None) -> int:
    """`rules`: a RuleBook already read; else it is read now from `rules_source` (--rules), KBTDESK_RULES
    or the bundled set, before the unlock dialog: a file kbtdesk cannot use stops it here, in a message box."""
    from kbtdesk.ui.display import refuse_without_display

    if refuse_without_display():
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("kbtdesk")
    app.setOrganizationName("kbtdesk")
    QApplication.setDesktopFileName("se.kbtdesk.kbtdesk")
    excepthook.install()

    demo_dir = None
    if demo:
        demo_dir = tempfile.TemporaryDirectory(prefix="kbtdesk-demo-")
        log = logs.create_demo_log(Path(demo_dir.name))
        paths, setup = log.paths, None
    else:
        paths = resolve_log_paths(log_arg)
    settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
    translators = Translators(app)
    translators.apply(chosen_language(settings.value("language")))
    if rules is None:
        # ≈0.2 s (the schema validator and the files), spent before the unlock dialog rather than
        # after the first paint: every later use (setup, demo, the window) takes this book.
        rules = load_rules_or_refuse(rules_source, close_after_paint=quit_after_first_paint)
        if rules is None:
            translators.clear()
            if demo_dir is not None:
                log.close()
                demo_dir.cleanup()
            return 2
    if not demo:
        opened = open_or_create(paths, rules=rules)
        if opened is None:
            return 0
        log, setup = opened
    try:
        if setup is not None:
            composition.build_service(log, rules).save_profile(setup.name, setup.profession, setup.care_unit,
                                                        setup.care_level, setup.ehr)
        if demo:
            from kbtdesk.core.demo import fill_demo  # python-stdnum and the ORM: only for the demo

            fill_demo(composition.build_service(log, rules))
        window = build_window(log, log_location=str(paths.log), settings=settings, translators=translators,
                              demo=demo, rules=rules)
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
