"""The objective sheets workbook's number formats: no figure ends on a lone decimal separator."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import FIRST_ROW, write_sheets_xlsx
from srm_inclusif.storage.services.sheets import build_sheet
from tests.objective_sheet_samples import add_sheet

AS_OF = date(2026, 11, 22)
SAVINGS, SPEND, HOURS, SCORE = (FIRST_ROW + i for i in range(4))


def _sheet(workspace, tmp_path: Path, **options: object) -> Worksheet:  # noqa: ANN001
    sheet_id = add_sheet(workspace.engine, name="Camille Martin", **options)
    document = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    return load_workbook(write_sheets_xlsx([document], tmp_path / "fiche.xlsx"))["Camille Martin"]


def test_each_kind_of_figure_has_its_format(workspace, tmp_path: Path) -> None:
    sheet = _sheet(workspace, tmp_path)
    assert sheet[f"F{SAVINGS}"].number_format == '#,##0.00 "€"'  # 500 000,00 €
    assert sheet[f"M{SPEND}"].number_format == '#,##0.00 "€"'
    assert sheet[f"F{HOURS}"].number_format == "#,##0"  # 2 000, not « 2 000, »
    assert sheet[f"M{HOURS}"].number_format == "#,##0"
    assert sheet[f"M{SCORE}"].number_format == "0.00"  # 4,20 as on screen: « 4,20 / 5 »
    for column in "GNOP":  # weight, achievement, payout rate, weighted payout: 36,00 %
        assert sheet[f"{column}{SAVINGS}"].number_format == "0.00 %"
    assert sheet[f"P{FIRST_ROW + 4}"].number_format == "0.00 %"  # total payout rate


def test_fractional_hours_keep_two_decimals(workspace, tmp_path: Path) -> None:
    sheet = _sheet(workspace, tmp_path, insertion_hours=Decimal("1500.5"))
    assert sheet[f"M{HOURS}"].value == 1500.5
    assert sheet[f"M{HOURS}"].number_format == "#,##0.00"


def test_no_format_may_leave_a_dangling_separator(workspace, tmp_path: Path) -> None:
    sheet = _sheet(workspace, tmp_path)
    formats = {cell.number_format for row in sheet.iter_rows() for cell in row}
    assert not [fmt for fmt in formats if ".#" in fmt]
