"""The workbook's formulas hold their results: what a reader that does not calculate shows.

Excel in Protected View (every workbook received by e-mail), file previews and programs that
read values show a formula's stored result. openpyxl stores none: totals and amounts were blank.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    ObjectiveSheetDocument,
    SheetHeader,
    SheetMode,
    build_document,
)
from srm_inclusif.exchange.sheets_xlsx import FIRST_ROW, write_sheets_xlsx
from tests.exchange.xlsx_eval import evaluate

AS_OF = date(2026, 11, 22)


def _objective(label: str, target: int, weight: int, *, lower: bool = False,
               curve: str = "linear") -> ObjectiveInput:
    return ObjectiveInput(label, "manual", label, "", "", None, Decimal(target), Decimal(weight),
                          curve=curve, lower_is_better=lower)


def _document(name: str, mode: SheetMode, actuals: list[Decimal | None] | None = None,
              ) -> ObjectiveSheetDocument:
    header = SheetHeader("Essai SA", name, "Acheteuse", None, 2026, date(2026, 1, 1),
                         date(2026, 12, 31), AS_OF, 500_000)
    objectives = [_objective("Économies", 1000, 40),
                  _objective("Retards de paiement", 4, 20, lower=True),  # met at 0: capped
                  _objective("Satisfaction", 4, 20, curve="step"),
                  _objective("Heures", 1500, 20, curve="ramp")]
    return build_document(header, objectives, mode=mode, actuals=actuals)


def _formula_cells(sheet) -> list[str]:  # noqa: ANN001
    return [cell.coordinate for row in sheet.iter_rows() for cell in row
            if cell.data_type == "f"]


def test_every_formula_holds_what_excel_computes(tmp_path: Path) -> None:
    docs = [_document("Camille Martin", SheetMode.ACTUALS,
                      [Decimal(900), Decimal(0), Decimal("4.5"), Decimal(1100)]),
            _document("Zoé Bernard", SheetMode.ACTUALS, [Decimal(1200), None, None, None]),
            _document("Yves Roux", SheetMode.ACTUALS),
            _document("Léa Petit", SheetMode.TARGETS),
            # refused by the app (a credit note larger than the purchases): no achievement
            _document("Noé Blanc", SheetMode.ACTUALS, [Decimal(-50), Decimal(-1), None, None])]
    path = write_sheets_xlsx(docs, tmp_path / "fiches.xlsx")
    formulas, stored = load_workbook(path), load_workbook(path, data_only=True)
    for doc in docs:
        title = doc.header.person_name
        cells = _formula_cells(formulas[title])
        assert len(cells) == 3 * 4 + 3  # three per objective, the two totals and the amount
        for ref in cells:
            computed, shown = evaluate(formulas[title], ref), stored[title][ref].value
            if computed == "":
                assert shown in ("", None), (title, ref)
            else:
                assert shown == pytest.approx(computed), (title, ref)


def test_amount_and_total_are_there_without_calculation(tmp_path: Path) -> None:
    doc = _document("Camille Martin", SheetMode.ACTUALS,
                    [Decimal(900), Decimal(0), Decimal("4.5"), Decimal(1100)])
    stored = load_workbook(write_sheets_xlsx([doc], tmp_path / "fiche.xlsx"),
                           data_only=True)["Camille Martin"]
    total_row = FIRST_ROW + 4
    assert stored[f"G{total_row}"].value == pytest.approx(1)
    assert stored[f"P{total_row}"].value == pytest.approx(float(doc.total))
    assert doc.amount_cents is not None
    assert stored[f"P{total_row + 1}"].value == pytest.approx(doc.amount_cents / 100)
    assert stored[f"N{FIRST_ROW + 1}"].value == pytest.approx(1.3)  # no late payment: the cap


def test_the_demo_workbook_holds_the_apps_amounts(demo_workspace, tmp_path: Path) -> None:
    from srm_inclusif.storage.services.sheets import build_sheets, list_sheet_owners

    owners = list_sheet_owners(demo_workspace.engine, year=2026)
    docs = build_sheets(demo_workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                        as_of=AS_OF)
    book = load_workbook(write_sheets_xlsx(docs, tmp_path / "demo.xlsx"), data_only=True)
    assert len(docs) >= 2
    for doc, title in zip(docs, book.sheetnames, strict=False):
        amount = book[title][f"P{FIRST_ROW + len(doc.rows) + 1}"].value
        assert amount is not None, title
        assert round(amount * 100) == doc.amount_cents
