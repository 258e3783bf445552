"""Shared test set-up: headless Qt before anything imports it, and no user files touched."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KBTDESK_LOG", None)
os.environ.pop("KBTDESK_PASSPHRASE", None)

pytest_plugins = ["tests.helpers.fixtures"]
