"""Every measured percentage is written one way, with two decimals, in both languages."""

from __future__ import annotations

from decimal import Decimal

from srm_inclusif.core.numbers import ENGLISH, percent_of, set_number_style
from srm_inclusif.core.objective_sheet import percent_text


def test_two_decimals_whatever_the_figure() -> None:
    assert percent_of(Decimal(0)) == "0,00\u00a0%"
    assert percent_of(Decimal("0.4")) == "40,00\u00a0%"
    assert percent_of(Decimal("0.019444")) == "1,94\u00a0%"
    assert percent_of(0.75) == "75,00\u00a0%"


def test_the_english_way() -> None:
    set_number_style(ENGLISH)  # the conftest sets French back after the test
    assert percent_of(Decimal("0.55")) == "55.00%"


def test_the_objective_sheet_writes_them_the_same_way() -> None:
    assert percent_text(Decimal("0.1125")) == percent_of(Decimal("0.1125")) == "11,25\u00a0%"
