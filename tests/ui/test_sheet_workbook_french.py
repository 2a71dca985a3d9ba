"""The objective sheets workbook is French from end to end, indicators too, in the English UI."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import FIRST_ROW, write_sheets_xlsx
from srm_inclusif.storage.services.sheets import build_sheet
from tests.objective_sheet_samples import add_sheet

AS_OF = date(2026, 11, 22)
FRENCH_INDICATORS = ["Économies réalisées (saisie manuelle)", "Achats inclusifs",
                     "Heures d'insertion réalisées", "Autre indicateur (saisie manuelle)"]


def test_indicator_names_stay_french_in_the_english_ui(english, workspace, tmp_path) -> None:
    sheet_id = add_sheet(workspace.engine, name="Claire Fontaine")
    document = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    assert document.rows[1].objective.indicator_label == "Inclusive spend"  # the PDF's, English
    sheet = load_workbook(write_sheets_xlsx([document], tmp_path / "fiche.xlsx"))[
        "Claire Fontaine"]
    assert [sheet[f"B{FIRST_ROW + i}"].value for i in range(4)] == FRENCH_INDICATORS
