"""The Objectifs page's total payout: said provisional, with why, as the exported sheet says it.

Provisional while an actual is missing, and while the sheet's period is still running (its
results are read up to today: the exported sheet says « provisoire » then too).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from srm_inclusif.core.money import format_eur
from srm_inclusif.core.payout import payout_cents, sheet_total
from srm_inclusif.core.sheet_problems import (
    SheetProblem,
    SheetProblemKind,
    framed,
    problem_texts,
    sheet_problems,
)
from srm_inclusif.ui.models.objectives_table import ProgressRow, percent

# (the texts keep the page's translation context, « ObjectivesPage »: written out in each call,
# as lupdate reads them)


def show_total(label: QLabel, rows: list[ProgressRow], variable_cents: int,
               running_until: date | None) -> None:
    """The total payout in ``label``; ``running_until``: the last day of a period still running."""
    total = sheet_total(r.weighted for r in rows if r.weighted is not None)
    figures = {"rate": percent(total),
               "amount": format_eur(payout_cents(total, variable_cents), decimals=True)}
    problems = _provisional(rows, running_until)
    if not problems:
        label.setText(QCoreApplication.translate(
            "ObjectivesPage", "Taux de paiement total : {rate} → {amount}").format(**figures))
        label.setToolTip("")
        return
    # short, beside the buttons; the objectives concerned show « — » and are named here
    label.setText(QCoreApplication.translate(
        "ObjectivesPage", "Taux de paiement total provisoire : {rate} → {amount}").format(
        **figures))
    # the sheet's own words for each reason, as the export question and the PDF say them
    label.setToolTip("\n".join(_sentence(kind, said) for kind, said in problem_texts(problems)))


def _provisional(rows: list[ProgressRow], running_until: date | None) -> list[SheetProblem]:
    """Why the amount may change: the sheet's problems but its weights (said above the table)."""
    missing = [r.objective.values.label for r in rows if r.actual is None]
    return list(sheet_problems(Decimal(100), missing, running_until if rows else None))


def _sentence(kind: SheetProblemKind, said: str) -> str:
    if kind is SheetProblemKind.MISSING_ACTUAL:
        return framed(QCoreApplication.translate(
            "ObjectivesPage", "{problem} : le montant changera quand il sera connu."), said)
    return framed("{problem}.", said)
