"""Sector picker: the national reference list by group, checkable, with a filter box."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.kinds import fold
from srm_inclusif.ui.mnemonics import give_letters


class SectorPicker(QWidget):
    """Groups and their sectors; ``selected()`` gives the checked sector slugs."""

    selection_changed = Signal()

    def __init__(self, sectors: list[tuple[str, str, str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("sectorFilter")
        self.filter_edit.setPlaceholderText(self.tr("Nom d'un secteur ou d'un groupe…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_label = QLabel(self.tr("Filtrer"))
        self.filter_label.setBuddy(self.filter_edit)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sectorTree")
        self.tree.setHeaderHidden(True)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._fill(sectors)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter_edit, 1)
        layout.addLayout(filter_row)
        layout.addWidget(self.tree)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.tree.itemChanged.connect(lambda *_: self.selection_changed.emit())

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """An Alt letter to the filter, none of ``taken`` (a card's tabs)."""
        give_letters([self.filter_label], taken)

    def _fill(self, sectors: list[tuple[str, str, str, str]]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for slug, name, group_slug, group_name in sectors:
            parent = groups.get(group_slug)
            if parent is None:
                parent = QTreeWidgetItem(self.tree, [group_name])
                parent.setFlags(parent.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
                groups[group_slug] = parent
            item = QTreeWidgetItem(parent, [name])
            item.setData(0, Qt.ItemDataRole.UserRole, slug)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self._items[slug] = item

    def selected(self) -> list[str]:
        """Slugs of the checked sectors, sorted."""
        return sorted(slug for slug, item in self._items.items()
                      if item.checkState(0) == Qt.CheckState.Checked)

    def set_selected(self, slugs: list[str] | set[str]) -> None:
        """Check exactly these sectors and unfold their groups."""
        wanted = set(slugs)
        for slug, item in self._items.items():
            checked = slug in wanted
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if checked:
                item.parent().setExpanded(True)

    def _on_filter(self, text: str) -> None:
        needle = fold(text)
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            group_hit = needle in fold(group.text(0))
            visible = 0
            for j in range(group.childCount()):
                child = group.child(j)
                hit = group_hit or needle in fold(child.text(0))
                child.setHidden(not hit)
                visible += hit
            group.setHidden(visible == 0)
            group.setExpanded(bool(needle) and visible > 0)
