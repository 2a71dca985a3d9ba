"""The search index rows an import writes for its new counterparties match the tables."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from srm_inclusif.core.search_query import to_fts_query
from srm_inclusif.storage.search_index import (
    NewRowsIndexer,
    count_matches,
    rebuild_search_index,
)
from srm_inclusif.storage.services import importing
from tests.exchange.import_support import run, run_samples

COLUMNS = "rowid, name, brand, city, sectors, offers, contacts"


def _index(workspace) -> dict[int, tuple[list[str], ...]]:
    """Each index row as sorted words per column (the order of words does not matter)."""
    with workspace.engine.connect() as connection:
        found = connection.execute(text(f"SELECT {COLUMNS} FROM counterparty_search"))
        return {row[0]: tuple(sorted(str(v).split()) for v in row[1:]) for row in found}


@pytest.mark.parametrize("files", [
    ["liste_structures_2026-03-11.csv"],
    ["marche_api_page1.json", "marche_api_page2.json"],
    ["annuaire_esat_ea_2024.csv"],
    ["annuaire_regional.xlsx"],
])
@pytest.mark.parametrize("batch", [NewRowsIndexer.BATCH, 2])
def test_new_counterparties_are_indexed_as_a_rebuild_would(workspace, files, batch, monkeypatch):
    # batches of 2 rows: rows of a file's later lines merge into rows already indexed, and
    # into rows still waiting for their batch (each must end up in the index once, up to date)
    monkeypatch.setattr(NewRowsIndexer, "BATCH", batch)
    monkeypatch.setattr(importing, "CHUNK_SIZE", batch)
    summary = run_samples(workspace, *files)
    assert summary.inserted > 0
    imported = _index(workspace)

    with workspace.engine.begin() as connection:
        rebuild_search_index(connection)

    assert imported == _index(workspace)
    assert len(imported) == summary.inserted


def test_sector_offer_and_contact_words_of_an_import_are_searchable(workspace):
    run_samples(workspace, "marche_api_page1.json", "marche_api_page2.json")
    with workspace.engine.connect() as connection:
        offers, sectors = connection.execute(text(
            "SELECT offers, sectors FROM counterparty_search WHERE offers != '' LIMIT 1")).one()
        for word in (offers.split()[0], sectors.split()[0]):
            assert count_matches(connection, to_fts_query(word)) >= 1, word


def test_later_lines_that_complete_earlier_rows_are_searchable_by_their_new_words(
        workspace, tmp_path, monkeypatch):
    # batches of 2 rows and chunks of 2 lines: "Atelier Nord" is indexed before its second
    # line brings a brand; "Atelier Sud" is still waiting for its batch when its own does
    monkeypatch.setattr(NewRowsIndexer, "BATCH", 2)
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    directory = tmp_path / "annuaire.csv"
    directory.write_text(
        "Raison sociale;Enseigne;Code postal;Ville\n"
        "Atelier Nord;;59000;Lille\n"
        "Atelier Est;;67000;Strasbourg\n"
        "Atelier Sud;;13008;Marseille\n"
        "Atelier Nord;Boréalis;59000;Lille\n"
        "Atelier Sud;Méridienne;13008;Marseille\n", encoding="utf-8")

    summary = run(workspace, directory)

    assert (summary.inserted, summary.merged_duplicates) == (3, 2)
    with workspace.engine.connect() as connection:
        for word, expected in (("borealis", 1), ("meridienne", 1), ("atelier", 3)):
            assert count_matches(connection, to_fts_query(word)) == expected, word
