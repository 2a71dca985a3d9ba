"""Weighted feedback score, the 1–5 anchors and the trend."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.feedback import anchor, mean_score, score_trend, weighted_score


def test_weighted_score_weights_criteria() -> None:
    # (4×2 + 5×1 + 3×1) ÷ 4 = 4.00
    assert weighted_score([(4, 2), (5, 1), (3, 1)]) == Decimal("4.00")
    # (5×0.5 + 2×1.5) ÷ 2 = 2.75
    assert weighted_score([(5, 0.5), (2, 1.5)]) == Decimal("2.75")


def test_weighted_score_rounds_half_up() -> None:
    assert weighted_score([(4, 1), (4, 1), (5, 1)]) == Decimal("4.33")
    assert weighted_score([(4, 1), (5, 1), (5, 1)]) == Decimal("4.67")


def test_weighted_score_without_scores_is_none() -> None:
    assert weighted_score([]) is None


@pytest.mark.parametrize("bad", [0, 6, -1])
def test_scores_outside_the_scale_are_refused(bad: int) -> None:
    with pytest.raises(ValidationError):
        weighted_score([(bad, 1)])


def test_zero_weight_is_refused() -> None:
    with pytest.raises(ValidationError):
        weighted_score([(3, 0)])


def test_anchors_label_the_scale() -> None:
    assert anchor(1) == "Très insatisfaisant"
    assert anchor(5) == "Excellent"


def test_trend_compares_the_last_two_by_date() -> None:
    points = [(date(2026, 6, 1), Decimal("4.20")), (date(2025, 6, 1), Decimal("3.50"))]
    trend = score_trend(points)
    assert trend.direction == "up"
    assert trend.delta == Decimal("0.70")
    assert score_trend([(date(2025, 1, 1), Decimal("4")), (date(2026, 1, 1), Decimal("3"))]
                       ).direction == "down"
    assert score_trend([(date(2025, 1, 1), Decimal("4")),
                        (date(2026, 1, 1), Decimal("4.05"))]).direction == "stable"
    assert score_trend([(date(2025, 1, 1), Decimal("4"))]).direction == "none"


def test_mean_of_several_evaluators() -> None:
    assert mean_score([Decimal("4.00"), Decimal("3.50")]) == Decimal("3.75")
    assert mean_score([]) is None
