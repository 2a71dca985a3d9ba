"""What a buyer needs to contact the structures of an exported shortlist."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.phones import readable_phone
from srm_inclusif.core.vocabulary import Nature
from srm_inclusif.storage.tables import Contact, Counterparty


@dataclass(frozen=True)
class ShortlistDetails:
    """A structure's identity and ways to reach it, as plain texts ("" when unknown).

    Phones read the French way (« 04 72 00 00 00 »): the buyer calls from the exported file.
    The nature stays a ``Nature``: the file names it in its reader's language, like the type.
    """

    siret: str = ""
    #: Head office or antenna; None when unknown.
    nature: Nature | None = None
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    #: The structure's page on a social network (LinkedIn, Facebook...).
    social_website: str = ""
    #: The first contact person not anonymised: « Prénom Nom, rôle, e-mail, téléphone ».
    contact: str = ""
    #: Client references by name, joined by « ; ».
    client_references: str = ""


def shortlist_details(engine: Engine, ids: Iterable[int]) -> dict[int, ShortlistDetails]:
    """Details of each counterparty id (missing ids are left out)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    with Session(engine) as session:
        people: dict[int, str] = {}
        for person in session.exec(
                select(Contact).where(col(Contact.counterparty_id).in_(wanted),
                                      col(Contact.anonymised).is_(False))
                .order_by(col(Contact.counterparty_id), col(Contact.id))):
            people.setdefault(person.counterparty_id, _person(person))
        return {
            row.id: ShortlistDetails(
                siret=row.siret or "", nature=Nature(row.nature) if row.nature else None,
                city=row.city or "", phone=readable_phone(row.phone),
                email=row.email or "", website=row.website or "",
                social_website=row.social_website or "",
                contact=people.get(row.id, ""),
                client_references="; ".join(
                    str(ref.get("name") or "") for ref in row.client_references
                    if ref.get("name")))
            for row in session.exec(select(Counterparty).where(col(Counterparty.id).in_(wanted)))
            if row.id is not None
        }


def _person(person: Contact) -> str:
    name = " ".join(p for p in (person.first_name, person.last_name) if p)
    phone = readable_phone(person.phone)
    return ", ".join(p for p in (name, person.role, person.email, phone) if p)
