"""An ESAT's or an EA's workers are people with disabilities, not in insertion (DOMAIN §2).

The pipe and Hosmoz column « Nombre de travailleurs dans la structure (en ETP) » fills the
structure's supported headcount; the card names that row after the kind shown.
"""

from __future__ import annotations

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.mnemonics import letter_of, plain_text
from tests.ui.conftest import opened_card, press_alt

HANDICAP = "Effectif de travailleurs handicapés (ETP)"


def test_the_card_names_the_headcount_after_the_kind(qtbot, ctx, french) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "ESAT de la Vallée", "kind": "ESAT",
                                                  "headcount_insertion": 62.5}).id
    card = opened_card(qtbot, ctx, cid)
    form = card.identity
    label = form.labels["headcount_insertion"]

    assert plain_text(label.text()).removesuffix(" ✎") == HANDICAP
    assert form.edits["headcount_insertion"].text() == "62,5"
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("EI"))
    assert plain_text(label.text()).removesuffix(" ✎") == "Effectif en insertion (ETP)"
    form.kind_combo.setCurrentIndex(form.kind_combo.findData("EA"))
    assert plain_text(label.text()).removesuffix(" ✎") == HANDICAP
    assert form.edits["headcount_insertion"].accessibleName() == HANDICAP


def test_the_renamed_row_keeps_its_alt_letter(qtbot, ctx, french) -> None:  # noqa: ANN001
    cid = create_counterparty(ctx.engine, values={"name": "EA du Gard", "kind": "EA"}).id
    card = opened_card(qtbot, ctx, cid)
    card.show()
    card.activateWindow()
    qtbot.waitUntil(card.isActiveWindow)
    letter = letter_of(card.identity.labels["headcount_insertion"].text())

    assert letter is not None
    press_alt(qtbot, card, letter)
    assert card.focusWidget() is card.identity.edits["headcount_insertion"]
