"""Open dialogs at a comfortable size that still fits the screen (1280 × 720 laptops included)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

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
