"""The workbook computes a « lower is better » target of 0 as the app does."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import load_workbook

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import FIRST_ROW, LOWER_IS_BETTER, write_sheets_xlsx
from srm_inclusif.storage.services.sheets import build_sheet
from tests.exchange.xlsx_eval import evaluate
from tests.objective_sheet_samples import add_sheet

ROW = FIRST_ROW + 3  # the fourth objective, typed by hand


def test_zero_target_lower_is_better_in_the_workbook(workspace, tmp_path: Path) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 11, 22))
    sheet = load_workbook(write_sheets_xlsx([doc], tmp_path / "f.xlsx"))["Camille Martin"]
    sheet[f"F{ROW}"], sheet[f"M{ROW}"] = 0, 0
    assert evaluate(sheet, f"N{ROW}") == ""  # higher is better: 0 is no target
    sheet[f"K{ROW}"] = LOWER_IS_BETTER
    assert evaluate(sheet, f"N{ROW}") == 1  # no late payment, none wanted: 100 %
    sheet[f"M{ROW}"] = 2
    assert evaluate(sheet, f"N{ROW}") == 0
