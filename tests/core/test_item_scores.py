"""Item scores as typed into the score dialog: whole numbers in the digits 0-9, else InputError."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kbtdesk.core.item_scores import parse_items
from kbtdesk.core.service import InputError


@given(st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=30),
       st.sampled_from([" ", ", ", ",", "  ", "\t"]))
def test_numbers_separated_by_spaces_or_commas_read_back(items, separator):
    assert parse_items(f" {separator.join(map(str, items))} ") == items


@pytest.mark.parametrize("text", ["", "   ", ",", " , ,"])
def test_nothing_typed_is_no_items(text):
    assert parse_items(text) is None


@pytest.mark.parametrize("text", ["1 2 x", "-1 2", "1.5", "٣ 2", "²", "1 2 3½", "1e3"])
def test_anything_but_whole_ascii_numbers_is_refused_on_the_items_field(text):
    with pytest.raises(InputError) as refused:
        parse_items(text)
    assert refused.value.field == "items"
    assert "whole numbers" in str(refused.value.message)


@given(st.text())
def test_any_text_gives_items_or_an_input_error(text):
    try:
        items = parse_items(text)
    except InputError as exc:
        assert exc.field == "items"
    else:
        assert items is None or all(isinstance(v, int) and v >= 0 for v in items)
