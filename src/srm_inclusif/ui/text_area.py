"""The multi-line text field of the forms: Tab moves on to the next field, as in every other one.

A plain ``QPlainTextEdit`` types a tab character instead, which keeps a keyboard user inside the
field (a marché test's scope got its criteria and amount, tab-separated). Line breaks stay on
Enter; a tab character is not wanted in a note.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextArea(QPlainTextEdit):
    """A ``QPlainTextEdit`` that leaves Tab / Shift+Tab to move between the form's fields."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTabChangesFocus(True)
