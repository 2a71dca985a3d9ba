"""Table model of the rejected, flagged and conflicting rows of one import."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.siret import WRONG_LENGTH
from srm_inclusif.storage.services.supplier_merge import (
    HAND_EDITED,
    SAME_AS_LINE,
    SAME_AS_LINE_OF_FILE,
)
from srm_inclusif.ui.models.record_table import RecordTableModel


def severity_label(severity: str) -> str:
    """What happened to a row: rejected, flagged, in conflict, merged with an earlier one."""
    labels = {
        "rejected": QCoreApplication.translate("ImportIssueTableModel", "Rejetée"),
        "flagged": QCoreApplication.translate("ImportIssueTableModel", "Signalée"),
        "conflict": QCoreApplication.translate("ImportIssueTableModel", "Conflit"),
        "merged": QCoreApplication.translate("ImportIssueTableModel", "Fusionnée"),
    }
    return labels.get(severity, severity)


def reason_text(reason: str) -> str:
    """Why a row was rejected or flagged, in the UI language (stored in French)."""
    for pattern, template in _TEMPLATES:
        if found := pattern.fullmatch(reason):
            return QCoreApplication.translate("ImportReasons", template).format(**found.groupdict())
    return QCoreApplication.translate("ImportReasons", reason)


def _pattern(template: str) -> re.Pattern[str]:
    """A regular expression reading the filled-in parts back out of a reason."""
    parts = re.split(r"\{(\w+)\}", template)
    return re.compile("".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.*?)"
                              for i, p in enumerate(parts)))


#: Reasons with a part filled in, matched back to their template to be translated; the
#: longest first, so that "ligne 3 de « x »" is not read as line "3 de « x »".
_TEMPLATES = [(_pattern(t), t) for t in sorted(
    (WRONG_LENGTH, HAND_EDITED, SAME_AS_LINE, SAME_AS_LINE_OF_FILE), key=len, reverse=True)]

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
                    str,
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
