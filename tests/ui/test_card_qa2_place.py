"""The card shows the department and the region its post code gives (QA: neither was shown)."""

from __future__ import annotations

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from tests.ui.conftest import opened_card


def _card(qtbot, ctx, **values):  # noqa: ANN001, ANN202
    cid = create_counterparty(ctx.engine, values={"name": "Corsica Verde", **values}).id
    card = opened_card(qtbot, ctx, cid)
    card.show()
    return card


def test_the_card_shows_department_and_region_of_its_post_code(qtbot, ctx) -> None:  # noqa: ANN001
    card = _card(qtbot, ctx, post_code="20200", city="Bastia")

    place = card.identity.place
    assert place.isVisible()
    assert place.text() == "Département\u00a0: Haute-Corse (2B) — Région\u00a0: Corse"
    assert card.has_unsaved_changes() is False  # shown, not edited


def test_the_place_follows_the_post_code_typed_and_is_not_saved_as_a_field(qtbot, ctx) -> None:  # noqa: ANN001
    card = _card(qtbot, ctx, post_code="20200")

    card.identity.edits["post_code"].setText("97400")
    assert card.identity.place.text() == (
        "Département\u00a0: La Réunion (974) — Région\u00a0: La Réunion")
    assert card.changed_values() == {"post_code": "97400"}
    card.identity.edits["post_code"].setText("")
    assert card.identity.place.text() == ""


def test_a_card_without_post_code_shows_no_place(qtbot, ctx) -> None:  # noqa: ANN001
    assert _card(qtbot, ctx).identity.place.text() == ""
