"""Layout of the Fournisseurs / Clients page: search box, saved searches, facets, list, actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.models.counterparty_table import (
    COL_CITY,
    COL_DEPARTMENT,
    COL_FAVOURITE,
    COL_KIND,
    COL_LABELS,
    COL_NAME,
    COL_SECTORS,
    COL_STAGE,
)
from srm_inclusif.ui.sourcing.facet_panel import FacetPanel


class CounterpartiesView(QWidget):
    """Builds the widgets; the page (controller) connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("counterpartySearch")
        self.search_edit.setAccessibleName(self.tr("Rechercher"))
        self.search_edit.setPlaceholderText(
            self.tr("Rechercher : nom, enseigne, ville, secteur, offre, contact… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedSearches")
        self.saved_combo.setAccessibleName(self.tr("Recherches enregistrées"))
        self.saved_combo.setMinimumContentsLength(18)
        self.save_search_button = self._button(self.tr("Enregistrer la recherche…"), "saveSearch")
        self.delete_search_button = self._button(self.tr("Supprimer"), "deleteSearch")
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.facets = FacetPanel()
        self.table = self._build_table()
        self._build_actions()
        self._build_layout()

    def _button(self, text: str, name: str, shortcut: str | None = None) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        if shortcut:
            # A page-wide action rather than a button shortcut: it works wherever the focus is
            # inside the page and never clashes with the other pages' shortcuts.
            action = QAction(text, self)
            action.setObjectName(f"{name}Action")
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(button.click)
            self.addAction(action)
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        return button

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("counterpartyTable")
        table.setAccessibleName(self.tr("Liste"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        return table

    def set_column_widths(self) -> None:
        """Widths that fit the usual content (called once the model is set)."""
        header = self.table.horizontalHeader()
        widths = {COL_NAME: 250, COL_KIND: 60, COL_CITY: 120, COL_DEPARTMENT: 45,
                  COL_SECTORS: 180, COL_LABELS: 105, COL_FAVOURITE: 50, COL_STAGE: 115}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)

    def reserve_count_width(self, widest: str) -> None:
        """Give the result count a fixed size fitting ``widest``.

        A count that changed width on every keystroke moved the label, which made Qt repaint
        the whole strip between it and the facet panel (facet lists included).
        """
        label = self.count_label
        width = label.fontMetrics().horizontalAdvance(widest) + 2 * label.margin() + 8
        label.setFixedSize(width, label.sizeHint().height())

    def _build_actions(self) -> None:
        self.new_button = self._button(self.tr("Nouvelle fiche"), "newCounterparty", "Ctrl+Shift+N")
        self.open_button = self._button(self.tr("Ouvrir la fiche"), "openCounterparty")
        self.open_button.setToolTip(self.tr("Ouvrir la fiche (Entrée ou double-clic)"))
        self.favourite_button = self._button(self.tr("Favori ★"), "toggleFavourite", "Ctrl+D")
        self.merge_button = self._button(self.tr("Fusionner…"), "mergeCounterparties", "Ctrl+M")
        self.need_button = self._button(self.tr("Besoin et présélection…"), "newNeed", "Ctrl+B")
        self.add_to_list_button = self._button(self.tr("Ajouter à une liste…"), "addToList",
                                               "Ctrl+L")
        self.lists_button = self._button(self.tr("Listes…"), "showShortlists")
        self.gdpr_button = self._button(self.tr("Contacts à anonymiser…"), "gdprContacts")

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(QLabel(self.tr("Recherches :")))
        top.addWidget(self.saved_combo)
        top.addWidget(self.save_search_button)
        top.addWidget(self.delete_search_button)
        actions = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.favourite_button,
                       self.merge_button, self.need_button, self.add_to_list_button,
                       self.lists_button, self.gdpr_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)
        splitter = QSplitter()
        splitter.addWidget(self.facets)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([300, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)
