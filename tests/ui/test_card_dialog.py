"""The counterparty card through the GUI: edits with undo, validation, creation, contacts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.contacts import list_contacts
from srm_inclusif.storage.services.counterparties import count_counterparties, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import (
    LabelValue,
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.mnemonics import plain_text
from tests.conftest import DEMO_TODAY
from tests.support import listed_names


def test_edit_fields_sectors_labels_then_undo(qtbot, ctx, warnings) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu", "kind": "EI"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    card.identity.edits["city"].setText("Lyon")
    card.identity.edits["post_code"].setText("69003")
    card.sectors.filter_edit.setText("locaux")
    card.sectors.set_selected(["nettoyage-de-locaux-16"])
    card.labels.add_label(LabelValue("ESUS"))
    card.labels.table.item(card.labels.table.rowCount() - 1, 1).setText("01/01/2025")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid)
    assert (values["city"], values["post_code"]) == ("Lyon", "69003")
    assert values["sectors"] == ["nettoyage-de-locaux-16"]
    assert [label.valid_from for label in values["labels"]] == [date(2025, 1, 1)]
    assert {"city", "post_code", "sectors", "labels"} <= set(edited)
    assert listed_names(ctx.engine, text="locaux") == ["Atelier Bleu"]
    assert ctx.undo_stack.undo_text().startswith("Modifier la fiche")
    ctx.undo_stack.undo()
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid)
    assert values["city"] is None
    assert values["sectors"] == []
    assert set(edited) == {"name", "kind"}
    assert listed_names(ctx.engine, text="locaux") == []
    ctx.undo_stack.redo()
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["city"] == "Lyon"


def test_hand_edited_fields_are_marked_on_the_form(qtbot, ctx) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    assert card.identity.labels["name"].text().endswith("✎")
    assert not card.identity.labels["city"].text().endswith("✎")
    assert "saisie manuelle" in card.provenance.text()


def test_invalid_siret_is_refused_and_the_card_stays_open(qtbot, ctx, warnings) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    card.identity.edits["siret"].setText("732 829 320 00075")
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert warnings.shown
    assert "SIRET" in warnings.shown[0]
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["siret"] is None
    assert ctx.undo_stack.count() == 0


def test_create_by_hand_then_undo(qtbot, ctx, warnings) -> None:
    card = CardDialog(ctx, None)
    qtbot.addWidget(card)
    card.identity.edits["name"].setText("Nouvelle Recyclerie")
    card.identity.kind_combo.setCurrentIndex(card.identity.kind_combo.findData("ACI"))
    card.save()
    assert listed_names(ctx.engine, text="recycl") == ["Nouvelle Recyclerie"]
    ctx.undo_stack.undo()
    assert count_counterparties(ctx.engine) == 0
    ctx.undo_stack.redo()
    assert listed_names(ctx.engine, text="recycl") == ["Nouvelle Recyclerie"]


def test_contacts_add_and_anonymise_with_undo(qtbot, ctx, warnings) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Bleu"}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    panel = card.contacts
    assert panel.add({"first_name": "Jeanne", "last_name": "Dupré", "role": "Directrice"})
    assert panel.table.item(0, 0).text() == "Jeanne Dupré"
    assert listed_names(ctx.engine, text="dupre") == ["Atelier Bleu"]
    panel.table.selectRow(0)
    panel.anonymise_button.click()
    assert panel.table.item(0, 0).text() == "Contact anonymisé"
    assert listed_names(ctx.engine, text="dupre") == []
    ctx.undo_stack.undo()
    assert panel.table.item(0, 0).text() == "Jeanne Dupré"
    assert listed_names(ctx.engine, text="dupre") == ["Atelier Bleu"]
    ctx.undo_stack.undo()
    assert list_contacts(ctx.engine, counterparty_id=cid) == []


def test_card_on_the_demo_workspace(qtbot, demo_ctx) -> None:
    rows = search_counterparties(demo_ctx.engine, flt=CounterpartyFilter(active_contract=True),
                                 today=DEMO_TODAY, limit=1)
    card = CardDialog(demo_ctx, rows[0].id)
    qtbot.addWidget(card)
    titles = [plain_text(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    assert titles == ["Identité", "Secteurs", "Labels", "Offres et références", "Contacts",
                      "Notes et provenance", "Suivi"]
    assert card.card.contracts
    assert card.contacts.table.rowCount() >= 1
    first = list_contacts(demo_ctx.engine, counterparty_id=rows[0].id)[0]
    assert rows[0].name in listed_names(demo_ctx.engine, text=first.last_name)
    card.contacts.anonymise(first.id)
    assert list_contacts(demo_ctx.engine, counterparty_id=rows[0].id)[-1].anonymised
    others = [c.last_name for c in list_contacts(demo_ctx.engine, counterparty_id=rows[0].id)]
    if first.last_name not in others:
        assert rows[0].name not in listed_names(demo_ctx.engine, text=first.last_name)
