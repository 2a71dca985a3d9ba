"""Table model of the rejected, flagged and conflicting rows of one import."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.siret import WRONG_LENGTH
from srm_inclusif.storage.services.supplier_merge import (
    HAND_EDITED,
    SAME_AS_LINE,
    SAME_AS_LINE_OF_FILE,
)
from srm_inclusif.ui.import_wizard.field_labels import key_label
from srm_inclusif.ui.models.record_table import RecordTableModel
from srm_inclusif.ui.read_back import ReadBack


def severity_label(severity: str) -> str:
    """What happened to a row: rejected, flagged, in conflict, merged with an earlier one."""
    labels = {
        "rejected": QCoreApplication.translate("ImportIssueTableModel", "Rejetée"),
        "flagged": QCoreApplication.translate("ImportIssueTableModel", "Signalée"),
        "conflict": QCoreApplication.translate("ImportIssueTableModel", "Conflit"),
        "merged": QCoreApplication.translate("ImportIssueTableModel", "Fusionnée"),
    }
    return labels.get(severity, severity)


#: Why a row was rejected or flagged, in the UI language (stored in French): reasons with a
#: part filled in are read back to their template, the others looked up as they are.
reason_text = ReadBack("ImportReasons", (WRONG_LENGTH, HAND_EDITED, SAME_AS_LINE,
                                         SAME_AS_LINE_OF_FILE), whole_sentences=True)

COL_SEVERITY, COL_FILE, COL_LINE, COL_FIELD, COL_VALUE, COL_REASON = range(6)


class ImportIssueTableModel(RecordTableModel):
    """Severity, file, line in the file, field, value and reason."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Gravité"),
                    lambda r: r.severity,
                    severity_label,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Fichier"),
                    lambda r: r.file_name,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Ligne"),
                    lambda r: r.line,
                    lambda n: "" if n is None else str(n),
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Champ"),
                    lambda r: r.field,
                    key_label,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Valeur"),
                    lambda r: r.value,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportIssueTableModel", "Motif"),
                    lambda r: r.reason,
                    reason_text,
                ),
            ],
            parent,
        )
