"""On the signed sheet a figure never wraps inside its cell: « 100,00 » above « % » read as two."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.ui.sheet_pdf import text_document
from tests.ui.sheet_documents import two_sheets


def _lines_of(page: QTextDocument, text: str) -> int:
    """How many lines the cell holding ``text`` takes on the laid out page."""
    found = page.find(text)
    assert not found.isNull(), text
    return found.block().layout().lineCount()


def test_weights_total_and_thresholds_stay_on_one_line(qapp, workspace) -> None:
    page = text_document(two_sheets(workspace, SheetMode.ACTUALS)[0])
    assert _lines_of(page, "100,00") == 1  # the total of the weights, « 100,00 % »
    assert _lines_of(page, "130") == 1  # the first thresholds, « 60 / 100 / 130 % »
