"""Help › Keyboard shortcuts: those of the page on screen, then every shortcut of the menus.

The list is read from the window's own actions and buttons, so it can never disagree with
what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.sizing import resize_to_fit

#: The property of an action whose text changes (Annuler : …): its name in the list.
HELP_NAME = "helpName"
#: One group of the list: its title and its (what, keys) rows.
Group = tuple[str, list[tuple[str, str]]]


def plain(text: str) -> str:
    """A menu or button text as a sentence: no mnemonic ``&``, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(keys: list[QKeySequence]) -> str:
    """Key sequences as the platform writes them (« Ctrl+Maj+I »), alternatives joined.

    A dedicated key some keyboards have (Redo, Copy: Qt names them « Rétablir », « Copier »)
    is left out: listed beside the combinations, it read as a stray word.
    """
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys
                      if not (k.count() and k[0].key().value >= Qt.Key.Key_Back.value))


def with_keys(text: str, button: QAbstractButton) -> str:
    """A tooltip naming the button's shortcut: « Enregistrer comme profil (Ctrl+S) »."""
    return f"{text} ({keys_text([button.shortcut()])})"


def menu_groups(menu_bar: QMenuBar) -> list[Group]:
    """Each menu with the shortcuts of its entries, in menu order."""
    groups: list[Group] = []
    for menu_action in menu_bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = [(a.property(HELP_NAME) or plain(a.text()), keys_text(a.shortcuts()))
                for a in menu.actions()
                if a.shortcuts() and a.isVisible() and not a.isSeparator()]
        if rows:
            groups.append((plain(menu.title()), rows))
    return groups


def page_rows(page: QWidget) -> list[tuple[str, str]]:
    """The shortcuts a page offers through its visible actions and buttons, each once."""
    rows: list[tuple[str, str]] = []
    for action in page.findChildren(QAction):
        if action.shortcuts() and action.text() and action.isVisible():
            rows.append((plain(action.text()), keys_text(action.shortcuts())))
    for button in page.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty() and button.text() and button.isVisibleTo(page):
            rows.append((plain(button.text()), keys_text([button.shortcut()])))
    unique = dict.fromkeys(rows)
    return list(unique)


class ShortcutsDialog(QDialog):
    """The shortcuts as a two-column list, one titled group after another."""

    def __init__(self, parent: QWidget | None, groups: list[Group]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raccourcis clavier"))
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Touches")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        for title, rows in groups:
            self._add_title(title)
            for what, keys in rows:
                self._add_row(what, keys)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_to_fit(self, 560, 620)

    def _add_title(self, title: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.table.setItem(row, 0, item)
        self.table.setSpan(row, 0, 1, 2)

    def _add_row(self, what: str, keys: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem("    " + what))
        key_item = QTableWidgetItem(keys)
        key_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, key_item)

    def shown_rows(self) -> list[tuple[str, str]]:
        """(what, keys) of every row, titles with empty keys (what a user reads)."""
        rows = []
        for row in range(self.table.rowCount()):
            keys = self.table.item(row, 1)
            rows.append((self.table.item(row, 0).text().strip(),
                         keys.text() if keys is not None else ""))
        return rows
