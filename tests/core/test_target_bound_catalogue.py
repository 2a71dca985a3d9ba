"""A catalogue indicator's target is bounded by the catalogue's unit, not by the unit text the
user can edit on the objective; a manual indicator keeps the unit typed for it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.payout import check_target, target_limit_unit


@pytest.mark.parametrize("typed", ["%", "pourcent", "", " % "])
def test_a_rate_indicator_stays_bounded_at_a_hundred_percent_whatever_its_unit_reads(
        typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_target(Decimal(150), lower_is_better=False, unit=typed,
                     indicator_code="insertion_hours_rate")
    assert str(refused.value) == ("La cible ne peut pas dépasser 100 %. "
                                  "Vérifiez le nombre de chiffres.")


def test_an_hours_indicator_is_not_made_a_percentage_by_its_unit_text() -> None:
    check_target(Decimal(1500), lower_is_better=False, unit="%",
                 indicator_code="insertion_hours")


@pytest.mark.parametrize("code", ["manual", "savings", "code inconnu"])
def test_a_manual_indicator_is_bounded_by_the_unit_typed_for_it(code: str) -> None:
    check_target(Decimal(150), lower_is_better=False, unit="pourcent", indicator_code=code)
    with pytest.raises(ValidationError, match="ne peut pas dépasser 100 %"):
        check_target(Decimal(150), lower_is_better=False, unit="%", indicator_code=code)


def test_the_limit_unit_of_each_kind_of_indicator() -> None:
    assert target_limit_unit("renewal_rate", "pourcent") == "%"
    assert target_limit_unit("quality_score", "") == "/ 5"
    assert target_limit_unit("manual", " tonnes ") == "tonnes"
