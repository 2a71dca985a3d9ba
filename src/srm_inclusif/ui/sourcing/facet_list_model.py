"""A checkable list of facet values kept in Python (no per-item Qt objects to create)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal

Index = QModelIndex | QPersistentModelIndex
CODE_ROLE = Qt.ItemDataRole.UserRole


class FacetListModel(QAbstractListModel):
    """(code, label) rows, each checkable; ``checks_changed`` after a user click."""

    checks_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: list[tuple[str, str]] = []
        self._checked: set[str] = set()

    def set_items(self, items: list[tuple[str, str]]) -> None:
        """Replace the values; checks of values still offered are kept."""
        self.beginResetModel()
        self._items = list(items)
        self._checked &= {code for code, _ in self._items}
        self.endResetModel()

    def checked(self) -> frozenset[str]:
        """The checked codes."""
        return frozenset(self._checked)

    def set_checked(self, codes: frozenset[str] | set[str]) -> None:
        """Check exactly these codes (no ``checks_changed``)."""
        self._checked = set(codes) & {code for code, _ in self._items}
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._items)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        code, label = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return label
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if code in self._checked else Qt.CheckState.Unchecked
        if role == CODE_ROLE:
            return code
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        code = self._items[index.row()][0]
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(value)
        if state == Qt.CheckState.Checked:
            self._checked.add(code)
        else:
            self._checked.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.checks_changed.emit()
        return True
