"""The search index rows an import writes are exactly those a rebuild from the tables gives.

Word for word and in order, also when a later chunk completes a structure (a brand, a sector)
that an earlier chunk created or changed.
"""

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


def _index(workspace) -> list[tuple[object, ...]]:
    """Every index row, word for word and in order."""
    with workspace.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(
            text(f"SELECT {COLUMNS} FROM counterparty_search ORDER BY rowid"))]


def _rebuilt(workspace) -> list[tuple[object, ...]]:
    with workspace.engine.begin() as connection:
        rebuild_search_index(connection)
    return _index(workspace)


@pytest.mark.parametrize("files", [
    # offers, client references, contacts, labels, several sectors, free-text métiers
    ["marche_api_page1.json", "marche_api_page2.json"],
    ["liste_structures_2026-03-11.csv"],
    ["annuaire_esat_ea_2024.csv", "export_hosmoz.csv", "membres_reseau.ods"],
])
@pytest.mark.parametrize("batch", [NewRowsIndexer.BATCH, 2])
@pytest.mark.parametrize("chunk", [importing.CHUNK_SIZE, 2])
def test_an_import_indexes_its_structures_as_a_rebuild_would(workspace, files, chunk, batch,
                                                              monkeypatch):
    # small chunks and batches: later lines complete structures already indexed, or still
    # waiting for their batch
    monkeypatch.setattr(importing, "CHUNK_SIZE", chunk)
    monkeypatch.setattr(NewRowsIndexer, "BATCH", batch)
    summary = run_samples(workspace, *files)
    imported = _index(workspace)

    assert summary.inserted > 0
    assert len(imported) == summary.inserted
    assert imported == _rebuilt(workspace)


def _directory(path, lines: list[str]):
    path.write_text("Raison sociale;Enseigne;Code postal;Ville;Activités\n"
                    + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


@pytest.mark.parametrize("batch", [NewRowsIndexer.BATCH, 2])
def test_a_sector_brought_by_a_later_line_makes_the_structure_searchable_by_it(
        workspace, tmp_path, monkeypatch, batch):
    # chunks of 2 lines: « Atelier Nord » is written (and, by batches of 2, indexed) with the
    # first chunk, its second line (third chunk) adds the laundry sector
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    monkeypatch.setattr(NewRowsIndexer, "BATCH", batch)
    directory = _directory(tmp_path / "annuaire.csv", [
        "Atelier Nord;;59000;Lille;Espaces verts",
        "Atelier Est;;67000;Strasbourg;Traiteur",
        "Atelier Sud;;13008;Marseille;Traiteur",
        "Atelier Ouest;;44000;Nantes;Traiteur",
        "Atelier Nord;;59000;Lille;Blanchisserie",
    ])

    summary = run(workspace, directory)

    assert (summary.inserted, summary.merged_duplicates) == (4, 1)
    with workspace.engine.connect() as connection:
        assert count_matches(connection, to_fts_query("blanchisserie")) == 1
    assert _index(workspace) == _rebuilt(workspace)


def test_a_stored_structure_completed_twice_by_one_import_is_searchable_by_both(
        workspace, tmp_path, monkeypatch):
    run(workspace, _directory(tmp_path / "avant.csv", ["Atelier Nord;;59000;Lille;"]))
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    # its brand comes with the first chunk, a sector with the third
    directory = _directory(tmp_path / "annuaire.csv", [
        "Atelier Nord;Boréalis;59000;Lille;",
        "Atelier Est;;67000;Strasbourg;Traiteur",
        "Atelier Sud;;13008;Marseille;Traiteur",
        "Atelier Ouest;;44000;Nantes;Traiteur",
        "Atelier Nord;;59000;Lille;Blanchisserie",
    ])

    summary = run(workspace, directory)

    assert (summary.inserted, summary.updated, summary.merged_duplicates) == (3, 1, 1)
    with workspace.engine.connect() as connection:
        for word in ("borealis", "blanchisserie"):
            assert count_matches(connection, to_fts_query(word)) == 1, word
    assert _index(workspace) == _rebuilt(workspace)
