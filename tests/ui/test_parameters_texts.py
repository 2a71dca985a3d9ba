"""The dated parameters table names the parameters by their labels, in the UI language."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.parameters import PARAMETER_KINDS
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.parameters_dialog import ParametersDialog

LABELS = {kind.label for kind in PARAMETER_KINDS.values()}


def _column(qtbot, workspace, column: int) -> list[str]:  # noqa: ANN001
    dialog = ParametersDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    return [dialog.table.item(row, column).text() for row in range(dialog.table.rowCount())]


def test_shipped_labels_go_through_the_catalogue(qtbot, workspace, marked) -> None:
    shown = set(_column(qtbot, workspace, 0))
    assert shown == {f"[Parameters] {label}" for label in LABELS}


def test_shipped_labels_are_in_english(qtbot, workspace, english) -> None:
    shown = _column(qtbot, workspace, 0)
    assert "Coefficient, 20 to 249 employees" in shown
    # every label was French in the English UI (the French term is kept in English)
    assert LABELS & set(shown) == {"Surcontribution"}


def test_a_typed_note_is_shown_as_typed(qtbot, workspace, marked) -> None:
    from srm_inclusif.storage.services.parameters import add_parameter

    add_parameter(workspace.engine, name="smic_horaire", value="12.50",
                  valid_from=date(2027, 1, 1), note="Décret à paraître")
    notes = _column(qtbot, workspace, 3)
    assert "Décret à paraître" in notes
    assert set(notes) == {"", "Décret à paraître"}  # the shipped notes only repeated the label


def test_a_new_value_starts_on_the_workspace_day_with_a_letter_for_each_field(
        qtbot, workspace, language, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialog, QLabel

    from srm_inclusif.ui import parameters_dialog as module

    seen: dict[str, object] = {}

    def look(dialog) -> int:  # noqa: ANN001
        seen["day"] = dialog.valid_from()
        seen["letters"] = [QKeySequence.mnemonic(label.text()).toString()
                           for label in dialog.findChildren(QLabel) if label.buddy()]
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(module.NewValueDialog, "exec", look)
    dialog = ParametersDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    dialog.add_button.click()
    assert seen["day"] == date(2026, 11, 22)  # it took the computer's clock
    letters = seen["letters"]
    assert "" not in letters  # the date field had no letter
    assert len(set(letters)) == 4
