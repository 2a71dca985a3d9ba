"""A line edit's hint that shortens itself rather than being cut in a narrow window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame


class FittingHint(QObject):
    """Shows in ``edit`` the longest of its hints that fits whole; the last one otherwise.

    The first hint is the full one; the others say less, for a narrow window (1024 px, where
    « Rechercher : nom, enseigne, ville, secteur, off… » was cut).
    """

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._hints: tuple[str, ...] = ()
        edit.installEventFilter(self)

    def set_hints(self, *hints: str) -> None:
        """The hints, longest first; the one that fits is shown at once."""
        self._hints = hints
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._edit and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        if not self._hints:
            return
        room = self.room()
        fm = self._edit.fontMetrics()
        fitting = [hint for hint in self._hints if fm.horizontalAdvance(hint) <= room]
        self._edit.setPlaceholderText(fitting[0] if fitting else self._hints[-1])

    def room(self) -> int:
        """The width a hint has: the text area less the margins and the clear button."""
        return hint_room(self._edit)


def hint_room(edit: QLineEdit) -> int:
    """The width a hint has in ``edit``: the text area less the margins and the clear button."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    rect = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    clear_button = edit.height() if edit.isClearButtonEnabled() else 0  # about a square
    return rect.width() - margins.left() - margins.right() - clear_button


def show_whole_hint(edit: QLineEdit) -> None:
    """Make ``edit`` at least wide enough for its whole hint, which says what the field is for.

    Its frame and margins are measured (``hint_room``), in its style sheet's font and padding.
    """
    edit.ensurePolished()
    padding = edit.width() - hint_room(edit)
    edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + padding)
