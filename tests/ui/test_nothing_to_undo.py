"""Ctrl+Z or Ctrl+Y with nothing to undo or redo says so in the status bar.

After an import, whose end screen says earlier actions no longer undo, Ctrl+Z did nothing and
said nothing: it seemed broken.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout

from srm_inclusif.ui.undo import undo_here
from srm_inclusif.ui.undo_stack import UndoStep
from tests.ui.conftest import active_window

CTRL = Qt.KeyboardModifier.ControlModifier


class _Step(UndoStep):
    """Writes ``done`` / ``undone`` in a list, as a service command changes the database."""

    def __init__(self, log: list[str]) -> None:
        super().__init__("Renommer")
        self.log = log

    def redo(self) -> None:
        self.log.append("done")

    def undo(self) -> None:
        self.log.append("undone")


def _said(window) -> str:  # noqa: ANN001
    return window.statusBar().currentMessage()


def test_ctrl_z_and_ctrl_y_on_an_empty_history_say_so(qtbot, ctx) -> None:  # noqa: ANN001
    window = active_window(qtbot, ctx)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert _said(window) == "Rien à annuler."
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert _said(window) == "Rien à rétablir."


def test_ctrl_z_undoes_while_it_can_then_says_there_is_nothing_left(
        qtbot, ctx) -> None:  # noqa: ANN001
    window = active_window(qtbot, ctx)
    log: list[str] = []
    ctx.run_command(_Step(log))
    window.statusBar().clearMessage()

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert (log, _said(window)) == (["done", "undone"], "")
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert (log, _said(window)) == (["done", "undone"], "Rien à annuler.")
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert log == ["done", "undone", "done"]


def test_after_an_import_emptied_the_history_ctrl_z_says_so(qtbot, ctx) -> None:  # noqa: ANN001
    window = active_window(qtbot, ctx)
    log: list[str] = []
    ctx.run_command(_Step(log))
    ctx.undo_stack.clear()  # as an import that wrote rows does

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert (log, _said(window)) == (["done"], "Rien à annuler.")


def test_in_a_dialog_over_the_window_it_is_said_in_the_window(qtbot, ctx) -> None:  # noqa: ANN001
    window = active_window(qtbot, ctx)
    dialog = QDialog(window)
    QVBoxLayout(dialog).addWidget(field := QLineEdit())
    field.setReadOnly(True)  # a text field would take Ctrl+Z for itself
    undo_here(dialog, ctx.undo_stack)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)

    qtbot.keyClick(field, Qt.Key.Key_Z, CTRL)
    assert _said(window) == "Rien à annuler."
