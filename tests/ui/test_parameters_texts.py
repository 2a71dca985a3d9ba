"""The dated parameters table says the shipped parameters' descriptions in the UI language."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.seed import DEFAULT_PARAMETERS
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.parameters_dialog import ParametersDialog

SEEDED = {note for _name, _value, _day, note in DEFAULT_PARAMETERS}


def _descriptions(qtbot, workspace) -> list[str]:  # noqa: ANN001
    dialog = ParametersDialog(WorkspaceContext(workspace, today=lambda: date(2026, 11, 22)))
    qtbot.addWidget(dialog)
    return [dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())]


def test_shipped_descriptions_go_through_the_catalogue(qtbot, workspace, marked) -> None:
    shown = set(_descriptions(qtbot, workspace))
    assert shown == {f"[ParametersDialog] {note}" for note in SEEDED}


def test_shipped_descriptions_are_in_english(qtbot, workspace, english) -> None:
    shown = _descriptions(qtbot, workspace)
    assert "Coefficient, 20 to 249 employees" in shown
    # every description was French in the English UI (the French term is kept in English)
    assert SEEDED & set(shown) == {"Surcontribution (× SMIC)"}


def test_a_typed_note_is_shown_as_typed(qtbot, workspace, marked) -> None:
    from srm_inclusif.storage.services.parameters import add_parameter

    add_parameter(workspace.engine, name="smic_horaire", value="12.50",
                  valid_from=date(2027, 1, 1), note="Décret à paraître")
    assert "Décret à paraître" in _descriptions(qtbot, workspace)


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
