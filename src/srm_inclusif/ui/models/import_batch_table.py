"""Table model of past imports: date, target, format, files and their counts.

Each count has a column of its own, and ``COL_RESULT`` says them all in one, the zero ones left
out (« Ajoutées : 3, Rejetées : 1 »): the page shows it instead of the count columns when the
window is too narrow for them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.numbers import moment_text
from srm_inclusif.exchange.formats import DEMO_FORMAT, format_short_label
from srm_inclusif.storage.services.imports import DEMO_FILE_NAMES, ImportBatchRow
from srm_inclusif.ui.i18n import count_text
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
    COL_MERGED,
    COL_REJECTED,
    COL_FLAGGED,
    COL_CONFLICTS,
    COL_RESULT,
) = range(13)
#: The columns of each count, which ``COL_RESULT`` folds into one.
COUNT_COLUMNS = range(COL_INSERTED, COL_CONFLICTS + 1)


def _count(key: str) -> Any:
    return lambda row: int(row.counts.get(key, 0) or 0)


def file_names_text(row: ImportBatchRow) -> str:
    """The files an import read; the demo data's, which came from no file, in the UI language."""
    if row.format == DEMO_FORMAT:
        return QCoreApplication.translate("ImportHistory", DEMO_FILE_NAMES)
    return row.file_names


def imported_file_names(row: ImportBatchRow) -> list[str]:
    """Each file an import read, whole (a name may hold a comma); the demo's in the UI language.

    An import of several files keeps them in its counts; of one, ``file_names`` is its name.
    """
    return [str(read["name"]) for read in row.counts.get("files") or []] or [file_names_text(row)]


def import_moment(row: ImportBatchRow) -> datetime:
    """When an import ran, in the user's time zone (stored times are UTC)."""
    return _local(row.started_at)


def import_day(row: ImportBatchRow) -> date:
    """The day an import ran, in the user's time zone."""
    return import_moment(row).date()


def _formats_text(formats: list[str]) -> str:
    """The short name of each format its files have (several: one file in another layout)."""
    return ", ".join(format_short_label(key) for key in formats)


def _local(moment: datetime) -> datetime:
    """A stored (UTC) time in the user's time zone."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def _local_time(moment: datetime) -> str:
    """Stored times are UTC; show them in the user's time zone."""
    return moment_text(_local(moment))


#: Count columns: key of ``ImportBatch.counts`` and header (marked for lupdate).
_COUNT_COLUMNS = (
    ("rows", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Lignes")),
    ("inserted", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Ajoutées")),
    ("updated", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Mises à jour")),
    ("unchanged", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Inchangées")),
    # the duplicates inside the files, merged into one record (the summary's « doublons
    # fusionnés »)
    ("merged_duplicates", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Fusionnées")),
    ("rejected", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Rejetées")),
    ("flagged", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Signalées")),
    ("conflicts", QT_TRANSLATE_NOOP("ImportBatchTableModel", "Conflits")),
)


#: One count of ``COL_RESULT``: the title of its column and the count.
_FOLDED_COUNT = QT_TRANSLATE_NOOP("ImportBatchTableModel", "{title} : {count}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportBatchTableModel", text)


def result_text(row: ImportBatchRow) -> str:
    """The import's counts but its lines read, the zero ones left out (« Ajoutées : 3, … »)."""
    shown = [(header, count) for key, header in _COUNT_COLUMNS[1:]
             if (count := _count(key)(row))]
    return ", ".join(_tr(_FOLDED_COUNT).format(title=_tr(header), count=count_text(count))
                     for header, count in shown)


def _target_labels(buyer: bool) -> dict[str, str]:
    """What each import target brought in, in the words of the profile.

    A structure inclusive imports its clients (the File menu says « Importer des clients… »).
    """
    counterparties = (QCoreApplication.translate("ImportBatchTableModel", "Fournisseurs")
                      if buyer else QCoreApplication.translate("ImportBatchTableModel", "Clients"))
    return {
        "suppliers": counterparties,
        "spend": QCoreApplication.translate("ImportBatchTableModel", "Dépenses"),
    }


class ImportBatchTableModel(RecordTableModel):
    """One row per import, newest first; ``buyer``: the workspace's profile is a buyer's."""

    def __init__(self, parent: Any = None, *, buyer: bool = True) -> None:
        targets = _target_labels(buyer)
        columns = [
            (QCoreApplication.translate("ImportBatchTableModel", "Date"),
             lambda r: r.started_at, _local_time),
            (QCoreApplication.translate("ImportBatchTableModel", "Contenu"),
             lambda r: r.target, lambda t: targets.get(t, t)),
            (QCoreApplication.translate("ImportBatchTableModel", "Format"),
             lambda r: r.formats, _formats_text),
            (QCoreApplication.translate("ImportBatchTableModel", "Fichiers"),
             file_names_text, str),
        ]
        columns += [(_tr(header), _count(key), count_text) for key, header in _COUNT_COLUMNS]
        columns.append((QCoreApplication.translate("ImportBatchTableModel", "Résultat"),
                        result_text, str))
        super().__init__(columns, parent, numbers=range(COL_ROWS, COL_CONFLICTS + 1))

    def batch_at(self, row: int) -> ImportBatchRow:
        """The import shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
