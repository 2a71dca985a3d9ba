"""A row of buttons that wraps onto a second line when the window is too narrow for it.

A page's tool bar laid out by ``FlowLayout`` asks for no more width than its widest button:
on a small screen (1024 px) its last buttons go under the first ones instead of widening
the window past the screen, where they could not be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QWidget


class FlowLayout(QLayout):
    """Items side by side, left to right, going on to a new line when a line is full.

    The items added after ``addStretch`` keep to the right of their line, as after a
    ``QHBoxLayout``'s stretch.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._right_from: int | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def addStretch(self) -> None:  # noqa: N802 (as QBoxLayout's)
        """The items added from now on keep to the right of their line."""
        self._right_from = len(self._items)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def addLayout(self, layout: QLayout) -> None:  # noqa: N802 (as QBoxLayout's)
        """A group kept on one line (a label and its field); its widgets join the page."""
        self.addChildLayout(layout)
        self.addItem(layout)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1  # the stretch stays before the same item
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        """One line holding every item."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown)
        width += self._gap() * max(len(shown) - 1, 0)
        height = max((item.sizeHint().height() for item in shown), default=0)
        return QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QSize:  # noqa: N802
        """The widest item: narrower than the line, the others go on new lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(QSizePolicy.ControlType.PushButton,
                                   QSizePolicy.ControlType.PushButton,
                                   Qt.Orientation.Horizontal)

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            needed = item.sizeHint().width()
            if lines[-1] and used + self._gap() + needed > width:
                lines.append([])
                used = 0
            used += (self._gap() if lines[-1] else 0) + needed
            lines[-1].append(item)
        return [line for line in lines if line]

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (when ``place``); the height they take."""
        margins: QMargins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        y = area.y()
        gap = self._gap()
        for line in self._lines(area.width()):
            height = max(item.sizeHint().height() for item in line)
            if place:
                self._place_line(line, area, y, height)
            y += height + gap
        return y - gap - rect.y() + margins.bottom() if y > area.y() else 0

    def _place_line(self, line: list[QLayoutItem], area: QRect, y: int, height: int) -> None:
        gap = self._gap()
        widths = [min(item.sizeHint().width(), area.width()) for item in line]
        room = max(area.width() - sum(widths) - gap * (len(line) - 1), 0)
        x, pushed = area.x(), self._right_from is None
        for item, width in zip(line, widths, strict=True):
            if not pushed and self._items.index(item) >= self._right_from:
                x, pushed = x + room, True  # the first item after the stretch, and the rest
            top = y + (height - item.sizeHint().height()) // 2
            item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
            x += width + gap
