"""The relationship panel gives its height to the lists with entries: an empty list is one
sentence high (whole), not a big empty box; a list with entries grows back to them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget

from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.relationships import list_relationships
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail

PANEL_WIDTHS = (260, 300, 360, 420)


def _relationship(ctx, *, contracts: bool, actions: bool) -> int:  # noqa: ANN001
    return next(r.id for r in list_relationships(ctx.engine)
                if bool(list_contracts(ctx.engine, relationship_id=r.id)) == contracts
                and bool(list_actions(ctx.engine, relationship_id=r.id)) == actions)


@pytest.fixture(params=PANEL_WIDTHS, ids=lambda width: f"{width}px")
def detail(request, qtbot, demo_ctx) -> RelationshipDetail:  # noqa: ANN001
    panel = RelationshipDetail(demo_ctx)
    qtbot.addWidget(panel)
    panel.resize(request.param, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _sentence_shown_whole(widget: QListWidget) -> bool:
    return widget.viewport().rect().contains(widget.visualItemRect(widget.item(0)))


def test_empty_lists_are_one_sentence_high(qtbot, detail, demo_ctx) -> None:
    detail.show_relationship(_relationship(demo_ctx, contracts=False, actions=False))
    line = detail.fontMetrics().height()
    for empty in (detail.contracts, detail.actions):
        qtbot.waitUntil(lambda e=empty: _sentence_shown_whole(e))
        assert empty.height() <= 4 * line  # « Aucun contrat… » in a small box, not a third
    # the history has the room, once the panel is laid out again
    qtbot.waitUntil(lambda: detail.timeline.height() > 3 * detail.contracts.height())


def test_a_list_with_entries_shows_them_again(qtbot, detail, demo_ctx) -> None:
    detail.show_relationship(_relationship(demo_ctx, contracts=False, actions=False))
    detail.show_relationship(_relationship(demo_ctx, contracts=True, actions=False))
    qtbot.waitUntil(lambda: _sentence_shown_whole(detail.actions))
    contracts = detail.contracts
    qtbot.waitUntil(lambda: contracts.viewport().rect().contains(
        contracts.visualItemRect(contracts.item(contracts.count() - 1))))
    assert detail.timeline.height() > detail.actions.height()  # the longest has the rest


def test_before_a_choice_every_sentence_is_shown_whole(qtbot, detail) -> None:
    detail.show_relationship(None)
    for widget in (detail.timeline, detail.contracts, detail.actions):
        qtbot.waitUntil(lambda w=widget: _sentence_shown_whole(w))
        assert widget.height() <= 4 * detail.fontMetrics().height()
