"""Shared test set-up: headless Qt before anything imports it, and no user files touched."""

import os
import tempfile
import time

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KBTDESK_LOG", None)
os.environ.pop("KBTDESK_PASSPHRASE", None)
os.environ.pop("KBTDESK_RULES", None)
# No unit.json of this machine or this user reaches the tests: platformdirs' config folders
# (kbtdesk/paths.py) point at an empty folder. A test that wants one writes it there.
_CONFIG = tempfile.mkdtemp(prefix="kbtdesk-test-config-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_CONFIG, "user")
os.environ["XDG_CONFIG_DIRS"] = os.path.join(_CONFIG, "site")

pytest_plugins = ["tests.helpers.fixtures"]


@pytest.fixture
def local_zone():
    """Sets the process's local time zone for one test: `local_zone("Europe/Stockholm")`.

    A test that depends on the machine's zone runs in the zones it names, so it means the same
    on a build server in UTC as on a laptop in Sweden in winter (UTC+01:00) or summer.
    """
    before = os.environ.get("TZ")

    def set_zone(name: str) -> None:
        os.environ["TZ"] = name
        time.tzset()

    yield set_zone
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
