"""The card's « Offres et références » tab: listed, added, refused, undone, merged, translated."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel
from sqlmodel import Session, select

from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
)
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.counterparty_card.offers_panel import SHOWN_LINES
from srm_inclusif.ui.merge_dialog import MergeDialog
from srm_inclusif.ui.mnemonics import plain_text
from srm_inclusif.ui.table_view import columns_outside
from tests.support import add_imported
from tests.ui.conftest import LAPTOP_DIALOG_ROOM, opened_card

HOSPITAL = {"name": "Centre hospitalier de Lyon", "description": "Linge de trois services"}


def _rows(entry_list) -> list[tuple[str, str]]:
    table = entry_list.table
    return [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]


def _lists(ctx, cid: int) -> tuple[dict, list[str]]:
    return counterparty_values(ctx.engine, counterparty_id=cid,
                               fields=("offers", "client_references"))


def test_the_tab_lists_the_imported_offers_and_references(qtbot, ctx) -> None:
    cid = add_imported(ctx.engine, "Atelier Vert",
                       offers=[{"name": "Blanchisserie", "description": None}],
                       client_references=[HOSPITAL])
    card = opened_card(qtbot, ctx, cid)
    titles = [plain_text(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    assert "Offres et références" in titles
    assert _rows(card.offers.offers) == [("Blanchisserie", "")]
    assert _rows(card.offers.references) == [(HOSPITAL["name"], HOSPITAL["description"])]
    assert HOSPITAL["description"] in card.offers.references.table.item(0, 1).toolTip()
    assert card.offers.offers.empty_label.isHidden()


def test_empty_lists_say_what_to_do(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, add_imported(ctx.engine, "Atelier Vide"))
    assert not card.offers.offers.empty_label.isHidden()
    assert "Marché de l'inclusion" in card.offers.offers.empty_label.text()
    assert "Aucune référence client" in card.offers.references.empty_label.text()
    assert card.offers.references.table.isHidden()


def test_add_a_reference_save_reopen_then_undo(qtbot, ctx, warnings) -> None:
    cid = add_imported(ctx.engine, "Atelier Vert", client_references=[HOSPITAL])
    card = opened_card(qtbot, ctx, cid)
    card.offers.references.add_button.click()
    table = card.offers.references.table
    table.item(1, 0).setText("  Mairie de Villeurbanne ")
    table.item(1, 1).setText("Entretien des écoles")
    card.save()
    assert card.result() == QDialog.DialogCode.Accepted
    assert warnings.shown == []
    again = opened_card(qtbot, ctx, cid)
    assert _rows(again.offers.references) == [
        (HOSPITAL["name"], HOSPITAL["description"]),
        ("Mairie de Villeurbanne", "Entretien des écoles")]
    values, edited = _lists(ctx, cid)
    assert "client_references" in edited
    assert "offers" not in edited  # the offers were not touched: imports may still add some
    assert "Références clients" in again.provenance.text()
    ctx.undo_stack.undo()
    assert _lists(ctx, cid) == ({"offers": [], "client_references": [HOSPITAL]}, [])
    after = opened_card(qtbot, ctx, cid)
    assert _rows(after.offers.references) == [(HOSPITAL["name"], HOSPITAL["description"])]


def test_a_reference_without_a_client_name_is_refused(qtbot, ctx, warnings) -> None:
    cid = add_imported(ctx.engine, "Atelier Vert", client_references=[HOSPITAL])
    card = opened_card(qtbot, ctx, cid)
    card.tabs.setCurrentIndex(0)
    card.identity.edits["city"].setText("Lyon")
    row = card.offers.references.add_entry({"name": "", "description": "Cantines de la ville"})
    assert row == 1
    card.save()
    assert card.result() != QDialog.DialogCode.Accepted
    assert len(warnings.shown) == 1
    assert "référence client n'a pas de nom de client" in warnings.shown[0]
    assert "Cantines de la ville" in warnings.shown[0]
    assert card.tabs.currentWidget() is card.offers  # where the line to fix is
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid,
                                         fields=("client_references", "city"))
    assert values == {"client_references": [HOSPITAL], "city": None}
    assert edited == []
    assert ctx.undo_stack.count() == 0


def test_delete_key_and_button_remove_a_line(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, add_imported(ctx.engine, "Atelier Vert", offers=[
        {"name": "Nettoyage", "description": ""}, {"name": "Espaces verts", "description": ""},
        {"name": "Traiteur", "description": ""}]))
    offers = card.offers.offers
    card.show()
    card.tabs.setCurrentWidget(card.offers)
    offers.table.setFocus()
    offers.table.setCurrentCell(0, 0)
    qtbot.waitUntil(offers.table.hasFocus)
    qtbot.keyClick(offers.table, Qt.Key.Key_Delete)
    assert [n for n, _ in _rows(offers)] == ["Espaces verts", "Traiteur"]
    offers.table.setCurrentCell(1, 0)
    offers.remove_button.click()
    assert card.offers.values()["offers"] == [{"name": "Espaces verts", "description": ""}]


def test_merge_keeps_the_references_of_both(qtbot, ctx) -> None:
    keep = add_imported(ctx.engine, "Atelier Vert", client_references=[HOSPITAL])
    drop = add_imported(ctx.engine, "Atelier Vert", client_references=[
        {"name": "Mairie de Bron", "description": "Espaces verts"}, HOSPITAL])
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    assert "références clients des deux fiches sont réunies" in dialog.intro.text()
    shown = {w.objectName(): w.text() for w in dialog.scroll.widget().findChildren(QLabel)}
    assert "Références clients (réunies)" in shown.values()
    assert shown["merge_client_references_other"] == "Mairie de Bron, " + HOSPITAL["name"]
    assert "merge_offers_kept" not in shown  # both without offers: nothing to say
    dialog.merge()
    card = opened_card(qtbot, ctx, keep)
    assert [n for n, _ in _rows(card.offers.references)] == [HOSPITAL["name"], "Mairie de Bron"]
    ctx.undo_stack.undo()
    after = opened_card(qtbot, ctx, keep)
    assert [n for n, _ in _rows(after.offers.references)] == [HOSPITAL["name"]]


def test_a_long_description_wraps_on_a_few_lines_and_shows_whole_in_its_tooltip(
        qtbot, ctx) -> None:
    text = "Tonte, taille de haies et débroussaillage ; évacuation des déchets verts. " * 12
    card = opened_card(qtbot, ctx, add_imported(ctx.engine, "Atelier Vert", offers=[
        {"name": "Espaces verts", "description": text + "Fin du texte."}]))
    card.resize(*LAPTOP_DIALOG_ROOM)  # a laptop screen
    card.show()
    card.tabs.setCurrentWidget(card.offers)
    table = card.offers.offers.table
    qtbot.waitUntil(lambda: table.viewport().width() > 0)
    line = table.fontMetrics().lineSpacing()
    assert 2 * line <= table.rowHeight(0) <= SHOWN_LINES * line + 8  # wrapped, not the whole
    assert "Fin du texte." in table.item(0, 1).toolTip()
    assert columns_outside(table) == []
    assert card.minimumSizeHint().height() <= LAPTOP_DIALOG_ROOM[1]
    assert card.minimumSizeHint().width() <= LAPTOP_DIALOG_ROOM[0]


def test_a_demo_structure_shows_offers_and_references(qtbot, demo_ctx) -> None:
    with Session(demo_ctx.engine) as session:
        cid = next(row.id for row in session.exec(select(Counterparty).order_by(Counterparty.id))
                   if row.client_references)
    card = opened_card(qtbot, demo_ctx, cid)
    assert card.offers.offers.table.rowCount() >= 1
    assert card.offers.references.table.rowCount() >= 1
    assert card.offers.references.table.item(0, 0).text()


def test_the_tab_speaks_english(qtbot, ctx, english) -> None:
    cid = add_imported(ctx.engine, "Atelier Vert")
    card = opened_card(qtbot, ctx, cid)
    titles = [plain_text(card.tabs.tabText(i)) for i in range(card.tabs.count())]
    assert "Offers and references" in titles
    assert plain_text(card.offers.references.add_button.text()) == "Add reference"
    assert "No client reference" in card.offers.references.empty_label.text()


def test_the_provenance_names_the_hand_edited_lists_in_english(qtbot, ctx, english) -> None:
    cid = create_counterparty(ctx.engine, values={"name": "Atelier Vert", "offers": [
        {"name": "Traiteur", "description": ""}], "client_references": [HOSPITAL]}).id
    card = opened_card(qtbot, ctx, cid)
    assert "(protected from imports): Name, Offers, Client references" in card.provenance.text()
