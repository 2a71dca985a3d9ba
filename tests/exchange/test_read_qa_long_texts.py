"""A value longer than its field holds is cut, and the line says so: field, start of the value,
and the length kept."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.exchange.records import ReadOptions
from tests.exchange.import_support import run, stored, table_file

HEADER = ["Raison sociale", "SIRET", "Code postal", "Ville", "Adresse", "Complément d'adresse"]
LONG_NAME = "Association " + "très " * 60 + "longue"
LONG_CITY = "Saint-" + "Long" * 40


def cut(size: int) -> str:
    return f"Texte trop long, coupé à {size} caractères."


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_long_values_are_cut_and_flagged(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annuaire{suffix}", HEADER,
                      [LONG_NAME, "44306184100047", "01000", LONG_CITY, "3 rue " + "x" * 300,
                       "Bâtiment " + "B" * 120],
                      ["Atelier Court", "44306184100054", "75001", "Paris", "1 rue Haute", ""])

    summary = run(workspace, path)

    name = LONG_NAME[:250]
    assert stored(workspace, "city") == {name: LONG_CITY[:120], "Atelier Court": "Paris"}
    assert [(i.line, i.field, i.value, i.reason, i.structure_name) for i in summary.issues] == [
        (2, "name", LONG_NAME[:60] + "…", cut(250), name),
        (2, "address", "3 rue " + "x" * 54 + "…", cut(400), name),
        (2, "city", LONG_CITY[:60] + "…", cut(120), name),
    ]
    assert (summary.inserted, summary.flagged, summary.flag_remarks) == (2, 1, 3)


def test_a_value_of_the_right_length_is_no_remark(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER,
                      ["N" * 250, "44306184100047", "01000", "V" * 120, "", ""])

    assert run(workspace, path).issues == []


def test_a_long_purchase_category_is_flagged(workspace, tmp_path):
    category = "Fournitures " * 20
    path = table_file(tmp_path / "achats.csv",
                      ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)",
                       "Catégorie d'achat"],
                      ["Atelier Vert", "44306184100047", "1 000,00", category])

    summary = run(workspace, path, target="spend",
                  read=ReadOptions(default_spend_date=date(2025, 6, 30)))

    assert [(i.field, i.value, i.reason) for i in summary.issues
            if i.field == "purchase_category"] == [
        ("purchase_category", category[:60] + "…", cut(200))]
