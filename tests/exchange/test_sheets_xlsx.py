"""The objective sheets workbook, read back with openpyxl: values, formulas, formats, escaping."""

from __future__ import annotations

import threading
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_xlsx import FIRST_ROW, write_sheets_xlsx
from srm_inclusif.storage.services.sheets import build_sheet
from tests.exchange.xlsx_eval import evaluate
from tests.objective_sheet_samples import add_sheet

AS_OF = date(2026, 11, 22)
TOTAL_ROW = FIRST_ROW + 4  # four objectives


def _export(workspace, tmp_path: Path, names: list[str], mode: SheetMode = SheetMode.ACTUALS,
            **options: object) -> Path:
    docs = []
    for name in names:
        sheet_id = add_sheet(workspace.engine, name=name, supplier=f"EA de {name}", **options)
        docs.append(build_sheet(workspace.engine, sheet_id=sheet_id, mode=mode, as_of=AS_OF))
    return write_sheets_xlsx(docs, tmp_path / "fiches.xlsx")


def test_one_sheet_per_person_and_a_data_sheet(workspace, tmp_path: Path) -> None:
    book = load_workbook(_export(workspace, tmp_path, ["Camille Martin", "Zoé Bernard"]))
    assert book.sheetnames == ["Camille Martin", "Zoé Bernard", "Données"]
    sheet = book["Zoé Bernard"]
    assert sheet["B5"].value == "Zoé Bernard"
    assert sheet["B4"].value == "Essai SA"
    assert sheet["F6"].value == datetime(2026, 11, 22)


def test_formulas_reproduce_the_worked_example(workspace, tmp_path: Path) -> None:
    sheet = load_workbook(_export(workspace, tmp_path, ["Camille Martin"]))["Camille Martin"]
    assert sheet[f"N{FIRST_ROW}"].data_type == "f"
    achievements = [evaluate(sheet, f"N{FIRST_ROW + i}") for i in range(4)]
    weighted = [evaluate(sheet, f"P{FIRST_ROW + i}") for i in range(4)]
    assert achievements == pytest.approx([0.9, 1.2, 0.75, 1.05])
    assert weighted == pytest.approx([0.36, 0.36, 0.1125, 0.1575])
    assert evaluate(sheet, f"P{TOTAL_ROW}") == pytest.approx(0.99)
    assert evaluate(sheet, f"P{TOTAL_ROW + 1}") == pytest.approx(4950)
    assert evaluate(sheet, f"G{TOTAL_ROW}") == pytest.approx(1)


def test_under_trigger_line_pays_nothing_in_the_workbook(workspace, tmp_path: Path) -> None:
    path = _export(workspace, tmp_path, ["Camille Martin"], insertion_hours=1100)
    sheet = load_workbook(path)["Camille Martin"]
    assert evaluate(sheet, f"O{FIRST_ROW + 2}") == 0
    assert evaluate(sheet, f"P{TOTAL_ROW + 1}") == pytest.approx(4387.5)


def test_hr_can_change_a_target_and_see_the_effect(workspace, tmp_path: Path) -> None:
    sheet = load_workbook(_export(workspace, tmp_path, ["Camille Martin"]))["Camille Martin"]
    sheet[f"F{FIRST_ROW + 2}"] = 3000  # insertion hours target raised: 1 500 h = 50 %
    assert evaluate(sheet, f"P{TOTAL_ROW + 1}") == pytest.approx(4387.5)
    sheet[f"F{FIRST_ROW + 2}"] = 1000  # lowered: 150 % capped at 130 %
    assert evaluate(sheet, f"O{FIRST_ROW + 2}") == pytest.approx(1.3)


def test_data_values_are_values_with_french_formats(workspace, tmp_path: Path) -> None:
    sheet = load_workbook(_export(workspace, tmp_path, ["Camille Martin"]))["Camille Martin"]
    actual = sheet[f"M{FIRST_ROW + 1}"]
    assert (actual.value, actual.data_type) == (240000, "n")
    assert sheet[f"G{FIRST_ROW}"].value == pytest.approx(0.4)
    assert "%" in sheet[f"G{FIRST_ROW}"].number_format
    assert sheet["F7"].value == 5000
    assert "€" in sheet["F7"].number_format
    assert "€" in sheet[f"P{TOTAL_ROW + 1}"].number_format
    assert sheet["F6"].number_format == "DD/MM/YYYY"
    assert sheet["F8"].value.count("-") == 3  # checksum of the frozen figures


def test_print_setup_is_a4_landscape_with_header_and_footer(workspace, tmp_path: Path) -> None:
    sheet = load_workbook(_export(workspace, tmp_path, ["Camille Martin"]))["Camille Martin"]
    assert sheet.page_setup.orientation == "landscape"
    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.print_area
    assert "Camille Martin" in sheet.oddHeader.right.text
    assert "22/11/2026" in sheet.oddFooter.left.text
    assert sheet.column_dimensions["A"].width >= 25


def test_actuals_sheets_carry_a_progress_chart(workspace, tmp_path: Path) -> None:
    path = _export(workspace, tmp_path, ["Camille Martin"])
    with zipfile.ZipFile(path) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 1
        assert b"Atteinte" in archive.read(charts[0])


def test_text_that_looks_like_a_formula_is_escaped(workspace, tmp_path: Path) -> None:
    with_formula_name = "=HYPERLINK(\"x\")"
    path = _export(workspace, tmp_path, [with_formula_name])
    book = load_workbook(path)
    sheet = book[book.sheetnames[0]]
    assert (sheet["B5"].value, sheet["B5"].data_type) == (with_formula_name, "s")
    assert sheet["B5"].quotePrefix
    data = book["Données"]
    invoices = [row for row in data.iter_rows(min_row=2, values_only=True) if row[2] == "Dépense"]
    assert {row[6] for row in invoices} == {"=F3", "=F4"}
    assert all(cell.data_type == "s" for cell in data["G"][1:] if cell.value)


def test_data_sheet_lists_spend_lines_and_contracts(workspace, tmp_path: Path) -> None:
    data = load_workbook(_export(workspace, tmp_path, ["Camille Martin"]))["Données"]
    rows = list(data.iter_rows(min_row=2, values_only=True))
    assert sorted(row[7] for row in rows if row[2] == "Dépense") == [90000, 150000]
    assert [row[6] for row in rows if row[2] == "Contrat"] == ["Entretien des espaces verts"]
    assert {row[0] for row in rows} == {"Camille Martin"}
    assert "€" in data["H2"].number_format


def test_targets_mode_has_no_actuals_but_keeps_formulas(workspace, tmp_path: Path) -> None:
    path = _export(workspace, tmp_path, ["Camille Martin"], mode=SheetMode.TARGETS)
    sheet = load_workbook(path)["Camille Martin"]
    assert sheet[f"M{FIRST_ROW}"].value is None
    assert evaluate(sheet, f"P{TOTAL_ROW}") == ""
    sheet[f"M{FIRST_ROW}"] = 500000  # HR types an actual: the formulas pay it
    assert evaluate(sheet, f"P{FIRST_ROW}") == pytest.approx(0.4)


def test_cancel_writes_nothing(workspace, tmp_path: Path) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.TARGETS)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        write_sheets_xlsx([doc], tmp_path / "x.xlsx", cancel=cancel)
    assert not (tmp_path / "x.xlsx").exists()


def test_same_names_get_distinct_sheet_titles(workspace, tmp_path: Path) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=AS_OF)
    book = load_workbook(write_sheets_xlsx([doc, doc], tmp_path / "x.xlsx"))
    assert book.sheetnames == ["Camille Martin", "Camille Martin (2)", "Données"]
    assert Decimal(str(book["Camille Martin (2)"][f"M{FIRST_ROW}"].value)) == 450000


def test_workbook_formulas_agree_with_the_app_on_the_demo(demo_workspace, tmp_path: Path) -> None:
    from srm_inclusif.storage.services.sheets import build_sheets, list_sheet_owners

    owners = list_sheet_owners(demo_workspace.engine, year=2026)
    docs = build_sheets(demo_workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                        as_of=AS_OF)
    book = load_workbook(write_sheets_xlsx(docs, tmp_path / "demo.xlsx"))
    assert len(docs) >= 2
    for doc, title in zip(docs, book.sheetnames, strict=False):
        sheet = book[title]
        total_row = FIRST_ROW + len(doc.rows)
        for offset, row in enumerate(doc.rows):
            weighted = evaluate(sheet, f"P{FIRST_ROW + offset}")
            assert (weighted == "") == (row.weighted is None)
            if row.weighted is not None:
                assert weighted == pytest.approx(float(row.weighted))
        amount = evaluate(sheet, f"P{total_row + 1}")
        assert round(amount * 100) == doc.amount_cents


def test_comment_and_signature_blocks(workspace, tmp_path: Path) -> None:
    # Camille among others (Zoé first): her manager signs too (alone, she would sign alone)
    path = _export(workspace, tmp_path, ["Zoé Bernard", "Camille Martin"],
                   comment="+ objectif revu en juin")
    sheet = load_workbook(path)["Camille Martin"]
    assert (sheet["A9"].value, sheet["B9"].value) == ("Commentaires", "+ objectif revu en juin")
    assert sheet["B9"].data_type == "s"
    texts = [c for row in sheet.iter_rows(values_only=True) for c in row if isinstance(c, str)]
    assert "Le manager – date et signature" in texts
    assert "Le salarié / la salariée – date et signature" in texts
