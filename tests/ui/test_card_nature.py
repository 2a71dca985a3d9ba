"""Head office or antenna: named in the UI language on the card, its provenance and the merge."""

from __future__ import annotations

from PySide6.QtWidgets import QRadioButton

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.merge_dialog import MergeDialog


def test_a_hand_chosen_nature_is_named_in_the_provenance(qtbot, ctx, warnings) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "ESAT du Parc"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    combo = card.identity.nature_combo
    combo.setCurrentIndex(combo.findData("ANTENNA"))
    card.save()
    again = CardDialog(ctx, cid)
    qtbot.addWidget(again)
    assert again.identity.nature_combo.currentText() == "Antenne"
    assert again.identity.labels["nature"].text() == "Siège ou antenne ✎"
    assert "Siège ou antenne" in again.provenance.text().splitlines()[-1]


def test_the_merge_names_the_nature_in_english(qtbot, ctx, english) -> None:
    keep = create_counterparty(ctx.engine, values={"name": "Atelier Vert",
                                                   "nature": "HEAD_OFFICE"}).id
    drop = create_counterparty(ctx.engine, values={"name": "Atelier Vert",
                                                   "nature": "ANTENNA"}).id
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    assert [dialog.findChild(QRadioButton, f"merge_nature_{side}").text()
            for side in ("kept", "other")] == ["Head office", "Branch"]
