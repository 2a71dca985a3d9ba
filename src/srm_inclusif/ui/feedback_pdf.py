"""Print a feedback to a PDF file through Qt (QTextDocument on a QPdfWriter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from srm_inclusif.exchange.feedback_document import feedback_html
from srm_inclusif.storage.services.feedback import FeedbackDetail


def print_feedback_pdf(detail: FeedbackDetail, path: Path, *, organisation: str = "") -> Path:
    """Write the feedback as an A4 PDF; returns the path written."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    title = QCoreApplication.translate("FeedbackPdf", "Retour d'expérience — {counterparty}")
    writer.setTitle(title.format(counterparty=detail.counterparty_name))
    writer.setCreator("SRM Inclusif")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    document = QTextDocument()
    document.setHtml(feedback_html(detail, organisation=organisation))
    document.print_(writer)
    return path
