"""Table model of past imports: date, target, format, files and their counts."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.storage.services.imports import ImportBatchRow
from srm_inclusif.ui.models.record_table import RecordTableModel

(
    COL_DATE,
    COL_TARGET,
    COL_FORMAT,
    COL_FILES,
    COL_ROWS,
    COL_INSERTED,
    COL_UPDATED,
    COL_UNCHANGED,
    COL_REJECTED,
    COL_FLAGGED,
    COL_CONFLICTS,
) = range(11)


def _count(key: str) -> Any:
    return lambda row: int(row.counts.get(key, 0) or 0)


def _local_time(moment: datetime) -> str:
    """Stored times are UTC; show them in the user's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class ImportBatchTableModel(RecordTableModel):
    """One row per import, newest first."""

    def __init__(self, parent: Any = None) -> None:
        targets = {
            "suppliers": QCoreApplication.translate("ImportBatchTableModel", "Fournisseurs"),
            "spend": QCoreApplication.translate("ImportBatchTableModel", "Dépenses"),
        }
        super().__init__(
            [
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Date"),
                    lambda r: r.started_at,
                    _local_time,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Contenu"),
                    lambda r: r.target,
                    lambda t: targets.get(t, t),
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Format"),
                    lambda r: r.format,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Fichiers"),
                    lambda r: r.file_names,
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Lignes"),
                    _count("rows"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Ajoutées"),
                    _count("inserted"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Mises à jour"),
                    _count("updated"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Inchangées"),
                    _count("unchanged"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Rejetées"),
                    _count("rejected"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Signalées"),
                    _count("flagged"),
                    str,
                ),
                (
                    QCoreApplication.translate("ImportBatchTableModel", "Conflits"),
                    _count("conflicts"),
                    str,
                ),
            ],
            parent,
        )

    def batch_at(self, row: int) -> ImportBatchRow:
        """The import shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
