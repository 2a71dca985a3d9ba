"""One stage's column of the pipeline board: its cards, how they look, are dragged and keyed.

Left / Right and Ctrl+Left / Ctrl+Right, Enter and a drop are only reported (signals): the
board decides what they do.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from srm_inclusif.core.vocabulary import Stage

MIME_TYPE = "application/x-srm-inclusif-relationship"
#: Narrowest a column gets: narrower, the board scrolls sideways.
COLUMN_MIN_WIDTH = 112
ID_ROLE = Qt.ItemDataRole.UserRole
CARD_STYLE = (
    # Thin sides: the item view keeps a text margin of its own, and every pixel of a narrow
    # column is a letter of a name.
    "QListWidget::item { border: 1px solid #c9ced6; border-radius: 4px; padding: 3px 1px;"
    " margin: 2px 1px; background: palette(base); }"
    "QListWidget::item:selected { background: #2f6fb0; color: white; }"
    # The focus ring: a thick, dark border, taken from the margin and the padding, so that the
    # card's text keeps the room it was cut for.
    "QListWidget::item:focus { border: 3px solid #1a1a1a; margin: 2px 0px; padding: 1px 0px; }"
)


def relationship_mime(relationship_id: int) -> QMimeData:
    """The drag payload of a card."""
    data = QMimeData()
    data.setData(MIME_TYPE, QByteArray(str(relationship_id).encode()))
    return data


class StageColumn(QListWidget):
    """The cards of one stage."""

    dropped = Signal(int, str)  # relationship id, this column's stage
    resized = Signal()
    key_moved = Signal(int, int)  # relationship id, +1 / -1 stage
    focus_moved = Signal(int)  # -1 / +1 column
    activated = Signal(int)
    focused = Signal()
    dragged_over = Signal(QPoint)  # where a card is dragged, in global coordinates

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._laid_out_width = -1  # the width the cards were last cut for
        self.stage = stage
        self.setObjectName(f"stageColumn_{stage.value}")
        self.setAccessibleName(stage.label)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSpacing(0)  # the cards' margin (CARD_STYLE) keeps them apart
        self.setMinimumWidth(COLUMN_MIN_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setStyleSheet(CARD_STYLE)

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802
        return relationship_mime(int(items[0].data(ID_ROLE)))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        self.dragEnterEvent(event)  # type: ignore[arg-type]
        self.dragged_over.emit(self.viewport().mapToGlobal(event.position().toPoint()))

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusInEvent(event)
        current = self.currentItem()
        if current is not None and not current.isSelected():
            current.setSelected(True)  # a card entered by Tab is chosen, as one clicked
        self.focused.emit()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Ask for the move once the drag is over; the card itself is not moved here."""
        payload = event.mimeData().data(MIME_TYPE)
        event.ignore()
        if not payload:
            return
        relationship_id = int(bytes(payload.data()).decode())
        if relationship_id in self.ids():
            return
        QTimer.singleShot(0, lambda: self.dropped.emit(relationship_id, self.stage.value))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, ctrl = event.key(), event.modifiers() & Qt.KeyboardModifier.ControlModifier
        current = self.currentItem()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left):
            step = 1 if key == Qt.Key.Key_Right else -1
            if ctrl and current is not None:
                self.key_moved.emit(int(current.data(ID_ROLE)), step)
            elif not ctrl:
                self.focus_moved.emit(step)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self.activated.emit(int(current.data(ID_ROLE)))
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Say when the column's width changed: its cards are cut for it.

        Not when its viewport's did: the scroll bar hides while the column is emptied and comes
        back when it is filled (``text_width`` keeps its room either way), and each came back
        as a resize that laid the cards out again, which emptied the column again: the board
        was laid out over and over, taking the focus back to the card each time.
        """
        super().resizeEvent(event)
        if self.width() != self._laid_out_width:
            self._laid_out_width = self.width()
            self.resized.emit()

    def text_width(self) -> int:
        """Pixels a line of text may take on a card of this column, as the view draws it.

        Measured through the style (border, padding and margins of ``CARD_STYLE``, the text
        margins of the item view), with room kept for the scroll bar: the cards are laid out
        while the column is emptied, when the scroll bar is hidden for a moment.
        """
        style = self.style()
        scroll_bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        card = self.width() - 2 * self.frameWidth() - scroll_bar - 2 * self.spacing()
        option.rect = QRect(0, 0, max(card, 1), 4 * self.fontMetrics().height())
        text = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, self)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self) + 1
        # a pixel each side for the rounding of the text layout, which elides a line that fits
        # to the pixel
        return max(40, text.width() - 2 * margin - 2)

    def ids(self) -> list[int]:
        """Relationship ids shown, top to bottom."""
        return [int(self.item(i).data(ID_ROLE)) for i in range(self.count())]
