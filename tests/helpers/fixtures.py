"""Fixtures shared by the whole suite: a real encrypted log in a temporary folder."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

PASSPHRASE = "correct horse battery staple"
STOCKHOLM = timezone(timedelta(hours=1))
#: A fixed "now" for tests that depend on today's date (a Thursday in November 2026).
NOW = datetime(2026, 11, 26, 10, 30, tzinfo=STOCKHOLM)


@pytest.fixture
def log_paths(tmp_path):
    from kbtdesk.paths import LogPaths

    return LogPaths(tmp_path / "log" / "kbtdesk-log.db")


@pytest.fixture
def log(log_paths):
    from kbtdesk.db.engine import create_log
    from kbtdesk.db.keyfile import TEST_KDF

    opened = create_log(log_paths, PASSPHRASE, TEST_KDF)
    yield opened
    opened.close()


@pytest.fixture(scope="session")
def rules():
    from kbtdesk.core.rules import load_ruleset

    return load_ruleset()


@pytest.fixture
def service(log, rules):
    """A LogService over an empty encrypted log with a profile, its clock fixed at NOW."""
    from kbtdesk.core.service import LogService

    svc = LogService(log.engine, rules, now=lambda: NOW)
    svc.save_profile("Tove Terapeut", "Psykolog", "Psykiatri Affektiva, Sahlgrenska", "specialist", "asynja-visph")
    return svc


@pytest.fixture
def episode(service):
    """One active episode (Depressionshjälpen Plus) of patient Åsa Öberg, 640823-3234."""
    patient = service.add_patient("640823-3234", "Åsa Öberg")
    return service.add_episode(patient.id, "Depressionshjälpen Plus", date(2026, 10, 1))
