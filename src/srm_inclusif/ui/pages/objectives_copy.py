"""The Objectifs page's « Copier l'année précédente »: why it has nothing to copy, and the copy.

The copy fills an empty sheet with the objectives of its holder's sheet of the year before, each
starting from what that year reached, as one undo step. The rule and its words are storage's
(``objective_sheets.copy_refusal``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy.engine import Engine

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import objective_sheets as sheets
from srm_inclusif.storage.services.kpi_data import objective_actuals
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text


def copy_refusal(engine: Engine, sheet_id: int) -> str | None:
    """Why the copy has nothing to do for the sheet ``sheet_id``, in words; None when it can."""
    refusal = sheets.copy_refusal(engine, sheet_id=sheet_id)
    return None if refusal is None else error_text(refusal)


def copy_previous_year(ctx: WorkspaceContext, parent: QWidget, sheet_id: int) -> None:
    """Copy the objectives of the year before into the sheet ``sheet_id``, as one undo step.

    Each copied objective starts from what the year before reached (its baseline, read on the
    first run: a redo copies the same). A refusal is said in a message over ``parent``.
    """
    state: dict = {}

    def do() -> Changes:
        if "baselines" not in state:
            state["baselines"] = _baselines(ctx, sheet_id)
        state["created"], changes = sheets.copy_previous_year(
            ctx.engine, sheet_id=sheet_id, baselines=state["baselines"])
        return changes

    def undo() -> Changes:
        return sheets.delete_objectives(ctx.engine, objective_ids=state["created"])

    run_step(ctx, parent, QCoreApplication.translate(
        "ObjectivesPage", "Copier les objectifs de l'année précédente"), do, undo)


def _baselines(ctx: WorkspaceContext, sheet_id: int) -> dict[int, Decimal | None]:
    """What each objective of the year before reached, read today (none without that sheet)."""
    previous = sheets.previous_year_sheet(ctx.engine, sheet_id=sheet_id)
    if previous is None:  # the copy says why it has nothing to do
        return {}
    return {a.objective_id: a.actual for a in objective_actuals(
        ctx.engine, sheet_id=previous.id, as_of=ctx.today())}
