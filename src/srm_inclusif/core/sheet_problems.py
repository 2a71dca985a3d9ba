"""Why an objective sheet is not fit to sign, as codes with their figures, and their one wording.

The CLI's refusal, the export dialog's question and the PDF's warnings all read these texts
(``problem_texts``), so that a sheet's problem is said the same way everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import as_percent, day_text, percent_of


class SheetProblemKind(StrEnum):
    """Why a sheet is not fit to sign."""

    WEIGHTS = "weights"  # the weights do not total 100 %
    MISSING_ACTUAL = "missing_actual"  # an objective's actual is not known yet
    PERIOD_RUNNING = "period_running"  # the actuals are taken before the period's last day


@dataclass(frozen=True)
class SheetProblem:
    """One reason a sheet is not fit to sign, with what words it (``problem_texts``)."""

    kind: SheetProblemKind
    #: The weights' total, in percent (``WEIGHTS``).
    weights_total: Decimal | None = None
    #: The label of the objective whose actual is missing (``MISSING_ACTUAL``).
    objective: str = ""
    #: The last day of the period still running (``PERIOD_RUNNING``).
    period_end: date | None = None


def sheet_problems(weights_total: Decimal, missing_actuals: Sequence[str],
                   running_to: date | None = None) -> tuple[SheetProblem, ...]:
    """What keeps a sheet from being signed, in the order they are said.

    Weights off 100 %, each missing actual, then the period still running until
    ``running_to`` (None once the actuals reach its last day; see ``running_until``).
    """
    weights = () if weights_total == 100 else (
        SheetProblem(SheetProblemKind.WEIGHTS, weights_total=weights_total),)
    running = () if running_to is None else (
        SheetProblem(SheetProblemKind.PERIOD_RUNNING, period_end=running_to),)
    return weights + tuple(SheetProblem(SheetProblemKind.MISSING_ACTUAL, objective=label)
                           for label in missing_actuals) + running


def running_until(data_date: date | None, period_end: date) -> date | None:
    """``period_end`` while the actuals are read before it (they may still change), else None."""
    return period_end if data_date is not None and data_date < period_end else None


#: How the CLI, the export question and the PDF word a sheet's problems (lower case: the PDF
#: frames them in a sentence). Read through ``problem_texts``.
WEIGHTS_OFF = QT_TRANSLATE_NOOP(
    "ObjectiveSheet", "les poids totalisent {total} au lieu de {expected}")
ACTUALS_MISSING = QT_TRANSLATE_NOOP("ObjectiveSheet", "réalisé manquant pour {objectives}")
QUOTED = QT_TRANSLATE_NOOP("ObjectiveSheet", "« {label} »")
PERIOD_RUNNING = QT_TRANSLATE_NOOP(
    "ObjectiveSheet", "la période se termine le {day} : ces résultats sont provisoires")


def problem_texts(problems: Sequence[SheetProblem]) -> list[tuple[SheetProblemKind, str]]:
    """Each kind of problem in words, in the UI language (French without the UI).

    The missing actuals make one text: « réalisé manquant pour « A », « B » »; a period still
    running reads « la période se termine le 30/06/2027 : ces résultats sont provisoires ».
    """
    texts = [(SheetProblemKind.WEIGHTS, _sheet_text(WEIGHTS_OFF).format(
        total=percent_of((problem.weights_total or Decimal(0)) / 100),
        expected=as_percent("100")))
        for problem in problems if problem.kind is SheetProblemKind.WEIGHTS]
    missing = [_sheet_text(QUOTED).format(label=problem.objective)
               for problem in problems if problem.kind is SheetProblemKind.MISSING_ACTUAL]
    if missing:
        texts.append((SheetProblemKind.MISSING_ACTUAL,
                      _sheet_text(ACTUALS_MISSING).format(objectives=", ".join(missing))))
    texts += [(SheetProblemKind.PERIOD_RUNNING,
               _sheet_text(PERIOD_RUNNING).format(day=day_text(problem.period_end)))
              for problem in problems
              if problem.kind is SheetProblemKind.PERIOD_RUNNING and problem.period_end]
    return texts


def _sheet_text(template: str) -> str:
    return translate("ObjectiveSheet", template)


def framed(frame: str, problem: str) -> str:
    """A problem's words (``problem_texts``) put in ``frame``, capitalised when they open it.

    ``frame`` holds ``{problem}``: « {problem} : la fiche est à corriger avant signature. »
    """
    if frame.startswith("{problem}"):
        problem = problem[:1].upper() + problem[1:]
    return frame.format(problem=problem)
