"""Recovery code at setup and after "Forgot passphrase?", changing the passphrase, read-only when in
use, and restoring the newest good backup, all through the window's dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from kbtdesk.core.service import LogService
from kbtdesk.db import engine, keyfile
from kbtdesk.db.backup import backup_now
from kbtdesk.paths import LogPaths
from kbtdesk.ui import app as app_module
from kbtdesk.ui.dialogs import recovery_code
from kbtdesk.ui.dialogs.first_run import SetupDialog, SetupResult
from kbtdesk.ui.dialogs.passphrase import ChangePassphraseDialog, RecoveryDialog, UnlockDialog
from kbtdesk.ui.dialogs.recovery_code import RecoveryCodeDialog, RecoverySheet
from kbtdesk.ui.dialogs.settings import SettingsDialog
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW = "a brand new long passphrase"


def test_setup_shows_the_recovery_code_once_and_it_opens_the_key(tmp_path, monkeypatch, qtbot):
    paths = LogPaths(tmp_path / "kbtdesk-log.db")
    result = SetupResult("Tove", "Psykolog", "Enhet", "primary", "webdoc", PASSPHRASE)
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent, where: result))
    shown = []
    monkeypatch.setattr(RecoveryCodeDialog, "ask",
                        classmethod(lambda cls, parent, sheet, new=False: shown.append(sheet) or True))
    log, _ = app_module.open_or_create(paths, kdf=keyfile.TEST_KDF)
    try:
        assert len(shown) == 1 and log.recovery_code is None  # shown, then forgotten
        sheet = shown[0]
        assert (sheet.log_location, sheet.care_unit) == (str(paths.log), "Enhet")  # what its printout says
        assert keyfile.same_key(keyfile.unwrap_with_recovery_code(paths.key, sheet.code), log.data_key)
    finally:
        log.close()


def test_setup_says_what_the_recovery_code_is_for(qtbot):
    """Not "a forgotten passphrase cannot be recovered" just before a recovery code is handed out."""
    dialog = SetupDialog("/tmp/kbtdesk-log.db")
    qtbot.addWidget(dialog)
    hint = dialog.findChild(type(dialog.error), "passphraseHint").text()
    assert "recovery code" in hint and "only way into the log" in hint
    assert "cannot be recovered" not in hint


SHEET = RecoverySheet("AJCTJ-IRGGE-67WPS-7H4LJ-MICMD-42KT2-2OZ72-XH7XS",
                      "/home/tove/.local/share/kbtdesk/kbtdesk-log.db", "<b>Psykiatri Affektiva</b>, Sahlgrenska",
                      date(2026, 11, 26))


def test_recovery_code_dialog_needs_the_tick_and_offers_copy_and_print(qtbot, monkeypatch):
    code = keyfile.new_recovery_code()
    monkeypatch.setattr(recovery_code, "paper_printers", lambda: ["Kontorsskrivaren"])
    dialog = RecoveryCodeDialog(RecoverySheet(code, "/tmp/kbtdesk-log.db", "Enhet"))
    qtbot.addWidget(dialog)
    dialog.show()
    label = dialog.findChild(type(dialog.code_label), "recoveryCode")
    assert label.text() == code
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert label.font().fixedPitch() or label.font().styleHint() == label.font().StyleHint.TypeWriter \
        or "mono" in label.font().family().lower()
    assert not dialog.ok.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible(), "Escape must not skip the only showing of the code"
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == code
    printed = []
    monkeypatch.setattr(recovery_code, "print_sheet", lambda parent, sheet: printed.append(sheet) or True)
    assert dialog.print_button.isEnabled() and not dialog.no_printer.isVisible()
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed[0].code == code and printed[0].care_unit == "Enhet"
    dialog.confirmed.setChecked(True)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_without_a_paper_printer_the_code_is_written_down_not_printed_to_a_file(qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Microsoft Print to PDF"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Microsoft Print to PDF"))
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: pytest.fail("a print dialog without a paper printer"))
    dialog = RecoveryCodeDialog(SHEET)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.print_button.isEnabled()
    assert dialog.no_printer.isVisible() and "write the code down" in dialog.no_printer.text()
    assert recovery_code.choose_paper_printer(dialog) is None


def test_the_print_dialog_offers_paper_only(qtbot, monkeypatch):
    """The system's default printer writes a PDF: the paper printer is chosen, print-to-file is off."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames",
                        staticmethod(lambda: ["Microsoft Print to PDF", "Kontorsskrivaren", "OneNote (Desktop)"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Microsoft Print to PDF"))
    # Qt keeps only the name of an installed printer, and this machine has none: note what is chosen.
    chosen = []
    monkeypatch.setattr(QPrinter, "setPrinterName", lambda self, name: chosen.append(name))
    seen = {}

    def accept(self):
        seen.update(to_file=self.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile))
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert recovery_code.paper_printers() == ["Kontorsskrivaren"]
    printer = recovery_code.choose_paper_printer(None)
    assert chosen == ["Kontorsskrivaren"] and seen == {"to_file": False}
    assert printer is not None


def test_a_file_printer_chosen_in_the_dialog_is_asked_about(qtbot, monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinterInfo

    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Kontorsskrivaren"]))
    asked = []

    def print_to_file(self):  # what a platform's own dialog may still offer
        self.printer().setOutputFileName("/home/tove/kod.pdf")
        return QPrintDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    monkeypatch.setattr(recovery_code, "confirm", lambda parent, title, text: asked.append(text) or False)
    assert recovery_code.choose_paper_printer(None) is None
    assert "/home/tove/kod.pdf" in asked[0] and "file" in asked[0]
    for name in ("Microsoft Print to PDF", "Microsoft XPS Document Writer", "OneNote (Desktop)", "CUPS-PDF"):
        assert recovery_code.writes_a_file(name), name
    assert not recovery_code.writes_a_file("HP LaserJet 4250 (plan 3)")


def test_the_printed_sheet_says_when_for_which_unit_and_log_and_what_to_do(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # a PDF here only to read the sheet back
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "sheet.pdf"))
    recovery_code.sheet_document(SHEET).print_(printer)
    text = pdf_text(tmp_path / "sheet.pdf")
    assert any(SHEET.code in line for line in text.splitlines()), "the whole code on one line"
    text = " ".join(text.split())
    for expected in ("Made on: 2026-11-26", "<b>Psykiatri Affektiva</b>, Sahlgrenska",
                     "/home/tove/.local/share/kbtdesk/kbtdesk-log.db", "Forgot passphrase?", "shred this sheet",
                     "apart from the computer"):
        assert expected in text, (expected, text)


def pdf_text(path) -> str:
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext (poppler-utils) is needed: scripts/system-deps.sh --test installs it")
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", out.stdout)  # "ﬀ" ligatures as letters


def test_forgot_passphrase_sets_a_new_one_and_shows_a_new_code(qtbot, log, monkeypatch):
    paths = log.paths
    log.close()
    # The fixture's log was created with a recovery code we never saw: give it one we know.
    opened = engine.open_log(paths, PASSPHRASE)
    old_code = keyfile.add_recovery_code(paths.key, opened.data_key)
    opened.close()

    recovery = RecoveryDialog(lambda code, new: engine.open_with_recovery_code(paths, code, new,
                                                                                       keyfile.TEST_KDF))
    qtbot.addWidget(recovery)
    recovery.show()
    form = recovery.new_passphrase
    recovery.code.setText("WRONG-CODE-" * 3)
    form.passphrase.setText(NEW)
    form.repeat.setText(NEW)
    recovery.accept()
    assert recovery.error.isVisible() and recovery.result_log is None
    recovery.code.setText(old_code.lower().replace("-", " "))  # forgiving typing
    form.repeat.setText(NEW + "x")
    recovery.accept()
    assert recovery.result_log is None, "the new passphrase twice, the same"
    form.repeat.setText(NEW)
    recovery.accept()
    new_log = recovery.result_log
    assert new_log is not None and new_log.recovery_code
    new_code = new_log.recovery_code
    engine.commit_recovery(new_log)  # what the window does once the new code was shown
    new_log.close()
    assert new_code != old_code
    with pytest.raises(keyfile.WrongPassphrase):
        engine.open_log(paths, PASSPHRASE)
    engine.open_log(paths, NEW).close()
    with pytest.raises(keyfile.WrongRecoveryCode):
        keyfile.unwrap_with_recovery_code(paths.key, old_code)


def test_unlock_dialog_forgot_link_opens_the_log_the_recovery_code_opened(qtbot, log, monkeypatch):
    paths = log.paths
    log.close()
    fake_log = type("FakeLog", (), {"recovery_code": "NEWCO-DE123"})()
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, recoverer: fake_log))
    dialog = UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p), recoverer=lambda code, new: None)
    qtbot.addWidget(dialog)
    dialog.show()
    forgot = dialog.findChild(type(dialog.forgot), "forgotPassphrase")
    assert forgot.isVisible()
    qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
    assert dialog.log is fake_log
    assert dialog.result() == dialog.DialogCode.Accepted


def test_after_forgot_passphrase_at_start_the_new_code_is_shown_once(qtbot, service, log, monkeypatch):
    """The log the recovery opened carries its new code: shown (with the unit for its printout), forgotten."""
    paths = log.paths
    log.close()
    opened = engine.open_log(paths, PASSPHRASE)
    old_code = keyfile.add_recovery_code(paths.key, opened.data_key)
    opened.close()

    def forgot(cls, parent, where, opener, recoverer, **offers):
        return recoverer(old_code, NEW)  # what "Forgot passphrase?" gives back

    monkeypatch.setattr(UnlockDialog, "ask", classmethod(forgot))
    shown = []
    monkeypatch.setattr(RecoveryCodeDialog, "ask",
                        classmethod(lambda cls, parent, sheet, new=False: shown.append((sheet, new)) or True))
    recovered, setup = app_module.open_or_create(paths, kdf=keyfile.TEST_KDF)
    try:
        [(sheet, new)] = shown
        assert new and sheet.code != old_code and recovered.recovery_code is None
        assert sheet.care_unit == "Psykiatri Affektiva, Sahlgrenska" and sheet.log_location == str(paths.log)
        assert keyfile.same_key(keyfile.unwrap_with_recovery_code(paths.key, sheet.code), recovered.data_key)
    finally:
        recovered.close()


def test_change_passphrase_from_settings(qtbot, service, log, tmp_path):
    window = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", log=log, kdf=keyfile.TEST_KDF)
    qtbot.addWidget(window)
    change = window.window_lock.unlocker.change_passphrase
    dialog = ChangePassphraseDialog(change)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("wrong old passphrase")
    dialog.new_passphrase.passphrase.setText(NEW)
    dialog.new_passphrase.repeat.setText(NEW)
    dialog.accept()
    assert dialog.error.isVisible() and dialog.old.text() == ""
    dialog.old.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    keyfile.unwrap_data_key(log.paths.key, NEW)
    with pytest.raises(keyfile.WrongPassphrase):
        keyfile.unwrap_data_key(log.paths.key, PASSPHRASE)
    assert service.audit_entries()[-1].action == "change-passphrase"
    settings = SettingsDialog(service, "en", auto_lock_minutes=7, change_passphrase=change)
    qtbot.addWidget(settings)
    assert settings.findChild(type(settings.change_passphrase), "changePassphrase") is not None
    assert settings.result_value().preferences.auto_lock_minutes == 7


def test_settings_save_the_auto_lock_minutes_in_the_log(qtbot, service, log, monkeypatch):
    window = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", log=log)
    qtbot.addWidget(window)

    def ask(cls, parent, svc, language, **options):
        assert options["auto_lock_minutes"] == 10 and options["change_passphrase"] is not None
        dialog = cls(svc, language, parent, **options)
        dialog.auto_lock.setValue(25)
        dialog.accept()  # saves, as its Save button does
        assert dialog.result() == dialog.DialogCode.Accepted
        return dialog.result_value()

    monkeypatch.setattr(SettingsDialog, "ask", classmethod(ask))
    window.act.settings.trigger()
    assert service.setting("auto_lock_minutes") == 25
    assert window.window_lock.controller.minutes == 25


# -- opening problems -------------------------------------------------------------------------

def test_in_use_says_who_and_opens_read_only_with_editing_disabled(qtbot, service, episode, log, rules):
    paths = log.paths
    dialog = UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p),
                                  read_only_opener=lambda p: engine.open_log(paths, p, readonly=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.error.isVisible()
    owner = log.lock.owner
    assert owner.user in dialog.error.text() and owner.host in dialog.error.text() \
        and str(owner.pid) in dialog.error.text()
    assert dialog.read_only_button.isVisible() and not dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.read_only_button, Qt.MouseButton.LeftButton)
    ro = dialog.log
    assert ro is not None and ro.readonly
    try:
        svc = LogService(ro.engine, rules, now=lambda: NOW)
        window = MainWindow(lambda: svc, log_location=str(paths.log), language="en", log=ro)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.read_only_banner.isVisible()
        assert "Read-only" in window.read_only_banner.text() and owner.user in window.read_only_banner.text()
        window.select_episode(episode.id)
        assert window.episode_view.detail is not None
        for action in window.act.editing:
            assert not action.isEnabled(), action.objectName()
        assert not window.episode_view.siber_start.isEnabled()
        assert window.act.lock.isEnabled() and window.act.find.isEnabled() and window.act.audit.isEnabled()
        window.act.worklist.setChecked(True)
        assert not window.worklist.mark_done_button.isVisible()
        assert window.backup_policy is None
    finally:
        ro.close()


def test_damaged_log_offers_the_newest_good_backup(qtbot, service, episode, log, monkeypatch):
    paths = log.paths
    backup_now(paths, log.data_key)
    log.close()
    with open(paths.log, "r+b") as f:  # cut short mid-page: "truncated"
        f.truncate(paths.log.stat().st_size - 100)
    dialog = UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p),
                                  restorer=lambda p: app_restorer(paths, p))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.restore_button.isVisible()
    messages = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: messages.append(box.text()) or 0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    restored = dialog.log
    try:
        assert restored is not None and not restored.readonly
        assert dialog.restored_aside is not None and dialog.restored_aside.exists()
        assert str(dialog.restored_aside) in messages[0]
        assert LogService(restored.engine, service.rules).episode(episode.id) is not None
    finally:
        restored.close()


def app_restorer(paths, passphrase):
    data_key = keyfile.unwrap_data_key(paths.key, passphrase)
    backup = engine.newest_good_backup(paths, data_key)
    return None if backup is None else engine.restore_backup(paths, data_key, backup)


def test_no_good_backup_says_so(qtbot, log):
    paths = log.paths
    dialog = UnlockDialog(str(paths.log), lambda p: (_ for _ in ()).throw(
        engine.LogOpenError(keyfile.WrongPassphrase().message, "damaged")),
        restorer=lambda p: None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "No good backup" in dialog.error.text() and dialog.log is None


# -- the status bar --------------------------------------------------------------------------------

def test_failed_unlocks_and_newest_backup_in_the_status_bar(qtbot, service, log, rules):
    paths = log.paths
    log.close()
    for _ in range(3):
        with pytest.raises(keyfile.WrongPassphrase):
            engine.open_log(paths, "guess")
    opened = engine.open_log(paths, PASSPHRASE)
    try:
        svc = LogService(opened.engine, rules, now=lambda: NOW)
        window = MainWindow(lambda: svc, log_location=str(paths.log), language="en", log=opened)
        qtbot.addWidget(window)
        assert window.statusBar().currentMessage().startswith("3 failed unlock attempts since ")
        window.show()  # the newest backup is read just after the first paint, like the open items
        qtbot.waitUntil(lambda: window.backup_label.text() == "Newest backup: none yet")
        patient = svc.add_patient("640823-3234", "Åsa Öberg")
        svc.add_episode(patient.id, "Oroshjälpen Plus", date(2026, 10, 1))
        window.refresh_all()  # after a saved change: the first backup starts at once, in a worker
        qtbot.waitUntil(lambda: window.backup_policy.last_backup() is not None, timeout=10000)
        assert window.backup_runner.wait()
        assert window.backup_label.text().startswith("Newest backup: ")
        assert window.backup_label.text() != "Newest backup: none yet"
    finally:
        window.close()
        opened.close()


def test_forgot_passphrase_at_the_lock_screen_sets_a_new_one_and_unlocks(qtbot, service, log, monkeypatch):
    code = keyfile.add_recovery_code(log.paths.key, log.data_key)
    window = MainWindow(lambda: service, log_location=str(log.paths.log), language="en", log=log,
                        kdf=keyfile.TEST_KDF)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.window_lock.controller.watching, timeout=3000)
    window.lock_now()
    screen = window.window_lock.screen
    assert window.locked and screen.forgot.isVisible()
    monkeypatch.setattr(RecoveryDialog, "ask", classmethod(lambda cls, parent, recoverer: recoverer(code, NEW)))
    shown = []
    monkeypatch.setattr(RecoveryCodeDialog, "ask",
                        classmethod(lambda cls, parent, sheet, new=False: shown.append((sheet, new)) or True))
    qtbot.mouseClick(screen.forgot, Qt.MouseButton.LeftButton)
    assert not window.locked
    [(sheet, new)] = shown
    assert new and sheet.code != code and sheet.care_unit == "Psykiatri Affektiva, Sahlgrenska"
    assert keyfile.same_key(keyfile.unwrap_with_recovery_code(log.paths.key, sheet.code), log.data_key)
    assert keyfile.same_key(keyfile.unwrap_data_key(log.paths.key, NEW), log.data_key)
    assert service.audit_entries()[-1].action == "recover"
