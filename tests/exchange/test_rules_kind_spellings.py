"""The usual spellings of a structure's type give its kind, not « Classique ».

« Atelier et chantier d'insertion » is the Code du travail's wording, « EA (Entreprise adaptée) »
puts the code first, and « CAT » is what ESATs were called until 2005: stored classic, their
purchases would leave the inclusive spend.
"""

from __future__ import annotations

import pytest

from srm_inclusif.core.kinds import Kind, parse_kind
from tests.exchange.import_support import run, stored, table_file


def test_a_directory_with_these_spellings_stores_their_kinds(workspace, tmp_path):
    path = table_file(tmp_path / "types.csv", ["Raison sociale", "Type", "CP"],
                      ["A", "Atelier et chantier d'insertion", "75001"],
                      ["B", "Ateliers et Chantiers d'Insertion", "75001"],
                      ["C", "EA (Entreprise adaptée)", "75001"], ["D", "CAT", "75001"],
                      ["E", "SIAE", "75001"])

    summary = run(workspace, path)

    assert stored(workspace, "kind") == {"A": "ACI", "B": "ACI", "C": "EA", "D": "ESAT",
                                         "E": "CLASSIC"}
    assert [(issue.line, issue.field) for issue in summary.issues] == [(6, "kind")]


@pytest.mark.parametrize(("text", "kind"), [
    ("Centre d'aide par le travail (CAT)", Kind.ESAT),
    ("Établissement ou service d'aide par le travail", Kind.ESAT),
    ("Entreprises adaptées", Kind.EA),
    ("ETTI (Entreprise de travail temporaire d'insertion)", Kind.ETTI),
    ("Travailleurs indépendants handicapés", Kind.TIH),
    ("chantier d'insertion", Kind.ACI),
])
def test_other_legal_wordings_and_plurals(text, kind):
    assert parse_kind(text) is kind


@pytest.mark.parametrize("text", ["SIAE", "EA (Entreprise d'insertion)", "Atelier"])
def test_a_family_or_a_cell_contradicting_itself_names_no_kind(text):
    assert parse_kind(text) is None
