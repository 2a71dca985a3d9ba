"""Contacts: add, edit, anonymise everywhere (search index included), undo, GDPR due list."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.contacts import (
    add_contact,
    anonymise_contact,
    contact_values,
    contacts_due_for_anonymising,
    delete_contact,
    list_contacts,
    restore_contact,
    update_contact,
)
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.tables import Relationship
from tests.conftest import DEMO_TODAY
from tests.support import listed_names


@pytest.fixture
def counterparty(workspace) -> int:
    return create_counterparty(workspace.engine, values={"name": "Atelier Bleu"}).id


def test_add_edit_delete_contact_updates_search(workspace, counterparty) -> None:
    engine = workspace.engine
    contact = add_contact(engine, counterparty_id=counterparty, values={
        "first_name": "Zoé", "last_name": "Marchand", "email": "zoe@example.org"})
    assert listed_names(engine, text="marchand") == ["Atelier Bleu"]
    update_contact(engine, contact_id=contact.id, values={"last_name": "Lenoir"})
    assert listed_names(engine, text="marchand") == []
    assert listed_names(engine, text="lenoir") == ["Atelier Bleu"]
    assert [c.display_name for c in list_contacts(engine, counterparty_id=counterparty)] == [
        "Zoé Lenoir"]
    delete_contact(engine, contact_id=contact.id)
    assert list_contacts(engine, counterparty_id=counterparty) == []
    assert listed_names(engine, text="lenoir") == []


def test_invalid_contact_refused(workspace, counterparty) -> None:
    with pytest.raises(ValidationError):
        add_contact(workspace.engine, counterparty_id=counterparty,
                    values={"first_name": "Zoé", "email": "zoe at example"})
    with pytest.raises(ValidationError):
        add_contact(workspace.engine, counterparty_id=counterparty, values={"phone": "0102"})


def test_anonymise_erases_everywhere_and_undo_restores(workspace, counterparty) -> None:
    engine = workspace.engine
    contact = add_contact(engine, counterparty_id=counterparty, values={
        "first_name": "Jeanne", "last_name": "Dupré", "role": "Directrice",
        "email": "jeanne.dupre@example.org", "phone": "+33102030405"})
    before = contact_values(engine, contact_id=contact.id)
    anonymise_contact(engine, contact_id=contact.id)
    [row] = list_contacts(engine, counterparty_id=counterparty)
    assert row.anonymised
    assert (row.first_name, row.last_name, row.email, row.phone) == (None, None, None, None)
    assert row.role == "Directrice"
    assert listed_names(engine, text="dupre") == []
    assert listed_names(engine, text="jeanne") == []
    assert "dupr" not in _dump_all_tables(engine).lower()
    restore_contact(engine, contact_id=contact.id, values=before)
    assert listed_names(engine, text="dupre") == ["Atelier Bleu"]


def test_due_for_anonymising(workspace, counterparty) -> None:
    engine = workspace.engine
    add_contact(engine, counterparty_id=counterparty, values={
        "last_name": "Ancien", "last_interaction": date(2023, 1, 5)})
    add_contact(engine, counterparty_id=counterparty, values={
        "last_name": "Recent", "last_interaction": date(2026, 1, 5)})
    stopped = create_counterparty(engine, values={"name": "Relation finie"}).id
    add_contact(engine, counterparty_id=stopped, values={
        "last_name": "Suivi", "last_interaction": date(2025, 1, 5)})
    with Session(engine) as session:
        session.add(Relationship(counterparty_id=stopped, stage="arretee",
                                 stage_since=date(2023, 2, 1)))
        session.commit()
    due = contacts_due_for_anonymising(engine, today=DEMO_TODAY)
    assert [(d.counterparty_name, d.contact.last_name) for d in due] == [
        ("Atelier Bleu", "Ancien"), ("Relation finie", "Suivi")]
    anonymise_contact(engine, contact_id=due[0].contact.id)
    assert len(contacts_due_for_anonymising(engine, today=DEMO_TODAY)) == 1


def _dump_all_tables(engine: sa.Engine) -> str:
    """Every row of every table, FTS shadow tables included, as text (blobs decoded loosely)."""
    parts = []
    with engine.connect() as conn:
        names = conn.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        for name in [n[0] for n in names]:
            for row in conn.execute(sa.text(f'SELECT * FROM "{name}"')):
                parts.extend(v.decode("latin-1") if isinstance(v, bytes) else str(v) for v in row)
    return "\n".join(parts)
