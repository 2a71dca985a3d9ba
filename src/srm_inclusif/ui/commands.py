"""Run a user action as one named undo step, showing a refusal's reason instead of pushing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.undo import ServiceCommand, refusal


class DoneStep(ServiceCommand):
    """An undo step whose first ``do`` already ran (so its errors reached the caller)."""

    def __init__(self, ctx: WorkspaceContext, text: str, first: Changes,
                 do: Callable[[], Changes], undo: Callable[[], Changes]) -> None:
        super().__init__(ctx, text, do, undo)
        self._first: Changes | None = first

    def redo(self) -> None:
        """Announce the first run; later redos call ``do`` again."""
        if self._first is not None:
            first, self._first = self._first, None
            self._ctx.notify(first)
            return
        super().redo()


def run_step(ctx: WorkspaceContext, parent: QWidget | None, text: str,
             do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
    """Do the action now; on success push it as an undo step named ``text`` and return True.

    A domain error (guard rail, invalid value, a workspace read-only, on a full disk or locked)
    is shown in a message box titled ``text`` and nothing is pushed. The first run happens
    here, not in ``QUndoCommand.redo``, because an exception raised there would not reach the
    caller.
    """
    try:
        first = do()
    except Exception as error:
        failure = refusal(ctx, error)
        if failure is None:
            raise
        QMessageBox.warning(parent, text, error_text(failure))
        return False
    ctx.run_command(DoneStep(ctx, text, first, do, undo))
    return True
