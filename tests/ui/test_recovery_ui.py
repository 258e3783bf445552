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
from kbtdesk.ui import dialogs
from kbtdesk.ui.main_window import MainWindow
from tests.helpers.fixtures import NOW, PASSPHRASE

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW = "a brand new long passphrase"


def test_setup_shows_the_recovery_code_once_and_it_opens_the_key(tmp_path, monkeypatch, qtbot):
    paths = LogPaths(tmp_path / "kbtdesk-log.db")
    result = dialogs.SetupResult("Tove", "Psykolog", "Enhet", "primary", "webdoc", PASSPHRASE)
    monkeypatch.setattr(dialogs.SetupDialog, "ask", classmethod(lambda cls, parent, where: result))
    shown = []
    monkeypatch.setattr(dialogs.RecoveryCodeDialog, "ask",
                        classmethod(lambda cls, parent, code, new=False: shown.append(code) or True))
    log, _ = app_module.open_or_create(paths, kdf=keyfile.TEST_KDF)
    try:
        assert len(shown) == 1 and log.recovery_code is None  # shown, then forgotten
        assert keyfile.same_key(keyfile.unwrap_with_recovery_code(paths.key, shown[0]), log.data_key)
    finally:
        log.close()


def test_recovery_code_dialog_needs_the_tick_and_offers_copy_and_print(qtbot, monkeypatch):
    code = keyfile.new_recovery_code()
    dialog = dialogs.RecoveryCodeDialog(code)
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
    monkeypatch.setattr(dialogs, "print_plain_text", lambda parent, title, body: printed.append(body) or True)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert code in printed[0]
    dialog.confirmed.setChecked(True)
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted


def test_forgot_passphrase_sets_a_new_one_and_shows_a_new_code(qtbot, log, monkeypatch):
    paths = log.paths
    log.close()
    # The fixture's log was created with a recovery code we never saw: give it one we know.
    opened = engine.open_log(paths, PASSPHRASE)
    old_code = keyfile.add_recovery_code(paths.key, opened.data_key)
    opened.close()

    recovery = dialogs.RecoveryDialog(lambda code, new: engine.open_with_recovery_code(paths, code, new,
                                                                                       keyfile.TEST_KDF))
    qtbot.addWidget(recovery)
    recovery.show()
    recovery.code.setText("WRONG-CODE-" * 3)
    recovery.passphrase.setText(NEW)
    recovery.repeat.setText(NEW)
    recovery.accept()
    assert recovery.error.isVisible() and recovery.result_log is None
    recovery.code.setText(old_code.lower().replace("-", " "))  # forgiving typing
    recovery.repeat.setText(NEW + "x")
    recovery.accept()
    assert recovery.result_log is None, "the new passphrase twice, the same"
    recovery.repeat.setText(NEW)
    recovery.accept()
    new_log = recovery.result_log
    assert new_log is not None and new_log.recovery_code
    new_code = new_log.recovery_code
    new_log.close()
    assert new_code != old_code
    with pytest.raises(keyfile.WrongPassphrase):
        engine.open_log(paths, PASSPHRASE)
    engine.open_log(paths, NEW).close()
    with pytest.raises(keyfile.WrongRecoveryCode):
        keyfile.unwrap_with_recovery_code(paths.key, old_code)


def test_unlock_dialog_forgot_link_shows_the_new_code_and_opens(qtbot, log, monkeypatch):
    paths = log.paths
    log.close()
    fake_log = type("FakeLog", (), {"recovery_code": "NEWCO-DE123"})()
    monkeypatch.setattr(dialogs.RecoveryDialog, "ask", classmethod(lambda cls, parent, recoverer: fake_log))
    shown = []
    monkeypatch.setattr(dialogs.RecoveryCodeDialog, "ask",
                        classmethod(lambda cls, parent, code, new=False: shown.append((code, new)) or True))
    dialog = dialogs.UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p),
                                  recoverer=lambda code, new: None)
    qtbot.addWidget(dialog)
    dialog.show()
    forgot = dialog.findChild(type(dialog.forgot), "forgotPassphrase")
    assert forgot.isVisible()
    qtbot.mouseClick(forgot, Qt.MouseButton.LeftButton)
    assert shown == [("NEWCO-DE123", True)]
    assert dialog.log is fake_log and fake_log.recovery_code is None
    assert dialog.result() == dialog.DialogCode.Accepted


def test_change_passphrase_from_settings(qtbot, service, log, tmp_path):
    window = MainWindow(service, log_location=str(log.paths.log), language="en", log=log, kdf=keyfile.TEST_KDF)
    qtbot.addWidget(window)
    dialog = dialogs.ChangePassphraseDialog(window._change_passphrase)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.old.setText("wrong old passphrase")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.accept()
    assert dialog.error.isVisible() and dialog.old.text() == ""
    dialog.old.setText(PASSPHRASE)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    keyfile.unwrap_data_key(log.paths.key, NEW)
    with pytest.raises(keyfile.WrongPassphrase):
        keyfile.unwrap_data_key(log.paths.key, PASSPHRASE)
    assert service.audit_entries()[-1].action == "change-passphrase"
    settings = dialogs.SettingsDialog(service, "en", auto_lock_minutes=7,
                                      change_passphrase=window._change_passphrase)
    qtbot.addWidget(settings)
    assert settings.findChild(type(settings.change_passphrase), "changePassphrase") is not None
    assert settings.result_value().auto_lock_minutes == 7


def test_settings_save_the_auto_lock_minutes_in_the_log(qtbot, service, log, monkeypatch):
    window = MainWindow(service, log_location=str(log.paths.log), language="en", log=log)
    qtbot.addWidget(window)

    def ask(cls, parent, svc, language, **options):
        assert options["auto_lock_minutes"] == 10 and options["change_passphrase"] is not None
        dialog = cls(svc, language, parent, **options)
        dialog.auto_lock.setValue(25)
        return dialog.result_value()

    monkeypatch.setattr(dialogs.SettingsDialog, "ask", classmethod(ask))
    window.act_settings.trigger()
    assert service.setting("auto_lock_minutes") == 25
    assert window.lock_controller.minutes == 25


# -- opening problems -------------------------------------------------------------------------

def test_in_use_says_who_and_opens_read_only_with_editing_disabled(qtbot, service, episode, log, rules):
    paths = log.paths
    dialog = dialogs.UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p),
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
        window = MainWindow(svc, log_location=str(paths.log), language="en", log=ro)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        assert window.read_only_banner.isVisible()
        assert "Read-only" in window.read_only_banner.text() and owner.user in window.read_only_banner.text()
        window.select_episode(episode.id)
        assert window.episode_view.detail is not None
        for action in window.editing_actions:
            assert not action.isEnabled(), action.objectName()
        assert not window.episode_view.siber_start.isEnabled()
        assert window.act_lock.isEnabled() and window.act_find.isEnabled() and window.act_audit.isEnabled()
        window.act_worklist.setChecked(True)
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
    dialog = dialogs.UnlockDialog(str(paths.log), lambda p: engine.open_log(paths, p),
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
    dialog = dialogs.UnlockDialog(str(paths.log), lambda p: (_ for _ in ()).throw(
        engine.LogOpenError(dialogs.keyfile.WrongPassphrase().message, "damaged")),
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
        window = MainWindow(svc, log_location=str(paths.log), language="en", log=opened)
        qtbot.addWidget(window)
        assert window.statusBar().currentMessage().startswith("3 failed unlock attempts since ")
        assert window.backup_label.text() == "Newest backup: none yet"
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
