"""What a user reads of the lifecycle buttons: wrapped tooltips as one text, which are enabled."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def tooltip_text(widget: QWidget) -> str:
    """``widget``'s tooltip with its lines joined by spaces: the sentences, whatever the width."""
    return " ".join(widget.toolTip().splitlines())


def enabled(buttons) -> set[str]:  # noqa: ANN001
    """The keys of the buttons a user can press."""
    return {key for key, button in buttons.items() if button.isEnabled()}
