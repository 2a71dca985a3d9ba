"""Run a user action as one named undo step, showing a refusal's reason instead of pushing it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.record_states import (
    Key,
    State,
    drifts,
    record_keys,
    record_states,
)
from srm_inclusif.ui.changed_since import MAX_NAMED, ChangedSince
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.undo import ServiceCommand, refusal


class DoneStep(ServiceCommand):
    """An undo step whose first ``do`` already ran (so its errors reached the caller).

    Each run notes the stored values of the records its ``Changes`` named; the next undo or
    redo first checks they are still those. A record changed since, in another window or by
    the command line, is not overwritten: the step is refused, said (``ChangedSince``), and
    leaves the stack.
    """

    done_before_push = True

    def __init__(self, ctx: WorkspaceContext, text: str, first: Changes,
                 do: Callable[[], Changes], undo: Callable[[], Changes]) -> None:
        super().__init__(ctx, text, do, undo)
        self._first: Changes | None = first
        self._keys: set[Key] = record_keys(first)
        self._states = self._noted()

    def redo(self) -> None:
        """Announce the first run; later redos call ``do`` again."""
        if self._first is not None:
            first, self._first = self._first, None
            self._ctx.notify(first)
            return
        self._apply(lambda: self._checked(self._do, undoing=False))

    def undo(self) -> None:
        """Revert the action, unless what it reverts was changed since."""
        self._apply(lambda: self._checked(self._undo, undoing=True))

    def _checked(self, action: Callable[[], Changes], *, undoing: bool) -> Changes:
        if self._states is not None:
            found = drifts(self._ctx.engine, self._states, named=MAX_NAMED)
            if found:
                raise ChangedSince(found, undoing=undoing)
        changes = action()
        self._keys |= record_keys(changes)
        self._states = self._noted()
        return changes

    def took_own_write(self, changes: Changes) -> bool:
        """Take the app's own later write on this step's records (``changes``) as the step's.

        The move of a relationship whose contract began, done by this window, is no change made
        elsewhere: undoing « Nouveau contrat » takes it back too. False if this step noted none
        of those records.
        """
        keys = self._keys & record_keys(changes)
        if not keys or self._states is None:
            return False
        now = self._noted(keys)
        self._states = None if now is None else self._states | now
        return True

    def _noted(self, keys: set[Key] | None = None) -> dict[Key, State] | None:
        """The records' values now; None (nothing to check) if the file cannot be read."""
        try:
            return record_states(self._ctx.engine, self._keys if keys is None else keys)
        except Exception as error:
            if refusal(self._ctx, error) is None:
                raise
            return None


def run_step(ctx: WorkspaceContext, parent: QWidget | None, text: str,
             do: Callable[[], Changes], undo: Callable[[], Changes]) -> bool:
    """Do the action now; on success push it as an undo step named ``text`` and return True.

    A domain error (guard rail, invalid value, a workspace read-only, on a full disk or locked)
    is shown in a message box titled ``text`` and nothing is pushed. The first run happens
    here, not in ``UndoStep.redo``, because an exception raised there would not reach the
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
