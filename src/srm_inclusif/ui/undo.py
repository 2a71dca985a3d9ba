"""Undo steps that call paired service functions (do / undo) and announce what changed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from srm_inclusif.core.errors import SrmError
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.failures import storage_error
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.said_when_off import SaidWhenOff
from srm_inclusif.ui.shortcuts_dialog import HELP_NAME
from srm_inclusif.ui.undo_stack import UndoStack, UndoStep

if TYPE_CHECKING:
    from srm_inclusif.ui.context import WorkspaceContext


def refusal(ctx: WorkspaceContext, error: Exception) -> SrmError | None:
    """The domain error ``error`` is or means; None for a bug, to be raised as it is.

    An SQLite refusal met outside the engine (read-only, disk full, locked) is one too.
    """
    if isinstance(error, SrmError):
        return error
    return storage_error(error, ctx.workspace.path)


class ServiceCommand(UndoStep):
    """One user action: ``do`` on redo, ``undo`` on undo; both return the ``Changes`` made.

    A refusal (a workspace read-only or locked since, a guard rail) is said in a message box
    titled by the step's name, and the step leaves the stack: nothing was written, so there
    is nothing to undo or redo. Push it through ``ui.commands.run_step`` so that its first
    run's refusal also reaches the caller.
    """

    def __init__(self, ctx: WorkspaceContext, text: str, do: Callable[[], Changes],
                 undo: Callable[[], Changes]) -> None:
        super().__init__(text)
        self._ctx = ctx
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        """Apply the action (also called when first pushed)."""
        self._apply(self._do)

    def undo(self) -> None:
        """Revert the action."""
        self._apply(self._undo)

    def _apply(self, action: Callable[[], Changes]) -> None:
        # an exception leaving redo/undo would reach the app's unexpected-error box, and the
        # stack would keep a step that changed nothing
        try:
            changes = action()
        except Exception as error:
            failure = refusal(self._ctx, error)
            if failure is None:
                raise
            self.set_obsolete(True)  # the stack drops the step once this returns
            QMessageBox.warning(QApplication.activeWindow(), self.text(), error_text(failure))
            return
        self._ctx.notify(changes)


class StepAction(QAction):
    """Édition › Annuler or Rétablir, named after the step: « Annuler : Modifier le contrat ».

    Qt's own actions put the step's name right after the verb (« Annuler Modifier le
    contrat »), a capital in mid-phrase. With no step, the verb alone. The keyboard help names
    the action by its verb whatever the step (``HELP_NAME``).
    """

    def __init__(self, stack: UndoStack, parent: QObject, verb: str, *, undo: bool) -> None:
        super().__init__(parent)
        self._verb = verb
        self.setProperty(HELP_NAME, verb)
        step, can, step_changed, can_changed, run = (
            (stack.undo_text, stack.can_undo, stack.undo_text_changed, stack.can_undo_changed,
             stack.undo) if undo else
            (stack.redo_text, stack.can_redo, stack.redo_text_changed, stack.can_redo_changed,
             stack.redo))
        self._relabel(step())
        self.setEnabled(can())
        step_changed.connect(self._relabel)
        can_changed.connect(self.setEnabled)
        self.triggered.connect(run)

    def _relabel(self, step: str) -> None:
        if not step:
            self.setText(self._verb)
            return
        self.setText(QCoreApplication.translate("UndoKeys", "{verb} : {step}").format(
            verb=self._verb, step=step))


def undo_here(window: QWidget, stack: UndoStack) -> None:
    """Ctrl+Z and Ctrl+Maj+Z reach ``stack`` in ``window`` too.

    For a dialog that can undo while it is open: the main window's Édition menu, which holds
    these shortcuts, is out of reach behind it.
    """
    window.addActions(list(step_actions(window, stack)))


def step_actions(window: QWidget, stack: UndoStack) -> tuple[StepAction, StepAction]:
    """Annuler and Rétablir for ``stack`` with their keys, saying when there is nothing to do.

    The Édition menu's and a dialog's (``undo_here``) are made here alike.
    """
    undo = StepAction(stack, window, QCoreApplication.translate("MainWindow", "Annuler"),
                      undo=True)
    undo.setShortcut(QKeySequence.StandardKey.Undo)
    redo = StepAction(stack, window, QCoreApplication.translate("MainWindow", "Rétablir"),
                      undo=False)
    redo.setShortcuts(redo_keys())
    say_when_nothing_to_undo(window, undo, redo)
    return undo, redo


def say_when_nothing_to_undo(window: QWidget, undo: QAction, redo: QAction) -> None:
    """Ctrl+Z (Ctrl+Y…) with nothing to undo (redo) says « Rien à annuler. » in the status bar.

    The stack's own actions are off then, and their keys did nothing and said nothing: after
    an import, which empties the stack, Ctrl+Z seemed broken. Each twin takes its action's keys
    only while the action is off, so that no key has two actions at once.
    """
    window.addActions([
        SaidWhenOff(undo, lambda: QCoreApplication.translate("UndoKeys", "Rien à annuler.")),
        SaidWhenOff(redo, lambda: QCoreApplication.translate("UndoKeys", "Rien à rétablir."))])


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys, with Ctrl+Maj+Z and Ctrl+Y wherever it lacks them.

    ``setShortcut(StandardKey.Redo)`` keeps the platform's first key only: Ctrl+Y on some,
    and Ctrl+Maj+Z then did nothing.
    """
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    return keys + [key for key in map(QKeySequence, ("Ctrl+Shift+Z", "Ctrl+Y")) if key not in keys]
