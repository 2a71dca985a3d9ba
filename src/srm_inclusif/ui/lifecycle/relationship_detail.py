"""Side panel of the Relations page: one relationship's timeline, contracts, feedback, actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.money import amount_text
from srm_inclusif.core.numbers import day_text, score_text
from srm_inclusif.core.vocabulary import ContractKind, Decision, Stage
from srm_inclusif.storage.services.actions import ActionRow, list_actions
from srm_inclusif.storage.services.contracts import ContractRow, list_contracts
from srm_inclusif.storage.services.feedback import counterparty_trend
from srm_inclusif.storage.services.relationships import (
    RelationshipRow,
    get_relationship,
    stage_history,
)
from srm_inclusif.ui import read_only_banner
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.lifecycle.contract_buttons import offer_contract_buttons
from srm_inclusif.ui.lifecycle.offers import new_contract_refusal, offer
from srm_inclusif.ui.lifecycle.stage_reasons import stage_reason_text

ID_ROLE = Qt.ItemDataRole.UserRole
#: Space around each entry of the panel's lists, in px, so that wrapped entries stand apart.
ENTRY_GAP = 3
#: Qt's "no maximum size".
QWIDGETSIZE_MAX = (1 << 24) - 1


class RelationshipDetail(QWidget):
    """What happened with one relationship, and the buttons to move it on."""

    action_toggled = Signal(object, bool)  # ActionRow, done

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("relationshipDetail")
        self.relationship_id: int | None = None
        self._relationship: RelationshipRow | None = None
        self._contract_rows: dict[int, ContractRow] = {}
        self.title = QLabel()
        self.title.setObjectName("detailTitle")
        self.title.setWordWrap(True)
        self.score = QLabel()
        self.score.setObjectName("detailScore")
        # on one line, « Last score: 4.40 / 5 — Not enough feedback yet » widened the panel past
        # its scroll area: that line, the buttons and the history were cut on the right
        self.score.setWordWrap(True)
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.contracts = QListWidget()
        self.contracts.setObjectName("relationshipContracts")
        self.actions = QListWidget()
        self.actions.setObjectName("relationshipActions")
        self.actions.itemChanged.connect(self._on_action_changed)
        self.contracts.currentItemChanged.connect(lambda *_: self._offer_contract_actions())
        for widget in (self.timeline, self.contracts, self.actions):
            widget.setWordWrap(True)
            # a wrapped entry runs into the next one without a gap between them
            widget.setSpacing(ENTRY_GAP)
        self.buttons = self._buttons()
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.title)
        self._layout.addWidget(self.score)
        self._layout.addLayout(self.buttons_layout)
        for text, widget in ((self.tr("Historique"), self.timeline),
                             (self.tr("Contrats et marchés test"), self.contracts),
                             (self.tr("Actions"), self.actions)):
            label = QLabel(f"<b>{text}</b>")
            label.setBuddy(widget)
            self._layout.addWidget(label)
            self._layout.addWidget(widget, 1)
        self._layout.addStretch(0)  # the room left when every list is empty
        self._spare = self._layout.itemAt(self._layout.count() - 1)
        self.show_relationship(None)

    def _buttons(self) -> dict[str, QPushButton]:
        specs = (("stage", self.tr("Changer d'étape…")), ("test", self.tr("Marché test…")),
                 ("contract", self.tr("Contrat…")), ("feedback", self.tr("Retour d'expérience…")),
                 ("decision", self.tr("Décision go / no go…")),
                 ("renew", self.tr("Renouveler…")), ("action", self.tr("Action…")))
        self.buttons_layout = QGridLayout()
        buttons = {}
        for index, (key, text) in enumerate(specs):
            button = QPushButton(text)
            button.setObjectName(f"detail_{key}")
            self.buttons_layout.addWidget(button, index // 2, index % 2)
            buttons[key] = button
        return buttons

    def writing_buttons(self) -> list[QPushButton]:
        """Every button of the panel: each one changes the relationship or adds to it."""
        return list(self.buttons.values())

    def selected_contract_id(self) -> int | None:
        """The contract selected in the list, else the newest one (shown first)."""
        item = self._contract_item()
        return None if item is None else int(item.data(ID_ROLE))

    def _contract_item(self) -> QListWidgetItem | None:
        item = self.contracts.currentItem() or self.contracts.item(0)
        if item is None or item.data(ID_ROLE) is None:  # none, or the "no contract" line
            return None
        return item

    def _selected_contract(self) -> ContractRow | None:
        item = self._contract_item()
        return None if item is None else self._contract_rows.get(int(item.data(ID_ROLE)))

    def _offer_actions(self) -> None:
        """Each button is enabled only when it can act on the relationship shown."""
        if self._relationship is None:
            choose = self.tr("Choisissez d'abord une relation dans le pipeline ou le tableau.")
            for button in self.buttons.values():
                offer(button, choose)
            return
        for key in ("stage", "action"):
            offer(self.buttons[key], None)
        stopped = new_contract_refusal(self._relationship)
        for key in ("test", "contract"):
            offer(self.buttons[key], stopped)
        self._offer_contract_actions()

    def _offer_contract_actions(self) -> None:
        """Feedback, go / no go and renewal act on the contract chosen, else the newest one."""
        if self.relationship_id is None:
            return
        offer_contract_buttons(
            self._selected_contract(), any_contract=self.buttons["feedback"],
            renew=self.buttons["renew"], decision=self.buttons["decision"],
            none_chosen=self.tr("Cette relation n'a pas encore de contrat ni de marché test."),
            not_a_test=self.tr("Seul un marché test reçoit une décision go / no go : "
                               "choisissez-en un dans la liste des contrats."))
        read_only_banner.refuse_writing(self)  # read-only: they stay off, saying why

    def show_relationship(self, relationship_id: int | None) -> None:
        """Fill the panel for a relationship (None clears it)."""
        self.relationship_id = relationship_id
        self._relationship = None
        self._contract_rows = {}
        for widget in (self.timeline, self.contracts, self.actions):
            widget.blockSignals(True)
            widget.clear()
        if relationship_id is None:
            self._show_nothing()
        else:
            self._fill(relationship_id)
        for widget in (self.timeline, self.contracts, self.actions):
            widget.blockSignals(False)
        self._share_height()
        self._offer_actions()
        read_only_banner.refuse_writing(self)

    def _share_height(self) -> None:
        """Each list is as high as its entries (an empty one, its sentence), up to a fair share.

        The room of the lists is shared from the shortest: a list whose entries fit in an
        equal share of what is left gets their height; the longer ones share the rest (when
        all fit, the longest list with entries takes it).
        """
        lists = (self.timeline, self.contracts, self.actions)
        needed = {widget: _content_height(widget) for widget in lists}
        room = sum(widget.height() for widget in lists) + self._spare.geometry().height()
        filled = {widget: needed[widget] for widget in lists if not _is_empty(widget)}
        room -= sum(needed[widget] for widget in lists if widget not in filled)
        growing = _sharing_the_rest(filled, room)
        for widget in lists:
            if widget in growing:
                widget.setMinimumHeight(0)
                widget.setMaximumHeight(QWIDGETSIZE_MAX)
            else:
                widget.setFixedHeight(needed[widget])
            self._layout.setStretchFactor(widget, int(widget in growing))
        self._layout.activate()  # the lists take their new heights now, not on a later pass

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # a narrower panel wraps the entries on more lines; a taller one has more room to share
        self._share_height()

    def _show_nothing(self) -> None:
        """Before a choice: say where to choose, and what the lists will hold."""
        self.title.setText(self.tr("Choisissez une relation dans le pipeline ou le tableau."))
        self.score.clear()
        for widget, text in (
                (self.timeline, self.tr("Ses changements d'étape s'afficheront ici.")),
                (self.contracts, self.tr("Ses contrats et marchés test s'afficheront ici.")),
                (self.actions, self.tr("Ses actions s'afficheront ici."))):
            widget.addItem(_placeholder(text))

    def _fill(self, relationship_id: int) -> None:
        row = self._relationship = get_relationship(self.ctx.engine, relationship_id)
        self.title.setText(self.tr("<b>{name}</b><br>{stage} depuis le {since} · {owner}").format(
            name=row.counterparty_name, stage=Stage(row.stage).label,
            since=day_text(row.stage_since), owner=row.person_name or self.tr("sans responsable"))
            + self._contract_to_come(row))
        trend = counterparty_trend(self.ctx.engine, counterparty_id=row.counterparty_id)
        self.score.setText("" if trend.latest is None else self.tr(
            "Dernière note : {score} — {trend}").format(
            score=score_text(trend.latest), trend=trend.label))
        for change in stage_history(self.ctx.engine, relationship_id=relationship_id):
            start = Stage(change.from_stage).label + " → " if change.from_stage else ""
            step = f"{day_text(change.changed_on)} — {start}{Stage(change.to_stage).label}"
            if change.reason:
                step = self.tr("{step} : {reason}").format(
                    step=step, reason=stage_reason_text(change.reason))
            self.timeline.addItem(step)
        for contract in _newest_first(list_contracts(self.ctx.engine,
                                                     relationship_id=relationship_id)):
            self._contract_rows[contract.id] = contract
            item = QListWidgetItem(self._contract_text(contract))
            item.setData(ID_ROLE, contract.id)
            self.contracts.addItem(item)
        for action in list_actions(self.ctx.engine, relationship_id=relationship_id):
            self.actions.addItem(self._action_item(action))
        # an empty list says why it is empty, and which button fills it
        for widget, text in (
                (self.contracts, self.tr("Aucun contrat ni marché test pour l'instant.")),
                (self.actions, self._no_action_text())):
            if widget.count() == 0:
                widget.addItem(_placeholder(text))

    def _no_action_text(self) -> str:
        """An empty list of actions says which button fills it (none in a read-only workspace)."""
        if not read_only_banner.allowed(self.ctx):
            return self.tr("Aucune action pour l'instant.")
        return self.tr("Aucune action pour l'instant : « Action… » en ajoute une.")

    def _contract_to_come(self, row: RelationshipRow) -> str:
        """A contract created, not begun yet: its first day, when the stage will follow."""
        if row.contract_from is None:
            return ""
        return "<br>" + self.tr("Contrat à partir du {day} : la relation passera alors à "
                                "« {stage} ».").format(day=day_text(row.contract_from),
                                                       stage=Stage.CONTRAT_EN_COURS.label)

    def _contract_text(self, c: ContractRow) -> str:
        dates = " – ".join(day_text(d) for d in (c.start_date, c.end_date) if d)
        kind_title = self.tr("{kind} : {title}").format(kind=ContractKind(c.kind).label,
                                                       title=c.title)
        amount = "" if c.amount_cents is None else self.tr("{amount} HT").format(
            amount=amount_text(c.amount_cents))
        parts = [kind_title, amount, dates]
        if c.decision:
            parts.append(self.tr("décision {d}").format(d=Decision(c.decision).label))
        parts.append(self.tr("%n retour(s)", "", c.feedback_count))
        return " · ".join(p for p in parts if p)

    def _action_item(self, action: ActionRow) -> QListWidgetItem:
        text = action.text
        if action.due_date:
            text = self.tr("{action} (pour le {day})").format(
                action=text, day=day_text(action.due_date))
        if action.owner_name:
            text = f"{text} — {action.owner_name}"
        item = QListWidgetItem(text)
        if not read_only_banner.allowed(self.ctx):  # its box says if it is done; ticked, refused
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
            item.setToolTip(read_only_banner.refused_tooltip())
        item.setCheckState(Qt.CheckState.Checked if action.done else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, action)
        return item

    def _on_action_changed(self, item: QListWidgetItem) -> None:
        action: ActionRow | None = item.data(ID_ROLE)
        if action is None:  # the "no action" line
            return
        done = item.checkState() == Qt.CheckState.Checked
        if done != action.done:
            self.action_toggled.emit(action, done)


def _newest_first(contracts: list[ContractRow]) -> list[ContractRow]:
    """The latest started first, the last recorded first among those started the same day.

    A renewal or the contract that follows a marché test is then on top, where the buttons
    act when nothing is selected.
    """
    return sorted(contracts, key=lambda c: (c.start_date or date.min, c.id), reverse=True)


def _is_empty(widget: QListWidget) -> bool:
    """Whether a list only holds its placeholder line."""
    return widget.count() == 1 and widget.item(0).flags() == Qt.ItemFlag.NoItemFlags


def _sharing_the_rest(needed: dict[QListWidget, int], room: int) -> list[QListWidget]:
    """The lists that share ``room`` once each shorter one has its ``needed`` height.

    Taken from the shortest, a list that fits in an equal share of the room left is given its
    height; the first that does not and every longer one share the rest. When all fit, the
    longest takes what is left.
    """
    left = sorted(needed, key=lambda widget: needed[widget])
    while len(left) > 1 and needed[left[0]] <= room / len(left):
        room -= needed[left.pop(0)]
    return left


def _content_height(widget: QListWidget) -> int:
    """Pixels a list needs to show all its entries whole, wrapped to the list's width.

    Measured as the list lays its entries out, from the list's own width (the layout sets
    it) rather than from its laid-out items, which follow the width only later.
    """
    spacing, frame = widget.spacing(), widget.frameWidth()
    option = QStyleOptionViewItem()
    widget.initViewItemOption(option)
    option.rect = QRect(0, 0, max(widget.width() - 2 * (frame + spacing), 1), 10_000)
    delegate, model = widget.itemDelegate(), widget.model()
    entries = sum(delegate.sizeHint(option, model.index(row, 0)).height() + spacing
                  for row in range(widget.count()))
    return entries + spacing + 2 * frame


def _placeholder(text: str) -> QListWidgetItem:
    """A grey line that cannot be selected, standing for an empty list."""
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    item.setForeground(QBrush(QColor("#6b7280")))
    return item
