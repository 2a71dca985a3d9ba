"""A header repeated inside a directory (files glued together, a header on each page of an export)
is no structure: it is listed on its line and counted with the total lines, and so is the title
line above it."""

from __future__ import annotations

import pytest

from tests.exchange.import_support import run, stored, table_file

HEADER = ["Raison sociale", "SIRET", "Code postal", "Ville"]
REPEATED = "En-tête répété (fichiers mis bout à bout ?) : ligne ignorée."
TITLE = "Titre au-dessus d'un en-tête répété : ligne ignorée."


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_glued_file_imports_its_structures_only(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annuaire{suffix}", HEADER,
                      ["Atelier Un", "44306184100047", "01000", "Bourg"],
                      ["Liste des structures - page 2", "", "", ""],
                      ["RAISON SOCIALE", "Siret", "Code Postal", ""],
                      ["Atelier Deux", "44306184100054", "75001", "Paris"])

    summary = run(workspace, path)

    assert set(stored(workspace, "name")) == {"Atelier Un", "Atelier Deux"}
    assert [(i.line, i.field, i.value, i.severity, i.reason) for i in summary.issues] == [
        (3, "line", "Liste des structures - page 2", "total", TITLE),
        (4, "line", "RAISON SOCIALE;Siret;Code Postal", "total", REPEATED),
    ]
    assert (summary.inserted, summary.rejected, summary.skipped_totals) == (2, 0, 2)


def test_a_header_repeated_in_another_order_is_no_structure(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER,
                      ["Atelier Un", "44306184100047", "01000", "Bourg"],
                      ["SIRET", "Raison sociale", "Ville", "Code postal"],
                      ["Atelier Deux", "44306184100054", "75001", "Paris"])

    summary = run(workspace, path)

    assert set(stored(workspace, "name")) == {"Atelier Un", "Atelier Deux"}
    assert [(i.line, i.reason) for i in summary.issues] == [(3, REPEATED)]


def test_a_header_repeated_exactly_is_counted_too(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER,
                      ["Atelier Un", "44306184100047", "01000", "Bourg"], HEADER,
                      ["Atelier Deux", "44306184100054", "75001", "Paris"])

    summary = run(workspace, path, all_or_nothing=True)

    assert summary.applied
    assert (summary.inserted, summary.skipped_totals) == (2, 1)


def test_a_one_cell_line_not_above_a_header_is_still_a_structure(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER,
                      ["Atelier Un", "44306184100047", "01000", "Bourg"],
                      ["Atelier sans adresse", "", "", ""],
                      ["Ville", "", "", "Paris"])

    summary = run(workspace, path)

    assert set(stored(workspace, "name")) == {"Atelier Un", "Atelier sans adresse", "Ville"}
    assert summary.skipped_totals == 0


def test_a_repeated_header_of_a_big_file_is_left_aside_too(workspace, tmp_path):
    rows = [[f"Atelier {i}", "", "75001", "Paris"] for i in range(1500)]
    rows.insert(1200, HEADER)
    summary = run(workspace, table_file(tmp_path / "annuaire.csv", HEADER, *rows))

    assert (summary.inserted, summary.skipped_totals) == (1500, 1)
    assert "Raison sociale" not in stored(workspace, "name")
