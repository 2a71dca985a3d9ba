"""What a wrapped tooltip says, read as one text (the lifecycle buttons break theirs into lines)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tooltip_text(widget: QWidget) -> str:
    """``widget``'s tooltip with its lines joined by spaces: the sentences, whatever the width."""
    return " ".join(widget.toolTip().splitlines())
