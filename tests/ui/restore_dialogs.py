"""The restore dialog as its tests open it; its questions and warnings answered, no box shown."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import Engine, text

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


def restore_answered(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:  # noqa: ANN001
    """The questions asked; Yes clicks « Restaurer » (or says Oui), Cancel « Annuler »."""
    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text())
        restore = next(b for b in box.buttons() if b.text() == "Restaurer")
        (restore if button == QMessageBox.StandardButton.Yes
         else box.button(QMessageBox.StandardButton.Cancel)).click()
        return 0

    def question(_parent, _title, message, *_args):  # noqa: ANN001, ANN202 (the launcher's)
        asked.append(message)
        return button

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def structure_count(engine: Engine) -> int:
    """How many structures the workspace holds (what the Fournisseurs list counts)."""
    with engine.connect() as connection:
        return int(connection.execute(text("SELECT count(*) FROM counterparty")).scalar_one())
