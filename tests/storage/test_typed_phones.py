"""A phone typed by hand is stored like an imported one; what is not a number is kept as typed."""

from __future__ import annotations

from srm_inclusif.storage.services.contacts import (
    add_contact,
    contact_values,
    restore_contact,
    update_contact,
)
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
    update_counterparty,
)


def _phone(engine, cid: int) -> str | None:  # noqa: ANN001
    return counterparty_values(engine, counterparty_id=cid, fields=["phone"])[0]["phone"]


def test_a_card_created_with_a_dotted_phone_stores_it_like_the_imports(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={
        "name": "Atelier Bleu", "phone": "01.23.45.67.89"}).id
    assert _phone(workspace.engine, cid) == "+33123456789"


def test_an_edited_phone_is_stored_like_the_imports_and_marked(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    update_counterparty(workspace.engine, counterparty_id=cid, values={"phone": "04 72 00 00 00"})
    values, edited = counterparty_values(workspace.engine, counterparty_id=cid, fields=["phone"])
    assert values["phone"] == "+33472000000"
    assert "phone" in edited


def test_a_phone_not_recognised_is_kept_as_typed(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={
        "name": "Atelier Bleu", "phone": "  standard, poste 12 "}).id
    assert _phone(workspace.engine, cid) == "standard, poste 12"
    update_counterparty(workspace.engine, counterparty_id=cid, values={"phone": "N/A"})
    assert _phone(workspace.engine, cid) == "N/A"
    update_counterparty(workspace.engine, counterparty_id=cid, values={"phone": " "})
    assert _phone(workspace.engine, cid) is None


def test_undo_puts_back_a_phone_as_it_was_written(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    update_counterparty(workspace.engine, counterparty_id=cid, values={"phone": "01.23.45.67.89"},
                        edited_fields=[])  # an older record: the phone kept as typed then
    before, edited = counterparty_values(workspace.engine, counterparty_id=cid, fields=["phone"])
    update_counterparty(workspace.engine, counterparty_id=cid, values={"phone": "0472000000"})
    update_counterparty(workspace.engine, counterparty_id=cid, values=before,
                        edited_fields=edited)
    assert _phone(workspace.engine, cid) == "01.23.45.67.89"


def test_a_contact_phone_is_stored_like_the_imports_and_restored_as_it_was(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id
    contact = add_contact(workspace.engine, counterparty_id=cid, values={
        "last_name": "Roux", "phone": "06-12-34-56-78"}).id
    before = contact_values(workspace.engine, contact_id=contact)
    assert before["phone"] == "+33612345678"
    update_contact(workspace.engine, contact_id=contact, values={"phone": "poste 12"})
    assert contact_values(workspace.engine, contact_id=contact)["phone"] == "poste 12"
    restore_contact(workspace.engine, contact_id=contact, values=before)
    assert contact_values(workspace.engine, contact_id=contact)["phone"] == "+33612345678"
