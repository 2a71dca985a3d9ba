"""OETH estimator: the worked examples of DOMAIN.md section 5, to the cent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.oeth import OethParameters, OethPurchase, estimate, labour_cost

PARAMS_2025 = OethParameters(smic=Decimal("11.88"))
PURCHASES = (
    OethPurchase("ESAT", Kind.ESAT, 4_000_000, 3_600_000),
    OethPurchase("TIH", Kind.TIH, 1_200_000, 1_200_000),
    OethPurchase("EA", Kind.EA, 5_000_000, 2_000_000),
)


def test_worked_example_under_three_percent():
    result = estimate(headcount=180, boeth=Decimal("3.5"), params=PARAMS_2025,
                      purchases=PURCHASES)
    assert result.required == 10
    assert result.missing == Decimal("6.5")
    assert result.direct_rate_percent == Decimal("1.94")
    assert result.cap_rate == Decimal("0.50")
    assert result.gross_cents == 3_088_800
    assert result.deduction_before_cap_cents == 2_040_000
    assert result.cap_cents == 1_544_400
    assert result.deduction_cents == 1_544_400
    assert result.net_cents == 1_544_400
    assert result.headroom_cents == 0
    assert result.labour_needed_cents == 0


def test_worked_example_with_six_boeth():
    result = estimate(headcount=180, boeth=6, params=PARAMS_2025, purchases=PURCHASES)
    assert result.direct_rate_percent == Decimal("3.33")
    assert result.missing == Decimal(4)
    assert result.gross_cents == 1_900_800
    assert result.cap_cents == 1_425_600
    assert result.deduction_cents == 1_425_600
    assert result.net_cents == 475_200


def test_headroom_and_purchases_still_needed():
    esat_only = (PURCHASES[0],)  # 36 000 € of labour → 10 800 € deduction
    result = estimate(headcount=180, boeth=Decimal("3.5"), params=PARAMS_2025,
                      purchases=esat_only)
    assert result.deduction_cents == 1_080_000
    assert result.headroom_cents == 464_400  # 15 444 − 10 800
    assert result.labour_needed_cents == 1_548_000  # 4 644 / 30 %
    assert result.purchases_needed_cents(Decimal("0.5")) == 3_096_000


def test_coefficients_by_size_and_surcontribution():
    assert estimate(headcount=300, boeth=0, params=PARAMS_2025).coefficient == 500
    big = estimate(headcount=1000, boeth=0, params=PARAMS_2025)
    assert big.coefficient == 600
    assert big.gross_cents == 60 * 600 * 1188
    late = estimate(headcount=180, boeth=0, params=PARAMS_2025, no_action_3_years=True)
    assert late.gross_cents == 10 * 1500 * 1188


def test_small_company_is_not_subject():
    result = estimate(headcount=19, boeth=0, params=PARAMS_2025)
    assert not result.subject
    assert result.gross_cents == 0


def test_labour_cost_attested_or_estimated():
    assert labour_cost(1_000_000, attested_cents=400_000) == (400_000, False)
    assert labour_cost(1_000_000, share=Decimal("0.7")) == (700_000, True)
    assert estimate(headcount=180, boeth=0, params=PARAMS_2025, purchases=(
        OethPurchase("EA", Kind.EA, 100, 70, estimated=True),)).estimated


def test_negative_boeth_is_refused():
    with pytest.raises(ValidationError):
        estimate(headcount=180, boeth=-1, params=PARAMS_2025)
