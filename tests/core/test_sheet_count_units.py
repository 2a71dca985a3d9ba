"""Counts under 2 are written in the singular on the sheets: « 1 contrat », not « 1 contrats »."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.objective_sheet import figure_text


@pytest.mark.parametrize(("value", "unit", "text"), [
    (Decimal(1), "contrats", "1\u00a0contrat"),
    (Decimal(0), "clients", "0\u00a0client"),
    (Decimal("1.5"), "structures", "1,5\u00a0structure"),
    (Decimal(2), "contrats", "2\u00a0contrats"),
    (Decimal(12), "clients", "12\u00a0clients"),
    (Decimal(1), "h", "1\u00a0h"),
    (Decimal(1), "€", "1,00\u00a0€"),
])
def test_a_count_under_two_takes_the_singular(value: Decimal, unit: str, text: str) -> None:
    assert figure_text(value, unit) == text
