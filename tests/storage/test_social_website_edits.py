"""The social network page on the card and in a record merge (hand edits, undo).

Strict xfail until ``counterparty_edit.SCALAR_FIELDS`` (the card's editable fields, which the card
and the merge read) lists ``social_website``: remove the marker then.
"""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.counterparty_card import load_card
from srm_inclusif.storage.services.counterparty_edit import create_counterparty, update_counterparty
from srm_inclusif.storage.services.merge import merge_counterparties, unmerge_counterparties
from tests.support import IMPORT_FIXTURES

MARCHE_CSV = IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"
PAGE = "https://www.linkedin.com/company/atelier-bleu/"


def pages(workspace) -> dict[int, str | None]:
    with workspace.engine.connect() as connection:
        return {cid: page for cid, page in connection.execute(text(
            "SELECT id, social_website FROM counterparty"))}


def test_the_card_shows_and_edits_the_page_and_a_reimport_keeps_the_edit(workspace) -> None:
    engine = workspace.engine
    import_files(engine, [MARCHE_CSV], ImportSettings())
    with engine.connect() as connection:
        lac = connection.execute(text(
            "SELECT id FROM counterparty WHERE name = 'Les Ateliers du Lac'")).scalar_one()
    imported = load_card(engine, counterparty_id=lac)

    update_counterparty(engine, counterparty_id=lac, values={"social_website": f"  {PAGE} "})
    summary = import_files(engine, [MARCHE_CSV], ImportSettings())

    assert imported.values["social_website"] == "https://www.linkedin.com/company/ateliers-du-lac/"
    edited = load_card(engine, counterparty_id=lac)
    assert edited.values["social_website"] == PAGE
    assert "social_website" in edited.edited_fields
    # line 6 repeats the structure and its page: one conflict
    assert [(i.line, i.field) for i in summary.issues if i.severity == "conflict"] == [
        (2, "social_website")]


def test_merge_takes_the_duplicates_page_and_undo_restores_both(workspace) -> None:
    engine = workspace.engine
    keep = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    drop = create_counterparty(engine, values={"name": "Atelier Bleu", "city": "Lyon"}).id
    with engine.begin() as connection:
        connection.execute(text("UPDATE counterparty SET social_website = :p WHERE id = :i"),
                           {"p": PAGE, "i": drop})

    result = merge_counterparties(engine, keep_id=keep, drop_id=drop,
                                  choices={"social_website": PAGE})
    merged = pages(workspace)
    unmerge_counterparties(engine, snapshot=result.snapshot)

    assert merged == {keep: PAGE}
    assert pages(workspace) == {keep: None, drop: PAGE}
