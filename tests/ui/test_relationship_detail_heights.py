"""The relationship panel gives its height to the lists with entries, at every panel width:
an empty list is one sentence high (whole), not a big empty box; a list with few entries is as
high as they are (one line of action no longer sits in a box as tall as the history); the
longest list gets the rest."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QListWidget

from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.relationships import list_relationships, stage_history
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail

PANEL_WIDTHS = (260, 300, 360, 420)
#: Pixels a list may have below its last entry, besides its frame and spacing.
SLACK = 2


def _relationship(ctx, *, contracts: bool, actions: bool) -> int:  # noqa: ANN001
    return next(r.id for r in list_relationships(ctx.engine)
                if bool(list_contracts(ctx.engine, relationship_id=r.id)) == contracts
                and bool(list_actions(ctx.engine, relationship_id=r.id)) == actions)


def _with_one_action(ctx) -> int:  # noqa: ANN001
    """A demo relationship with its history, contracts and one action."""
    return next(r.id for r in list_relationships(ctx.engine)
                if len(list_actions(ctx.engine, relationship_id=r.id)) == 1
                and list_contracts(ctx.engine, relationship_id=r.id)
                and len(stage_history(ctx.engine, relationship_id=r.id)) > 3)


@pytest.fixture(params=PANEL_WIDTHS, ids=lambda width: f"{width}px")
def detail(request, qtbot, demo_ctx) -> RelationshipDetail:  # noqa: ANN001
    panel = RelationshipDetail(demo_ctx)
    qtbot.addWidget(panel)
    panel.resize(request.param, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


@pytest.fixture
def one_action(detail, demo_ctx) -> RelationshipDetail:  # noqa: ANN001
    """The panel showing a relationship with a long history, contracts and one action."""
    detail.show_relationship(_with_one_action(demo_ctx))
    return detail


def _whole(widget: QListWidget) -> bool:
    """Whether every entry of the list (or its one sentence when empty) is shown whole."""
    return all(widget.viewport().rect().contains(widget.visualItemRect(widget.item(row)))
               for row in range(widget.count()))


def _last_entry_bottom(widget: QListWidget) -> int:
    """Where the list's last entry ends, in the list's own pixels."""
    rect = widget.visualItemRect(widget.item(widget.count() - 1))
    return widget.viewport().mapTo(widget, rect.bottomLeft()).y()


def test_empty_lists_are_one_sentence_high(qtbot, detail, demo_ctx) -> None:
    detail.show_relationship(_relationship(demo_ctx, contracts=False, actions=False))
    line = detail.fontMetrics().height()
    for empty in (detail.contracts, detail.actions):
        qtbot.waitUntil(lambda e=empty: _whole(e))
        assert empty.height() <= 4 * line  # « Aucun contrat… » in a small box, not a third
    # the history has the room, once the panel is laid out again
    qtbot.waitUntil(lambda: detail.timeline.height() > 3 * detail.contracts.height())


def test_a_list_with_entries_shows_them_again(qtbot, detail, demo_ctx) -> None:
    detail.show_relationship(_relationship(demo_ctx, contracts=False, actions=False))
    detail.show_relationship(_relationship(demo_ctx, contracts=True, actions=False))
    qtbot.waitUntil(lambda: _whole(detail.actions))
    qtbot.waitUntil(lambda: _whole(detail.contracts))
    assert detail.timeline.height() > detail.actions.height()  # the longest has the rest


def test_before_a_choice_every_sentence_is_shown_whole(qtbot, detail) -> None:
    detail.show_relationship(None)
    for widget in (detail.timeline, detail.contracts, detail.actions):
        qtbot.waitUntil(lambda w=widget: _whole(w))
        assert widget.height() <= 4 * detail.fontMetrics().height()


def test_one_action_is_in_a_box_of_its_height(qtbot, one_action) -> None:
    actions = one_action.actions
    qtbot.waitUntil(lambda: _whole(actions))
    room_below = actions.height() - _last_entry_bottom(actions)
    assert room_below <= actions.spacing() + actions.frameWidth() + SLACK


def test_the_longest_list_has_the_rest(qtbot, one_action) -> None:
    qtbot.waitUntil(lambda: _whole(one_action.actions))
    qtbot.waitUntil(lambda: one_action.timeline.height() > 2 * one_action.actions.height())
    assert one_action.timeline.height() >= one_action.contracts.height()


def test_short_lists_show_every_entry_and_the_history_more_than_half(qtbot, one_action) -> None:
    for widget in (one_action.contracts, one_action.actions):
        qtbot.waitUntil(lambda w=widget: _whole(w))
    timeline = one_action.timeline
    shown = [row for row in range(timeline.count())
             if timeline.viewport().rect().contains(timeline.visualItemRect(timeline.item(row)))]
    assert len(shown) * 2 > timeline.count()
