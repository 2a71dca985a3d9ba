"""The restore question's buttons say what they do, and a wrong file is told what to choose."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from srm_inclusif.ui import file_dialogs
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.restore_dialog import RestoreDialog, confirm_restore
from tests.support import IMPORT_FIXTURES


def test_the_question_offers_restaurer_or_annuler_annuler_first(qtbot, monkeypatch) -> None:  # noqa: ANN001
    seen: list[tuple[list[str], bool, bool]] = []

    def answer(box: QMessageBox) -> int:
        cancel = box.button(QMessageBox.StandardButton.Cancel)
        seen.append(([b.text() for b in box.buttons() if b is not cancel],
                     cancel is not None, box.defaultButton() is cancel))
        cancel.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert not confirm_restore(None, datetime(2026, 11, 22, 14, 5))
    assert seen == [(["Restaurer"], True, True)]  # no « Oui » beside « Annuler »


def test_the_restaurer_button_is_translated(qtbot, marked, monkeypatch) -> None:  # noqa: ANN001
    texts: list[str] = []

    def answer(box: QMessageBox) -> int:
        texts.extend(b.text() for b in box.buttons())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    confirm_restore(None, datetime(2026, 11, 22, 14, 5))
    assert "[RestoreDialog] Restaurer" in texts


def test_a_file_that_is_no_workspace_says_what_to_choose(qtbot, workspace, monkeypatch) -> None:  # noqa: ANN001
    dialog = RestoreDialog(WorkspaceContext(workspace))
    qtbot.addWidget(dialog)
    chosen: Path = IMPORT_FIXTURES / "export_hosmoz.csv"
    monkeypatch.setattr(file_dialogs, "get_open_file_name", lambda *_args: (str(chosen), ""))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, message, *_args: shown.append(message))
    dialog.from_file_button.click()
    assert shown == ["« export_hosmoz.csv » n'est pas un espace de travail SRM Inclusif. "
                     "Le fichier n'a pas été modifié.\n\n"
                     "Choisissez une copie faite par « Enregistrer une copie… » ou une "
                     "sauvegarde (fichier .sqlite3).\n\n"
                     "L'espace de travail ouvert n'a pas été modifié."]
