"""Run a user action as one undo step, showing a refused action's reason instead of pushing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.undo import ServiceCommand


def run_checked(ctx: WorkspaceContext, parent: QWidget | None, text: str,
                do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
    """Do the action now; on success push it on the undo stack, on a domain error warn.

    An exception raised inside ``QUndoCommand.redo`` would not reach the caller, so the first
    run happens here and the pushed command only replays it on later redos.
    """
    try:
        first = do()
    except SrmError as error:
        QMessageBox.warning(parent, text, error_text(error))
        return False
    pending = [first]

    def redo() -> Changes:
        return pending.pop() if pending else do()

    ctx.run_command(ServiceCommand(ctx, text, redo, undo))
    return True
