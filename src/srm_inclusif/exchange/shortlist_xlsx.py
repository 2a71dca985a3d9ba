"""Export a ranked shortlist to an XLSX workbook (openpyxl, imported only when exporting)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.sourcing import RankedCandidate

HEADERS = ("Rang", "Structure", "Type", "Département", "Score", "Raisons")


def export_shortlist(
    path: Path | str, *, title: str, need_lines: Sequence[tuple[str, str]],
    ranked: Sequence[RankedCandidate],
) -> Path:
    """Write the need (label, value lines) then one row per structure with its reasons."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Présélection"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=14)
    for label, value in need_lines:
        sheet.append([label, value])
    sheet.append([])
    sheet.append(list(HEADERS))
    header_row = sheet.max_row
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for position, item in enumerate(ranked, start=1):
        c = item.candidate
        sheet.append([position, c.name, f"{c.kind} – {Kind(c.kind).label}", c.department or "",
                      item.score, "\n".join(item.reasons)])
        sheet.cell(sheet.max_row, 6).alignment = Alignment(wrap_text=True, vertical="top")
    for column, width in zip("ABCDEF", (7, 40, 36, 13, 8, 70), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = sheet.cell(header_row + 1, 1)
    target = Path(path)
    workbook.save(target)
    return target
