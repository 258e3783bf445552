"""The small dialogs, driven through their widgets, and the start-up path that uses them."""

from __future__ import annotations

import sys
from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from kbtdesk.db import engine, keyfile
from kbtdesk.paths import LogPaths
from kbtdesk.ui import app as app_module
from kbtdesk.ui.dialogs.episode import EndEpisodeDialog, NewEpisodeDialog
from kbtdesk.ui.dialogs.first_run import SetupDialog, SetupResult
from kbtdesk.ui.dialogs.passphrase import UnlockDialog
from kbtdesk.ui.dialogs.recovery_code import RecoveryCodeDialog
from kbtdesk.ui.dialogs.scores import ScoreDialog
from kbtdesk.ui.dialogs.settings import SettingsDialog
from tests.helpers.fixtures import PASSPHRASE

NEW_PASSPHRASE = "lingon blåbär hjortron 7"

# The offscreen platform warns whenever a window's size limits change; it means nothing there.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _setup_result(**overrides):
    values = dict(name="Tove Terapeut", profession="Psykolog", care_unit="Psykiatri Affektiva",
                  care_level="primary", ehr="webdoc", passphrase=NEW_PASSPHRASE)
    values.update(overrides)
    return SetupResult(**values)


# -- first run ------------------------------------------------------------------------------

def test_first_run_creates_an_encrypted_log_that_the_passphrase_opens(tmp_path, monkeypatch, qtbot):
    paths = LogPaths(tmp_path / "new" / "kbtdesk-log.db")
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent, where: _setup_result()))
    monkeypatch.setattr(RecoveryCodeDialog, "ask", classmethod(lambda cls, parent, sheet, new=False: True))
    log, setup = app_module.open_or_create(paths, kdf=keyfile.TEST_KDF)
    log.close()
    assert paths.log.exists() and paths.key.exists()
    assert setup.ehr == "webdoc"
    with pytest.raises(keyfile.WrongPassphrase):
        engine.open_log(paths, "not the passphrase")
    engine.open_log(paths, NEW_PASSPHRASE).close()


def test_first_run_cancelled_creates_nothing(tmp_path, monkeypatch, qtbot):
    paths = LogPaths(tmp_path / "kbtdesk-log.db")
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda cls, parent, where: None))
    assert app_module.open_or_create(paths) is None
    assert not paths.exists()


RUN_FIRST_START = """
import sys
from kbtdesk.ui import app
from kbtdesk.ui.dialogs.first_run import SetupDialog, SetupResult
from kbtdesk.ui.dialogs.recovery_code import RecoveryCodeDialog
result = SetupResult("Tove Terapeut", "Psykolog", "Psykiatri Affektiva", "primary", "webdoc", sys.argv[2])
SetupDialog.ask = classmethod(lambda cls, parent, where, **chosen: result)
RecoveryCodeDialog.ask = classmethod(lambda cls, parent, sheet, new=False: True)
sys.exit(app.run(log_arg=sys.argv[1], quit_after_first_paint=True))
"""


def test_run_first_start_saves_the_profile_and_shows_the_window(tmp_path, rules):
    """The whole start in a child process: app.exec() leaves the test's QApplication unusable."""
    import os
    import subprocess

    from kbtdesk.composition import build_service

    target = tmp_path / "kbtdesk-log.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", KBTDESK_LANG="sv")
    done = subprocess.run([sys.executable, "-c", RUN_FIRST_START, str(target), NEW_PASSPHRASE],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    log = engine.open_log(LogPaths(target), NEW_PASSPHRASE)
    try:
        profile = build_service(log, rules).profile()
    finally:
        log.close()
    assert (profile.name, profile.care_level, profile.ehr) == ("Tove Terapeut", "primary", "webdoc")


def test_setup_dialog_shows_strength_and_refuses_short_or_different_passphrases(qtbot):
    dialog = SetupDialog("/tmp/log.db")
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.new_passphrase
    qtbot.keyClicks(form.passphrase, "kort")
    assert form.meter.bar.value() == 0
    assert dialog.error.isVisible() and "10" in dialog.error.text()
    form.passphrase.setText("Tre Ord Och 2 siffror!")
    assert form.meter.bar.value() >= 3
    form.repeat.setText("something else entirely")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.isVisible()
    form.repeat.setText("Tre Ord Och 2 siffror!")
    dialog.name.setText("Åke")
    dialog.care_level.setCurrentIndex(dialog.care_level.findData("primary"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value() == SetupResult("Åke", "", "", "primary", "asynja-visph",
                                                        "Tre Ord Och 2 siffror!")


# -- unlock ----------------------------------------------------------------------------------

def test_unlock_wrong_passphrase_says_so_and_retry_works(qtbot, log):
    paths = log.paths
    log.close()  # one writer at a time: the fixture's own handle would hold the lock
    opened = []

    def opener(passphrase):
        result = engine.open_log(paths, passphrase)
        opened.append(result)
        return result

    dialog = UnlockDialog(str(paths.log), opener)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.passphrase, "wrong passphrase")
    dialog.accept()
    assert dialog.isVisible(), "a wrong passphrase must keep the dialog open"
    assert dialog.error.isVisible() and "Wrong passphrase" in dialog.error.text()
    assert dialog.passphrase.text() == ""
    assert dialog.log is None
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.log is opened[0]
    dialog.log.close()


def test_later_start_asks_for_the_passphrase(qtbot, log, monkeypatch):
    log.close()
    asked = []
    monkeypatch.setattr(UnlockDialog, "ask", classmethod(
        lambda cls, parent, where, opener, **offers: asked.append(where) or opener(PASSPHRASE)))
    monkeypatch.setattr(SetupDialog, "ask", classmethod(lambda *a: pytest.fail("setup on a later start")))
    opened, setup = app_module.open_or_create(log.paths)
    opened.close()
    assert asked == [str(log.paths.log)] and setup is None


# -- episodes ---------------------------------------------------------------------------------

def test_new_episode_for_a_new_patient_validates_the_identity(qtbot, service):
    dialog = NewEpisodeDialog(service, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.identity, "640823-3235")
    dialog.name.setText("Åsa Öberg")
    dialog.accept()
    assert dialog.isVisible() and "check digit" in dialog.error.text()
    dialog.identity.setText("640823-3234")
    dialog.programme.setCurrentText("Oroshjälpen Plus")
    dialog.started.setDate(QDate(2026, 11, 2))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    episode = service.episode(dialog.episode.id)
    assert (episode.programme, episode.started) == ("Oroshjälpen Plus", date(2026, 11, 2))
    assert service.patient_by_identity("196408233234").name == "Åsa Öberg"


def test_new_episode_finds_an_existing_patient_by_identity(qtbot, service, episode):
    dialog = NewEpisodeDialog(service, "sv")
    qtbot.addWidget(dialog)
    dialog.identity.setText("19640823-3234")
    assert "Åsa Öberg" in dialog.found.text()
    assert not dialog.name.isEnabled()
    dialog.accept()
    assert dialog.episode.patient_id == episode.patient_id
    assert service.counts().patients == 1


def test_end_episode_refuses_an_end_before_the_start(qtbot, service, episode):
    dialog = EndEpisodeDialog(service, episode.id, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ended.setDate(QDate(2026, 9, 1))
    dialog.accept()
    assert dialog.error.isVisible() and service.episode(episode.id).ended is None
    dialog.ended.setDate(QDate(2026, 11, 20))
    dialog.reason.setCurrentIndex(dialog.reason.findData("dropout"))
    dialog.accept()
    ended = service.episode(episode.id)
    assert (ended.ended, ended.end_reason) == (date(2026, 11, 20), "dropout")


def test_record_score_validates_items_through_the_service(qtbot, service, episode):
    dialog = ScoreDialog(service, episode.id, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.instrument.setCurrentIndex(dialog.instrument.findData("madrs-s"))
    dialog.items.setText("1 2 3")
    dialog.accept()
    assert dialog.error.isVisible() and "9 items" in dialog.error.text()
    dialog.items.setText("x y")
    dialog.accept()
    assert "whole numbers" in dialog.error.text()
    dialog.items.setText("3 3 3 3 3 3 3 3 5")
    assert dialog.total.value() == 29
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    [measure] = service.episode_detail(episode.id).measures
    assert (measure.instrument, measure.score) == ("madrs-s", 29)


def test_settings_dialog_returns_plain_values(qtbot, service):
    dialog = SettingsDialog(service, "sv")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Tove Terapeut"
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.templates["j4"].setPlainText("Bakgrund\n\nBedömning\n")
    dialog.programmes.setPlainText("")
    dialog.accept()
    assert dialog.error.isVisible(), "an empty programme list is refused"
    assert service.programmes() != ["Depressionshjälpen Plus", "Sömnskolan"], "nothing saved while refused"
    dialog.programmes.setPlainText("Depressionshjälpen Plus\nSömnskolan")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    value = dialog.result_value()
    assert value.language == "en"
    assert value.preferences.template_headings["j4"] == ["Bakgrund", "Bedömning"]
    assert value.preferences.programmes == ["Depressionshjälpen Plus", "Sömnskolan"]
    # Saved by the dialog itself (kbtdesk.core.preferences): what differs from the rule set.
    assert service.programmes() == ["Depressionshjälpen Plus", "Sömnskolan"]
    assert service.template_headings("j4") == ["Bakgrund", "Bedömning"]


def test_user_text_is_shown_as_plain_text(qtbot, service):
    patient = service.add_patient("640823-3234", "<b>Åsa</b> Öberg")
    dialog = NewEpisodeDialog(service, "sv")
    qtbot.addWidget(dialog)
    dialog.identity.setText("640823-3234")
    from PySide6.QtCore import Qt

    assert dialog.found.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Åsa</b>" in dialog.found.text()
    assert patient.name.startswith("<b>")


def test_excepthook_logs_and_shows_instead_of_dying(caplog):
    from kbtdesk.ui.excepthook import make_hook

    shown = []
    hook = make_hook(show=lambda *exc: shown.append(exc[1]), previous=lambda *exc: pytest.fail("fell through"))
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        hook(*sys.exc_info())
    assert [str(e) for e in shown] == ["boom"]
    assert "unexpected error" in caplog.text and "boom" in caplog.text


def test_an_error_that_appears_never_squeezes_the_form(qtbot):
    """Qt keeps a shown window at its size when a wrapped label appears: the dialog grows instead."""
    dialog = SetupDialog("/home/tove/.local/share/kbtdesk/kbtdesk-log.db")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    qtbot.keyClicks(dialog.new_passphrase.passphrase, "kort")
    assert dialog.error.isVisible()
    assert dialog.height() >= dialog.layout().totalHeightForWidth(dialog.width()) > before


def test_record_score_under_a_rule_set_without_rating_scales_says_so(qtbot, service, episode):
    """A unit's rule file may list no rating scales: the dialog opens and Save explains, no crash."""
    import dataclasses

    from kbtdesk.core.service import LogService

    no_scales = LogService(service.engine, dataclasses.replace(service.rules, instruments=()), now=service.now)
    dialog = ScoreDialog(no_scales, episode.id, "en")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.instrument.count() == 0 and dialog.total.maximum() == 0
    dialog.accept()
    assert dialog.error.isVisible() and "not a rating scale" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert no_scales.episode_detail(episode.id).measures == []
