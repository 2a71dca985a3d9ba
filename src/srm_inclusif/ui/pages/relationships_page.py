"""Relations page: the pipeline board and a table of the same relationships, with filters.

The right panel shows the selected relationship's timeline, contracts and actions, with the
buttons of the loop: marché test, feedback, go / no go, contract, renewal, actions.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.kinds import Family, Kind
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import RelationshipRow, list_relationships
from srm_inclusif.ui import page_focus, read_only_banner
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.flow_layout import FlowLayout
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.offers import add_shortcut
from srm_inclusif.ui.lifecycle.pipeline_board import PipelineBoard
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from srm_inclusif.ui.models.relationship_table import (
    COL_KIND,
    COL_SECTORS,
    RelationshipTableModel,
)
from srm_inclusif.ui.table_view import fit_columns, sorted_table_view

ANY = "__any__"


class RelationshipsPage(QWidget):
    """Pipeline board / table of relationships, filters, and the selected one's detail."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("relationshipsPage")
        self.controller = LifecycleController(ctx, self)
        self.rows: list[RelationshipRow] = []
        self._build()
        self._connect_signals()
        self.refresh(Changes.all())

    # -- view -----------------------------------------------------------------------------------
    def _build(self) -> None:
        title = QLabel(self.tr("Relations"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        self.owner_filter = self._combo("ownerFilter", self.tr("Tous les responsables"))
        self.kind_filter = self._combo("kindFilter", self.tr("Tous les types"))
        for family in Family:
            self.kind_filter.addItem(family.label, f"family:{family.value}")
        for kind in Kind:
            if kind is not Kind.CLASSIC:
                self.kind_filter.addItem(f"  {kind.value} — {kind.label}", kind.value)
        self.sector_filter = self._combo("sectorFilter", self.tr("Tous les secteurs"))
        self.new_button = QPushButton(self.tr("Nouvelle relation…"))
        self.new_button.setObjectName("newRelationship")
        self.criteria_button = QPushButton(self.tr("Critères des retours…"))
        self.criteria_button.setObjectName("editCriteria")
        bar = FlowLayout()  # on a narrow screen, the buttons go under the filters
        for widget in (self.owner_filter, self.kind_filter, self.sector_filter):
            bar.addWidget(widget)
        bar.addStretch()
        bar.addWidget(self.criteria_button)
        bar.addWidget(self.new_button)
        self.board = PipelineBoard(self)
        if not read_only_banner.allowed(self.ctx):  # a card dragged could only be refused
            self.board.stop_drags()
        self.table_model = RelationshipTableModel(self, counterparty_header=self._who())
        self.table, self.proxy = sorted_table_view(
            self.table_model, object_name="relationshipTable", parent=self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("relationshipViews")
        board_box = QWidget()
        board_layout = QVBoxLayout(board_box)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.addWidget(self.board, 1)
        self.empty_label = empty_state_label(self._empty_text(), "relationshipsEmpty")
        self.empty_label.hide()
        hint = QLabel(self._board_hint())
        hint.setObjectName("boardHint")
        self.board_hint = hint
        hint.setWordWrap(True)
        board_layout.addWidget(hint)
        self.tabs.addTab(board_box, self.tr("Pipeline"))
        self.tabs.addTab(self.table, self.tr("Tableau"))
        self.detail = RelationshipDetail(self.ctx, self)
        detail_area = self._detail_area()
        splitter = QSplitter()
        splitter.setObjectName("relationshipSplitter")
        splitter.addWidget(self.tabs)
        splitter.addWidget(detail_area)
        # The detail keeps the width its buttons need; every other pixel widens the cards.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setCollapsible(0, False)
        splitter.setSizes([4 * detail_area.minimumWidth(), detail_area.minimumWidth()])
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addLayout(bar)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        self._add_shortcuts()
        self._show_kinds(not self.ctx.settings.profile.is_seller)  # laid out: no window

    def _empty_text(self) -> str:
        """No relationship yet: which button opens one (none in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucune relation pour l'instant.")
        return self.tr(
            "Aucune relation pour l'instant : « Nouvelle relation… » (en haut à droite) en "
            "ouvre une avec une fiche de l'annuaire ; elle entre ici dans la colonne "
            "« {stage} ».").format(stage=Stage.SOURCING.label)  # « Prospection » for a seller

    def _board_hint(self) -> str:
        """How to move a card on; in a read-only workspace, that it can be read, not moved."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Lecture seule : cliquez sur une carte pour voir son détail ; elle "
                           "ne peut pas changer d'étape. Les flèches passent d'une colonne à "
                           "l'autre.")
        return self.tr("Glissez une carte vers une autre étape, ou Ctrl+→ / Ctrl+← ; Entrée "
                       "pour choisir l'étape. Les flèches passent d'une colonne à l'autre.")

    def _detail_area(self) -> QScrollArea:
        """The detail, scrolled up and down when the window is too low for its buttons and lists."""
        area = QScrollArea()
        area.setObjectName("relationshipDetailScroll")
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at what it holds, not at it
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.detail)
        bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
        area.setMinimumWidth(self.detail.minimumSizeHint().width() + bar)
        return area

    def _show_kinds(self, shown: bool) -> None:
        """The kinds of structure, a buyer's: a seller's clients are companies (as on Clients)."""
        self.kind_filter.setVisible(shown)
        self.board.show_kinds = shown
        self.table.setColumnHidden(COL_KIND, not shown)

    def _who(self) -> str:
        """« Fournisseur » or « Client », after the workspace profile."""
        seller = self.ctx.settings.profile.is_seller
        return self.tr("Client") if seller else self.tr("Fournisseur")

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, ANY)
        combo.setMaximumWidth(280)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _add_shortcuts(self) -> None:
        """Each key presses its button: it acts, or says why not, as the button would."""
        buttons = self.detail.buttons
        for text, key, button in (
            (self.tr("Nouvelle relation"), QKeySequence.StandardKey.New, self.new_button),
            (self.tr("Changer d'étape"), QKeySequence("Ctrl+E"), buttons["stage"]),
            (self.tr("Nouveau marché test"), QKeySequence("Ctrl+T"), buttons["test"]),
            (self.tr("Retour d'expérience"), QKeySequence("Ctrl+R"), buttons["feedback"]),
            (self.tr("Nouveau contrat"), QKeySequence("Ctrl+Shift+C"), buttons["contract"]),
            (self.tr("Décision go / no go"), QKeySequence("Ctrl+G"), buttons["decision"]),
            (self.tr("Renouveler le contrat"), QKeySequence("Ctrl+Shift+R"), buttons["renew"]),
            (self.tr("Nouvelle action"), QKeySequence("Ctrl+Shift+A"), buttons["action"]),
        ):
            add_shortcut(self, text, key, button)

    # -- controller -----------------------------------------------------------------------------
    def _connect_signals(self) -> None:
        for combo in (self.owner_filter, self.kind_filter, self.sector_filter):
            combo.currentIndexChanged.connect(self._show_rows)
        self.new_button.clicked.connect(self._on_new)
        self.criteria_button.clicked.connect(self.controller.edit_criteria)
        self.board.move_requested.connect(self._on_move_requested)
        self.board.stage_dialog_requested.connect(self._on_stage_dialog_requested)
        self.board.card_selected.connect(self._on_selected)
        self.table.selectionModel().currentRowChanged.connect(self._on_table_row)
        self.tabs.currentChanged.connect(self._on_view_changed)
        buttons = self.detail.buttons
        buttons["stage"].clicked.connect(self._on_change_stage)
        buttons["test"].clicked.connect(self._on_test)
        buttons["contract"].clicked.connect(
            lambda: self._with_relationship(self.controller.new_contract))
        buttons["feedback"].clicked.connect(self._on_feedback)
        buttons["decision"].clicked.connect(lambda: self._with_contract(self.controller.decide))
        buttons["renew"].clicked.connect(
            lambda: self._with_contract(self.controller.renew_contract))
        buttons["action"].clicked.connect(lambda: self._with_relationship(
            lambda rid: self.controller.new_action(relationship_id=rid)))
        self.detail.action_toggled.connect(self.controller.set_action_done)
        for button in buttons.values():  # connected last: runs once the form is closed
            button.clicked.connect(self._back_to_list)

    def creating_buttons(self) -> list[QPushButton]:
        """The buttons that only add to the workspace: « Nouvelle relation… »."""
        return [self.new_button]

    def writing_buttons(self) -> list[QPushButton]:
        """The buttons that change what is recorded: the criteria, the detail's."""
        return [self.criteria_button, *self.detail.writing_buttons()]

    def refresh(self, changes: Changes) -> None:
        """Reload when relationships, contracts, feedback or actions changed."""
        if not changes.touches("relationships", "counterparties", "contracts", "feedback",
                               "actions", "settings", "people"):
            return
        self.rows = list_relationships(self.ctx.engine)
        self._fill_filters()
        self._show_rows()
        ids = {r.id for r in self.rows}
        current = self.detail.relationship_id
        self.detail.show_relationship(current if current in ids else None)

    def _fill_filters(self) -> None:
        owners = sorted({(r.person_name, r.person_id) for r in self.rows if r.person_id},
                        key=lambda o: o[0] or "")
        sectors = sorted({s for r in self.rows for s in r.sectors})
        self._refill(self.owner_filter, [(name or "", pid) for name, pid in owners]
                     + [(self.tr("Sans responsable"), None)])
        self._refill(self.sector_filter, [(s, s) for s in sectors])

    def _refill(self, combo: QComboBox, items: list[tuple[str, object]]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    def visible_rows(self) -> list[RelationshipRow]:
        """The relationships passing the filters."""
        return [r for r in self.rows if self._passes(r)]

    def _passes(self, row: RelationshipRow) -> bool:
        owner, kind = self.owner_filter.currentData(), self.kind_filter.currentData()
        sector = self.sector_filter.currentData()
        if owner != ANY and row.person_id != owner:
            return False
        if kind != ANY and not _kind_matches(row.kind, kind):
            return False
        return sector == ANY or sector in row.sectors

    def _show_rows(self) -> None:
        rows = self.visible_rows()
        self.board.set_rows(rows)
        self.table_model.set_rows(rows)
        fit_columns(self.table, stretch=COL_SECTORS)
        self.count_label.setText(self.tr("%n relation(s) sur {total}", "", len(rows)).format(
            total=len(self.rows)))
        self.empty_label.setVisible(not self.rows)

    def focus_target(self) -> QWidget:
        """What the window focuses when the page is entered: the board or the table shown."""
        return self.board.focus_target() if self.tabs.currentIndex() == 0 else self.table

    def selected_id(self) -> int | None:
        """The relationship shown in the detail panel."""
        return self.detail.relationship_id

    def select(self, relationship_id: int) -> None:
        """Show a relationship: its card is selected and its detail filled."""
        self.board.select(relationship_id)
        self.detail.show_relationship(relationship_id)

    def _on_selected(self, relationship_id: int) -> None:
        self.detail.show_relationship(relationship_id)

    def _on_table_row(self, current, _previous) -> None:  # noqa: ANN001
        if current.isValid():
            row = self.table_model.relationship_at(self.proxy.mapToSource(current).row())
            self.detail.show_relationship(row.id)

    def _on_view_changed(self, _index: int) -> None:
        """The view switched to selects the relationship shown, as the other view did."""
        shown = self.detail.relationship_id
        if shown is None:
            return
        if self.tabs.currentWidget() is self.table:
            self._select_in_table(shown)
        else:
            self.board.select(shown)

    def _back_to_list(self) -> None:
        """After a form: the board (or the table) has the focus, on the relationship shown.

        The focus stayed where the key was pressed or went back to a filter; Ctrl+Z there
        did not undo the form's change.
        """
        shown = self.detail.relationship_id
        if self.tabs.currentWidget() is self.table:
            if shown is not None:
                self._select_in_table(shown)
        elif shown is not None and self.board.select(shown):
            return  # its card has the focus
        page_focus.give_focus(self)

    def _select_in_table(self, relationship_id: int) -> None:
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.table_model.relationship_at(source.row()).id == relationship_id:
                self.table.selectRow(row)
                return

    def _on_move_requested(self, relationship_id: int, stage: str) -> None:
        self.detail.show_relationship(relationship_id)
        if read_only_banner.writable(self, self.ctx):
            self.controller.change_stage(relationship_id, Stage(stage))
        self.board.select(relationship_id)

    def _on_stage_dialog_requested(self, relationship_id: int) -> None:
        if read_only_banner.writable(self, self.ctx):
            self.controller.change_stage(relationship_id)

    def _on_new(self) -> None:
        before = {r.id for r in self.rows}
        if self.controller.new_relationship():
            created = {r.id for r in self.rows} - before
            if created:
                self.select(created.pop())

    def _with_relationship(self, action) -> None:  # noqa: ANN001
        if self.selected_id() is not None:
            action(self.selected_id())

    def _with_contract(self, action) -> None:  # noqa: ANN001
        contract_id = self.detail.selected_contract_id()
        if contract_id is None:
            self.controller.warn(self.tr("Contrats"), self.tr(
                "Cette relation n'a pas encore de contrat ni de marché test."))
            return
        action(contract_id)

    def _on_change_stage(self) -> None:
        self._with_relationship(self.controller.change_stage)

    def _on_test(self) -> None:
        self._with_relationship(self.controller.start_test)

    def _on_feedback(self) -> None:
        self._with_contract(self.controller.give_feedback)


def _kind_matches(kind: str, wanted: str) -> bool:
    if wanted.startswith("family:"):
        try:
            return Kind(kind).family.value == wanted.removeprefix("family:")
        except ValueError:
            return False
    return kind == wanted
