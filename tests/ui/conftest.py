"""The window's tests of the episode list see the window open on the episodes; a test of the week
view's start asks for `opens_on_week` (the program itself opens on the week: ui/week_page.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _opens_on_episodes(monkeypatch):
    from kbtdesk.ui import week_page

    monkeypatch.setattr(week_page, "DEFAULT_START_VIEW", week_page.START_EPISODES)


@pytest.fixture
def opens_on_week(monkeypatch, _opens_on_episodes):
    from kbtdesk.ui import week_page

    monkeypatch.setattr(week_page, "DEFAULT_START_VIEW", week_page.START_WEEK)
