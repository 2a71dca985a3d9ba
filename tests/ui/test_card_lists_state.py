"""The card's labels and contacts: a sentence when there are none; buttons wait for a row."""

from __future__ import annotations

from datetime import date

from srm_inclusif.storage.services.contacts import add_contact
from srm_inclusif.storage.services.counterparty_edit import LabelValue, create_counterparty
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog


def _card(qtbot, ctx, **values) -> CardDialog:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert", **values}).id
    card = CardDialog(ctx, cid)
    qtbot.addWidget(card)
    card.show()
    return card


def test_a_card_without_labels_says_so_and_retirer_waits(qtbot, ctx) -> None:
    card = _card(qtbot, ctx)
    card.tabs.setCurrentWidget(card.labels)
    editor = card.labels
    assert editor.empty_label.isVisible()
    assert "Aucun label enregistré" in editor.empty_label.text()
    assert not editor.table.isVisible()
    assert not editor.remove_button.isEnabled()
    editor.add_button.click()  # a row to type a label in
    assert editor.table.isVisible()
    assert not editor.empty_label.isVisible()
    assert editor.remove_button.isEnabled()
    editor.remove_button.click()
    assert editor.empty_label.isVisible()
    assert not editor.remove_button.isEnabled()


def test_labels_show_in_their_table(qtbot, ctx) -> None:
    card = _card(qtbot, ctx, labels=[LabelValue("ESUS", date(2025, 1, 1), None)])
    card.tabs.setCurrentWidget(card.labels)
    assert card.labels.table.isVisible()
    assert not card.labels.empty_label.isVisible()
    assert not card.labels.remove_button.isEnabled()  # nothing chosen yet
    card.labels.table.setCurrentCell(0, 0)
    assert card.labels.remove_button.isEnabled()


def test_a_card_without_contacts_says_so(qtbot, ctx) -> None:
    card = _card(qtbot, ctx)
    card.tabs.setCurrentWidget(card.contacts)
    panel = card.contacts
    assert panel.empty_label.isVisible()
    assert "Aucun contact enregistré" in panel.empty_label.text()
    assert not panel.table.isVisible()
    assert (panel.add_button.isEnabled(), panel.edit_button.isEnabled(),
            panel.anonymise_button.isEnabled()) == (True, False, False)


def test_modifier_and_anonymiser_wait_for_a_chosen_contact(qtbot, ctx) -> None:
    card = _card(qtbot, ctx)
    add_contact(ctx.engine, counterparty_id=card.counterparty_id, values={"last_name": "Roux"})
    panel = card.contacts
    panel.reload()
    card.tabs.setCurrentWidget(panel)
    assert panel.table.isVisible()
    assert not panel.edit_button.isEnabled()
    panel.table.setFocus()  # focus alone makes a current row, not a choice
    assert not panel.anonymise_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()
    assert panel.anonymise(panel.selected().id)
    panel.table.selectRow(0)
    assert panel.table.item(0, 0).text() != "Roux"
    assert not panel.edit_button.isEnabled()  # an anonymised contact stays so
    assert not panel.anonymise_button.isEnabled()


def test_the_date_titles_show_how_to_type_a_date(qtbot, ctx, language) -> None:
    card = _card(qtbot, ctx)
    header = card.labels.table.horizontalHeaderItem
    example = {"fr": "31/12/2026", "en": "31 Dec 2026"}[language]
    assert example in header(1).toolTip()
    assert example in header(2).toolTip()
    assert header(2).toolTip() != header(1).toolTip()
