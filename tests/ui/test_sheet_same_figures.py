"""The Objectifs view and the signed PDF write every figure of a sheet the same way."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services.sheets import build_sheet
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.objectives_table import (
    COL_ACHIEVEMENT,
    COL_ACTUAL,
    COL_RATE,
    COL_TARGET,
    COL_WEIGHT,
    COL_WEIGHTED,
)
from srm_inclusif.ui.pages.objectives_page import ObjectivesPage
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.objective_sheet_samples import add_sheet
from tests.support import folded, pdf_pages
from tests.ui.sheet_documents import AS_OF

#: The DOMAIN.md worked example as both show it: weighted payouts in percent of the target
#: variable (they add up to the total), amounts with cents, the score out of 5 with 2 decimals.
WORKED = {
    "fr": {"weighted": ["36,00 %", "36,00 %", "11,25 %", "15,75 %"], "total": "99,00 %",
           "amount": "4 950,00 €", "target": "500 000,00 €", "score": "4,20 / 5",
           "rate": "120,00 %"},
    "en": {"weighted": ["36.00%", "36.00%", "11.25%", "15.75%"], "total": "99.00%",
           "amount": "€4,950.00", "target": "€500,000.00", "score": "4.20 / 5",
           "rate": "120.00%"},
}


def open_page(qtbot, workspace, **sheet) -> ObjectivesPage:  # noqa: ANN001, ANN003
    """The Objectifs page on Camille Martin's sheet (the worked example, or as ``sheet`` says)."""
    add_sheet(workspace.engine, name="Camille Martin", **sheet)
    widget = ObjectivesPage(WorkspaceContext(workspace, today=lambda: AS_OF))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def page(qtbot, language, workspace) -> ObjectivesPage:  # noqa: ARG001 - in each language
    return open_page(qtbot, workspace)


def shown(page: ObjectivesPage, column: int) -> list[str]:
    """The texts of one column of the Objectifs table, spaces folded as in the PDF text."""
    model = page.view.model
    return [folded(model.index(row, column).data()) for row in range(model.rowCount())]


def printed(page: ObjectivesPage, tmp_path: Path) -> str:
    """The text of the PDF of the sheet shown."""
    assert page.sheet is not None
    document = build_sheet(page.ctx.engine, sheet_id=page.sheet.id, mode=SheetMode.ACTUALS,
                           as_of=AS_OF)
    return pdf_pages(write_sheet_pdf([document], tmp_path / "fiche.pdf"))[0]


def test_the_worked_example_reads_the_same_on_screen_and_on_paper(
        page, language, tmp_path) -> None:
    expected = WORKED[language]
    pdf = printed(page, tmp_path)
    assert shown(page, COL_WEIGHTED) == expected["weighted"]
    assert shown(page, COL_TARGET)[0] == expected["target"]
    assert shown(page, COL_ACTUAL)[3] == expected["score"]
    assert shown(page, COL_RATE)[1] == expected["rate"]
    total = folded(page.view.total_label.text())
    assert f"{expected['total']} → {expected['amount']}" in total
    assert f"{expected['total']} — " in pdf
    assert expected["amount"] in pdf
    for column in (COL_TARGET, COL_WEIGHT, COL_ACTUAL, COL_RATE, COL_WEIGHTED):
        for text in shown(page, column):
            assert text in pdf, (column, text)


def test_achievement_and_payout_rate_have_the_same_decimals(
        qtbot, french, workspace, tmp_path) -> None:  # noqa: ARG001
    # 2 194,8 of 2 000 insertion hours: 109,74 %, which the curve pays as it is
    page = open_page(qtbot, workspace, insertion_hours=Decimal("2194.8"))
    hours = 2
    assert shown(page, COL_ACHIEVEMENT)[hours] == "109,74 %"
    assert shown(page, COL_RATE)[hours] == "109,74 %"
    pdf = printed(page, tmp_path)
    assert "2 194,8 h 109,74 % 109,74 % 16,46 %" in pdf
