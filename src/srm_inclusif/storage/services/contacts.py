"""Named contacts of counterparties: add, edit, anonymise (GDPR), and those due for anonymising.

Undo pairs: ``add_contact`` / ``delete_contact``; ``update_contact`` / ``update_contact`` with the
values from ``contact_values``; ``anonymise_contact`` / ``restore_contact`` (the undo stack keeps
the erased values in memory only, never in the file).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.gdpr import anonymise_reason
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.phones import typed_phone
from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.search_index import purge_deleted_terms, reindex_counterparties
from srm_inclusif.storage.services.counterparty_edit import (
    COUNTERPARTY_GONE,
    INVALID_EMAIL,
    UNKNOWN_FIELDS,
    Created,
)
from srm_inclusif.storage.tables import Contact, Counterparty, Relationship

CONTACT_FIELDS = ("first_name", "last_name", "role", "email", "phone", "last_interaction")
#: The fields that identify a person, erased by anonymising.
PERSONAL_FIELDS = ("first_name", "last_name", "email", "phone")


@dataclass(frozen=True)
class ContactRow:
    """A contact as shown on the counterparty card."""

    id: int
    counterparty_id: int
    first_name: str | None
    last_name: str | None
    role: str | None
    email: str | None
    phone: str | None
    last_interaction: date | None
    anonymised: bool

    @property
    def display_name(self) -> str:
        """First and last name, or a neutral text once anonymised."""
        if self.anonymised:
            return "Contact anonymisé"
        return " ".join(p for p in (self.first_name, self.last_name) if p) or "(sans nom)"


@dataclass(frozen=True)
class DueContact:
    """A contact that should be anonymised, with the counterparty and the reason."""

    contact: ContactRow
    counterparty_name: str
    reason: str


def list_contacts(engine: Engine, *, counterparty_id: int) -> list[ContactRow]:
    """The contacts of a counterparty, anonymised ones last."""
    query = (select(Contact).where(Contact.counterparty_id == counterparty_id)
             .order_by(col(Contact.anonymised), col(Contact.last_name), col(Contact.id)))
    with Session(engine) as session:
        return [_row(c) for c in session.exec(query)]


def add_contact(engine: Engine, *, counterparty_id: int, values: dict[str, Any]) -> Created:
    """Add a contact to a counterparty."""
    with Session(engine) as session:
        if session.get(Counterparty, counterparty_id) is None:
            raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
        contact = Contact(counterparty_id=counterparty_id)
        _apply(contact, values)
        session.add(contact)
        session.flush()
        reindex_counterparties(session, [counterparty_id])
        session.commit()
        return Created(contact.id or 0, _changes(contact))


def update_contact(engine: Engine, *, contact_id: int, values: dict[str, Any]) -> Changes:
    """Change some fields of a contact; a recognisable phone is stored like the imports'."""
    with Session(engine) as session:
        contact = _get(session, contact_id)
        _apply(contact, values)
        session.add(contact)
        reindex_counterparties(session, [contact.counterparty_id])
        session.commit()
        return _changes(contact)


def contact_values(engine: Engine, *, contact_id: int) -> dict[str, Any]:
    """Every field of a contact (to undo an edit or an anonymisation)."""
    with Session(engine) as session:
        contact = _get(session, contact_id)
        return {f: getattr(contact, f) for f in (*CONTACT_FIELDS, "anonymised")}


def delete_contact(engine: Engine, *, contact_id: int) -> Changes:
    """Remove a contact (undo of an addition)."""
    with Session(engine) as session:
        contact = _get(session, contact_id)
        changes = _changes(contact)
        session.delete(contact)
        session.flush()
        reindex_counterparties(session, [contact.counterparty_id])
        session.commit()
        return changes


def anonymise_contact(engine: Engine, *, contact_id: int) -> Changes:
    """Erase the person's fields everywhere, search index included; keep role and dates."""
    with Session(engine) as session:
        contact = _get(session, contact_id)
        for field in PERSONAL_FIELDS:
            setattr(contact, field, None)
        contact.anonymised = True
        session.add(contact)
        reindex_counterparties(session, [contact.counterparty_id])
        purge_deleted_terms(session)
        session.commit()
        return _changes(contact)


def restore_contact(engine: Engine, *, contact_id: int, values: dict[str, Any]) -> Changes:
    """Put back the values read by ``contact_values`` (undo of an anonymisation)."""
    with Session(engine) as session:
        contact = _get(session, contact_id)
        for field, value in values.items():
            setattr(contact, field, value)
        session.add(contact)
        reindex_counterparties(session, [contact.counterparty_id])
        session.commit()
        return _changes(contact)


def contacts_due_for_anonymising(engine: Engine, *, today: date) -> list[DueContact]:
    """Named contacts without interaction for 3 years, or whose relationships ended 3 years ago."""
    with Session(engine) as session:
        ended = _relationship_end_dates(session)
        query = (select(Contact, Counterparty.name)
                 .join(Counterparty, col(Counterparty.id) == Contact.counterparty_id)
                 .where(col(Contact.anonymised).is_(False))
                 .order_by(Counterparty.name, col(Contact.last_name)))
        due = []
        for contact, name in session.exec(query):
            reason = anonymise_reason(
                last_interaction=contact.last_interaction, created_on=contact.created_at.date(),
                relationship_ended_on=ended.get(contact.counterparty_id), today=today)
            if reason:
                due.append(DueContact(_row(contact), name, reason))
        return due


def _relationship_end_dates(session: Session) -> dict[int, date]:
    """Per counterparty whose relationships are all stopped, the day the last one stopped."""
    ends: dict[int, date | None] = {}
    for cid, stage, since in session.exec(
        select(Relationship.counterparty_id, Relationship.stage, col(Relationship.stage_since))
    ):
        if stage != Stage.ARRETEE.value:
            ends[cid] = None
        elif cid not in ends or ((end := ends[cid]) is not None and since > end):
            ends[cid] = since
    return {cid: end for cid, end in ends.items() if end is not None}


def _get(session: Session, contact_id: int) -> Contact:
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise NotFoundError.of(QT_TRANSLATE_NOOP(
            "Errors", "Ce contact n'existe plus."), id=contact_id)
    return contact


def _apply(contact: Contact, values: dict[str, Any]) -> None:
    unknown = set(values) - set(CONTACT_FIELDS)
    if unknown:
        raise ValidationError.of(UNKNOWN_FIELDS, fields=", ".join(sorted(unknown)))
    for field, value in values.items():
        if field == "phone":
            value = typed_phone(value)
        elif isinstance(value, str):
            value = value.strip() or None
        setattr(contact, field, value)
    if contact.email and ("@" not in contact.email or " " in contact.email):
        raise ValidationError.of(INVALID_EMAIL, field="email", email=contact.email)
    if not (contact.first_name or contact.last_name or contact.role):
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Un contact doit avoir un nom ou une fonction."))


def _row(contact: Contact) -> ContactRow:
    return ContactRow(contact.id or 0, contact.counterparty_id, contact.first_name,
                      contact.last_name, contact.role, contact.email, contact.phone,
                      contact.last_interaction, contact.anonymised)


def _changes(contact: Contact) -> Changes:
    return Changes(counterparties={contact.counterparty_id}, contacts={contact.id or 0})
