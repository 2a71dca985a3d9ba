"""A dialog's Ctrl+Z names the step as the Édition menu does: « Annuler : Étape »."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from srm_inclusif.ui.undo import undo_here
from srm_inclusif.ui.undo_stack import UndoStack, UndoStep


def _texts(dialog: QDialog) -> list[str]:
    return [action.text() for action in dialog.actions() if action.text()]


def test_the_dialog_names_the_step_after_a_colon(qtbot) -> None:  # noqa: ANN001
    stack = UndoStack()
    stack.push(UndoStep("Modifier la fiche"))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    undo_here(dialog, stack)
    assert "Annuler\u00a0: Modifier la fiche" in _texts(dialog)

    stack.undo()

    assert "Rétablir\u00a0: Modifier la fiche" in _texts(dialog)
    assert "Annuler" in _texts(dialog)
