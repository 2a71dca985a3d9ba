"""The pipeline board: one column per stage, cards moved by drag and drop or by keyboard.

Keyboard: arrows move within a column, Left / Right go to the neighbouring column,
Ctrl+Right / Ctrl+Left move the selected card to the next / previous stage, Enter opens the
stage change dialog. Tab and Shift+Tab leave the board: only the current card's column is a
Tab stop, and the card with the focus is ringed. A drop or a key never moves a card by
itself: it asks (``move_requested``), and the board is rebuilt from the database once the
change is made.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from srm_inclusif.core.kinds import kind_code_label
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.relationships import RelationshipRow
from srm_inclusif.ui.lifecycle.card_text import meta_lines, wrapped
from srm_inclusif.ui.lifecycle.stage_column import COLUMN_MIN_WIDTH, ID_ROLE, StageColumn

#: Columns the board shows side by side however narrow the window.
SHOWN_AT_LEAST = 2
#: Pixels from the board's edge where a dragged card scrolls the board, and how far a move does.
DRAG_SCROLL_ZONE = 40
DRAG_SCROLL_STEP = 24


def _short_name(name: str) -> str:
    """« Claire Fontaine » → « C. Fontaine », so that the card line stays short."""
    first, _, last = name.partition(" ")
    return f"{first[0]}. {last}" if last and first else name


class PipelineBoard(QWidget):
    """Columns of cards, one per stage."""

    move_requested = Signal(int, str)  # relationship id, target stage
    stage_dialog_requested = Signal(int)
    card_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineBoard")
        self.columns: dict[Stage, StageColumn] = {}
        self.headers: dict[Stage, QLabel] = {}
        self._rows: Sequence[RelationshipRow] = ()
        #: Whether the cards say the structure's kind (a buyer's board; a seller's clients are
        #: companies: her cards name the owner only).
        self.show_kinds = True
        # Names wrap to the columns' width: the cards are laid out again once a resize settles,
        # and only on screen (a hidden board, or one being torn down, is left alone until shown).
        self._rewrap = QTimer(self)  # a child: it dies with the board
        self._rewrap.setSingleShot(True)
        self._rewrap.setInterval(60)
        self._rewrap.timeout.connect(self._on_rewrap)
        self._wrap_stale = False
        self.scroll_area = self._scroll_area()
        columns = QHBoxLayout(self.scroll_area.widget())
        # No margin of its own: the frame around the board is one, the cards get every pixel.
        columns.setContentsMargins(0, 0, 0, 0)
        for stage in Stage:
            columns.addLayout(self._column(stage))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll_area)

    def _scroll_area(self) -> QScrollArea:
        """Where the columns scroll sideways when the window is too narrow for all six.

        Each column scrolls its own cards up and down; the board only scrolls sideways, and
        asks for the room of ``SHOWN_AT_LEAST`` columns.
        """
        area = QScrollArea(self)
        area.setObjectName("pipelineScroll")
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab stops at what it holds, not at it
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidgetResizable(True)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(QWidget())
        area.setMinimumWidth(SHOWN_AT_LEAST * COLUMN_MIN_WIDTH)
        return area

    def _show_column(self, column: StageColumn) -> None:
        """Scroll the board sideways so that ``column`` is on screen."""
        self.scroll_area.ensureWidgetVisible(column, 0, 0)

    def _on_dragged_over(self, where: QPoint) -> None:
        """A card dragged near the board's left or right edge scrolls it that way."""
        viewport = self.scroll_area.viewport()
        x = viewport.mapFromGlobal(where).x()
        bar = self.scroll_area.horizontalScrollBar()
        if x < DRAG_SCROLL_ZONE:
            bar.setValue(bar.value() - DRAG_SCROLL_STEP)
        elif x > viewport.width() - DRAG_SCROLL_ZONE:
            bar.setValue(bar.value() + DRAG_SCROLL_STEP)

    def _column(self, stage: Stage) -> QVBoxLayout:
        column = StageColumn(stage, self)
        header = QLabel(stage.label)
        header.setObjectName("stageHeader")
        header.setAlignment(Qt.AlignmentFlag.AlignCenter)
        header.setBuddy(column)
        column.dropped.connect(self.move_requested)
        column.key_moved.connect(self._on_key_moved)
        column.focus_moved.connect(lambda step, s=stage: self._focus_column(s, step))
        column.activated.connect(self.stage_dialog_requested)
        column.resized.connect(self._schedule_rewrap)
        column.currentItemChanged.connect(self._on_current_changed)
        column.focused.connect(lambda c=column: self._on_column_focused(c))
        column.dragged_over.connect(self._on_dragged_over)
        self.columns[stage], self.headers[stage] = column, header
        box = QVBoxLayout()
        box.addWidget(header)
        box.addWidget(column)
        return box

    def set_rows(self, rows: Sequence[RelationshipRow]) -> None:
        """Show these relationships as cards (the current card stays selected)."""
        self._rows = rows
        selected = self.selected_id()
        for stage, column in self.columns.items():
            column.blockSignals(True)
            column.clear()
            cards = [r for r in rows if r.stage == stage.value]
            for row in cards:
                column.addItem(self._card(row, column))
            self.headers[stage].setText(f"{stage.label} ({len(cards)})")
            column.blockSignals(False)
        if selected is None or not self.select(selected, focus=self._holds_focus()):
            self._make_tab_stop(self.focus_target())

    def _holds_focus(self) -> bool:
        """Whether the window's focus is on the board (kept there while a dialog is open)."""
        focused = self.window().focusWidget()
        return focused is not None and self.isAncestorOf(focused)

    def _on_column_focused(self, column: StageColumn) -> None:
        self._show_column(column)
        self._make_tab_stop(column)

    def _make_tab_stop(self, chosen: StageColumn) -> None:
        """Make ``chosen`` the board's only Tab stop: Tab and Shift+Tab leave the board.

        The arrows go from column to column, and a click focuses any.
        """
        for column in self.columns.values():
            column.setFocusPolicy(Qt.FocusPolicy.StrongFocus if column is chosen
                                  else Qt.FocusPolicy.ClickFocus)

    def _schedule_rewrap(self) -> None:
        if self.isVisible():
            self._rewrap.start()
        else:
            self._wrap_stale = True

    def _on_rewrap(self) -> None:
        """Lay the cards out again for the columns' new width, if the board is on screen."""
        if not self.isVisible():
            self._wrap_stale = True
            return
        self._wrap_stale = False
        self.set_rows(self._rows)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        if self._wrap_stale:
            self._rewrap.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        if self._rewrap.isActive():
            self._rewrap.stop()
            self._wrap_stale = True
        super().hideEvent(event)

    def _card(self, row: RelationshipRow, column: StageColumn) -> QListWidgetItem:
        kind = kind_code_label(row.kind) if self.show_kinds else ""
        # no owner yet: the kind alone (the detail panel says « sans responsable »)
        owner = _short_name(row.person_name) if row.person_name else ""
        # Lines are cut here (not by the view) so that every card gets its true height.
        metrics, width = column.fontMetrics(), column.text_width()
        name = wrapped(row.counterparty_name, metrics, width)
        meta = meta_lines(kind, owner, metrics, width)
        since = wrapped(day_text(row.stage_since), metrics, width, max_lines=2)
        to_come = "" if row.contract_from is None else self.tr("Contrat le {day}").format(
            day=day_text(row.contract_from))  # created, not begun: the stage follows that day
        item = QListWidgetItem("\n".join(filter(None, (
            name, meta, since, wrapped(to_come, metrics, width, max_lines=2)))))
        item.setData(ID_ROLE, row.id)
        item.setToolTip("\n".join([row.counterparty_name, " · ".join(filter(None, (kind, owner))),
                                   ", ".join(row.sectors)]).strip()
                        + (f"\n{to_come}" if to_come else ""))
        return item

    def stop_drags(self) -> None:
        """No card can be dragged to another stage (a read-only workspace would refuse it)."""
        for column in self.columns.values():
            column.setDragEnabled(False)

    def select(self, relationship_id: int, *, focus: bool = True) -> bool:
        """Select a card, and focus it unless told not to; False when it is not shown."""
        for column in self.columns.values():
            if relationship_id in column.ids():
                column.setCurrentRow(column.ids().index(relationship_id))
                self._make_tab_stop(column)
                if focus:
                    column.setFocus()
                self._show_column(column)
                return True
        return False

    def focus_target(self) -> StageColumn:
        """The column to focus: the selected card's, else the first one holding cards."""
        chosen = self.column_of(self.selected_id()) if self.selected_id() is not None else None
        if chosen is None:
            chosen = next((s for s, c in self.columns.items() if c.count()), Stage.SOURCING)
        return self.columns[chosen]

    def selected_id(self) -> int | None:
        """The card having the focus (or the last one selected)."""
        for column in self.columns.values():
            if column.hasFocus() and column.currentItem() is not None:
                return int(column.currentItem().data(ID_ROLE))
        return getattr(self, "_last_selected", None)

    def column_of(self, relationship_id: int) -> Stage | None:
        """The stage column a card is in."""
        return next((s for s, c in self.columns.items() if relationship_id in c.ids()), None)

    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self._keep_only(current.listWidget())
            self._last_selected = int(current.data(ID_ROLE))
            self.card_selected.emit(self._last_selected)

    def _keep_only(self, chosen: QListWidget) -> None:
        """One card is selected on the board: the other columns let theirs go.

        Their current card goes too, so that clicking it again selects it again.
        """
        for column in self.columns.values():
            if column is not chosen:
                column.blockSignals(True)
                column.setCurrentRow(-1)
                column.clearSelection()
                column.blockSignals(False)

    def _on_key_moved(self, relationship_id: int, step: int) -> None:
        stage = self.column_of(relationship_id)
        if stage is None:
            return
        stages = list(Stage)
        target = stages.index(stage) + step
        if 0 <= target < len(stages):
            self.move_requested.emit(relationship_id, stages[target].value)

    def _focus_column(self, stage: Stage, step: int) -> None:
        stages = list(Stage)
        index = stages.index(stage) + step
        if 0 <= index < len(stages):
            column = self.columns[stages[index]]
            row = min(max(self.columns[stage].currentRow(), 0), column.count() - 1)
            column.setFocus()
            if column.currentRow() < 0 and column.count():
                column.setCurrentRow(row)  # the card beside the one left, as far as there is one
