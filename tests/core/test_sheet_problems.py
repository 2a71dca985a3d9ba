"""Why a sheet is not fit to sign, as codes with their figures, and the one wording of them."""

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
HEADER = SheetHeader("Essai SA", "Zoé Bernard", "Acheteuse", None, 2026, date(2026, 1, 1),
                     date(2026, 12, 31), date(2026, 12, 31), 500_000)  # the year is over


def _objective(label: str, weight: int) -> ObjectiveInput:
    return ObjectiveInput(label, "manual", label, "invoiced", "", None, D(100), D(weight))


def _document(mode: SheetMode = SheetMode.ACTUALS):  # noqa: ANN202
    """Weights 40 + 30 + 20 = 90 %; « Économies » and « Satisfaction » have no actual."""
    objectives = [_objective("Économies", 40), _objective("Heures", 30),
                  _objective("Satisfaction", 20)]
    actuals = None if mode is SheetMode.TARGETS else [None, D(80), None]
    return build_document(HEADER, objectives, mode=mode, actuals=actuals)


def test_the_problems_are_codes_with_their_figures() -> None:
    assert _document().problems == (
        SheetProblem(SheetProblemKind.WEIGHTS, weights_total=D(90)),
        SheetProblem(SheetProblemKind.MISSING_ACTUAL, objective="Économies"),
        SheetProblem(SheetProblemKind.MISSING_ACTUAL, objective="Satisfaction"))


def test_a_targets_sheet_misses_no_actual_and_a_full_one_has_no_problem() -> None:
    assert [p.kind for p in _document(SheetMode.TARGETS).problems] == [SheetProblemKind.WEIGHTS]
    fit = build_document(HEADER, [_objective("Tout", 100)], mode=SheetMode.ACTUALS,
                         actuals=[D(90)])
    assert fit.problems == ()
    assert problem_texts(fit.problems) == []


def test_they_are_worded_in_french_with_the_missing_actuals_together() -> None:
    assert problem_texts(_document().problems) == [
        (SheetProblemKind.WEIGHTS, "les poids totalisent 90,00\u00a0% au lieu de 100\u00a0%"),
        (SheetProblemKind.MISSING_ACTUAL,
         "réalisé manquant pour « Économies », « Satisfaction »")]


@pytest.mark.usefixtures("marked")
def test_the_words_follow_the_ui_language() -> None:
    [(_, weights), (_, missing)] = problem_texts(_document().problems)
    assert weights.startswith("[ObjectiveSheet] les poids totalisent 90,00")
    assert missing == ("[ObjectiveSheet] réalisé manquant pour [ObjectiveSheet] « Économies », "
                       "[ObjectiveSheet] « Satisfaction »")
