"""Amounts and hours typed grouped by spaces read in both languages: ``12 500,50``."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.numbers import ENGLISH, read_quantity, set_number_style

SPACES = (" ", "\u00a0", "\u202f")


@pytest.fixture(params=["fr", "en"])
def style(request) -> str:
    if request.param == "en":
        set_number_style(ENGLISH)  # the conftest sets French back after the test
    return request.param


@pytest.mark.parametrize("space", SPACES)
def test_space_grouped_numbers_read_in_both_languages(style, space) -> None:
    assert read_quantity(f"12{space}500,50") == Decimal("12500.50")
    assert read_quantity(f"12{space}500.50") == Decimal("12500.50")
    assert read_quantity(f"1{space}234{space}567 €") == Decimal(1234567)
    assert read_quantity(f"-1{space}000,5") == Decimal("-1000.5")


def test_what_each_language_types_ungrouped_still_reads(style) -> None:
    assert read_quantity("1200") == 1200
    assert read_quantity("833.5") == Decimal("833.5")
    assert read_quantity("1,234") == {"fr": Decimal("1.234"), "en": 1234}[style]
    assert read_quantity("douze") is None
