"""On the sheet, the total line stands clear of the objectives table and of the signature boxes.

It touched both (the border of the table's last row above, the boxes below). Measured on the
laid out page, in millimetres of paper (the page is printed at the text's width, 273 mm).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QTextDocument

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.ui.sheet_pdf import text_document
from tests.ui.sheet_documents import two_sheets

#: From a cell's text to its border: the padding of the table's cells and the border itself.
GRID_EDGE_PX = 3 + 1
SIGNATURE_EDGE_PX = 4 + 1
#: Clear room wanted between a line of text and a border, on paper.
CLEAR_MM = 3.0
#: Words of the total line (the header also says « Part variable cible »).
TOTAL_LINE = {SheetMode.ACTUALS: "Taux de paiement total",
              SheetMode.TARGETS: "Les résultats seront constatés"}


def _rect(page: QTextDocument, text: str) -> QRectF:
    page.size()  # the whole page laid out
    found = page.find(text)
    assert not found.isNull(), text
    return page.documentLayout().blockBoundingRect(found.block())


def _mm(pixels: float) -> float:
    return pixels * 25.4 / 96


@pytest.mark.parametrize("mode", [SheetMode.ACTUALS, SheetMode.TARGETS])
@pytest.mark.parametrize("index", [0, 1], ids=["with comment", "without comment"])
def test_the_total_line_clears_the_table_above(qapp, workspace, mode, index) -> None:  # noqa: ANN001
    page = text_document(two_sheets(workspace, mode)[index])
    table_bottom = _rect(page, "Total des poids").bottom() + GRID_EDGE_PX
    assert _mm(_rect(page, TOTAL_LINE[mode]).top() - table_bottom) >= CLEAR_MM


@pytest.mark.parametrize("mode", [SheetMode.ACTUALS, SheetMode.TARGETS])
def test_the_signature_boxes_clear_the_line_above_them(qapp, workspace, mode) -> None:  # noqa: ANN001
    with_comment, without = (text_document(doc) for doc in two_sheets(workspace, mode))
    for page, above in ((without, TOTAL_LINE[mode]), (with_comment, "Commentaires")):
        boxes_top = _rect(page, "Le salarié / la salariée").top() - SIGNATURE_EDGE_PX
        assert _mm(boxes_top - _rect(page, above).bottom()) >= CLEAR_MM, above


def test_the_comment_clears_the_total_line(qapp, workspace) -> None:  # noqa: ANN001
    page = text_document(two_sheets(workspace, SheetMode.ACTUALS)[0])
    gap = _rect(page, "Commentaires").top() - _rect(page, TOTAL_LINE[SheetMode.ACTUALS]).bottom()
    assert _mm(gap) >= CLEAR_MM
