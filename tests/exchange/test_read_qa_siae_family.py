"""« SIAE » as a structure's type names a family of five kinds, not one: the remark says so, and
the row is imported as with any type naming no kind."""

from __future__ import annotations

import pytest

from srm_inclusif.core.kinds import names_siae_family, parse_kind
from tests.exchange.import_support import run, stored, table_file

HEADER = ["Raison sociale", "SIRET", "Type de structure", "Code postal"]
FAMILY = ("SIAE ne dit pas quel type : EI, ACI, AI, ETTI ou EITI ? Type ignoré (« Classique » "
          "pour une nouvelle fiche), à préciser.")


@pytest.mark.parametrize("text", ["SIAE", "siae", "S.I.A.E.",
                                  "Structure d'insertion par l'activité économique",
                                  "Structure d'insertion par l'activité économique (SIAE)",
                                  "SIAE (Structures d'insertion par l'activité économique)"])
def test_the_family_is_told_in_its_spellings(text):
    assert names_siae_family(text)
    assert parse_kind(text) is None


@pytest.mark.parametrize("text", ["EI", "ESAT", "Entreprise d'insertion", "Inconnu", ""])
def test_kinds_and_other_texts_are_no_family(text):
    assert not names_siae_family(text)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_new_structure_of_type_siae_is_flagged_as_a_family(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annuaire{suffix}", HEADER,
                      ["Atelier Un", "44306184100047", "SIAE", "01000"],
                      ["Atelier Deux", "44306184100054", "ETTI", "75001"])

    summary = run(workspace, path)

    assert stored(workspace, "kind") == {"Atelier Un": "CLASSIC", "Atelier Deux": "ETTI"}
    assert [(i.line, i.field, i.value, i.reason) for i in summary.issues] == [
        (2, "kind", "SIAE", FAMILY)]


def test_a_known_structure_keeps_its_kind(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER,
                              ["Atelier Un", "44306184100047", "EI", "01000"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Atelier Un", "44306184100047", "SIAE", "01000"]))

    assert stored(workspace, "kind") == {"Atelier Un": "EI"}
    assert [(i.field, i.reason) for i in summary.issues] == [("kind", FAMILY)]
