"""Layout of the Fournisseurs / Clients page: search box, saved searches, facets, list, actions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.fitting_hint import FittingHint
from srm_inclusif.ui.flow_layout import FlowLayout
from srm_inclusif.ui.models.counterparty_table import COL_NAME
from srm_inclusif.ui.pages.counterparty_column_choice import (
    HIDDEN_COLUMNS_KEY,
    ColumnChoice,
)
from srm_inclusif.ui.pages.counterparty_columns import NameDelegate, NameFirstWidths
from srm_inclusif.ui.pages.counterparty_facet_side import TOGGLE_KEYS, FacetSide
from srm_inclusif.ui.pages.counterparty_search_keys import SearchKeys
from srm_inclusif.ui.sizing import on_viewport_resized
from srm_inclusif.ui.sourcing.facet_panel import FacetPanel
from srm_inclusif.ui.table_view import FullTextDelegate, RowTableView
from srm_inclusif.ui.wrapping_bar import WrappingBar

# (the tests read the key of the hidden columns here, where it was first)
__all__ = ["HIDDEN_COLUMNS_KEY", "CounterpartiesView"]

#: Facets and switches describing an inclusive structure: its family and kind, the type of
#: service it offers, its network, a priority area. A seller's counterparties are client
#: companies and public buyers: these are shown to a buyer only. Labels stay (RFAR, B-Corp,
#: ISO 9001... are a client's too), so do places, sectors and the nature (siège, antenne).
STRUCTURE_FACETS = ("families", "kinds", "service_types", "networks")
STRUCTURE_FLAGS = ("qpv", "zrr")


class CounterpartiesView(QWidget):
    """Builds the widgets; the page (controller) connects them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button_actions: dict[str, QAction] = {}  # the buttons' shortcuts, by button name
        self.for_clients = False
        self.title_label = QLabel()
        self.title_label.setObjectName("pageTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("counterpartySearch")
        self.search_edit.setAccessibleName(self.tr("Rechercher"))
        self.search_edit.setClearButtonEnabled(True)
        # (no room left in the hint at 1280 px: the keys are said in the tooltip)
        self.search_edit.setToolTip(
            self.tr("↓ pour parcourir la liste, Entrée pour ouvrir la fiche choisie (ou la "
                    "première), Échap pour effacer la recherche, Ctrl+F pour y revenir"))
        self.search_edit.setAccessibleDescription(self.search_edit.toolTip())
        self.search_hint = FittingHint(self.search_edit)
        self.saved_combo = QComboBox()
        self.saved_combo.setObjectName("savedSearches")
        self.saved_combo.setAccessibleName(self.tr("Recherches enregistrées"))
        self.saved_combo.setMinimumContentsLength(14)  # the search box keeps its hint whole
        self.save_search_button = self._button(self.tr("Enregistrer la recherche…"), "saveSearch")
        self.delete_search_button = self._button(self.tr("Supprimer"), "deleteSearch")
        self.delete_search_button.setToolTip(self.tr("Supprimer la recherche enregistrée choisie"))
        self.delete_search_button.setAccessibleName(self.delete_search_button.toolTip())
        self.count_label = QLabel()
        self.count_label.setObjectName("resultCount")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.facets = FacetPanel()
        self.facets_button = self._button(self.tr("Masquer les filtres"), "toggleFacets",
                                          TOGGLE_KEYS)
        self.table = self._build_table()
        # over the empty list: why nothing is listed (inside the viewport, under the titles)
        self.empty_label = empty_state_label("", "emptyList")
        self.empty_label.setParent(self.table.viewport())
        self.empty_label.hide()
        self.widths = NameFirstWidths(self.table)
        on_viewport_resized(self.table, self._on_list_resized)
        self.columns_menu = QMenu(self.tr("Colonnes affichées"), self)
        self.columns_menu.setObjectName("columnsMenu")
        self.column_choice = ColumnChoice(self.table, self.columns_menu, self.set_column_widths)
        self._build_actions()
        self._build_layout()
        SearchKeys(self)

    def enter_list(self) -> bool:
        """Put the focus in the list, on its chosen rows, or on its first row, chosen.

        Returns whether it did: an empty list keeps the focus where it is.
        """
        table = self.table
        if table.model().rowCount() == 0:
            return False
        if not table.selectionModel().hasSelection():
            table.selectRow(0)
        table.scrollTo(table.currentIndex())
        table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def leave_list(self) -> bool:
        """Give the focus back to the search box from the list's first row; whether it did."""
        if self.table.currentIndex().row() > 0:
            return False
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def clear_search(self) -> bool:
        """Empty the search box (Ctrl+Z brings the text back); whether there was text."""
        if not self.search_edit.text():
            return False
        self.search_edit.clear()
        return True

    def show_empty(self, text: str) -> None:
        """A sentence in the list's room when it lists nothing; none (``""``) otherwise."""
        self.empty_label.setText(text)
        self.empty_label.setVisible(bool(text))
        self._place_empty_label()

    def _on_list_resized(self) -> None:
        self._place_empty_label()  # as wide as the list
        width = self.table.viewport().width()
        if width != getattr(self, "_fitted_width", None):
            self._fitted_width = width
            self.widths.fit()

    def _place_empty_label(self) -> None:
        margin = self.fontMetrics().height()
        width = max(self.table.viewport().width() - 2 * margin, 100)
        self.empty_label.setGeometry(margin, margin, width,
                                     self.empty_label.heightForWidth(width))

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
            self.button_actions[name] = action
            button.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
        return button

    def _build_table(self) -> QTableView:
        table = RowTableView()
        table.setObjectName("counterpartyTable")
        table.setAccessibleName(self.tr("Liste"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSortingEnabled(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setItemDelegate(FullTextDelegate(table))  # an elided cell's text as its tooltip
        table.setItemDelegateForColumn(COL_NAME, NameDelegate(table))
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        table.horizontalHeader().setSortIndicatorShown(True)
        table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        return table

    def set_column_widths(self) -> None:
        """Widths from the font, the name first (called once the model is set)."""
        self.widths.measure()

    def offer_column_choice(self) -> None:
        """Let the user choose the list's columns (called once the model is set)."""
        self.column_choice.offer()

    def column_actions(self) -> tuple[QAction, ...]:
        """The checkable actions showing each column, the name's first (always shown)."""
        return self.column_choice.actions()

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
        self.favourite_button.setCheckable(True)  # pressed while the chosen record is one
        self.merge_button = self._button(self.tr("Fusionner…"), "mergeCounterparties", "Ctrl+M")
        self.need_button = self._button(self.tr("Besoin et présélection…"), "newNeed", "Ctrl+B")
        self.add_to_list_button = self._button(self.tr("Ajouter à une liste…"), "addToList",
                                               "Ctrl+L")
        self.lists_button = self._button(self.tr("Listes…"), "showShortlists")
        self.gdpr_button = self._button(self.tr("Contacts à anonymiser…"), "gdprContacts")
        self.impact_button = self._button(self.tr("Bilan d'impact…"), "impactReport")
        self.impact_button.setToolTip(self.tr("Les bilans d'impact remis au client choisi"))
        self.impact_button.hide()  # a seller's (``show_clients``)

    def selection_buttons(self) -> tuple[QPushButton, ...]:
        """The buttons that act on the chosen rows (Fusionner says itself what it needs)."""
        return (self.open_button, self.favourite_button, self.add_to_list_button,
                self.impact_button)

    def show_clients(self, clients: bool) -> None:
        """Fit the page to a seller's clients (``True``) or a buyer's suppliers.

        Clients are companies and public buyers, not inclusive structures: the facets
        describing a structure go, and so does « Besoin et présélection » (a buyer's need and
        the structures able to answer it); the client's impact report comes in its place.
        """
        self.for_clients = clients
        self.facets.set_aside((*STRUCTURE_FACETS, *STRUCTURE_FLAGS) if clients else ())
        self.need_button.setVisible(not clients)
        self.button_actions["newNeed"].setVisible(not clients)  # Ctrl+B with it
        self.column_choice.show_structure_columns(not clients)
        self.impact_button.setVisible(clients)
        # Short enough to read whole at 1280 px in any desktop font (it was cut at « (C… »);
        # Ctrl+F is said in the tooltip.
        # (at 1024 px, a shorter hint rather than a cut one)
        self.search_hint.set_hints(
            self.tr("Rechercher : nom, enseigne, ville, secteur, contact…") if clients
            else self.tr("Rechercher : nom, enseigne, ville, secteur, offre, contact…"),
            self.tr("Rechercher : nom, ville, secteur, contact…"),
            self.tr("Nom, ville, secteur, contact…"), self.tr("Rechercher…"))

    def _search_wanted(self) -> int:
        """The search box's width beside the saved searches: its shorter hint whole."""
        edit = self.search_edit
        medium = self.tr("Rechercher : nom, ville, secteur, contact…")
        return edit.fontMetrics().horizontalAdvance(medium) + edit.width() - self.search_hint.room()

    def facet_values(self) -> dict[str, Any]:
        """The checked facets, those hidden left out: a saved search never filters unseen."""
        values = self.facets.values()
        if self.for_clients:
            values.update({name: frozenset() for name in STRUCTURE_FACETS})
            values.update({name: False for name in STRUCTURE_FLAGS})
        return values

    def _build_layout(self) -> None:
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label)
        title_row.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        title_row.addWidget(self.facets_button, 0, Qt.AlignmentFlag.AlignBottom)
        title_row.addStretch(1)
        title_row.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBottom)
        search = QHBoxLayout()
        search.addWidget(self.search_edit, 1)
        saved_label = QHBoxLayout()  # the label stays with its list
        saved_label.addWidget(QLabel(self.tr("Recherches :")))
        saved_label.addWidget(self.saved_combo)
        saved = FlowLayout()
        saved.addLayout(saved_label)
        for button in (self.save_search_button, self.delete_search_button):
            saved.addWidget(button)
        # In a narrow window (1024 px, or zoomed) the saved searches go under the search box
        # rather than past the window's edge, where « Supprimer » was cut.
        self.search_bar = WrappingBar(search, saved, filters_wanted=self._search_wanted)
        actions = FlowLayout()  # on a narrow screen, the last buttons go on a second line
        for button in (self.new_button, self.open_button, self.favourite_button,
                       self.merge_button, self.need_button, self.impact_button,
                       self.add_to_list_button, self.lists_button, self.gdpr_button):
            actions.addWidget(button)
        splitter = QSplitter()
        splitter.setObjectName("counterpartySplitter")
        splitter.addWidget(self.facets)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(1, False)
        self.splitter = splitter
        self.facet_side = FacetSide(splitter, self.facets, self.facets_button,
                                    self.button_actions["toggleFacets"])
        self.facet_side.restore()
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.search_bar)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

