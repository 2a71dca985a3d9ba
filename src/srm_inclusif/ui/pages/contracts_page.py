"""Contrats page: filtered list; create, edit, renew; go / no go; feedback of the selected one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.lifecycle import check_one_takes_new_contracts, takes_new_contracts
from srm_inclusif.core.vocabulary import ContractKind, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import ContractRow, list_contracts
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.ui import page_focus, read_only_banner
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.empty_state import empty_state_label
from srm_inclusif.ui.lifecycle.contract_buttons import offer_contract_buttons
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.feedback_panel import FeedbackPanel
from srm_inclusif.ui.lifecycle.offers import add_shortcut, refusal
from srm_inclusif.ui.lifecycle.relationship_choice import RelationshipChoiceDialog
from srm_inclusif.ui.models.contract_table import (
    COL_COUNTERPARTY,
    COL_KIND,
    COL_TITLE,
    ContractTableModel,
)
from srm_inclusif.ui.table_view import WholeTextFit, sorted_table_view
from srm_inclusif.ui.wrapping_bar import WrappingBar

#: Widest the counterparty column grows, in average characters (a longer name is cut, whole
#: in its tooltip).
COUNTERPARTY_CHARS = 36
#: The columns as wide as their texts need, on one line when the title keeps the room to show
#: its texts on a row's lines, else wrapped too (« Marché / test »), at most that many average
#: characters: the structure's name and the type.
ON_ROW_LINES = {COL_COUNTERPARTY: COUNTERPARTY_CHARS, COL_KIND: COUNTERPARTY_CHARS}
#: The splitter's unit: the list gets two, the feedback panel one.
SHARE = 1000


class ContractsPage(QWidget):
    """Contracts and marchés test, with clause sociale hours and their realisation rate."""

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("contractsPage")
        self.controller = LifecycleController(ctx, self)
        self._build()
        self._connect_signals()
        self.refresh(Changes.all())

    def _build(self) -> None:
        title = QLabel(self.tr("Contrats"))
        title.setObjectName("pageTitle")
        self.count_label = QLabel()
        self.count_label.setObjectName("pageCount")
        seller = self.ctx.settings.profile.is_seller
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("contractSearch")
        self.text_filter.setPlaceholderText(self.tr("Intitulé ou client…") if seller
                                            else self.tr("Intitulé ou structure…"))
        self.text_filter.setClearButtonEnabled(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("contractKindFilter")
        self.kind_filter.addItem(self.tr("Tous les types"), None)
        for kind in ContractKind:
            self.kind_filter.addItem(kind.label, kind.value)
        self.running = QCheckBox(self.tr("En cours aujourd'hui"))
        self.running.setObjectName("runningFilter")
        self.buttons: dict[str, QPushButton] = {}
        filters = QHBoxLayout()
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.running)
        buttons = QHBoxLayout()
        for key, text in (("new", self.tr("Nouveau…")), ("edit", self.tr("Modifier…")),
                          ("renew", self.tr("Renouveler…")),
                          ("decision", self.tr("Go / no go…"))):
            button = QPushButton(text)
            button.setObjectName(f"contract_{key}")
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)  # under the filters, the buttons keep their width, on the left
        self.bar = WrappingBar(filters, buttons, filters_wanted=self._filters_wanted)
        self.model = ContractTableModel(
            self, counterparty_header=self.tr("Client") if seller else self.tr("Fournisseur"))
        self.table, self.proxy = sorted_table_view(self.model, object_name="contractTable",
                                                   parent=self)
        self.fit = WholeTextFit(self.table, stretch=COL_TITLE, beside=ON_ROW_LINES)
        self.feedback = FeedbackPanel(self.ctx, self.controller, self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("contractSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.feedback)
        # The list comes first: two thirds of the height, the feedback panel one third (its
        # list and text scroll, and it can be dragged taller).
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        splitter.setCollapsible(0, False)
        splitter.setSizes([2 * SHARE, SHARE])  # two thirds for the list, however tall the window
        self.splitter = splitter
        self.empty_label = empty_state_label(self._empty_text(), "contractsEmpty")
        self.empty_label.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.count_label)
        layout.addWidget(self.bar)
        layout.addWidget(self.empty_label, 1)  # takes the list's room: the rest stays on top
        layout.addWidget(splitter, 1)
        self._add_shortcuts()

    def _empty_text(self) -> str:
        """No contract yet: which buttons add one (none in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucun contrat ni marché test pour l'instant.")
        return self.tr(
            "Aucun contrat ni marché test pour l'instant : « Nouveau… » en ajoute un à une "
            "relation, tout comme « Contrat… » ou « Marché test… » sur la page Relations.")

    def _add_shortcuts(self) -> None:
        """Each key presses its button (as on Relations: Ctrl+G, Ctrl+Maj+R, Ctrl+R)."""
        for text, key, button in (
            (self.tr("Nouveau contrat"), QKeySequence.StandardKey.New, self.buttons["new"]),
            (self.tr("Modifier le contrat"), QKeySequence("Ctrl+M"), self.buttons["edit"]),
            (self.tr("Décision go / no go"), QKeySequence("Ctrl+G"), self.buttons["decision"]),
            (self.tr("Renouveler le contrat"), QKeySequence("Ctrl+Shift+R"),
             self.buttons["renew"]),
            (self.tr("Retour d'expérience"), QKeySequence("Ctrl+R"),
             self.feedback.buttons["new"]),
        ):
            add_shortcut(self, text, key, button)

    def _filters_wanted(self) -> int:
        """The filters' width with the search box's placeholder whole.

        A line edit's hint is 17 « x » wide: « Intitulé ou structure… » was cut.
        """
        box = self.text_filter
        metrics = box.fontMetrics()
        room = box.sizeHint().width() - 17 * metrics.horizontalAdvance("x")
        search = max(box.sizeHint().width(),
                     metrics.horizontalAdvance(box.placeholderText()) + room)
        spacing = max(self.style().layoutSpacing(
            QSizePolicy.ControlType.LineEdit, QSizePolicy.ControlType.ComboBox,
            Qt.Orientation.Horizontal), 6)
        return (search + self.kind_filter.sizeHint().width() + self.running.sizeHint().width()
                + 2 * spacing)

    def _connect_signals(self) -> None:
        self.text_filter.textChanged.connect(self._reload)
        self.kind_filter.currentIndexChanged.connect(self._reload)
        self.running.toggled.connect(self._reload)
        self.buttons["new"].clicked.connect(self._on_new)
        self.buttons["edit"].clicked.connect(self._on_edit)
        self.buttons["renew"].clicked.connect(
            lambda: self._with_selected(self.controller.renew_contract))
        self.buttons["decision"].clicked.connect(
            lambda: self._with_selected(self.controller.decide))
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.table.doubleClicked.connect(self._on_edit)
        # connected last: runs once the form the button opened is closed
        for button in (*self.buttons.values(), self.feedback.buttons["new"]):
            button.clicked.connect(self._back_to_list)

    def _back_to_list(self) -> None:
        """After a form: the list has the focus, on the row chosen (kept through the reload).

        The focus went back where the key was pressed, the search box maybe, whose own Ctrl+Z
        then undid the search text instead of the form's change.
        """
        page_focus.give_focus(self)

    def creating_buttons(self) -> list[QPushButton]:
        """The buttons that only add to the workspace: « Nouveau… »."""
        return [self.buttons["new"]]

    def writing_buttons(self) -> list[QPushButton]:
        """The buttons that change a contract or add to it: off in a read-only workspace."""
        return [self.buttons[key] for key in ("edit", "renew", "decision")] + (
            self.feedback.writing_buttons())

    def refresh(self, changes: Changes) -> None:
        """Reload when contracts, feedback or relationships changed."""
        if changes.touches("contracts", "feedback", "relationships", "counterparties"):
            self._reload()

    def _reload(self) -> None:
        selected = self.selected_id()
        kind = self.kind_filter.currentData()
        rows = list_contracts(
            self.ctx.engine, kind=ContractKind(kind) if kind else None,
            text=self.text_filter.text(),
            active_on=self.ctx.today() if self.running.isChecked() else None)
        self.model.set_rows(rows)  # the columns are fitted to them (self.fit)
        self.count_label.setText(self.tr("%n contrat(s)", "", len(rows)))
        # none at all (not only none passing the filters): say how to make one
        empty = not rows and not list_contracts(self.ctx.engine)
        self.empty_label.setVisible(empty)
        self.splitter.setHidden(empty)
        if selected is not None:
            self.select(selected)
        self._on_row(None, None)

    def select(self, contract_id: int) -> bool:
        """Select a contract's row; False when it is filtered out."""
        for row in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(row, 0))
            if self.model.contract_at(source.row()).id == contract_id:
                self.table.selectRow(row)
                return True
        return False

    def selected(self) -> ContractRow | None:
        """The contract selected."""
        index = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        return self.model.contract_at(self.proxy.mapToSource(index).row())

    def selected_id(self) -> int | None:
        """Id of the contract selected."""
        row = self.selected()
        return None if row is None else row.id

    def _on_row(self, _current, _previous) -> None:  # noqa: ANN001
        self.feedback.show_contract(self.selected_id())
        self._offer_actions(self.selected())

    def _offer_actions(self, row: ContractRow | None) -> None:
        """Each button that acts on the selected contract is enabled only when it can act."""
        choose = self.tr("Choisissez un contrat dans la liste.")
        not_a_test = self.tr("Seul un marché test reçoit une décision go / no go : "
                             "choisissez-en un dans la liste.")
        offer_contract_buttons(row, any_contract=self.buttons["edit"],
                               renew=self.buttons["renew"], decision=self.buttons["decision"],
                               none_chosen=choose, not_a_test=not_a_test,
                               no_test_chosen=not_a_test)
        read_only_banner.refuse_writing(self)  # last: read-only, they stay off

    def _with_selected(self, action) -> None:  # noqa: ANN001
        if self.selected_id() is not None:
            action(self.selected_id())

    def _on_edit(self) -> None:
        if read_only_banner.writable(self, self.ctx):  # a double click too
            self._with_selected(self.controller.edit_contract)

    def _on_new(self) -> None:
        relationships = list_relationships(self.ctx.engine)
        why_not = self._new_contract_refusal([Stage(r.stage) for r in relationships])
        if why_not:
            self.controller.warn(self.tr("Nouveau contrat"), why_not)
            return
        rows = [r for r in relationships if takes_new_contracts(Stage(r.stage))]
        current = self.selected()
        dialog = RelationshipChoiceDialog(rows, self.tr("Nouveau contrat"),
                                          None if current is None else current.relationship_id,
                                          self)
        if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.chosen_id()):
            self.controller.new_contract(chosen)

    def _new_contract_refusal(self, stages: list[Stage]) -> str | None:
        """Why no relationship can take a new contract (none yet, or all stopped), or None."""
        if not stages:
            return self.tr("Créez d'abord une relation avec la structure (page Relations).")
        return refusal(lambda: check_one_takes_new_contracts(stages))

