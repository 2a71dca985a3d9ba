"""Variable-pay maths: achievement of an objective, payout curve, weighted payout and sheet total.

Conventions (DOMAIN.md section 4):

* an *achievement* and a *payout rate* are ratios (``Decimal("0.90")`` for 90 %);
* thresholds (trigger, target, cap) and weights are in percent (``60``, ``100``, ``130``; ``40``);
* the ``linear`` curve pays nothing below the trigger, then the achievement scaled so that reaching
  the target threshold pays 100 %, and counts no achievement beyond the cap. With the usual
  thresholds (60 / 100 / 130) the payout rate *equals* the achievement between 60 % and 130 %.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.numbers import grouped

HUNDRED = Decimal(100)

#: Payout curves and their French labels (read them through ``curve_label``).
CURVE_LABELS: dict[str, str] = {
    "linear": QT_TRANSLATE_NOOP(
        "Payout", "Linéaire (proportionnelle au-delà du seuil de déclenchement)"),
    "ramp": QT_TRANSLATE_NOOP(
        "Payout", "Progressive (de 0 au seuil de déclenchement à 100 % à la cible)"),
    "step": QT_TRANSLATE_NOOP("Payout", "Paliers (0 sous le seuil, 100 % de la cible au plafond)"),
}


def curve_label(curve: str) -> str:
    """Label of a payout curve shown to users, in the UI language."""
    return translate("Payout", CURVE_LABELS[curve])


def achievement(actual: Decimal, target: Decimal, *, lower_is_better: bool = False) -> Decimal:
    """Achievement ratio: actual ÷ target, or target ÷ actual when lower is better.

    A "lower is better" objective met with an actual of zero is achieved without limit
    (``Decimal("Infinity")``), which the payout curve caps; its target may be zero (« no late
    payment »): an actual of zero then meets it exactly (100 %), any other pays nothing.

    Raises:
        ValidationError: the target is not allowed (``check_target``), or the actual is negative.
    """
    actual, target = Decimal(actual), Decimal(target)
    check_target(target, lower_is_better=lower_is_better)
    if actual < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le réalisé d'un objectif ne peut pas être négatif."), actual=actual)
    if not lower_is_better:
        return actual / target
    if actual == 0:
        return Decimal(1) if target == 0 else Decimal("Infinity")
    return target / actual


#: The largest target an objective may have, by unit; any other unit (typed for a manual
#: indicator) gets ``MAX_TARGET``. ``99999999999999999999999`` h was accepted, and widened the
#: objectives' columns until they were cut.
MAX_TARGETS: dict[str, Decimal] = {
    "%": HUNDRED,
    "/ 5": Decimal(5),
    "h": Decimal(10_000_000),
    "contrats": Decimal(100_000),
    "structures": Decimal(100_000),
    "clients": Decimal(100_000),  # a structure inclusive's new clients tested
}
MAX_TARGET = Decimal(999_999_999)  # euros: under the billion refused for any amount


def target_limit_unit(indicator_code: str, unit: str) -> str:
    """The unit whose ``MAX_TARGETS`` bounds an objective's target.

    The catalogue's unit for a computed indicator: the unit text on the objective only words
    its figures, and « pourcent » or nothing typed there must not lift 100 % to 999 999 999.
    The typed unit for a manual indicator (or an unknown code), which has no other.
    """
    found = indicator(indicator_code)
    return unit.strip() if found.is_manual else found.unit


def check_target(target: Decimal, *, lower_is_better: bool, unit: str | None = None,
                 indicator_code: str = "manual") -> None:
    """Check an objective's target: positive, or zero too when lower is better.

    With ``unit`` (as typed on the objective), also at most ``MAX_TARGETS`` for the unit of
    ``indicator_code``'s limit (``target_limit_unit``).

    Raises:
        ValidationError: the target is negative, zero for a "higher is better" objective,
            or more than its unit allows.
    """
    if lower_is_better and target < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "La cible d'un objectif où plus bas est mieux doit être positive ou "
                      "nulle."), target=target)
    if not lower_is_better and target <= 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "La cible doit être un nombre strictement positif."), target=target)
    if unit is not None:
        _check_target_bound(target, target_limit_unit(indicator_code, unit))


def _check_target_bound(target: Decimal, unit: str) -> None:
    maximum = MAX_TARGETS.get(unit, MAX_TARGET)
    if target > maximum:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "La cible ne peut pas dépasser {limit}. Vérifiez le nombre de chiffres."),
            limit=f"{grouped(maximum)} {unit}".strip(), target=target)


def check_thresholds(*, trigger: Decimal, target: Decimal, cap: Decimal) -> None:
    """Check 0 ≤ trigger ≤ target ≤ cap (percent) and target > 0.

    Raises:
        ValidationError: the thresholds are not in order.
    """
    if not (0 <= trigger <= target <= cap) or target <= 0:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP(
                "Errors", "Les seuils doivent vérifier : 0 ≤ déclenchement ≤ cible ≤ plafond."),
            trigger=trigger, target=target, cap=cap,
        )


def payout_rate(
    achievement: Decimal,
    *,
    trigger: Decimal,
    target: Decimal,
    cap: Decimal,
    curve: str = "linear",
) -> Decimal:
    """Payout rate (ratio) of an achievement under a curve; thresholds in percent.

    Raises:
        ValidationError: unknown curve or thresholds out of order.
    """
    trigger, target, cap = Decimal(trigger), Decimal(target), Decimal(cap)
    check_thresholds(trigger=trigger, target=target, cap=cap)
    percent = Decimal(achievement) * HUNDRED
    if percent < trigger:
        return Decimal(0)
    counted = min(percent, cap)
    if curve == "linear":
        return counted / target
    if curve == "ramp":
        if counted >= target:
            return counted / target
        return (counted - trigger) / (target - trigger)
    if curve == "step":
        return Decimal(1)
    raise ValidationError.of(
        QT_TRANSLATE_NOOP("Errors", "Courbe de paiement inconnue : {curve}"), curve=curve)


def weighted_payout(rate: Decimal, weight: Decimal) -> Decimal:
    """Share of the target variable earned by one objective: rate × weight (weight in percent)."""
    return Decimal(rate) * Decimal(weight) / HUNDRED


def sheet_total(weighted: Iterable[Decimal]) -> Decimal:
    """Total payout ratio of a sheet: the sum of its weighted payouts."""
    return sum((Decimal(value) for value in weighted), Decimal(0))


def payout_cents(total: Decimal, target_variable_cents: int) -> int:
    """Amount earned, in integer cents (half up): target variable × total payout ratio."""
    return int((Decimal(target_variable_cents) * Decimal(total)).quantize(
        Decimal(1), rounding=ROUND_HALF_UP
    ))


def objective_payout(
    actual: Decimal,
    target: Decimal,
    *,
    weight: Decimal,
    trigger: Decimal = Decimal(60),
    target_threshold: Decimal = HUNDRED,
    cap: Decimal = Decimal(130),
    curve: str = "linear",
    lower_is_better: bool = False,
) -> tuple[Decimal, Decimal, Decimal]:
    """Achievement, payout rate and weighted payout of one objective, in one call."""
    ratio = achievement(actual, target, lower_is_better=lower_is_better)
    rate = payout_rate(ratio, trigger=trigger, target=target_threshold, cap=cap, curve=curve)
    return ratio, rate, weighted_payout(rate, weight)
