"""Objective sheet documents of two people built in a test workspace, for the sheet PDF tests."""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.storage.workspace import Workspace
from tests.objective_sheet_samples import add_sheet

#: The day the sheets' actuals are taken.
AS_OF = date(2026, 11, 22)


def two_sheets(workspace: Workspace, mode: SheetMode) -> list[ObjectiveSheetDocument]:
    """Camille Martin's sheet (with a comment), then Zoé Bernard's (1 100 insertion hours with
    another EA), as of :data:`AS_OF`."""
    first = add_sheet(workspace.engine, name="Camille Martin", comment="Très bonne année")
    second = add_sheet(workspace.engine, name="Zoé Bernard", insertion_hours=1100,
                       supplier="Autre EA")
    return [build_sheet(workspace.engine, sheet_id=sheet_id, mode=mode, as_of=AS_OF)
            for sheet_id in (first, second)]
