"""An exported shortlist says how to reach each structure: identity, contact, references."""

from __future__ import annotations

from srm_inclusif.core.vocabulary import Nature
from srm_inclusif.storage.services.contacts import add_contact, anonymise_contact
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.shortlist_details import shortlist_details


def test_details_name_the_first_contact_still_known_and_the_references(workspace):
    engine = workspace.engine
    esat = create_counterparty(engine, values={
        "name": "ESAT du Parc", "siret": "73282932000074", "nature": "ANTENNA", "city": "Lyon",
        "phone": "+33472000000", "email": "contact@esat-parc.fr",
        "social_website": "https://www.facebook.com/esat.parc",
        "client_references": [{"name": "Métropole de Lyon", "description": "Espaces verts"},
                              {"name": "CHU de Lyon", "description": None}]}).id
    gone = add_contact(engine, counterparty_id=esat, values={
        "first_name": "Anne", "last_name": "Martin", "email": "anne@esat-parc.fr"}).id
    add_contact(engine, counterparty_id=esat, values={
        "first_name": "Paul", "last_name": "Roux", "role": "Chargé d'affaires",
        "phone": "+33472000001"})
    anonymise_contact(engine, contact_id=gone)
    bare = create_counterparty(engine, values={"name": "Atelier sans fiche"}).id

    details = shortlist_details(engine, [esat, bare, 999])

    assert set(details) == {esat, bare}
    found = details[esat]
    assert (found.siret, found.city, found.phone, found.email) == (
        "73282932000074", "Lyon", "04 72 00 00 00", "contact@esat-parc.fr")
    assert found.social_website == "https://www.facebook.com/esat.parc"
    assert (found.nature, details[bare].nature) == (Nature.ANTENNA, None)
    assert found.contact == "Paul Roux, Chargé d'affaires, 04 72 00 00 01"
    assert found.client_references == "Métropole de Lyon; CHU de Lyon"
    assert (details[bare].contact, details[bare].client_references) == ("", "")
