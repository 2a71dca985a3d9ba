"""Answer the modal dialogs a lifecycle action opens, in order, as a user would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

Fill = Callable[[Any], None]


def answer(*fills: Fill | None) -> list[str]:
    """Fill then accept the next modal dialogs, one ``fill`` each (None: reject it).

    Returns the list of the window titles seen, filled as the dialogs open.
    """
    seen: list[str] = []
    queue = list(fills)

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or any(dialog is d for d in handled):
            QTimer.singleShot(10, handle)
            return
        handled.append(dialog)
        seen.append(dialog.windowTitle())
        fill = queue.pop(0)
        if fill is None:
            dialog.reject()
        else:
            fill(dialog)
            dialog.accept()
        if queue:
            QTimer.singleShot(0, handle)

    handled: list[QDialog] = []
    QTimer.singleShot(0, handle)
    return seen


def questions(monkeypatch: Any, reply: QMessageBox.StandardButton) -> list[tuple[str, Any]]:
    """The yes / no questions asked (text, default button), each answered ``reply``."""
    asked: list[tuple[str, Any]] = []

    def question(_parent: Any, _title: str, text: str, _buttons: Any, default: Any) -> Any:
        asked.append((text, default))
        return reply

    monkeypatch.setattr("srm_inclusif.ui.prompts.QMessageBox.question", question)
    return asked
