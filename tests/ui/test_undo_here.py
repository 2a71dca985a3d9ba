"""A dialog open over the main window reaches the undo stack with Ctrl+Z and Ctrl+Maj+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

from srm_inclusif.ui.undo import undo_here
from srm_inclusif.ui.undo_stack import UndoStack, UndoStep

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


class _Step(UndoStep):
    """Writes ``done`` / ``undone`` in a list, as a service command changes the database."""

    def __init__(self, log: list[str]) -> None:
        super().__init__("Étape")
        self.log = log

    def redo(self) -> None:
        self.log.append("done")

    def undo(self) -> None:
        self.log.append("undone")


def test_ctrl_z_and_ctrl_shift_z_undo_and_redo_in_the_dialog(qtbot) -> None:
    log: list[str] = []
    stack = UndoStack()
    stack.push(_Step(log))
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QVBoxLayout(dialog).addWidget(field := QLineEdit())
    field.setReadOnly(True)  # a text field would take Ctrl+Z for itself
    undo_here(dialog, stack)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)  # shortcuts go to the active window
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert log == ["done", "undone"]
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL | SHIFT)
    assert log == ["done", "undone", "done"]
    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(field, Qt.Key.Key_Y, CTRL)  # the other redo key the Édition menu has
    assert log == ["done", "undone", "done", "undone", "done"]
