"""« Zero late payments »: a target of 0 is allowed when lower is better, and pays as expected."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.payout import achievement, check_target, objective_payout


def test_zero_met_exactly_pays_the_weight_in_full() -> None:
    ratio, rate, weighted = objective_payout(Decimal(0), Decimal(0), weight=Decimal(5),
                                             lower_is_better=True)
    assert (ratio, rate, weighted) == (1, 1, Decimal("0.05"))


def test_any_late_payment_against_a_zero_target_pays_nothing() -> None:
    assert objective_payout(Decimal(2), Decimal(0), weight=Decimal(5),
                            lower_is_better=True)[2] == 0


def test_a_positive_target_beaten_with_zero_is_still_capped() -> None:
    _, rate, _ = objective_payout(Decimal(0), Decimal("4.5"), weight=Decimal(5),
                                  lower_is_better=True)
    assert rate == Decimal("1.3")


def test_zero_stays_refused_when_higher_is_better() -> None:
    with pytest.raises(ValidationError, match="strictement positif"):
        achievement(Decimal(10), Decimal(0))


def test_a_negative_target_is_refused_either_way() -> None:
    for lower in (True, False):
        with pytest.raises(ValidationError):
            check_target(Decimal(-1), lower_is_better=lower)
