"""Item scores of a rating scale as the user types them: "2 3 1", commas allowed."""

from __future__ import annotations

from kbtdesk.base.messages import QT_TRANSLATE_NOOP, Message
from kbtdesk.core.service import InputError


def parse_items(text: str) -> list[int] | None:
    """The item scores in `text`, or None when it holds none. Raises InputError("items") unless
    every word is a whole number written with the digits 0-9."""
    words = text.replace(",", " ").split()
    if not words:
        return None
    if not all(word.isascii() and word.isdigit() for word in words):
        raise InputError("items", Message("Input", QT_TRANSLATE_NOOP(
            "Input", "Item scores must be whole numbers separated by spaces.")))
    return [int(word) for word in words]
