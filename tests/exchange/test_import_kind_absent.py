"""A file that does not give a structure's type never changes a known one: no type is no value.

Both reading paths are tried: a CSV file is read column by column, an XLSX file row by row.
"""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.supplier_merge import NO_KIND
from tests.exchange.import_support import hand_edit, run, stored, table_file

SIRET = "44306184100047"
FULL = ["Raison sociale", "SIRET", "Code postal", "Ville", "Type de structure"]
#: A Marché de l'inclusion export (it lists inclusive structures only).
MARCHE = ["Raison sociale", "Enseigne", "Type de structure", "Code postal", "Ville",
          "Référence client 1"]


@pytest.fixture(params=[".csv", ".xlsx"])
def suffix(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def esat(workspace, tmp_path):
    """ESAT Alpha, imported as an ESAT."""
    run(workspace, table_file(tmp_path / "esat.csv", FULL, ["ESAT Alpha", SIRET, "69003", "Lyon",
                                                             "ESAT"]))
    return workspace


def test_a_file_without_a_type_column_keeps_the_kind(esat, tmp_path, suffix):
    summary = run(esat, table_file(tmp_path / f"sans_type{suffix}", ["Raison sociale", "SIRET"],
                                   ["ESAT Alpha", SIRET]))

    assert stored(esat, "kind") == {"ESAT Alpha": "ESAT"}
    assert (summary.updated, summary.unchanged, summary.conflicts) == (0, 1, 0)


def test_an_empty_type_cell_keeps_the_kind(esat, tmp_path, suffix):
    summary = run(esat, table_file(tmp_path / f"vide{suffix}", FULL,
                                   ["ESAT Alpha", SIRET, "69003", "Lyon", ""]))

    assert stored(esat, "kind") == {"ESAT Alpha": "ESAT"}
    assert (summary.updated, summary.unchanged, summary.flagged) == (0, 1, 0)


def test_a_type_naming_no_kind_keeps_the_kind_and_is_flagged(esat, tmp_path, suffix):
    summary = run(esat, table_file(tmp_path / f"inconnu{suffix}", FULL,
                                   ["ESAT Alpha", SIRET, "69003", "Lyon", "Atelier"]))

    assert stored(esat, "kind") == {"ESAT Alpha": "ESAT"}
    assert [(i.field, i.value) for i in summary.issues] == [("kind", "Atelier")]


def test_no_type_is_no_conflict_with_a_hand_edited_kind(esat, tmp_path, suffix):
    hand_edit(esat, "ESAT Alpha", "kind", "EA")

    summary = run(esat, table_file(tmp_path / f"sans_type{suffix}", ["Raison sociale", "SIRET"],
                                   ["ESAT Alpha", SIRET]))

    assert summary.conflicts == 0
    assert stored(esat, "kind") == {"ESAT Alpha": "EA"}


def test_a_conflict_on_kind_names_a_classic_kind_by_its_label(esat, tmp_path, suffix):
    hand_edit(esat, "ESAT Alpha", "kind", "EA")

    summary = run(esat, table_file(tmp_path / f"classique{suffix}", FULL,
                                   ["ESAT Alpha", SIRET, "69003", "Lyon", "Classique"]))

    assert [(i.severity, i.field, i.value, i.reason) for i in summary.issues] == [
        ("conflict", "kind", "Fournisseur classique",
         "Champ modifié à la main (« EA ») : valeur du fichier ignorée.")]


def test_an_explicit_type_still_replaces_the_kind(esat, tmp_path, suffix):
    run(esat, table_file(tmp_path / f"ea{suffix}", FULL, ["ESAT Alpha", SIRET, "69003", "Lyon",
                                                          "Entreprise adaptée (EA)"]))

    assert stored(esat, "kind") == {"ESAT Alpha": "EA"}


def test_a_new_structure_of_an_inclusive_directory_without_type_is_classic_and_flagged(
        workspace, tmp_path):
    path = table_file(tmp_path / "liste_structures.csv", MARCHE,
                      ["Atelier du Lac", "", "Entreprise adaptée (EA)", "74000", "Annecy", ""],
                      ["Sans Type", "", "", "75001", "Paris", ""])

    summary = run(workspace, path)

    assert summary.format == "marche-csv"
    assert stored(workspace, "kind") == {"Atelier du Lac": "EA", "Sans Type": "CLASSIC"}
    assert [(i.line, i.field, i.severity, i.reason) for i in summary.issues] == [
        (3, "kind", "flagged", NO_KIND)]
    assert NO_KIND.startswith("Type de structure absent")


def test_an_inclusive_directory_without_type_leaves_a_known_structure_alone(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "esat.csv", FULL,
                              ["Atelier du Lac", "", "74000", "Annecy", "EA"]))

    summary = run(workspace, table_file(tmp_path / "liste_structures.csv", MARCHE,
                                        ["Atelier du Lac", "", "", "74000", "Annecy", "SNCF"]))

    assert stored(workspace, "kind") == {"Atelier du Lac": "EA"}
    assert (summary.updated, summary.flagged, summary.conflicts) == (1, 0, 0)  # the reference


def test_a_new_structure_of_a_plain_table_without_type_is_classic_unflagged(workspace, tmp_path,
                                                                            suffix):
    path = table_file(tmp_path / f"fournisseurs{suffix}", ["Raison sociale", "Code postal"],
                      ["Boulangerie", "69003"])

    summary = run(workspace, path)

    assert stored(workspace, "kind") == {"Boulangerie": "CLASSIC"}
    assert (summary.inserted, summary.flagged) == (1, 0)
