"""A read-only table model over a list of plain rows, with a sort role returning raw values."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
#: How numbers sit in their cells: on the right, so that units line up under units.
NUMBER_ALIGNMENT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordTableModel(QAbstractTableModel):
    """Columns are (header, getter, formatter); rows are any objects.

    ``numbers`` are the columns holding numbers: their cells are aligned on the right.
    """

    def __init__(self, columns: Sequence[tuple[str, Callable[[Any], Any], Callable[[Any], str]]],
                 parent: Any = None, *, numbers: Iterable[int] = ()) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._numbers = frozenset(numbers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def texts(self, rows: Iterable[Any]) -> tuple[list[str], list[list[str]]]:
        """The column titles and the cells of ``rows`` as this model shows them (to export)."""
        return ([header for header, _getter, _formatter in self._columns],
                [[formatter(getter(row)) for _header, getter, formatter in self._columns]
                 for row in rows])

    def row_at(self, row: int) -> Any:
        """The object shown on a row."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        _header, getter, formatter = self._columns[index.column()]
        value = getter(self._rows[index.row()])
        if role == Qt.ItemDataRole.DisplayRole:
            return formatter(value)
        if role == SORT_ROLE:
            return value if value is not None else ""
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self._numbers:
            return NUMBER_ALIGNMENT
        return None
