"""In the relationship panel a list with few entries is as high as they are, and the longer
list gets the rest: two lists with entries no longer share the height equally, one line of
action sitting in a box as tall as the history."""

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
    panel.show_relationship(_with_one_action(demo_ctx))
    return panel


def _last_entry_bottom(widget: QListWidget) -> int:
    """Where the list's last entry ends, in the list's own pixels."""
    rect = widget.visualItemRect(widget.item(widget.count() - 1))
    return widget.viewport().mapTo(widget, rect.bottomLeft()).y()


def _whole(widget: QListWidget) -> bool:
    return all(widget.viewport().rect().contains(widget.visualItemRect(widget.item(row)))
               for row in range(widget.count()))


def test_one_action_is_in_a_box_of_its_height(qtbot, detail) -> None:
    actions = detail.actions
    qtbot.waitUntil(lambda: _whole(actions))
    room_below = actions.height() - _last_entry_bottom(actions)
    assert room_below <= actions.spacing() + actions.frameWidth() + SLACK


def test_the_longest_list_has_the_rest(qtbot, detail) -> None:
    qtbot.waitUntil(lambda: _whole(detail.actions))
    qtbot.waitUntil(lambda: detail.timeline.height() > 2 * detail.actions.height())
    assert detail.timeline.height() >= detail.contracts.height()


def test_short_lists_show_every_entry_and_the_history_more_than_half(qtbot, detail) -> None:
    for widget in (detail.contracts, detail.actions):
        qtbot.waitUntil(lambda w=widget: _whole(w))
    timeline = detail.timeline
    shown = [row for row in range(timeline.count())
             if timeline.viewport().rect().contains(timeline.visualItemRect(timeline.item(row)))]
    assert len(shown) * 2 > timeline.count()
