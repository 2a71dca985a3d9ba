"""Variable-pay maths: the DOMAIN.md section 4 worked example and the curve edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.payout import (
    achievement,
    objective_payout,
    payout_cents,
    payout_rate,
    sheet_total,
    weighted_payout,
)

D = Decimal
#: (weight %, target, actual) of the worked example; target variable 5 000 €.
WORKED = [
    (D(40), D(500_000), D(450_000)),
    (D(30), D(200_000), D(240_000)),
    (D(15), D(2_000), D(1_500)),
    (D(15), D("4.0"), D("4.2")),
]


def _weighted(rows: list[tuple[Decimal, Decimal, Decimal]]) -> list[Decimal]:
    return [objective_payout(actual, target, weight=weight)[2] for weight, target, actual in rows]


def test_worked_example_rows() -> None:
    assert _weighted(WORKED) == [D("0.36"), D("0.36"), D("0.1125"), D("0.1575")]


def test_worked_example_total_and_amount() -> None:
    total = sheet_total(_weighted(WORKED))
    assert total == D("0.99")
    assert payout_cents(total, 500_000) == 495_000


def test_insertion_hours_under_trigger_pay_nothing() -> None:
    rows = [*WORKED[:2], (D(15), D(2_000), D(1_100)), WORKED[3]]
    weighted = _weighted(rows)
    assert weighted[2] == 0
    total = sheet_total(weighted)
    assert total == D("0.8775")
    assert payout_cents(total, 500_000) == 438_750


def test_achievement_ratio_and_lower_is_better() -> None:
    assert achievement(D(450), D(500)) == D("0.9")
    assert achievement(D(8), D(10), lower_is_better=True) == D("1.25")
    assert achievement(D(0), D(10), lower_is_better=True) == D("Infinity")


@pytest.mark.parametrize(("ratio", "expected"), [
    (D("0.5999"), D(0)),
    (D("0.60"), D("0.6")),
    (D("1.00"), D(1)),
    (D("1.30"), D("1.3")),
    (D("1.80"), D("1.3")),
    (D("Infinity"), D("1.3")),
])
def test_linear_curve_edges(ratio: Decimal, expected: Decimal) -> None:
    assert payout_rate(ratio, trigger=D(60), target=D(100), cap=D(130)) == expected


def test_linear_curve_scales_on_target_threshold() -> None:
    assert payout_rate(D("0.9"), trigger=D(50), target=D(90), cap=D(120)) == D(1)


@pytest.mark.parametrize(("ratio", "expected"), [
    (D("0.5"), D(0)), (D("0.6"), D(0)), (D("0.8"), D("0.5")), (D("1.1"), D("1.1")),
])
def test_ramp_curve(ratio: Decimal, expected: Decimal) -> None:
    rate = payout_rate(ratio, trigger=D(60), target=D(100), cap=D(130), curve="ramp")
    assert rate == expected


def test_step_curve_pays_full_from_trigger() -> None:
    assert payout_rate(D("0.7"), trigger=D(60), target=D(100), cap=D(130), curve="step") == 1
    assert payout_rate(D("0.5"), trigger=D(60), target=D(100), cap=D(130), curve="step") == 0


def test_weighted_payout_uses_percent_weight() -> None:
    assert weighted_payout(D("1.2"), D(30)) == D("0.36")


@pytest.mark.parametrize("kwargs", [
    {"trigger": D(110), "target": D(100), "cap": D(130)},
    {"trigger": D(60), "target": D(140), "cap": D(130)},
    {"trigger": D(0), "target": D(0), "cap": D(0)},
])
def test_thresholds_out_of_order_are_refused(kwargs: dict[str, Decimal]) -> None:
    with pytest.raises(ValidationError):
        payout_rate(D(1), **kwargs)


def test_unknown_curve_and_bad_target_are_refused() -> None:
    with pytest.raises(ValidationError):
        payout_rate(D(1), trigger=D(60), target=D(100), cap=D(130), curve="expo")
    with pytest.raises(ValidationError):
        achievement(D(1), D(0))
