"""The keys between the Fournisseurs / Clients search box and its list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent

if TYPE_CHECKING:
    from srm_inclusif.ui.pages.counterparties_view import CounterpartiesView

#: Keys that take the focus from the search box down into the list.
INTO_LIST_KEYS = (Qt.Key.Key_Down, Qt.Key.Key_PageDown)


class SearchKeys(QObject):
    """The keys between the search box and the list, as in a desktop app's finder.

    ↓ or Page ↓ in the box go down into the list, ↑ on its first row comes back up, Échap
    empties the box. (Entrée in the box opens a record: the page answers ``returnPressed``.)
    """

    def __init__(self, view: CounterpartiesView) -> None:
        super().__init__(view)
        self._view = view
        view.search_edit.installEventFilter(self)
        view.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and _plain(event)):
            return False
        key, view = event.key(), self._view
        if watched is view.search_edit and key in INTO_LIST_KEYS:
            return view.enter_list()
        if watched is view.search_edit and key == Qt.Key.Key_Escape:
            return view.clear_search()
        if watched is view.table and key == Qt.Key.Key_Up:
            return view.leave_list()
        return False


def _plain(event: QKeyEvent) -> bool:
    """Whether a key is pressed alone (the keypad's arrows too), not with Ctrl, Shift or Alt."""
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == (
        Qt.KeyboardModifier.NoModifier)
