"""A page's bar of filters and buttons that puts its buttons under the filters when narrow.

Side by side on a small screen (1024 px), the buttons squeezed the search box to
« Intitulé ou str… »; under the filters, the box gets the width of the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget


class WrappingBar(QWidget):
    """``filters`` then ``buttons`` on one line, or the buttons on a line of their own.

    They share a line when it leaves ``filters`` the width ``filters_wanted()`` returns.
    """

    def __init__(self, filters: QLayout, buttons: QLayout, *,
                 filters_wanted: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._buttons = buttons
        self._filters_wanted = filters_wanted
        self._box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._box.setContentsMargins(0, 0, 0, 0)
        self._box.addLayout(filters, 1)
        self._box.addLayout(buttons)

    def on_one_line(self) -> bool:
        """Whether the buttons are beside the filters."""
        return self._box.direction() is QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int) -> None:
        wanted = self._filters_wanted() + self._box.spacing() + self._buttons.sizeHint().width()
        direction = (QBoxLayout.Direction.LeftToRight if width >= wanted
                     else QBoxLayout.Direction.TopToBottom)
        if direction is not self._box.direction():
            self._box.setDirection(direction)
