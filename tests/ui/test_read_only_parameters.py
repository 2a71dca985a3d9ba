"""A read-only workspace: the dated parameters can be read, none added, changed or removed.

Objectifs › « Paramètres… » opened the table with « Nouvelle valeur datée… », « Modifier la
valeur… » and « Supprimer » on, and a value typed was refused only once saved. The table still
opens (the SMIC and OETH rates are worth reading), its title says « lecture seule », its three
buttons are off saying why, and a double click asks for no value.
"""

from __future__ import annotations

from srm_inclusif.ui import parameters_dialog as module
from srm_inclusif.ui.parameters_dialog import ParametersDialog
from tests.read_only_support import READ_ONLY_WHY, shown_window


def _opened(qtbot, ctx, monkeypatch) -> ParametersDialog:  # noqa: ANN001
    """The dialog « Paramètres… » of the Objectifs page opens (not run modally here)."""
    shown: list[ParametersDialog] = []
    monkeypatch.setattr(ParametersDialog, "exec", lambda self: shown.append(self) or 0)
    page = shown_window(qtbot, ctx).show_page("objectives")
    assert page.view.parameters_button.isEnabled()  # reading the rates stays possible
    page.view.parameters_button.click()
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    return shown[0]


def _asked_on_double_click(dialog: ParametersDialog, monkeypatch) -> list[str]:  # noqa: ANN001
    asked: list[str] = []

    def ask_text(_parent, _title, prompt, **_kw):  # noqa: ANN001, ANN003, ANN202
        asked.append(prompt)
        return "", False

    monkeypatch.setattr(module, "ask_text", ask_text)
    dialog.table.selectRow(0)
    dialog.table.doubleClicked.emit(dialog.table.model().index(0, 0))
    return asked


def test_the_values_are_shown_none_can_be_changed(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    dialog = _opened(qtbot, read_only_demo_ctx, monkeypatch)
    assert dialog.table.rowCount() > 0
    assert dialog.windowTitle() == "Paramètres datés — lecture seule"
    for button in (dialog.add_button, dialog.edit_button, dialog.delete_button):
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()


def test_a_double_click_asks_for_no_value(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    dialog = _opened(qtbot, read_only_demo_ctx, monkeypatch)
    assert _asked_on_double_click(dialog, monkeypatch) == []


def test_a_writable_workspace_asks_for_the_new_value(qtbot, demo_ctx, monkeypatch) -> None:
    dialog = _opened(qtbot, demo_ctx, monkeypatch)
    assert dialog.windowTitle() == "Paramètres datés"
    assert dialog.edit_button.isEnabled()
    assert len(_asked_on_double_click(dialog, monkeypatch)) == 1
