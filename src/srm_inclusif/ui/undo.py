"""Undo steps that call paired service functions (do / undo) and announce what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from srm_inclusif.storage.changes import Changes

if TYPE_CHECKING:
    from srm_inclusif.ui.context import WorkspaceContext


class ServiceCommand(QUndoCommand):
    """One user action: ``do`` on redo, ``undo`` on undo; both return the ``Changes`` made."""

    def __init__(self, ctx: WorkspaceContext, text: str, do: Callable[[], Changes],
                 undo: Callable[[], Changes]) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        """Apply the action (also called when first pushed)."""
        self._ctx.notify(self._do())

    def undo(self) -> None:
        """Revert the action."""
        self._ctx.notify(self._undo())


def undo_here(window: QWidget, stack: QUndoStack) -> None:
    """Ctrl+Z and Ctrl+Maj+Z reach ``stack`` in ``window`` too.

    For a dialog that can undo while it is open: the main window's Édition menu, which holds
    these shortcuts, is out of reach behind it.
    """
    undo = stack.createUndoAction(window)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(window)
    redo.setShortcuts(redo_keys())
    window.addActions([undo, redo])


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Maj+Z and Ctrl+Y wherever it lacks them.

    ``setShortcut(StandardKey.Redo)`` keeps the platform's first key only: Ctrl+Y on some,
    and Ctrl+Maj+Z then did nothing.
    """
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    return keys + [key for key in map(QKeySequence, ("Ctrl+Shift+Z", "Ctrl+Y")) if key not in keys]
