"""Export an import's rejected, flagged and conflicting rows to CSV, as their table shows them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from srm_inclusif.exchange.report import write_table_csv
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.models.import_issue_table import ImportIssueTableModel


def export_issues(parent: QWidget, issues: Sequence[Any], suggested_name: str) -> None:
    """Ask where, then write every issue to CSV as the table says it (in the UI language).

    Says how many lines were written, or why nothing could be.
    """
    title = QCoreApplication.translate("ImportIssueTableModel", "Exporter les rejets")
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, suggested_name,
        QCoreApplication.translate("ImportIssueTableModel", "CSV (*.csv)"))
    if not name:
        return
    headers, rows = ImportIssueTableModel().texts(issues)
    try:
        count = write_table_csv(Path(name), headers, rows)
    except OSError as error:
        QMessageBox.warning(parent, title, error_text(error))
        return
    QMessageBox.information(parent, title, QCoreApplication.translate(
        "ImportIssueTableModel", "Lignes écrites dans « {name} » : {count}.").format(
            name=Path(name).name, count=count_text(count)))
