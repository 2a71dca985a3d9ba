"""The workspace's undo history: named steps undone and redone in order.

Plain Python objects, not ``QUndoStack`` and ``QUndoCommand``: a Python step pushed on Qt's
stack is owned by C++ and Python at once, and the garbage collector, freeing a closed
workspace whose steps refer back to it (their actions close over its pages), could delete a
step the stack still held, then crash in the stack's destructor. Here the steps are Python
objects the collector frees like any other. The interface is Qt's, for the few calls made.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class UndoStep:
    """One user action: ``redo`` does it (also when first pushed), ``undo`` reverts it.

    A step that finds it cannot run marks itself obsolete: the stack then drops it.
    """

    #: Its action already ran when it is pushed (its first ``redo`` only announces it): it is
    #: kept even if that announcement fails, as what it did is in the file.
    done_before_push = False

    def __init__(self, text: str) -> None:
        self._text = text
        self._obsolete = False

    def text(self) -> str:
        """The step's name, as in « Annuler : Modifier le contrat »."""
        return self._text

    def redo(self) -> None:
        """Do the action; subclasses override."""

    def undo(self) -> None:
        """Revert the action; subclasses override."""

    def set_obsolete(self, obsolete: bool) -> None:
        """Ask the stack to drop the step once its ``redo`` or ``undo`` returns."""
        self._obsolete = obsolete

    def is_obsolete(self) -> bool:
        """Whether the stack drops the step."""
        return self._obsolete


class UndoStack(QObject):
    """The steps done (before ``index``) and undone (from ``index``), with Qt's signals."""

    can_undo_changed = Signal(bool)
    can_redo_changed = Signal(bool)
    undo_text_changed = Signal(str)
    redo_text_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: list[UndoStep] = []
        self._index = 0

    def push(self, step: UndoStep) -> None:
        """Do ``step`` and put it on top; the steps undone before are forgotten."""
        before = self._state()
        try:
            step.redo()  # first: a step that fails leaves the history as it was...
        except Exception:
            if not step.done_before_push:
                raise
            self._keep(step, before)  # ...unless it was done already: it stays undoable
            raise
        if not step.is_obsolete():
            self._keep(step, before)

    def _keep(self, step: UndoStep, before: tuple[bool, bool, str, str]) -> None:
        """Put ``step`` on top, forgetting the steps undone."""
        del self._steps[self._index:]
        self._steps.append(step)
        self._index += 1
        self._announce(before)

    def undo(self) -> None:
        """Revert the latest step done, if any."""
        if not self._index:
            return
        before = self._state()
        step = self._steps[self._index - 1]
        step.undo()
        self._index -= 1
        if step.is_obsolete():
            del self._steps[self._index]
        self._announce(before)

    def redo(self) -> None:
        """Do again the latest step undone, if any."""
        if self._index == len(self._steps):
            return
        before = self._state()
        step = self._steps[self._index]
        step.redo()
        if step.is_obsolete():
            del self._steps[self._index]
        else:
            self._index += 1
        self._announce(before)

    def clear(self) -> None:
        """Forget every step (after an import, which cannot be undone step by step)."""
        before = self._state()
        self._steps.clear()
        self._index = 0
        self._announce(before)

    def count(self) -> int:
        """How many steps are kept, done or undone."""
        return len(self._steps)

    def index(self) -> int:
        """How many steps are done: the next undo reverts step ``index() - 1``."""
        return self._index

    def command(self, index: int) -> UndoStep:
        """The step at ``index`` (0 the oldest)."""
        return self._steps[index]

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    def undo_text(self) -> str:
        return self._steps[self._index - 1].text() if self.can_undo() else ""

    def redo_text(self) -> str:
        return self._steps[self._index].text() if self.can_redo() else ""

    def _state(self) -> tuple[bool, bool, str, str]:
        return self.can_undo(), self.can_redo(), self.undo_text(), self.redo_text()

    def _announce(self, before: tuple[bool, bool, str, str]) -> None:
        """Emit the signals of what changed since ``before``."""
        can_undo, can_redo, undo_text, redo_text = self._state()
        if can_undo != before[0]:
            self.can_undo_changed.emit(can_undo)
        if can_redo != before[1]:
            self.can_redo_changed.emit(can_redo)
        if undo_text != before[2]:
            self.undo_text_changed.emit(undo_text)
        if redo_text != before[3]:
            self.redo_text_changed.emit(redo_text)
