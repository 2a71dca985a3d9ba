"""The impact report workbook for a client: French, every figure formatted, the rate defined."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from srm_inclusif.core.impact import ImpactFigures
from srm_inclusif.exchange.impact_xlsx import (
    DEFINITION_ROW,
    FIRST_EXIT_ROW,
    RATE_ROW,
    TOTAL_ROW,
    impact_file_name,
    write_impact_xlsx,
)
from srm_inclusif.storage.services.impact_reports import ImpactReportRow
from tests.impact_samples import FIRST_HALF

MOMENT = datetime(2026, 7, 2, 9, 0)


def _sheet(tmp_path: Path, figures: ImpactFigures = FIRST_HALF,
           client: str = "Groupe Horizon") -> Worksheet:
    report = ImpactReportRow(1, 1, client, figures, MOMENT, MOMENT)
    path = write_impact_xlsx(report, tmp_path / "bilan.xlsx", organisation="Atelier Vert")
    return load_workbook(path)["Bilan d'impact"]


def _column(sheet: Worksheet, letter: str, first: int, last: int) -> list[object]:
    return [sheet[f"{letter}{row}"].value for row in range(first, last + 1)]


def test_the_header_names_client_structure_and_period(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    assert sheet["A1"].value == "Bilan d'impact – Groupe Horizon"
    assert sheet["A2"].value == "Établi par Atelier Vert"
    assert (sheet["A4"].value, sheet["B4"].value) == ("Période du", datetime(2026, 1, 1))
    assert (sheet["A5"].value, sheet["B5"].value) == ("au", datetime(2026, 6, 30))
    assert sheet["B4"].number_format == "DD/MM/YYYY"


def test_people_and_hours_are_numbers_with_their_formats(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    assert _column(sheet, "A", 6, 8) == ["Personnes employées sur la mission",
                                         "Heures travaillées", "Heures de formation"]
    assert _column(sheet, "B", 6, 8) == [12, 3450.5, 120]
    assert [sheet[f"B{r}"].number_format for r in range(6, 9)] == [
        "#,##0", '#,##0.0 "h"', '#,##0 "h"']


def test_each_exit_category_with_its_count_part_and_meaning(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    rows = (FIRST_EXIT_ROW, TOTAL_ROW)
    assert _column(sheet, "A", *rows) == ["Emploi durable", "Emploi de transition",
                                          "Sortie positive", "Autre sortie",
                                          "Ensemble des sorties"]
    assert _column(sheet, "B", *rows) == [3, 2, 1, 4, 10]
    assert _column(sheet, "C", *rows) == [0.3, 0.2, 0.1, 0.4, 1]
    assert sheet[f"C{FIRST_EXIT_ROW}"].number_format == "0.00 %"
    assert sheet[f"D{FIRST_EXIT_ROW}"].value.startswith("CDI, CDD ou intérim de 6 mois ou plus")


def test_the_rate_is_given_with_what_it_counts(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path)
    assert _column(sheet, "A", RATE_ROW, RATE_ROW) == ["Sorties dynamiques"]
    assert (sheet[f"B{RATE_ROW}"].value, sheet[f"C{RATE_ROW}"].value) == (6, 0.6)
    assert sheet[f"C{RATE_ROW}"].number_format == "0.00 %"
    assert sheet[f"A{DEFINITION_ROW}"].value == "Définition"
    definition = sheet[f"B{DEFINITION_ROW}"].value
    assert definition.startswith("Sorties dynamiques = (emploi durable + emploi de transition "
                                 "+ sorties positives) ÷ ensemble des sorties.")
    assert sheet[f"B{DEFINITION_ROW + 1}"].value == "Les personnes sont comptées, jamais nommées."
    assert sheet[f"B{DEFINITION_ROW + 2}"].value == "Mission de tri des déchets"


def test_no_exit_shows_no_rate_rather_than_zero(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, ImpactFigures(date(2026, 1, 1), date(2026, 6, 30), people=3))
    assert sheet[f"C{RATE_ROW}"].value == "— (aucune sortie)"
    assert sheet[f"C{FIRST_EXIT_ROW}"].value == "— (aucune sortie)"


def test_a_client_name_is_never_run_as_a_formula(tmp_path: Path) -> None:
    sheet = _sheet(tmp_path, client="=HYPERLINK(\"x\")")
    assert sheet["B3"].data_type == "s"
    assert sheet["B3"].value == "=HYPERLINK(\"x\")"


def test_the_file_is_named_after_client_and_period() -> None:
    assert impact_file_name("Groupe Hôrizon & Fils", FIRST_HALF) == (
        "bilan-impact-groupe-horizon-fils-2026-01-2026-06.xlsx")
