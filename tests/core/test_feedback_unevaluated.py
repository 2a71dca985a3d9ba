"""A criterion left « Non évalué » is out of the weighted score; a feedback is not dated ahead."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.feedback import check_feedback_day, weighted_score


def test_an_unevaluated_criterion_is_left_out_with_its_weight() -> None:
    # quality 5 (weight 2), delays 4 (weight 1), cost not evaluated (weight 1):
    # (5×2 + 4×1) ÷ 3 = 4.67, not (5×2 + 4×1 + 3×1) ÷ 4 = 4.25 as a silent « 3 » would give
    assert weighted_score([(5, 2), (4, 1), (None, 1)]) == Decimal("4.67")


def test_nothing_evaluated_has_no_score() -> None:
    assert weighted_score([(None, 1), (None, 2)]) is None


def test_a_feedback_dated_today_or_before_is_accepted() -> None:
    check_feedback_day(date(2026, 11, 22), date(2026, 11, 22))
    check_feedback_day(date(2026, 1, 5), date(2026, 11, 22))


def test_a_feedback_dated_in_the_future_is_refused_with_both_dates() -> None:
    with pytest.raises(ValidationError) as caught:
        check_feedback_day(date(2026, 12, 1), date(2026, 11, 22))
    assert str(caught.value) == ("Un retour d'expérience ne peut pas être daté du futur : "
                                 "le 01/12/2026 est après aujourd'hui (22/11/2026).")
