"""Head office or antenna on the card (a choice next to the SIRET) and in the merge dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QRadioButton

from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.merge_dialog import MergeDialog
from srm_inclusif.ui.mnemonics import plain_text
from tests.support import imported_counterparty
from tests.ui.conftest import opened_card


def _nature_combo(card: CardDialog) -> QComboBox:
    combo = card.findChild(QComboBox, "field_nature")
    assert combo is not None
    return combo


def test_the_card_shows_an_antenna_right_under_its_siret(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, nature="ANTENNA", city="Lyon"))
    combo = _nature_combo(card)
    form = card.identity.form

    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Non renseigné", "Siège", "Antenne"]
    assert combo.currentText() == "Antenne"
    assert form.getWidgetPosition(combo)[0] == form.getWidgetPosition(
        card.identity.edits["siret"])[0] + 1
    assert plain_text(form.labelForField(combo).text()) == "Siège ou antenne"


def test_choosing_head_office_saves_it_as_a_hand_edit(qtbot, ctx, warnings) -> None:
    cid = imported_counterparty(ctx.engine, nature="ANTENNA")
    card = opened_card(qtbot, ctx, cid)
    combo = _nature_combo(card)

    combo.setCurrentIndex(combo.findData("HEAD_OFFICE"))
    card.save()

    values, edited = counterparty_values(ctx.engine, counterparty_id=cid, fields=("nature",))
    assert (values["nature"], edited) == ("HEAD_OFFICE", ["nature"])
    assert warnings.shown == []


def test_saving_a_card_of_unknown_nature_leaves_it_unknown(qtbot, ctx, warnings) -> None:
    cid = imported_counterparty(ctx.engine, city="Lyon")
    card = opened_card(qtbot, ctx, cid)
    assert _nature_combo(card).currentText() == "Non renseigné"

    card.identity.edits["city"].setText("Lyon 3e")
    card.save()

    values, edited = counterparty_values(ctx.engine, counterparty_id=cid, fields=("nature",))
    assert (values["nature"], edited) == (None, ["city"])
    assert warnings.shown == []


def test_the_nature_texts_are_translated(qtbot, ctx, marked) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, nature="HEAD_OFFICE"))
    combo = _nature_combo(card)

    assert [combo.itemText(i) for i in range(combo.count())] == [
        "[IdentityForm] Non renseigné", "[Vocabulary] Siège", "[Vocabulary] Antenne"]
    assert plain_text(card.identity.form.labelForField(combo).text()) == (
        "[IdentityForm] Siège ou antenne")


def test_the_merge_dialog_offers_the_other_records_nature(qtbot, ctx) -> None:
    keep = create_counterparty(ctx.engine, values={"name": "Atelier Vert", "city": "Lyon"}).id
    drop = create_counterparty(ctx.engine, values={"name": "Atelier Vert", "city": "Lyon",
                                                   "nature": "ANTENNA"}).id
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)

    assert "Siège ou antenne" in [label.text() for label in dialog.findChildren(QLabel)]
    assert [dialog.findChild(QRadioButton, f"merge_nature_{side}").text()
            for side in ("kept", "other")] == ["—", "Antenne"]
    dialog.choose_other("nature")
    dialog.merge()
    values, _ = counterparty_values(ctx.engine, counterparty_id=keep, fields=("nature",))
    assert values["nature"] == "ANTENNA"


def test_a_hand_chosen_nature_is_named_in_the_provenance(qtbot, ctx, warnings) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "ESAT du Parc"}).id
    card = opened_card(qtbot, ctx, cid)
    combo = _nature_combo(card)
    combo.setCurrentIndex(combo.findData("ANTENNA"))
    card.save()
    again = opened_card(qtbot, ctx, cid)
    assert again.identity.nature_combo.currentText() == "Antenne"
    assert plain_text(again.identity.labels["nature"].text()) == "Siège ou antenne ✎"
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
