"""One impact report as an XLSX workbook for the client, in French (DOMAIN.md section 7).

The client reads what its purchases produced and exactly what the rate of « sorties
dynamiques » counts: each category of exit with its count, its part of all exits and what it
holds, the rate, then the definition in full. People are counted, never named.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from srm_inclusif.core.file_names import slug
from srm_inclusif.core.impact import (
    HOURS_WORKED_LABEL,
    PEOPLE_LABEL,
    RATE_DEFINITION,
    TRAINING_HOURS_LABEL,
    ExitCategory,
    ExitCounts,
    ImpactFigures,
)
from srm_inclusif.exchange.sheets_xlsx import DATE_FORMAT, PERCENT_FORMAT, WHOLE_FORMAT, set_value
from srm_inclusif.storage.services.impact_reports import ImpactReportRow

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

SHEET_TITLE = "Bilan d'impact"
HOURS_FORMAT = '#,##0 "h"'
#: Hours with a decimal (833,5 h); whole ones never end on a lone comma (« 1 200, h »).
TENTHS_OF_HOURS_FORMAT = '#,##0.0 "h"'
EXIT_COLUMNS = ("Sorties", "Nombre", "Part des sorties", "Ce qui est compté")
DYNAMIC_LABEL = "Sorties dynamiques"
DYNAMIC_SUM = "Emploi durable + emploi de transition + sortie positive, sur l'ensemble des sorties"
TOTAL_LABEL = "Ensemble des sorties"
NO_EXIT = "— (aucune sortie)"
COUNTED_ONLY = "Les personnes sont comptées, jamais nommées."
#: Rows of the table of exits: its header, the four categories, the total, the rate.
EXITS_HEADER_ROW = 10
FIRST_EXIT_ROW = EXITS_HEADER_ROW + 1
TOTAL_ROW = FIRST_EXIT_ROW + len(ExitCategory)
RATE_ROW = TOTAL_ROW + 1
DEFINITION_ROW = RATE_ROW + 2
_WIDTHS = {"A": 36, "B": 14, "C": 17, "D": 72}


def impact_file_name(client: str, figures: ImpactFigures) -> str:
    """``bilan-impact-atelier-vert-2026-01-2026-06.xlsx``: the client and the period's months."""
    start, end = figures.period_start, figures.period_end
    return f"bilan-impact-{slug(client, 'client')}-{start:%Y-%m}-{end:%Y-%m}.xlsx"


def write_impact_xlsx(report: ImpactReportRow, path: Path, *, organisation: str = "") -> Path:
    """Write the report given by ``organisation`` (the structure inclusive); returns the path."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    _write_header(sheet, report, organisation)
    _write_mission(sheet, report.figures)
    _write_exits(sheet, report.figures.exits)
    _write_notes(sheet, report.figures)
    _set_layout(sheet, report.client_name)
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _write_header(sheet: Worksheet, report: ImpactReportRow, organisation: str) -> None:
    set_value(sheet, "A1", f"Bilan d'impact – {report.client_name}")
    sheet["A1"].font = _style("title")
    if organisation:
        set_value(sheet, "A2", f"Établi par {organisation}")
        sheet["A2"].font = _style("italic")
    _labelled(sheet, 3, "Client", report.client_name)
    _labelled(sheet, 4, "Période du", report.figures.period_start, DATE_FORMAT)
    _labelled(sheet, 5, "au", report.figures.period_end, DATE_FORMAT)


def _write_mission(sheet: Worksheet, figures: ImpactFigures) -> None:
    _labelled(sheet, 6, PEOPLE_LABEL, figures.people, WHOLE_FORMAT)
    _labelled(sheet, 7, HOURS_WORKED_LABEL, figures.hours_worked,
              hours_format(figures.hours_worked))
    _labelled(sheet, 8, TRAINING_HOURS_LABEL, figures.training_hours,
              hours_format(figures.training_hours))


def hours_format(hours: Decimal) -> str:
    """Whole hours grouped (``1 200 h``), others with their tenth (``833,5 h``)."""
    return HOURS_FORMAT if hours == hours.to_integral_value() else TENTHS_OF_HOURS_FORMAT


def _write_exits(sheet: Worksheet, exits: ExitCounts) -> None:
    """The categories, each with its count, part and definition; the total; the rate."""
    for column, title in enumerate(EXIT_COLUMNS, start=1):
        cell = sheet.cell(EXITS_HEADER_ROW, column, title)
        cell.font, cell.fill = _style("bold"), _style("header_fill")
    for row, category in enumerate(ExitCategory, start=FIRST_EXIT_ROW):
        _exit_row(sheet, row, category.french_label, exits.count(category),
                  exits.share(category), category.french_definition)
    _exit_row(sheet, TOTAL_ROW, TOTAL_LABEL, exits.total, None if not exits.total else 1, "")
    _exit_row(sheet, RATE_ROW, DYNAMIC_LABEL, exits.dynamic, exits.dynamic_rate, DYNAMIC_SUM)
    for letter in "ABC":
        sheet[f"{letter}{TOTAL_ROW}"].font = _style("bold")
        sheet[f"{letter}{RATE_ROW}"].font = _style("bold")


def _exit_row(sheet: Worksheet, row: int, label: str, count: int, share: Decimal | int | None,
              counted: str) -> None:
    set_value(sheet, f"A{row}", label)
    set_value(sheet, f"B{row}", count, WHOLE_FORMAT)
    if share is None:
        set_value(sheet, f"C{row}", NO_EXIT)
    else:
        set_value(sheet, f"C{row}", Decimal(share), PERCENT_FORMAT)
    set_value(sheet, f"D{row}", counted)
    sheet[f"D{row}"].alignment = _style("wrap")


def _write_notes(sheet: Worksheet, figures: ImpactFigures) -> None:
    """The rate's definition in full, that people are never named, the comment if any."""
    notes = [("Définition", RATE_DEFINITION), ("Personnes", COUNTED_ONLY)]
    if figures.comment:
        notes.append(("Commentaire", figures.comment))
    for row, (label, text) in enumerate(notes, start=DEFINITION_ROW):
        _labelled(sheet, row, label, text)
        sheet.merge_cells(f"B{row}:D{row}")
        sheet[f"B{row}"].alignment = _style("wrap")
        sheet.row_dimensions[row].height = 15 * min(1 + len(text) // 110, 8)


def _labelled(sheet: Worksheet, row: int, label: str, value: Any, fmt: str | None = None) -> None:
    set_value(sheet, f"A{row}", label)
    sheet[f"A{row}"].font = _style("bold")
    set_value(sheet, f"B{row}", value, fmt)
    sheet[f"B{row}"].alignment = _style("left")


def _set_layout(sheet: Worksheet, client: str) -> None:
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.right.text = f"Bilan d'impact – {client}".replace("&", "&&")
    sheet.oddFooter.right.text = "Page &P / &N"


@cache
def _style(name: str) -> Any:
    """Shared style objects: openpyxl hashes each one it is given, so build them once."""
    from openpyxl.styles import Alignment, Font, PatternFill

    return {
        "bold": lambda: Font(bold=True),
        "title": lambda: Font(size=16, bold=True),
        "italic": lambda: Font(italic=True),
        "header_fill": lambda: PatternFill("solid", fgColor="DDE7F0"),
        "wrap": lambda: Alignment(wrap_text=True, vertical="top"),
        "left": lambda: Alignment(horizontal="left", vertical="top"),
    }[name]()
