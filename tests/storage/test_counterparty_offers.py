"""Offers and client references of a counterparty: hand edits, their checks, undo and merges."""

from __future__ import annotations

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.storage.services.counterparties import search_counterparties
from srm_inclusif.storage.services.counterparty_card import load_card
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
    update_counterparty,
)
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties
from tests.conftest import DEMO_TODAY
from tests.support import add_imported

CANTINE = {"name": "Mairie de Lyon", "description": "Entretien des cantines scolaires"}


def _values(engine, cid: int) -> tuple[dict, list[str]]:
    return counterparty_values(engine, counterparty_id=cid,
                               fields=("offers", "client_references"))


def test_the_card_reads_imported_entries_trimmed(workspace) -> None:
    cid = add_imported(workspace.engine, "Atelier Vert",
                       offers=[{"name": " Nettoyage ", "description": None}, {}],
                       client_references=[CANTINE])
    card = load_card(workspace.engine, counterparty_id=cid)
    assert card.values["offers"] == [{"name": "Nettoyage", "description": ""}]
    assert card.values["client_references"] == [CANTINE]


def test_a_hand_edit_is_trimmed_marked_and_undone(workspace) -> None:
    engine = workspace.engine
    cid = add_imported(engine, "Atelier Vert", offers=[{"name": "Nettoyage", "description": None}])
    before, edited = _values(engine, cid)
    update_counterparty(engine, counterparty_id=cid, values={"client_references": [
        {"name": "  Mairie de Lyon ", "description": " Entretien des cantines scolaires\n"}]})
    values, now_edited = _values(engine, cid)
    assert values["client_references"] == [CANTINE]
    assert "client_references" in now_edited
    assert "offers" not in now_edited
    update_counterparty(engine, counterparty_id=cid, values=before, edited_fields=edited)
    assert _values(engine, cid) == (before, [])


@pytest.mark.parametrize(("entry", "words"), [
    ({"name": "  ", "description": "Repas livrés"}, ("n'a pas de nom", "Repas livrés")),
    ({"name": "x" * 251, "description": ""}, ("250 caractères",)),
    ({"name": "Traiteur", "description": "y" * 2001}, ("Traiteur", "2\u202f000 caractères")),
])
def test_a_bad_offer_is_refused_and_nothing_is_written(workspace, entry, words) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Atelier Vert",
                                              "offers": [{"name": "Nettoyage"}]}).id
    with pytest.raises(ValidationError) as refused:
        update_counterparty(engine, counterparty_id=cid, values={
            "offers": [{"name": "Nettoyage", "description": ""}, entry], "city": "Lyon"})
    assert all(word in str(refused.value) for word in words)
    assert refused.value.params["field"] == "offers"
    values, _ = counterparty_values(engine, counterparty_id=cid, fields=("offers", "city"))
    assert values == {"offers": [{"name": "Nettoyage", "description": ""}], "city": None}


def test_a_client_reference_needs_the_client_name(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Vert"}).id
    with pytest.raises(ValidationError, match="référence client n'a pas de nom de client"):
        update_counterparty(workspace.engine, counterparty_id=cid, values={
            "client_references": [{"name": "", "description": "Cantines"}]})


def test_an_edited_client_reference_is_found_by_search(workspace) -> None:
    cid = create_counterparty(workspace.engine, values={"name": "Atelier Vert"}).id
    update_counterparty(workspace.engine, counterparty_id=cid, values={"offers": [
        {"name": "Blanchisserie industrielle", "description": ""}]})
    rows = search_counterparties(workspace.engine, flt=CounterpartyFilter(text="blanchisserie"),
                                 today=DEMO_TODAY)
    assert [r.name for r in rows] == ["Atelier Vert"]


def test_merge_keeps_the_offers_and_references_of_both_then_undo(workspace) -> None:
    engine = workspace.engine
    keep = add_imported(engine, "Atelier Vert", offers=[{"name": "Nettoyage", "description": ""}],
                        client_references=[CANTINE])
    drop = add_imported(engine, "Atelier vert SAS",
                        offers=[{"name": "nettoyage", "description": "Bureaux"},
                                {"name": "Espaces verts", "description": "Tonte"}],
                        client_references=[{"name": "Hôpital Nord", "description": "Linge"},
                                           {"name": "MAIRIE DE LYON", "description": "Autre"}])
    result = merge_counterparties(engine, keep_id=keep, drop_id=drop, choices={})
    values, edited = _values(engine, keep)
    assert [o["name"] for o in values["offers"]] == ["Nettoyage", "Espaces verts"]
    assert values["client_references"] == [
        CANTINE, {"name": "Hôpital Nord", "description": "Linge"}]
    assert edited == []  # an import may still add what the source offers later
    unmerge_counterparties(engine, snapshot=result.snapshot)
    assert _values(engine, keep)[0] == {"offers": [{"name": "Nettoyage", "description": ""}],
                                        "client_references": [CANTINE]}
    assert [o["name"] for o in _values(engine, drop)[0]["offers"]] == ["nettoyage",
                                                                        "Espaces verts"]
