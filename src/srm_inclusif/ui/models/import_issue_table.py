"""Table model of the rejected, flagged and conflicting rows of one import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.ui.models.record_table import RecordTableModel

COL_SEVERITY, COL_FILE, COL_LINE, COL_FIELD, COL_VALUE, COL_REASON = range(6)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportIssueTableModel", text)


class ImportIssueTableModel(RecordTableModel):
    """Severity, file, line in the file, field, value and reason."""

    def __init__(self, parent: Any = None) -> None:
        severities = {"rejected": _tr("Rejetée"), "flagged": _tr("Signalée"),
                      "conflict": _tr("Conflit")}
        super().__init__([
            (_tr("Gravité"), lambda r: r.severity, lambda s: severities.get(s, s)),
            (_tr("Fichier"), lambda r: r.file_name, str),
            (_tr("Ligne"), lambda r: r.line, lambda n: "" if n is None else str(n)),
            (_tr("Champ"), lambda r: r.field, str),
            (_tr("Valeur"), lambda r: r.value, str),
            (_tr("Motif"), lambda r: r.reason, str),
        ], parent)
