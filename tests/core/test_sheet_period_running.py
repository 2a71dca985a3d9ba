"""Results taken before the period's last day are provisional: a problem of their own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    SheetProblem,
    SheetProblemKind,
    build_document,
    problem_texts,
)

D = Decimal
JUNE_END = date(2027, 6, 30)


def _document(data_date: date | None, mode: SheetMode = SheetMode.ACTUALS):  # noqa: ANN202
    """One objective weighing 100 %, met at 90 %, in a year from July 2026 to June 2027."""
    header = SheetHeader("Essai SA", "Zoé Bernard", "Acheteuse", None, 2026, date(2026, 7, 1),
                         JUNE_END, data_date, 500_000)
    objective = ObjectiveInput("Heures", "manual", "Heures", "invoiced", "h", None, D(100),
                               D(100))
    actuals = None if mode is SheetMode.TARGETS else [D(90)]
    return build_document(header, [objective], mode=mode, actuals=actuals)


def test_mid_year_results_are_provisional_until_the_periods_end() -> None:
    document = _document(date(2026, 11, 23))

    assert document.problems == (
        SheetProblem(SheetProblemKind.PERIOD_RUNNING, period_end=JUNE_END),)
    assert document.is_provisional
    assert document.amount_cents == 450_000  # still shown, as a provisional amount


def test_results_at_the_periods_end_and_targets_are_fit_to_sign() -> None:
    assert _document(JUNE_END).problems == ()
    assert not _document(JUNE_END).is_provisional
    assert _document(None, SheetMode.TARGETS).problems == ()


def test_it_comes_after_the_other_problems_in_its_own_words() -> None:
    header = SheetHeader("Essai SA", "Zoé Bernard", "Acheteuse", None, 2026, date(2026, 7, 1),
                         JUNE_END, date(2026, 11, 23), 500_000)
    objective = ObjectiveInput("Heures", "manual", "Heures", "invoiced", "h", None, D(100),
                               D(90))
    document = build_document(header, [objective], mode=SheetMode.ACTUALS, actuals=[None])

    assert problem_texts(document.problems) == [
        (SheetProblemKind.WEIGHTS, "les poids totalisent 90,00\u00a0% au lieu de 100\u00a0%"),
        (SheetProblemKind.MISSING_ACTUAL, "réalisé manquant pour « Heures »"),
        (SheetProblemKind.PERIOD_RUNNING,
         "la période se termine le 30/06/2027 : ces résultats sont provisoires")]


@pytest.mark.usefixtures("marked")
def test_the_words_follow_the_ui_language() -> None:
    [(_kind, text)] = problem_texts(_document(date(2026, 11, 23)).problems)
    assert text == ("[ObjectiveSheet] la période se termine le 30/06/2027 : ces résultats sont "
                    "provisoires")
