"""A read-only workspace: an empty list or sheet no longer points at a button that is off.

« Aucune action ouverte. Sur la page Relations, « Action… » en note une… », « Aucun retour
d'expérience pour ce contrat : « Nouveau retour… » en saisit un. » and « Aucune fiche pour 2027 :
créez-en une. » told to use buttons a read-only workspace turns off: they now only say what is
not there.
"""

from __future__ import annotations

from srm_inclusif.storage.services.contracts import list_contracts
from tests.read_only_support import shown_window


def _no_open_action(qtbot, ctx) -> str:  # noqa: ANN001
    return shown_window(qtbot, ctx).show_page("dashboard").todo_panel.no_actions_label.text()


def _no_feedback(qtbot, ctx) -> str:  # noqa: ANN001
    page = shown_window(qtbot, ctx).show_page("contracts")
    assert page.select(next(c.id for c in list_contracts(ctx.engine) if not c.feedback_count))
    return page.feedback.view.placeholderText()


def _no_sheet(qtbot, ctx) -> str:  # noqa: ANN001
    view = shown_window(qtbot, ctx).show_page("objectives").view
    view.year_combo.setCurrentIndex(view.year_combo.findData(2027))  # none in the demo
    return view.sheet_title.text()


def test_no_open_action_says_only_that(qtbot, read_only_demo_ctx) -> None:
    assert _no_open_action(qtbot, read_only_demo_ctx) == "Aucune action ouverte."


def test_no_feedback_says_only_that(qtbot, read_only_demo_ctx) -> None:
    assert _no_feedback(qtbot, read_only_demo_ctx) == "Aucun retour d'expérience pour ce contrat."


def test_no_sheet_says_only_that(qtbot, read_only_demo_ctx) -> None:
    assert _no_sheet(qtbot, read_only_demo_ctx) == "Aucune fiche pour 2027."


def test_a_writable_workspace_says_which_button_fills_them(qtbot, demo_ctx) -> None:
    assert "« Action… » en note une" in _no_open_action(qtbot, demo_ctx)
    assert _no_feedback(qtbot, demo_ctx).endswith("« Nouveau retour… » en saisit un.")
    assert _no_sheet(qtbot, demo_ctx) == "Aucune fiche pour 2027 : créez-en une."
