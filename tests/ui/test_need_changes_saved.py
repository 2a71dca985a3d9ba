"""« Besoin et présélection »: a need changed after its first save is saved again, undoably.

The need is recorded by « Enregistrer la liste » or « Démarrer le sourcing »; what the user
changes afterwards reaches the stored need on the next save, start, export or on closing, as the
step « Modifier le besoin ». Read back (the need reopened), it holds the last values typed.
"""

from __future__ import annotations

from srm_inclusif.storage.services.needs import get_need
from srm_inclusif.ui import file_dialogs
from tests.ui.need_forms import need_form


def saved(dialog, workspace) -> None:  # noqa: ANN001
    dialog.rank()
    dialog.save_button.click()
    assert dialog.need_id is not None


def change(dialog) -> None:  # noqa: ANN001
    dialog.title_edit.setText("Nettoyage bureaux Lyon 3e")
    dialog.amount_edit.setText("12 000")
    dialog.description_edit.setPlainText("Trois étages, deux passages par semaine")
    dialog.department_combo.setCurrentIndex(dialog.department_combo.findData("69"))


def reopened(workspace, dialog) -> tuple:  # noqa: ANN001
    need = get_need(workspace.engine, need_id=dialog.need_id)
    return need.title, need.estimated_amount_cents, need.description, need.department_code


CHANGED = ("Nettoyage bureaux Lyon 3e", 1_200_000, "Trois étages, deux passages par semaine",
           "69")


def test_a_start_after_the_save_writes_the_changes(qtbot, workspace, monkeypatch,
                                                   french) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    saved(dialog, workspace)
    change(dialog)
    dialog.rank()
    dialog.table.selectRow(0)
    dialog.start_button.click()
    assert reopened(workspace, dialog) == CHANGED
    stack = dialog.ctx.undo_stack
    assert [stack.command(i).text() for i in range(stack.count())] == [
        "Enregistrer la présélection", "Modifier le besoin",
        "Démarrer le sourcing (1 structure)"]
    stack.undo()
    stack.undo()
    assert reopened(workspace, dialog) == ("Nettoyage bureaux Lyon", None, "", None)


def test_closing_saves_the_last_changes(qtbot, workspace, monkeypatch) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    saved(dialog, workspace)
    change(dialog)
    dialog.reject()
    assert reopened(workspace, dialog) == CHANGED


def test_an_export_saves_the_changes(qtbot, workspace, monkeypatch, tmp_path) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    saved(dialog, workspace)
    dialog.owner_combo.setCurrentIndex(dialog.owner_combo.count() - 1)
    change(dialog)
    path = tmp_path / "liste.xlsx"
    monkeypatch.setattr(file_dialogs, "get_save_file_name", lambda *_a, **_k: (str(path), ""))
    dialog.export_button.click()
    assert path.exists()
    assert reopened(workspace, dialog) == CHANGED


def test_nothing_changed_adds_no_step(qtbot, workspace, monkeypatch) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    saved(dialog, workspace)
    dialog.reject()
    assert dialog.ctx.undo_stack.count() == 1


def test_a_refused_change_is_said_and_the_form_stays(qtbot, workspace, monkeypatch) -> None:
    dialog = need_form(qtbot, workspace, monkeypatch)
    saved(dialog, workspace)
    warned = []
    monkeypatch.setattr("srm_inclusif.ui.commands.QMessageBox.warning",
                        lambda _p, _t, text: warned.append(text))
    dialog.title_edit.setText("  ")
    dialog.reject()
    assert dialog.isVisible()
    assert warned == ["Le besoin doit avoir un intitulé."]
    assert reopened(workspace, dialog)[0] == "Nettoyage bureaux Lyon"
