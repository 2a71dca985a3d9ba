"""A new structure whose type names no kind is stored classic, and one remark says so."""

from __future__ import annotations

import pytest

from tests.exchange.import_support import run, stored, table_file

#: A Marché de l'inclusion export (it lists inclusive structures only).
MARCHE = ["Raison sociale", "Enseigne", "Type de structure", "Code postal", "Ville",
          "Référence client 1"]
GENERIC = ["Raison sociale", "Type de structure", "Code postal"]
SAID_ONCE = ("Type de structure inconnu (« Type inconnu (XYZ) ») : nouvelle fiche enregistrée "
             "en « Classique », à vérifier.")


@pytest.fixture(params=[".csv", ".xlsx"])
def suffix(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_an_inclusive_directory_flags_it_once(workspace, tmp_path, suffix):
    """Not « inconnu : ignoré » then « absent : enregistrée en Classique » with no value."""
    summary = run(workspace, table_file(tmp_path / f"marche{suffix}", MARCHE,
                                        ["ESAT Beta", "", "Type inconnu (XYZ)", "69003", "Lyon",
                                         ""]))

    assert stored(workspace, "kind") == {"ESAT Beta": "CLASSIC"}
    assert [(i.field, i.value, i.reason) for i in summary.issues] == [
        ("kind", "Type inconnu (XYZ)", SAID_ONCE)]
    assert (summary.flagged, summary.flag_remarks) == (1, 1)


def test_any_file_says_the_new_structure_is_classic(workspace, tmp_path, suffix):
    summary = run(workspace, table_file(tmp_path / f"annuaire{suffix}", GENERIC,
                                        ["ESAT Beta", "Type inconnu (XYZ)", "69003"]))

    assert [(i.field, i.reason) for i in summary.issues] == [("kind", SAID_ONCE)]


def test_a_known_structure_keeps_its_kind_and_the_type_is_ignored(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "esat.csv", GENERIC, ["ESAT Beta", "ESAT", "69003"]))

    summary = run(workspace, table_file(tmp_path / "annuaire.csv", GENERIC,
                                        ["ESAT Beta", "Type inconnu (XYZ)", "69003"]))

    assert stored(workspace, "kind") == {"ESAT Beta": "ESAT"}
    assert [i.reason for i in summary.issues] == ["Type de structure inconnu : ignoré."]
