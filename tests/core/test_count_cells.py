"""``parse_number`` reads counts written by people, not Python's float spellings."""

from __future__ import annotations

import pytest

from srm_inclusif.core.normalise import parse_number


@pytest.mark.parametrize(("raw", "count"), [
    ("12", 12.0), ("12,5", 12.5), ("12.5", 12.5), ("1 200", 1200.0), (",5", 0.5), (7, 7.0),
    (2.5, 2.5)])
def test_counts_are_read(raw, count):
    assert parse_number(raw) == count


@pytest.mark.parametrize("raw", [
    "inf", "-inf", "Infinity", "nan", "1e5", "1E5", "1_000", "abc", "12,5,3", float("inf"),
    float("nan"), ""])
def test_float_spellings_are_no_counts(raw):
    assert parse_number(raw) is None
