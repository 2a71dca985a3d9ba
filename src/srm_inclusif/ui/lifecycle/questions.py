"""Yes / no questions of the lifecycle actions, each with the answer Enter gives."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def asked(parent: QWidget | None, title: str, question: str, *, default_yes: bool) -> bool:
    """Whether the user answered Oui; ``default_yes`` says which button Enter presses."""
    return QMessageBox.question(parent, title, question, Yes | No,
                                Yes if default_yes else No) == Yes
