"""Shared test set-up: headless Qt before anything imports it, and no user files touched."""

import os
import tempfile

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
