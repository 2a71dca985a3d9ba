"""The feedback document's criteria table never lays out wider than the page it is given, at
any width from a narrow preview to a wide window (Qt rounded a 100 % table one pixel over)."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from srm_inclusif.exchange.feedback_document import feedback_html
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.feedback import get_feedback, list_feedback


def test_the_criteria_table_fits_every_width(qapp, demo_workspace) -> None:
    engine = demo_workspace.engine
    contract = next(c for c in list_contracts(engine) if c.feedback_count)
    detail = get_feedback(engine, list_feedback(engine, contract_id=contract.id)[0].id)
    document = QTextDocument()
    document.setHtml(feedback_html(detail))
    assert [width for width in range(300, 1400) if laid_out(document, width) > width] == []


def laid_out(document: QTextDocument, width: int) -> float:
    """The width the document takes when given ``width`` pixels."""
    document.setTextWidth(width)
    return document.idealWidth()
