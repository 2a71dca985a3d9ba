"""Head office or antenna on the card and in a record merge (hand edits, refusals, undo)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.counterparty_card import load_card
from srm_inclusif.storage.services.counterparty_edit import (
    counterparty_values,
    create_counterparty,
    update_counterparty,
)
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties
from tests.support import API_PAGES


def natures(workspace) -> dict[int, str | None]:
    with workspace.engine.connect() as connection:
        return dict(connection.execute(text("SELECT id, nature FROM counterparty")).all())


def id_of(workspace, name: str) -> int:
    with workspace.engine.connect() as connection:
        return int(connection.execute(text("SELECT id FROM counterparty WHERE name = :n"),
                                      {"n": name}).scalar_one())


def test_the_card_shows_and_edits_the_nature_and_a_reimport_keeps_the_edit(workspace) -> None:
    engine = workspace.engine
    import_files(engine, API_PAGES, ImportSettings())
    parc = id_of(workspace, "ESAT du Parc")
    imported = load_card(engine, counterparty_id=parc)

    update_counterparty(engine, counterparty_id=parc, values={"nature": " HEAD_OFFICE "})
    summary = import_files(engine, API_PAGES, ImportSettings())

    assert imported.values["nature"] == "ANTENNA"
    edited = load_card(engine, counterparty_id=parc)
    assert edited.values["nature"] == "HEAD_OFFICE"
    assert "nature" in edited.edited_fields
    assert [(i.file_name, i.line, i.field, i.value) for i in summary.issues
            if i.severity == "conflict"] == [("marche_api_page1.json", 2, "nature", "Antenne")]


def test_a_nature_can_be_given_at_creation_and_cleared_to_unknown(workspace) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Régie Est", "nature": "ANTENNA"}).id

    created = natures(workspace)[cid]
    update_counterparty(engine, counterparty_id=cid, values={"nature": None})

    assert created == "ANTENNA"
    assert natures(workspace)[cid] is None


@pytest.mark.parametrize("code", ["Antenne", "antenna", "BRANCH"])
def test_an_unknown_code_is_refused_with_its_value_and_nothing_is_saved(workspace, code) -> None:
    engine = workspace.engine
    cid = create_counterparty(engine, values={"name": "Régie Est", "nature": "HEAD_OFFICE"}).id

    with pytest.raises(ValidationError) as refused:
        update_counterparty(engine, counterparty_id=cid,
                            values={"nature": code, "city": "Strasbourg"})

    assert str(refused.value) == (
        f"Siège ou antenne : code inconnu « {code} » (HEAD_OFFICE pour un siège, ANTENNA pour "
        "une antenne).")
    assert refused.value.params["field"] == "nature"
    values, _ = counterparty_values(engine, counterparty_id=cid, fields=("nature", "city"))
    assert values == {"nature": "HEAD_OFFICE", "city": None}


def test_merge_takes_the_duplicates_nature_and_undo_restores_both(workspace) -> None:
    engine = workspace.engine
    keep = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    drop = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon",
                                               "nature": "ANTENNA"}).id

    result = merge_counterparties(engine, keep_id=keep, drop_id=drop,
                                  choices={"nature": "ANTENNA"})
    merged = natures(workspace)
    unmerge_counterparties(engine, snapshot=result.snapshot)

    assert merged == {keep: "ANTENNA"}
    assert natures(workspace) == {keep: None, drop: "ANTENNA"}
