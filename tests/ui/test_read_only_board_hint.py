"""A read-only workspace: the Relations page says what can be read, not changed.

The pipeline's hint told to drag a card to another stage, or press Ctrl+→ / Ctrl+←, which were
then refused (a card could still be dragged); a relationship without actions pointed at
« Action… », which is off.
"""

from __future__ import annotations

from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage


def test_the_hint_says_the_cards_cannot_move(qtbot, read_only_demo_ctx) -> None:
    page = RelationshipsPage(read_only_demo_ctx)
    qtbot.addWidget(page)
    hint = page.board_hint.text()
    assert hint.startswith("Lecture seule : cliquez sur une carte pour voir son détail ; "
                           "elle ne peut pas changer d'étape.")
    assert "Glissez" not in hint


def test_a_writable_workspace_says_how_to_move_them(qtbot, demo_ctx) -> None:
    page = RelationshipsPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.board_hint.text().startswith("Glissez une carte vers une autre étape")
    assert all(column.dragEnabled() for column in page.board.columns.values())


def test_no_card_can_be_dragged(qtbot, read_only_demo_ctx) -> None:
    page = RelationshipsPage(read_only_demo_ctx)
    qtbot.addWidget(page)
    assert not any(column.dragEnabled() for column in page.board.columns.values())


def _without_actions(qtbot, ctx: WorkspaceContext) -> str:  # noqa: ANN001
    """The actions' sentence of a relationship that has none."""
    with_actions = {a.relationship_id for a in list_actions(ctx.engine)}
    chosen = next(r.id for r in list_relationships(ctx.engine) if r.id not in with_actions)
    page = RelationshipsPage(ctx)
    qtbot.addWidget(page)
    page.select(chosen)
    return page.detail.actions.item(0).text()


def test_no_action_points_at_a_button_that_is_off(qtbot, read_only_demo_ctx) -> None:
    assert _without_actions(qtbot, read_only_demo_ctx) == "Aucune action pour l'instant."


def test_a_writable_workspace_points_at_action(qtbot, demo_ctx) -> None:
    assert _without_actions(qtbot, demo_ctx) == (
        "Aucune action pour l'instant : « Action… » en ajoute une.")
