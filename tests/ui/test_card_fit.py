"""A card's identity tab shows every field on the smallest laptop without scrolling."""

from __future__ import annotations

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from tests.ui.conftest import LAPTOP_DIALOG_ROOM


def test_the_identity_tab_needs_no_scrolling_at_1280_by_720(qtbot, ctx, language) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    card.resize(*LAPTOP_DIALOG_ROOM)
    card.show()
    qtbot.waitExposed(card)
    scroll = card.tabs.currentWidget()
    assert scroll.verticalScrollBar().maximum() == 0
    assert scroll.horizontalScrollBar().maximum() == 0
    active = card.identity.flags["active"]
    assert active.isVisible()
    assert active.mapTo(scroll.viewport(), active.rect().bottomLeft()).y() <= (
        scroll.viewport().height())


def test_tab_goes_down_the_form_in_the_order_shown(qtbot, ctx) -> None:
    card = CardDialog(ctx, None)
    qtbot.addWidget(card)
    card.show()
    qtbot.waitExposed(card)
    identity, visited = card.identity, []
    widget = identity.edits["name"]
    for _ in range(12):
        visited.append(widget.objectName())
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy().value & 0x1 and widget.isVisible()
                   and widget.isEnabled()):  # Tab skips what takes no Tab focus
            widget = widget.nextInFocusChain()
    assert visited == [
        "field_name", "field_brand", "field_siret", "field_nature", "field_kind",
        "field_legal_form", "field_address", "field_post_code", "field_city", "field_phone",
        "field_email", "field_website"]
