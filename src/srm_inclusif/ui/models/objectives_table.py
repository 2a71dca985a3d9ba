"""Table model of a sheet's objectives with their live actual, achievement and payout."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from srm_inclusif.core.errors import SrmError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.indicators import indicator
from srm_inclusif.core.objective_sheet import figure_text, percent_text
from srm_inclusif.core.payout import objective_payout
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.objectives import ObjectiveView
from srm_inclusif.ui.errors import error_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COL_LABEL, COL_INDICATOR, COL_BASIS, COL_TARGET, COL_WEIGHT, COL_ACTUAL, COL_ACHIEVEMENT, \
    COL_RATE, COL_WEIGHTED = range(9)


@dataclass(frozen=True)
class ProgressRow:
    """An objective with its actual and, when computable, achievement and payout (ratios)."""

    objective: ObjectiveView
    actual: Decimal | None
    achievement: Decimal | None = None
    rate: Decimal | None = None
    weighted: Decimal | None = None
    #: Why an actual gives no payout (thresholds out of order, a target of zero…).
    error: SrmError | None = None


def progress_row(objective: ObjectiveView, actual: Decimal | None) -> ProgressRow:
    """Compute achievement, payout rate and weighted payout with the payout curve."""
    v = objective.values
    if actual is None:
        return ProgressRow(objective, None)
    try:
        ratio, rate, weighted = objective_payout(
            actual, v.target, weight=v.weight, trigger=v.threshold_trigger,
            target_threshold=v.threshold_target, cap=v.threshold_cap, curve=v.curve,
            lower_is_better=v.lower_is_better)
    except SrmError as error:
        # without its traceback: its frames would keep the page's widgets alive until a later
        # garbage collection, which then deletes Qt objects already gone (a crash)
        return ProgressRow(objective, actual, error=error.with_traceback(None))
    return ProgressRow(objective, actual, ratio, rate, weighted)


def figure(value: Decimal | None, unit: str) -> str:
    """A target or actual with its unit, as the signed sheet writes it; « — » when unknown."""
    return "—" if value is None else figure_text(value, unit)


def percent(ratio: Decimal | None) -> str:
    """A ratio in percent, as the signed sheet writes it (``109,74 %``); « — » when unknown."""
    return "—" if ratio is None else percent_text(ratio)


class ObjectivesTableModel(QAbstractTableModel):
    """Read-only rows; edits go through dialogs and undo commands."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Objectif"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Indicateur"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Base"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Cible"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Poids"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Réalisé"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Atteinte"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Taux de paiement"),
        QT_TRANSLATE_NOOP("ObjectivesTableModel", "Paiement pondéré"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgressRow] = []

    def set_rows(self, rows: Sequence[ProgressRow]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ProgressRow:
        """The row shown at a position."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ObjectivesTableModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == SORT_ROLE:
            return self._raw(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_ACHIEVEMENT:
            return self._colour(row.achievement)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= COL_TARGET:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _raw(self, row: ProgressRow, column: int) -> Any:
        v = row.objective.values
        values = (v.label, indicator(v.indicator).label, v.basis, v.target, v.weight,
                  row.actual, row.achievement, row.rate, row.weighted)
        value = values[column]
        return value if value is not None else Decimal(-1)

    def _text(self, row: ProgressRow, column: int) -> str:
        v = row.objective.values
        ind = indicator(v.indicator)
        texts = {
            COL_LABEL: v.label,
            COL_INDICATOR: ind.label,
            COL_BASIS: SpendBasis(v.basis).label if ind.uses_basis else "—",
            COL_TARGET: figure(v.target, v.unit or ""),
            COL_WEIGHT: percent(v.weight / 100),
            COL_ACTUAL: figure(row.actual, v.unit or ""),
            COL_ACHIEVEMENT: percent(row.achievement),
            COL_RATE: percent(row.rate),
            COL_WEIGHTED: percent(row.weighted),
        }
        return texts[column]

    @staticmethod
    def _tooltip(row: ProgressRow, column: int) -> str | None:
        """Why a figure shows « — »: no actual yet, or the payout error, in the UI language."""
        if column == COL_ACTUAL and row.actual is None:
            return QCoreApplication.translate("ObjectivesTableModel", "Réalisé non disponible")
        if column >= COL_ACHIEVEMENT and row.error is not None:
            return error_text(row.error)
        return None

    @staticmethod
    def _colour(achievement: Decimal | None) -> QColor | None:
        if achievement is None:
            return None
        if achievement >= 1:
            return QColor("#007a5a")
        return QColor("#b35900") if achievement >= Decimal("0.6") else QColor("#c0392b")
