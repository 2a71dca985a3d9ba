"""Structured feedback maths: the 1–5 scale and its anchors, the weighted score, the trend."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import day_text

SCALE_MIN, SCALE_MAX = 1, 5

#: Labelled anchors of the 1–5 scale, shown next to each score.
#: In French (the documents exchanged with suppliers); ``anchor`` gives the UI language's.
ANCHORS = {
    1: QT_TRANSLATE_NOOP("Feedback", "Très insatisfaisant"),
    2: QT_TRANSLATE_NOOP("Feedback", "Insatisfaisant"),
    3: QT_TRANSLATE_NOOP("Feedback", "Correct"),
    4: QT_TRANSLATE_NOOP("Feedback", "Bon"),
    5: QT_TRANSLATE_NOOP("Feedback", "Excellent"),
}

#: Below this change between two feedbacks, the trend is called stable.
TREND_TOLERANCE = Decimal("0.10")


def anchor(score: int) -> str:
    """The label of a score on the 1–5 scale, in the UI language."""
    check_score(score)
    return translate("Feedback", ANCHORS[score])


def check_score(score: int) -> None:
    """Raise a ``ValidationError`` when a score is not an integer from 1 to 5."""
    if not isinstance(score, int) or isinstance(score, bool) or not (
        SCALE_MIN <= score <= SCALE_MAX
    ):
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Une note va de 1 à 5 (reçu : {score})."), score=score)


def check_weight(weight: float) -> None:
    """Raise a ``ValidationError`` when a criterion weight is not positive."""
    if weight <= 0:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Un poids doit être positif (reçu : {weight})."),
            weight=weight)


def weighted_score(scores: Iterable[tuple[int | None, float]]) -> Decimal | None:
    """Σ score × weight ÷ Σ weight over the criteria evaluated, rounded to 2 decimals.

    A criterion not evaluated (score None) is left out, its weight with it: skipping a
    criterion neither counts it as a 3 nor pulls the mean down. None when none is evaluated.

    Args:
        scores: Pairs (score from 1 to 5 or None, weight of the criterion).
    """
    total = weights = Decimal(0)
    for score, weight in scores:
        if score is None:
            continue
        check_score(score)
        check_weight(weight)
        w = Decimal(str(weight))
        total += score * w
        weights += w
    if not weights:
        return None
    return (total / weights).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


FUTURE_FEEDBACK = QT_TRANSLATE_NOOP(
    "Errors", "Un retour d'expérience ne peut pas être daté du futur : le {day} est après "
    "aujourd'hui ({today}).")


def check_feedback_day(given_on: date, today: date) -> None:
    """Raise a ``ValidationError`` for a feedback dated after ``today``: it tells what happened."""
    if given_on > today:
        raise ValidationError.of(FUTURE_FEEDBACK, day=day_text(given_on), today=day_text(today))


@dataclass(frozen=True)
class Trend:
    """How a counterparty's score moved between its last two feedbacks."""

    direction: str  # "up", "down", "stable" or "none" (fewer than two feedbacks)
    latest: Decimal | None
    delta: Decimal | None

    @property
    def label(self) -> str:
        """Label of the direction, in the UI language."""
        return translate("Feedback", TREND_LABELS[self.direction])


#: Labels of a trend's direction (French source; ``Trend.label`` gives the UI language's).
TREND_LABELS = {
    "up": QT_TRANSLATE_NOOP("Feedback", "En hausse"),
    "down": QT_TRANSLATE_NOOP("Feedback", "En baisse"),
    "stable": QT_TRANSLATE_NOOP("Feedback", "Stable"),
    "none": QT_TRANSLATE_NOOP("Feedback", "Pas assez de retours"),
}


def score_trend(points: Sequence[tuple[date, Decimal]]) -> Trend:
    """The trend of dated scores: last one against the one before (by date)."""
    ordered = sorted(points, key=lambda p: p[0])
    if not ordered:
        return Trend("none", None, None)
    latest = ordered[-1][1]
    if len(ordered) < 2:
        return Trend("none", latest, None)
    delta = latest - ordered[-2][1]
    if abs(delta) < TREND_TOLERANCE:
        return Trend("stable", latest, delta)
    return Trend("up" if delta > 0 else "down", latest, delta)


def mean_score(scores: Iterable[Decimal]) -> Decimal | None:
    """Plain mean of several evaluators' weighted scores, rounded to 2 decimals."""
    values = list(scores)
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(
        Decimal("0.01"), rounding=ROUND_HALF_UP
    )
