"""Édition › Annuler and Rétablir name the step after a colon; the keyboard help names the verb.

The menu read « Annuler Modifier le contrat », a capital in mid-phrase, and the F1 list gave
that changing text as the action's name (« Rétablir Passer à « Arrêtée » »).
"""

from __future__ import annotations

from srm_inclusif.storage.services.settings import get_settings, update_settings
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.undo import ServiceCommand

NB = "\u00a0"


def _window(qtbot, ctx) -> MainWindow:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    return window


def _rename(window: MainWindow) -> None:
    engine = window.ctx.engine
    old = get_settings(engine).organisation_name
    window.ctx.run_command(ServiceCommand(
        window.ctx, window.tr("Renommer l'organisation"),
        lambda: update_settings(engine, organisation_name="Nouveau nom"),
        lambda: update_settings(engine, organisation_name=old)))


def _edit_menu(window: MainWindow) -> dict[str, str]:
    rows: dict[str, str] = {}
    for what, keys in window.shortcuts_dialog().shown_rows():
        rows.setdefault(what, keys)
    return rows


def test_the_step_follows_a_colon_in_french(qtbot, ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx)
    assert (window.undo_action.text(), window.redo_action.text()) == ("Annuler", "Rétablir")

    _rename(window)
    assert window.undo_action.text() == f"Annuler{NB}: Renommer l'organisation"
    window.undo_action.trigger()
    assert window.redo_action.text() == f"Rétablir{NB}: Renommer l'organisation"
    assert window.undo_action.text() == "Annuler"


def test_the_keyboard_help_names_the_verb_alone(qtbot, ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx)
    _rename(window)
    window.undo_action.trigger()  # both have a step to name now

    rows = _edit_menu(window)
    assert rows["Annuler"] == "Ctrl+Z"
    assert rows["Rétablir"].startswith("Ctrl+")
    assert not [what for what in rows if "Renommer" in what]


def test_undo_names_the_step_in_english(qtbot, english, ctx) -> None:  # noqa: ANN001
    window = _window(qtbot, ctx)
    _rename(window)

    assert window.undo_action.text() == "Undo: Renommer l'organisation"  # a name not in .ts
    rows = _edit_menu(window)
    assert rows["Undo"] == "Ctrl+Z"
