"""The undo history: steps undone and redone in order, refused steps dropped, freed with their
workspace."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtWidgets import QWidget

from srm_inclusif.storage.changes import Changes
from srm_inclusif.ui.commands import run_step
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.undo_stack import UndoStack, UndoStep
from tests.conftest import DEMO_TODAY


class _Note(UndoStep):
    """Writes its name in ``log`` when done, takes it out when undone; refuses when told."""

    def __init__(self, log: list[str], name: str, *, refuse: bool = False) -> None:
        super().__init__(name)
        self.log = log
        self.refuse = refuse

    def redo(self) -> None:
        if self.refuse:
            self.set_obsolete(True)
            return
        self.log.append(self.text())

    def undo(self) -> None:
        if self.refuse:
            self.set_obsolete(True)
            return
        self.log.remove(self.text())


def test_steps_are_undone_and_redone_in_order_with_their_names() -> None:
    log: list[str] = []
    stack = UndoStack()
    stack.push(_Note(log, "Créer la fiche"))
    stack.push(_Note(log, "Modifier la fiche"))
    assert log == ["Créer la fiche", "Modifier la fiche"]
    assert (stack.undo_text(), stack.redo_text()) == ("Modifier la fiche", "")

    stack.undo()
    assert log == ["Créer la fiche"]
    assert (stack.undo_text(), stack.redo_text()) == ("Créer la fiche", "Modifier la fiche")

    stack.redo()
    assert log == ["Créer la fiche", "Modifier la fiche"]
    assert stack.can_undo()
    assert not stack.can_redo()


def test_a_new_step_after_an_undo_forgets_the_step_undone() -> None:
    log: list[str] = []
    stack = UndoStack()
    stack.push(_Note(log, "A"))
    stack.push(_Note(log, "B"))
    stack.undo()
    stack.push(_Note(log, "C"))
    assert log == ["A", "C"]
    assert stack.count() == 2
    assert not stack.can_redo()


def test_a_step_refused_on_undo_leaves_the_history() -> None:
    log: list[str] = []
    stack = UndoStack()
    stack.push(_Note(log, "A"))
    refused = _Note(log, "B")
    stack.push(refused)
    refused.refuse = True  # its records were changed elsewhere since

    stack.undo()

    assert log == ["A", "B"]
    assert stack.count() == 1
    assert (stack.undo_text(), stack.redo_text()) == ("A", "")


def test_the_menu_follows_the_history_through_its_signals() -> None:
    stack = UndoStack()
    said: list[tuple[str, object]] = []
    stack.can_undo_changed.connect(lambda on: said.append(("can_undo", on)))
    stack.undo_text_changed.connect(lambda text: said.append(("undo_text", text)))
    stack.redo_text_changed.connect(lambda text: said.append(("redo_text", text)))
    stack.push(_Note([], "Modifier le contrat"))
    assert said == [("can_undo", True), ("undo_text", "Modifier le contrat")]

    said.clear()
    stack.clear()
    assert said == [("can_undo", False), ("undo_text", "")]
    assert stack.count() == 0


def _workspace_with_history(workspace) -> weakref.ref:  # noqa: ANN001
    """A context whose steps close over a page that holds it, as the app's pages do."""
    ctx = WorkspaceContext(workspace, today=lambda: DEMO_TODAY)
    page = QWidget()
    page.ctx = ctx
    for name in ("A", "B", "C"):
        run_step(ctx, page, name, lambda: Changes(), lambda: page.ctx and Changes())
    assert ctx.undo_stack.count() == 3  # the steps are kept: the history holds the page
    ctx.undo_stack.undo()
    return weakref.ref(ctx)


def test_a_closed_workspace_is_freed_with_its_history(qtbot, workspace) -> None:  # noqa: ANN001
    freed = _workspace_with_history(workspace)
    gc.collect()
    assert freed() is None


class _Done(_Note):
    """Its action already ran; its first run only announces it, and that fails."""

    done_before_push = True

    def redo(self) -> None:
        raise RuntimeError("a view failed to refresh")


def test_a_step_already_done_stays_undoable_when_its_announcement_fails() -> None:
    log = ["Importer la fiche"]  # written before the step is pushed
    stack = UndoStack()

    with pytest.raises(RuntimeError):
        stack.push(_Done(log, "Importer la fiche"))

    assert stack.undo_text() == "Importer la fiche"
    stack.undo()
    assert log == []


class _Failing(_Note):
    """Its action fails: nothing was done."""

    def redo(self) -> None:
        raise RuntimeError("refused")


def test_a_step_that_fails_to_run_is_not_kept() -> None:
    stack = UndoStack()

    with pytest.raises(RuntimeError, match="refused"):
        stack.push(_Failing([], "Modifier la fiche"))

    assert stack.count() == 0
