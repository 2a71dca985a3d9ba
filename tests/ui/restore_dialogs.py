"""The restore dialog as its tests open it; its questions and warnings answered, no box shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog


def restore_dialog(qtbot, ctx: WorkspaceContext) -> RestoreDialog:  # noqa: ANN001
    """The dialog on ``ctx``, not shown, closed with the test."""
    dialog = RestoreDialog(ctx)
    qtbot.addWidget(dialog)
    return dialog


def answered(monkeypatch, button: str, *, click: bool) -> list[str]:  # noqa: ANN001
    """The questions asked; each offers ``button``, clicked if ``click``, else « Annuler »."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        offered = next(b for b in box.buttons() if b.text() == button)
        (offered if click else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return asked


def warnings_shown(monkeypatch) -> list[str]:  # noqa: ANN001
    """The texts of the warnings shown, instead of modal boxes."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, message, *_args: shown.append(message))
    return shown
