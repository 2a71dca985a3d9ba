"""The figures of an impact report (DOMAIN.md §7): the rate of « sorties dynamiques » and checks."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.impact import ExitCategory, ExitCounts, ImpactFigures, check_figures
from tests.support import raised

START, END = date(2026, 1, 1), date(2026, 6, 30)


def test_three_durable_two_transition_one_positive_four_other_is_sixty_percent() -> None:
    exits = ExitCounts(durable=3, transition=2, positive=1, other=4)
    assert exits.total == 10
    assert exits.dynamic == 6
    assert exits.dynamic_rate == Decimal("0.6")


def test_the_three_parts_are_given_separately() -> None:
    exits = ExitCounts(durable=3, transition=2, positive=1, other=4)
    shares = {category: exits.share(category) for category in ExitCategory}
    assert shares == {ExitCategory.DURABLE: Decimal("0.3"),
                      ExitCategory.TRANSITION: Decimal("0.2"),
                      ExitCategory.POSITIVE: Decimal("0.1"), ExitCategory.OTHER: Decimal("0.4")}


def test_other_exits_lower_the_rate_they_are_never_positive() -> None:
    assert ExitCounts(other=5).dynamic_rate == Decimal(0)
    assert ExitCounts(positive=1, other=1).dynamic_rate == Decimal("0.5")


def test_no_exit_gives_no_rate_neither_zero_nor_a_hundred() -> None:
    assert ExitCounts().dynamic_rate is None
    assert ExitCounts().share(ExitCategory.DURABLE) is None


def test_each_category_says_what_it_counts() -> None:
    assert "CDI" in ExitCategory.DURABLE.french_definition
    assert "contrat aidé" in ExitCategory.TRANSITION.french_definition
    assert "autre SIAE" in ExitCategory.POSITIVE.french_definition


def test_figures_within_the_rules_pass() -> None:
    check_figures(ImpactFigures(START, END, people=10, hours_worked=Decimal("1234.5"),
                                exits=ExitCounts(durable=3, transition=2, positive=1, other=4)))


@pytest.mark.parametrize(("figures", "expected"), [
    (ImpactFigures(START, END, people=-1), "Personnes employées sur la mission : -1 est négatif"),
    (ImpactFigures(START, END, people=3, hours_worked=Decimal("-2.5")),
     "Heures travaillées : -2,5 est négatif"),
    (ImpactFigures(START, END, people=3, exits=ExitCounts(other=-1)),
     "Autre sortie : -1 est négatif"),
])
def test_a_negative_number_is_refused_naming_its_field(figures: ImpactFigures,
                                                      expected: str) -> None:
    assert expected in raised(ValidationError, check_figures, figures).message


def test_a_period_ending_before_it_starts_is_refused() -> None:
    error = raised(ValidationError, check_figures, ImpactFigures(END, START))
    assert error.message == "La fin de la période (01/01/2026) précède son début (30/06/2026)."


def test_more_exits_than_people_employed_is_refused() -> None:
    error = raised(ValidationError, check_figures,
                   ImpactFigures(START, END, people=2, exits=ExitCounts(durable=2, other=1)))
    assert "Les sorties (3) dépassent les personnes employées sur la mission (2)" in error.message
