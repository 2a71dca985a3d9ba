"""Every screen and export shows a phone as French users read it: « 01 23 45 67 89 »."""

from __future__ import annotations

from openpyxl import load_workbook

from srm_inclusif.core.sourcing import Candidate, RankedCandidate
from srm_inclusif.exchange.shortlist_xlsx import export_shortlist
from srm_inclusif.storage.services.contacts import add_contact, contact_values
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
)
from srm_inclusif.storage.services.shortlist_details import shortlist_details
from srm_inclusif.ui.counterparty_card.contacts_panel import ContactDialog
from srm_inclusif.ui.merge_dialog import MergeDialog
from tests.support import imported_counterparty
from tests.ui.conftest import opened_card


def test_the_card_shows_a_stored_phone_by_pairs(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, phone="+33123456789"))
    assert card.identity.edits["phone"].text() == "01 23 45 67 89"


def test_the_card_shows_a_reunion_phone_from_its_zero(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, phone="+262262123456"))
    assert card.identity.edits["phone"].text() == "02 62 12 34 56"


def test_a_phone_that_is_no_number_is_shown_as_stored(qtbot, ctx) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, phone="Standard : 3949"))
    assert card.identity.edits["phone"].text() == "Standard : 3949"


def test_saving_an_untouched_card_does_not_mark_its_phone_as_edited(qtbot, ctx, warnings
                                                                    ) -> None:
    cid = imported_counterparty(ctx.engine, phone="+33123456789", city="Lyon")
    card = opened_card(qtbot, ctx, cid)
    card.identity.edits["city"].setText("Lyon 3e")
    card.save()
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid)
    assert (values["phone"], values["city"]) == ("+33123456789", "Lyon 3e")
    assert edited == ["city"]
    assert warnings.shown == []


def test_an_older_phone_typed_another_way_is_left_alone_on_an_untouched_card(qtbot, ctx
                                                                            ) -> None:
    cid = imported_counterparty(ctx.engine, phone="01.23.45.67.89")
    card = opened_card(qtbot, ctx, cid)
    assert card.identity.edits["phone"].text() == "01 23 45 67 89"
    assert card.changed_values() == {}


def test_the_contacts_table_and_form_show_phones_by_pairs(qtbot, ctx) -> None:
    cid = imported_counterparty(ctx.engine, phone="+33472000000")
    contact = add_contact(ctx.engine, counterparty_id=cid, values={
        "first_name": "Paul", "last_name": "Roux", "phone": "+33612345678"}).id
    card = opened_card(qtbot, ctx, cid)
    assert card.contacts.table.item(0, 3).text() == "06 12 34 56 78"
    dialog = ContactDialog(contact_values(ctx.engine, contact_id=contact))
    qtbot.addWidget(dialog)
    assert dialog.edits["phone"].text() == "06 12 34 56 78"
    assert dialog.values()["phone"] == "+33612345678"  # untouched: the stored number


def test_the_merge_dialog_shows_both_phones_by_pairs(qtbot, ctx) -> None:
    keep = imported_counterparty(ctx.engine, phone="+33472000000")
    drop = imported_counterparty(ctx.engine, phone="+33472000001")
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    texts = [dialog.groups["phone"].button(side).text() for side in (1, 2)]
    assert texts == ["04 72 00 00 00", "04 72 00 00 01"]
    assert dialog.choices() == {}


def test_one_phone_written_two_ways_is_no_choice_in_the_merge_dialog(qtbot, ctx) -> None:
    keep = imported_counterparty(ctx.engine, phone="+33472000000")
    drop = imported_counterparty(ctx.engine, phone="04.72.00.00.00")
    dialog = MergeDialog(ctx, keep, drop)
    qtbot.addWidget(dialog)
    assert "phone" not in dialog.groups


def test_an_exported_shortlist_gives_phones_a_buyer_can_read(workspace, tmp_path) -> None:
    esat = imported_counterparty(workspace.engine, phone="+33472000000")
    add_contact(workspace.engine, counterparty_id=esat, values={
        "first_name": "Paul", "last_name": "Roux", "phone": "+33612345678"})
    ranked = [RankedCandidate(Candidate(esat, "ESAT du Parc", "ESAT", "69"), 80.0, ())]

    path = export_shortlist(tmp_path / "liste.xlsx", title="Espaces verts", need_lines=[],
                            ranked=ranked, details=shortlist_details(workspace.engine, [esat]))

    rows = list(load_workbook(path).active.iter_rows(values_only=True))
    header = next(row for row in rows if row[0] == "Rang")
    found = rows[rows.index(header) + 1]
    assert found[header.index("Téléphone")] == "04 72 00 00 00"
    assert found[header.index("Contact")] == "Paul Roux, 06 12 34 56 78"


def test_the_english_card_shows_the_french_phone_by_pairs(qtbot, ctx, english) -> None:
    card = opened_card(qtbot, ctx, imported_counterparty(ctx.engine, phone="+33123456789"))
    assert card.identity.labels["phone"].text() == "Phone"
    assert card.identity.edits["phone"].text() == "01 23 45 67 89"
    assert card.contacts.table.horizontalHeaderItem(3).text() == "Phone"


def test_a_phone_typed_with_dots_is_saved_like_an_import_and_shown_by_pairs(qtbot, ctx, warnings
                                                                          ) -> None:
    cid = imported_counterparty(ctx.engine, phone="+33472000000")
    card = opened_card(qtbot, ctx, cid)
    card.identity.edits["phone"].setText("01.23.45.67.89")
    card.save()
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid)
    assert (values["phone"], edited) == ("+33123456789", ["phone"])
    reopened = opened_card(qtbot, ctx, cid)
    assert reopened.identity.edits["phone"].text() == "01 23 45 67 89"
    ctx.undo_stack.undo()
    values, edited = counterparty_values(ctx.engine, counterparty_id=cid)
    assert (values["phone"], edited) == ("+33472000000", [])
    assert warnings.shown == []


def test_a_phone_that_is_no_number_is_saved_as_typed(qtbot, ctx, warnings) -> None:
    cid = imported_counterparty(ctx.engine, phone="+33472000000")
    card = opened_card(qtbot, ctx, cid)
    card.identity.edits["phone"].setText("Standard, poste 12")
    card.save()
    assert counterparty_values(ctx.engine, counterparty_id=cid)[0]["phone"] == "Standard, poste 12"
    reopened = opened_card(qtbot, ctx, cid)
    assert reopened.identity.edits["phone"].text() == "Standard, poste 12"


def test_a_contact_phone_typed_with_dots_is_listed_by_pairs(qtbot, ctx, warnings) -> None:
    cid = imported_counterparty(ctx.engine)
    card = opened_card(qtbot, ctx, cid)
    dialog = ContactDialog({}, card)
    dialog.edits["last_name"].setText("Roux")
    dialog.edits["phone"].setText("06.12.34.56.78")
    assert card.contacts.add(dialog.values())
    assert card.contacts.table.item(0, 3).text() == "06 12 34 56 78"
    assert card.contacts.rows[0].phone == "+33612345678"
