"""OETH estimator (DOMAIN.md section 5): contribution, deduction from EA/ESAT/TIH purchases, cap."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Kind

CENT = Decimal("0.01")
SUBJECT_FROM = 20


@dataclass(frozen=True)
class OethParameters:
    """The dated parameters in force for a year (read from the parameter table)."""

    smic: Decimal
    employment_rate: Decimal = Decimal("0.06")
    coef_20_249: Decimal = Decimal(400)
    coef_250_749: Decimal = Decimal(500)
    coef_750: Decimal = Decimal(600)
    surcontribution: Decimal = Decimal(1500)
    deduction_rate: Decimal = Decimal("0.30")
    cap_low: Decimal = Decimal("0.50")
    cap_high: Decimal = Decimal("0.75")
    cap_threshold: Decimal = Decimal("0.03")

    def coefficient(self, headcount: Decimal) -> Decimal:
        """Coefficient of the company's size (400, 500 or 600 × SMIC)."""
        if headcount >= 750:
            return self.coef_750
        if headcount >= 250:
            return self.coef_250_749
        return self.coef_20_249


@dataclass(frozen=True)
class OethPurchase:
    """Purchases paid in the year to one EA, ESAT or TIH, with their labour cost."""

    label: str
    kind: Kind
    amount_cents: int
    labour_cost_cents: int
    estimated: bool = False


def labour_cost(amount_cents: int, *, attested_cents: int | None = None,
                share: Decimal | None = None) -> tuple[int, bool]:
    """Labour cost of a purchase: the attested figure, else amount × share (an estimate)."""
    if attested_cents is not None:
        return min(attested_cents, amount_cents), False
    rate = Decimal(1) if share is None else Decimal(share)
    return _cents(Decimal(amount_cents) * rate), True


@dataclass(frozen=True)
class OethEstimate:
    """Every figure of the estimator, amounts in cents."""

    headcount: Decimal
    boeth: Decimal
    subject: bool
    required: int
    missing: Decimal
    direct_rate: Decimal
    coefficient: Decimal
    smic: Decimal
    gross_cents: int
    purchases: tuple[OethPurchase, ...]
    labour_cost_cents: int
    deduction_before_cap_cents: int
    cap_rate: Decimal
    cap_cents: int
    deduction_cents: int
    net_cents: int
    headroom_cents: int
    labour_needed_cents: int
    estimated: bool

    @property
    def direct_rate_percent(self) -> Decimal:
        """Direct employment rate in percent (2 decimals)."""
        return (self.direct_rate * 100).quantize(CENT, rounding=ROUND_HALF_UP)

    def purchases_needed_cents(self, labour_share: Decimal = Decimal(1)) -> int:
        """Purchases still needed to reach the cap, at a given labour share of their price."""
        if not labour_share:
            return 0
        return _cents(Decimal(self.labour_needed_cents) / Decimal(labour_share))


def _cents(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def estimate(*, headcount: Decimal | int, boeth: Decimal | int, params: OethParameters,
             purchases: tuple[OethPurchase, ...] = (), no_action_3_years: bool = False
             ) -> OethEstimate:
    """Gross contribution, deduction, cap, net contribution and headroom."""
    headcount, boeth = Decimal(headcount), Decimal(boeth)
    if headcount <= 0 or boeth < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "L'effectif doit être positif et le nombre de BOETH positif ou nul."))
    subject = headcount >= SUBJECT_FROM
    required = int((params.employment_rate * headcount).to_integral_value(ROUND_FLOOR))
    missing = max(Decimal(required) - boeth, Decimal(0)) if subject else Decimal(0)
    coefficient = params.surcontribution if no_action_3_years else params.coefficient(headcount)
    gross = _cents(missing * coefficient * params.smic * 100)
    direct_rate = boeth / headcount
    cap_rate = params.cap_high if direct_rate >= params.cap_threshold else params.cap_low
    cap = _cents(Decimal(gross) * cap_rate)
    labour = sum(p.labour_cost_cents for p in purchases)
    before_cap = _cents(Decimal(labour) * params.deduction_rate)
    deduction = min(before_cap, cap)
    headroom = cap - deduction
    return OethEstimate(
        headcount, boeth, subject, required, missing, direct_rate, coefficient, params.smic,
        gross, tuple(purchases), labour, before_cap, cap_rate, cap, deduction, gross - deduction,
        headroom, _labour_needed(headroom, params.deduction_rate),
        any(p.estimated for p in purchases),
    )


def _labour_needed(headroom_cents: int, rate: Decimal) -> int:
    if headroom_cents <= 0 or not rate:
        return 0
    return int((Decimal(headroom_cents) / rate).to_integral_value(rounding="ROUND_CEILING"))
