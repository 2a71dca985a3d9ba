"""The card's offers and client references: two small tables of a name and a description."""

from __future__ import annotations

import html
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.named_entries import ENTRY_NAME_MAX
from srm_inclusif.storage.services.counterparty_edit import checked_entries
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.mnemonics import give_letters, list_title

#: Lines of a description shown in its row (the whole text is in the cell's tooltip).
SHOWN_LINES = 3
#: Lines of the editor that opens on a description.
EDITOR_LINES = 5

Index = QModelIndex | QPersistentModelIndex


class DescriptionDelegate(QStyledItemDelegate):
    """Edits a description on several lines, in a box taller than its row if need be."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        """A plain text box (Return makes a new line; Tab or a click elsewhere keeps the text)."""
        editor = QPlainTextEdit(parent)
        editor.setObjectName("descriptionEditor")
        editor.setTabChangesFocus(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        """Show the cell's text."""
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,  # noqa: N802
                     index: Index) -> None:
        """Keep the typed text (one too long is refused with the card's save, saying so)."""
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                             index: Index) -> None:
        """At least a few lines high, even on a one-line row."""
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * EDITOR_LINES + 12
        rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)


class NameDelegate(QStyledItemDelegate):
    """Edits a name on one line, no longer than the storage accepts."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        """A line edit limited to the longest name."""
        editor = super().createEditor(parent, option, index)
        if hasattr(editor, "setMaxLength"):
            editor.setMaxLength(ENTRY_NAME_MAX)
        return editor


class EntryList(QWidget):
    """One list of entries (name, description): add, edit in place, remove."""

    def __init__(self, name: str, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.texts = texts
        self.title = list_title(texts["title"])  # its Alt letter leads to the table
        self.empty_label = empty_state_label(texts["empty"], f"{name}Empty")
        self.empty_label.setContentsMargins(4, 4, 4, 4)
        self.table = self._make_table(name)
        self.title.setBuddy(self.table)
        self.add_button = QPushButton(texts["add"])
        self.add_button.setObjectName(f"{name}Add")
        self.remove_button = QPushButton(texts["remove"])
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.setToolTip(self.tr("Retire la ligne choisie (touche Suppr)"))
        self._lay_out()
        self._connect_signals()
        self._show_state()

    def _make_table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 2)
        table.setObjectName(f"{name}Table")
        table.setAccessibleName(self.texts["title"])
        table.setHorizontalHeaderLabels([self.texts["name"], self.texts["description"]])
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 220)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.AnyKeyPressed)
        table.setItemDelegateForColumn(0, NameDelegate(table))
        table.setItemDelegateForColumn(1, DescriptionDelegate(table))
        return table

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_label, 1)  # in the table's place, its text at the top
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self.remove_current)
        self.table.itemChanged.connect(self._on_item_changed)
        self.table.itemSelectionChanged.connect(self._show_state)
        # Wrapped descriptions take more or fewer lines when the columns change width.
        self.table.horizontalHeader().sectionResized.connect(self._on_columns_resized)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table,
                           context=Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_current)

    def set_entries(self, entries: list[dict[str, str]]) -> None:
        """Show these entries."""
        self.table.setRowCount(0)
        for entry in entries:
            self.add_entry(entry)
        self._show_state()

    def add_entry(self, entry: dict[str, str]) -> int:
        """Append a row; return its number."""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, key in enumerate(("name", "description")):
            self.table.setItem(row, column, QTableWidgetItem(entry.get(key) or ""))
        self.table.blockSignals(False)
        self._fit_row(row)
        self._show_state()
        return row

    def entries(self) -> list[dict[str, str]]:
        """The entries typed, trimmed; rows left wholly empty are ignored."""
        entries = []
        for row in range(self.table.rowCount()):
            entry = {"name": self._text(row, 0), "description": self._text(row, 1)}
            if entry["name"] or entry["description"]:
                entries.append(entry)
        return entries

    def remove_current(self) -> None:
        """Remove the chosen row (nothing is written before Enregistrer)."""
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        if self.table.rowCount():
            self.table.selectRow(min(row, self.table.rowCount() - 1))
        self._show_state()

    def _on_add(self) -> None:
        row = self.add_entry({})
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        self._fit_row(item.row())

    def _on_columns_resized(self, *_args: Any) -> None:
        for row in range(self.table.rowCount()):
            self._fit_row(row)

    def _fit_row(self, row: int) -> None:
        """A row as high as its description, up to a few lines; the whole text in the tooltip."""
        self.table.blockSignals(True)
        for column in (0, 1):
            item = self.table.item(row, column)
            if item is not None:
                text = item.text().strip()
                item.setToolTip(f"<p>{html.escape(text)}</p>".replace("\n", "<br>")
                                if text else "")
        self.table.blockSignals(False)
        self.table.resizeRowToContents(row)
        most = self.table.fontMetrics().lineSpacing() * SHOWN_LINES + 8
        if self.table.rowHeight(row) > most:
            self.table.setRowHeight(row, most)

    def _show_state(self) -> None:
        empty = self.table.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.table.setVisible(not empty)
        self.remove_button.setEnabled(self.table.currentRow() >= 0)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item else ""


class OffersPanel(QWidget):
    """The « Offres et références » tab: what the structure offers, whom it has worked for."""

    def __init__(self, parent: QWidget | None = None, *, read_only: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("offersPanel")
        self.offers = EntryList("offers", {
            "title": self.tr("Offres"),
            "name": self.tr("Offre"),
            "description": self.tr("Description"),
            "add": self.tr("Ajouter une offre"),
            "remove": self.tr("Retirer l'offre"),
            # read-only, nothing can be added nor imported: only what is not there
            "empty": self.tr("Aucune offre enregistrée.") if read_only else self.tr(
                "Aucune offre enregistrée. Ajoutez ce que la structure propose, ou importez "
                "l'annuaire du Marché de l'inclusion qui les donne."),
        })
        self.references = EntryList("clientReferences", {
            "title": self.tr("Références clients"),
            "name": self.tr("Client"),
            "description": self.tr("Ce qui a été réalisé"),
            "add": self.tr("Ajouter une référence"),
            "remove": self.tr("Retirer la référence"),
            "empty": self.tr("Aucune référence client enregistrée.") if read_only else self.tr(
                "Aucune référence client enregistrée. Notez les clients pour qui la structure a "
                "déjà travaillé et ce qu'elle a réalisé : c'est ce qu'on regarde avant un "
                "premier marché test."),
        })
        layout = QVBoxLayout(self)
        layout.addWidget(self.offers, 1)
        layout.addSpacing(layout.spacing() * 2)
        layout.addWidget(self.references, 1)

    def give_letters(self, taken: Iterable[str] = ()) -> None:
        """Alt letters for the two lists and their buttons, none of ``taken``."""
        give_letters([widget for entries in (self.offers, self.references)
                             for widget in (entries.title, entries.add_button,
                                            entries.remove_button)], taken)

    def set_values(self, values: dict[str, Any]) -> None:
        """Show a card's offers and client references."""
        self.offers.set_entries(values.get("offers") or [])
        self.references.set_entries(values.get("client_references") or [])

    def values(self) -> dict[str, list[dict[str, str]]]:
        """The two lists as typed, for the card's save (raises ValidationError on a bad entry).

        Checked here too, so that the card can say what is wrong before anything is written.
        """
        return {"offers": checked_entries("offers", self.offers.entries()),
                "client_references": checked_entries("client_references",
                                                     self.references.entries())}
