"""Fournisseurs / Clients page (controller): search as you type, facets, saved searches, actions."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparties import reference_facet_options
from srm_inclusif.storage.services.counterparty_edit import set_favourite
from srm_inclusif.ui import page_focus, read_only_banner
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.counterparty_table import CounterpartyTableModel
from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView
from srm_inclusif.ui.pages.counterparty_empty_text import empty_list_text
from srm_inclusif.ui.pages.counterparty_row_actions import RowActions
from srm_inclusif.ui.pages.counterparty_saved_searches import SavedSearches
from srm_inclusif.ui.pages.counterparty_search_keys import INTO_LIST_KEYS
from srm_inclusif.ui.said_when_off import SaidWhenOff
from srm_inclusif.ui.sourcing.used_values import UsedValuesScan

#: What the list shows; a change to any of these reloads it.
SHOWN_AREAS = ("counterparties", "contacts", "relationships", "contracts", "settings")
#: Milliseconds of pause in typing before the list answers the search box.
SEARCH_DELAY_MS = 150


class CounterpartiesPage(QWidget):
    """The register of counterparties: find, open, create, merge, shortlist."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("counterpartiesPage")
        self.view = CounterpartiesView(self)
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self.layout().addWidget(self.view)
        self.model = CounterpartyTableModel(ctx.engine, ctx.today, self)
        self.view.table.setModel(self.model)
        # the column titles do not follow the selection: to draw a title as selected or not, Qt
        # asks every row of its column (4 s after Ctrl+A on 100 000 records)
        self.view.table.horizontalHeader().setSelectionModel(QItemSelectionModel(self.model, self))
        self.view.offer_column_choice()
        self.view.set_column_widths()
        self.view.reserve_count_width(self.tr("%Ln résultat(s)", "", 1_000_000))
        self._kept_ids: list[int] = []
        # a query per keystroke (60 to 140 ms on 100 000 counterparties) made the box lag
        # behind the typing: the list answers a pause instead
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._on_filter_changed)
        self.view.facets.set_options(reference_facet_options(ctx.engine))
        self.view.facets.fit_lists()
        self._scan = UsedValuesScan(ctx.engine, self)
        self._scan.scanned.connect(self._on_used_values_scanned)
        self._add_row_actions()
        self.saved_searches = SavedSearches(self)
        self._connect_signals()
        self.saved_searches.load()
        self._follow_profile()
        self.model.reload()
        self._update_count()
        self._on_selection_changed()
        self._scan_used_values()

    def _scan_used_values(self) -> None:
        """Fill the label and network facets from a scan done in short steps."""
        self._scan.start()

    def _on_used_values_scanned(self, found: tuple[list[str], list[str]]) -> None:
        self.view.facets.set_used_values(*found)
        self.view.facets.fit_lists()

    def _add_row_actions(self) -> None:
        """The list's right-click menu and the keys acting on the chosen record."""
        self.row_actions = RowActions(self, self.view, self._on_enter_spend,
                                      read_only=self.ctx.workspace.read_only)
        self.spend_action = self.row_actions.spend
        self.impact_action = self.row_actions.impact
        self._need_said: SaidWhenOff | None = None
        if self.ctx.workspace.read_only:  # Ctrl+B opened a need that could not be saved
            need = self.view.button_actions["newNeed"]
            need.setEnabled(False)
            self._need_said = SaidWhenOff(need, read_only_banner.creation_refused_briefly)
            self.addAction(self._need_said)

    def _connect_signals(self) -> None:
        view = self.view
        view.search_edit.textChanged.connect(self._on_search_typed)
        view.search_edit.installEventFilter(self)  # before the view's: see eventFilter
        view.search_edit.returnPressed.connect(self._on_search_entered)
        view.facets.facets_changed.connect(self._on_filter_changed)
        view.facets_button.clicked.connect(self._update_count)  # F9: the empty list's advice
        view.table.activated.connect(self._on_row_activated)
        view.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.modelReset.connect(self._update_count)  # also when it reads itself again
        view.open_button.clicked.connect(self._on_open)
        view.new_button.clicked.connect(self._on_new)
        view.favourite_button.clicked.connect(self._on_toggle_favourite)
        view.merge_button.clicked.connect(self._on_merge)
        view.need_button.clicked.connect(self._on_need)
        view.gdpr_button.clicked.connect(self._on_gdpr)
        view.impact_button.clicked.connect(self._on_impact_report)
        view.add_to_list_button.clicked.connect(self._on_add_to_list)
        view.lists_button.clicked.connect(self._on_lists)
        # (the whole window's: Ctrl+F searches even from the navigation list, this page shown)
        find = QAction(self.tr("Rechercher"), self, shortcut=QKeySequence.StandardKey.Find)
        find.triggered.connect(self._focus_search)
        self.addAction(find)

    # -- what is shown --------------------------------------------------------------------------
    def current_filter(self) -> CounterpartyFilter:
        """The filter made of the typed text and the checked facets."""
        return CounterpartyFilter(text=self.view.search_edit.text(), **self.view.facet_values())

    def creating_buttons(self) -> list[QPushButton]:
        """The buttons that only add to the workspace: a new card, need or saved search."""
        view = self.view
        return [view.new_button, view.need_button, view.save_search_button]

    def writing_buttons(self) -> list[QPushButton]:
        """The buttons that change records: kept off in a read-only workspace."""
        view = self.view
        return [view.merge_button, view.gdpr_button, view.favourite_button,
                view.add_to_list_button, view.delete_search_button]

    def refresh(self, changes: Changes) -> None:
        """Reload the list when what it shows changed."""
        if changes.touches("settings"):
            self._follow_profile()
        if changes.touches("saved_searches"):
            self.saved_searches.load()
        if changes.touches("counterparties"):
            self._scan_used_values()
        if changes.touches(*SHOWN_AREAS):
            self.model.reload()
            self._update_count()

    def _follow_profile(self) -> None:
        """Suppliers for a buyer, clients for a seller: the title, the actions, the facets."""
        buyer = not self.ctx.settings.profile.is_seller
        self.view.title_label.setText(self.tr("Fournisseurs") if buyer else self.tr("Clients"))
        self.row_actions.follow_profile(buyer)
        self.view.show_clients(not buyer)
        if self._need_said is not None:  # a seller has no need to start: Ctrl+B says nothing
            self._need_said.setVisible(buyer)
        self._on_filter_changed()  # the facets hidden filter no more

    def _update_count(self) -> None:
        self.view.count_label.setText(self.tr("%Ln résultat(s)", "", self.model.total))
        self.view.show_empty(self._empty_text() if self.model.total == 0 else "")

    def _empty_text(self) -> str:
        ticked = CounterpartyFilter(**self.view.facet_values()) != CounterpartyFilter()
        return empty_list_text(self.view, filtered=self.current_filter() != CounterpartyFilter(),
                               profile=self.ctx.settings.profile,
                               read_only=self.ctx.workspace.read_only, ticked=ticked)

    def search_pending(self) -> bool:
        """Whether the list has yet to answer what was typed in the search box."""
        return self._search_timer.isActive()

    def _on_search_typed(self, text: str) -> None:
        if text:
            self._search_timer.start()
        else:  # an emptied box (Échap) shows every record at once
            self._on_filter_changed()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """↓ or Page ↓ in the search box: the list answers what was typed before it is entered."""
        if (watched is self.view.search_edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in INTO_LIST_KEYS
                and self.search_pending()):
            self._on_filter_changed()
        return False

    def _on_filter_changed(self, *_args: object) -> None:
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._update_count()

    def _focus_search(self) -> None:
        self.view.search_edit.setFocus()
        self.view.search_edit.selectAll()

    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, in list order (a whole list selected: one query)."""
        return self.model.ids_at(self._selected_rows())

    def _selected_rows(self) -> list[int]:
        # from the selected ranges: rows are selected whole, and Ctrl+A on 100 000 rows is one
        # range (``selectedRows`` checks every row's every column)
        ranges = self.view.table.selectionModel().selection()
        return sorted({row for part in ranges for row in range(part.top(), part.bottom() + 1)})

    def _on_selection_changed(self, *_args: object) -> None:
        """The buttons acting on the chosen records wait for one."""
        rows = self._selected_rows()
        for button in self.view.selection_buttons():
            button.setEnabled(bool(rows))
        self.row_actions.follow_choice(bool(rows))
        row = self.model.row_at(rows[0]) if rows else None
        self._show_favourite(row is not None and row.favourite)
        read_only_banner.refuse_writing(self)  # read-only: the ones that write stay off

    def _show_favourite(self, favourite: bool) -> None:
        """Favori ★ stays pressed on a favourite; its tooltip says what a press does."""
        button = self.view.favourite_button
        button.setChecked(favourite)
        action = self.tr("Retirer des favoris") if favourite else self.tr("Ajouter aux favoris")
        button.setToolTip(f"{action} (Ctrl+D)")

    def _remember_selection(self) -> None:
        self._kept_ids = self.selected_ids()

    def _restore_selection(self) -> None:
        """Keep the chosen records chosen when the list is read again (e.g. after Favori ★)."""
        model, chosen = self.model, self.view.table.selectionModel()
        rows = [r for r in map(model.row_of, self._kept_ids) if r is not None]
        selection = QItemSelection()
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        chosen.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if rows:  # the arrow keys go on from there
            chosen.setCurrentIndex(model.index(rows[0], 0),
                                   QItemSelectionModel.SelectionFlag.NoUpdate)
        self._on_selection_changed()

    # -- actions --------------------------------------------------------------------------------
    def _on_row_activated(self, index: object) -> None:
        row = self.model.row_at(index.row())  # type: ignore[attr-defined]
        if row is not None:  # None: a record removed elsewhere since the list was read
            self.open_card(row.id)

    def _on_open(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.open_card(ids[0])

    def _on_search_entered(self) -> None:
        """Entrée in the search box opens the chosen record, else the first one listed."""
        if self.search_pending():  # what was just typed is searched first
            self._on_filter_changed()
        ids = self.selected_ids()
        if ids:
            self.open_card(ids[0])
        elif (first := self.model.row_at(0)) is not None:
            self.open_card(first.id)

    def open_card(self, counterparty_id: int | None) -> object:
        """Show the card of a counterparty (None: a new one)."""
        from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog

        dialog = CardDialog(self.ctx, counterparty_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._back_to_list(dialog.counterparty_id))
        dialog.open()
        return dialog

    def _on_new(self) -> None:
        self.open_card(None)

    def _on_enter_spend(self) -> None:
        rows = self._selected_rows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is not None:
            self.open_spend(row.id, row.name)

    def open_spend(self, counterparty_id: int, name: str) -> object:
        """Show the purchases of a counterparty, to type some."""
        from srm_inclusif.ui.spend_dialog import SpendDialog

        dialog = SpendDialog(self.ctx, counterparty_id, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: self._back_to_list(counterparty_id))
        dialog.open()
        return dialog

    def _back_to_list(self, counterparty_id: int | None) -> None:
        """After a form opened from the list: the list has the focus, on the record.

        The focus went back to the search box when Entrée had opened the card from there,
        and Ctrl+Z then undid the search text instead of the card's change.
        """
        table = self.view.table
        row = None if counterparty_id is None else self.model.row_of(counterparty_id)
        if row is not None and counterparty_id not in self.selected_ids():
            table.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
        page_focus.give_focus(self)

    def _on_impact_report(self) -> None:
        from srm_inclusif.ui.impact_dialog import open_impact_reports

        ids = self.selected_ids()
        if ids:
            open_impact_reports(self, self.ctx, ids[0])

    def _on_toggle_favourite(self) -> None:
        rows = self._selected_rows()
        row = self.model.row_at(rows[0]) if rows else None
        if row is None:
            return
        cid, new = row.id, not row.favourite
        text = self.tr("Ajouter aux favoris") if new else self.tr("Retirer des favoris")
        engine = self.ctx.engine
        run_step(self.ctx, self, text,
                 lambda: set_favourite(engine, counterparty_id=cid, favourite=new),
                 lambda: set_favourite(engine, counterparty_id=cid, favourite=not new))

    def _on_merge(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("Fusionner"), self.tr(
                "Sélectionnez exactement deux fiches (Ctrl+clic) pour les fusionner."))
            return
        from srm_inclusif.ui.merge_dialog import MergeDialog

        dialog = MergeDialog(self.ctx, ids[0], ids[1], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_need(self) -> None:
        from srm_inclusif.ui.sourcing.need_dialog import NeedDialog

        dialog = NeedDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_add_to_list(self) -> None:
        from srm_inclusif.ui.sourcing.shortlists_dialog import add_to_named_list

        ids = self.selected_ids()
        if ids:
            add_to_named_list(self.ctx, self, ids)

    def _on_lists(self) -> None:
        from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog

        dialog = ShortlistsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _on_gdpr(self) -> None:
        from srm_inclusif.ui.counterparty_card.gdpr_dialog import GdprDialog

        dialog = GdprDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- saved searches (their list and buttons: SavedSearches) ------------------------------
    def apply_filter(self, flt: CounterpartyFilter) -> None:
        """Show a filter: its text in the box and its facets checked."""
        self.view.search_edit.blockSignals(True)
        self.view.search_edit.setText(flt.text)
        self.view.search_edit.blockSignals(False)
        self.view.facets.set_values(flt)
