"""Sizes that follow the room the screen and the window leave.

Dialogs open at a comfortable size that still fits the screen (1280 × 720 laptops included);
a scrolled view's contents are laid out again when its visible area changes size.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QWidget

#: Room kept for the window title bar and the desktop's panels.
FRAME_MARGIN = 80


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """``resize(width, height)``, shrunk to the available screen area when it is smaller."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width = min(width, area.width() - FRAME_MARGIN // 2)
        height = min(height, area.height() - FRAME_MARGIN)
    widget.resize(width, height)


def on_viewport_resized(view: QAbstractScrollArea, react: Callable[[], None]) -> None:
    """Call ``react`` each time the visible area of ``view`` (its viewport) changes size."""
    view.viewport().installEventFilter(_ViewportResized(view, react))


class _ViewportResized(QObject):
    """Watches a view's viewport for ``on_viewport_resized``; owned by the view."""

    def __init__(self, view: QAbstractScrollArea, react: Callable[[], None]) -> None:
        super().__init__(view)
        self._viewport = view.viewport()
        self._react = react

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        # A view torn down by the garbage collector may still send events once this wrapper's
        # attributes are gone: only a resize of a still-known viewport calls back.
        if event.type() == QEvent.Type.Resize and watched is getattr(self, "_viewport", None):
            self._react()
        return False  # the viewport still gets its resize
