"""The sentence a panel shows instead of an empty list: what will appear there, how to add some."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def empty_state_label(text: str, object_name: str) -> QLabel:
    """A wrapped sentence kept at the top left of the room the list would take."""
    label = QLabel(text)
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label
