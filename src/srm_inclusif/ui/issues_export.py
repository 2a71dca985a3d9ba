"""Export an import's rejected, flagged and conflicting rows to CSV, as their table shows them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.exchange.raw_lines import cells_left_out_note
from srm_inclusif.exchange.report import UNTITLED_COLUMN, with_raw_cells, write_table_csv
from srm_inclusif.storage.services.import_records import TOTAL, RowIssue
from srm_inclusif.storage.services.imports import ImportIssueRow
from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.i18n import count_text
from srm_inclusif.ui.models.import_issue_table import ImportIssueTableModel

#: How many rows of each severity the file holds, in the order of the table's severities.
_SEVERITY_COUNTS = {
    "rejected": QT_TRANSLATE_NOOP("ImportIssueTableModel", "rejetées : {count}"),
    "flagged": QT_TRANSLATE_NOOP("ImportIssueTableModel", "signalées : {count}"),
    "conflict": QT_TRANSLATE_NOOP("ImportIssueTableModel", "en conflit : {count}"),
    "merged": QT_TRANSLATE_NOOP("ImportIssueTableModel", "fusionnées : {count}"),
    "total": QT_TRANSLATE_NOOP("ImportIssueTableModel", "lignes de total : {count}"),
}


def export_button_text() -> str:
    """The words of the button that exports them: what the file holds, not only the rejects."""
    return QCoreApplication.translate("ImportIssueTableModel",
                                      "Exporter les lignes à vérifier (CSV)…")


def has_total_lines(issues: Sequence[RowIssue | ImportIssueRow]) -> bool:
    """Whether ``issues`` list total lines (a spend file's subtotals, listed apart)."""
    return any(issue.severity == TOTAL for issue in issues)


def export_tooltip(issues: Sequence[RowIssue | ImportIssueRow] = ()) -> str:
    """What the exported file of ``issues`` holds, every severity the table shows."""
    if has_total_lines(issues):
        return QCoreApplication.translate(
            "ImportIssueTableModel", "Enregistrer dans un fichier CSV les lignes rejetées, "
            "signalées, fusionnées, en conflit ou de total, comme le tableau les montre")
    return QCoreApplication.translate(
        "ImportIssueTableModel", "Enregistrer dans un fichier CSV les lignes rejetées, "
        "signalées, fusionnées ou en conflit, comme le tableau les montre")


def issues_file_name(file_names: Sequence[str], day: date) -> str:
    """The name proposed for the file, after the import's file and day (« … annuaire 2026-11-24 »).

    It holds the flagged rows too, not only the rejected. Named after the file imported and the
    day of the import, the files of several imports no longer overwrite one another; an import
    of several files takes the first one's name and their count (« achats-2025 +2 »). The
    sheets of a workbook, read apart (« regions.xlsx — Région Sud »), count as their one file.
    """
    stems = list(dict.fromkeys(Path(name).stem for name in file_names if name.strip()))
    files = stems[0] if stems else "import"
    if len(stems) > 1:
        files = f"{files} +{len(stems) - 1}"
    return QCoreApplication.translate(
        "ImportIssueTableModel", "lignes-a-verifier {files} {day}.csv").format(
            files=files, day=day.isoformat())


def export_issues(parent: QWidget, issues: Sequence[Any], suggested_name: str) -> None:
    """Ask where, then write every issue to CSV as the table says it (in the UI language).

    A rejected line's cells follow, under its file's titles (``with_raw_cells``). Says how many
    lines were written, of which severity, and whether rejected lines past the import's first
    ones come without their cells; or why nothing could be written.
    """
    title = QCoreApplication.translate("ImportIssueTableModel", "Exporter les lignes à vérifier")
    name, _filter = file_dialogs.get_save_file_name(
        parent, title, suggested_name,
        QCoreApplication.translate("ImportIssueTableModel", "CSV (*.csv)"))
    if not name:
        return
    headers, rows = with_raw_cells(
        *ImportIssueTableModel().texts(issues), issues,
        QCoreApplication.translate("ImportIssueTableModel", UNTITLED_COLUMN))
    try:
        count = write_table_csv(Path(name), headers, rows)
    except OSError as error:
        QMessageBox.warning(parent, title, error_text(error))
        return
    said = QCoreApplication.translate(
        "ImportIssueTableModel", "Lignes écrites dans « {name} » : {count} ({severities}).").format(
            name=Path(name).name, count=count_text(count), severities=_severities_text(issues))
    left_out = cells_left_out_note(issues, count_text)
    QMessageBox.information(parent, title, f"{said}\n\n{left_out}" if left_out else said)


def _severities_text(issues: Sequence[Any]) -> str:
    """« rejetées : 1, signalées : 4 »: the rows of each severity the file holds."""
    counts = Counter(issue.severity for issue in issues)
    return ", ".join(QCoreApplication.translate("ImportIssueTableModel", template).format(
        count=count_text(counts[severity]))
        for severity, template in _SEVERITY_COUNTS.items() if counts[severity])
