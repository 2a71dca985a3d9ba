"""Undo steps that call paired service functions (do / undo) and announce what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

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
