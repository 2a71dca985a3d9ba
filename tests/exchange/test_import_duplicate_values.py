"""Rows of one import that are the same structure: what the later row brings that was not kept is
reported field by field, and a hand edit they both run into is one conflict."""

from __future__ import annotations

from tests.exchange.import_support import hand_edit, run, stored, table_file

HEADER = ["Raison sociale", "SIRET", "Code postal", "Ville", "Type de structure"]
SIRET = "44306184100047"


def reported(summary) -> list[tuple[int | None, str, str, str, str]]:
    return [(i.line, i.field, i.value, i.severity, i.reason) for i in summary.issues]


def test_values_of_a_later_row_that_are_not_kept_are_flagged_one_by_one(workspace, tmp_path):
    path = table_file(tmp_path / "dd.csv", HEADER, ["Dup", SIRET, "69003", "Lyon", "ESAT"],
                      ["Dup Bis", SIRET, "75001", "Paris", "EA"])

    summary = run(workspace, path)

    def not_kept(kept: str) -> str:
        return f"Même structure que la ligne 2 : valeur non retenue, la fiche garde « {kept} »."

    assert reported(summary) == [
        (3, "name", "Dup Bis", "flagged", not_kept("Dup")),
        (3, "kind", "EA", "flagged", not_kept("ESAT")),
        (3, "post_code", "75001", "flagged", not_kept("69003")),
        (3, "city", "Paris", "flagged", not_kept("Lyon")),
    ]
    assert (summary.inserted, summary.merged_duplicates) == (1, 1)
    assert stored(workspace, "city") == {"Dup": "Lyon"}


def test_a_later_row_filling_empty_fields_only_is_listed_as_merged(workspace, tmp_path):
    path = table_file(tmp_path / "dd.csv", HEADER, ["E.S.A.T. Dup", SIRET, "69003", "", ""],
                      ["ESAT DUP", SIRET, "69003", "Lyon", "ESAT"])

    summary = run(workspace, path)

    assert reported(summary) == [(3, "siret", SIRET, "merged", "Même structure que la ligne 2 : "
                                  "valeurs réunies dans une seule fiche.")]
    assert stored(workspace, "kind") == {"E.S.A.T. Dup": "ESAT"}  # spelling aside, the same


def test_a_row_of_another_file_names_the_file_of_the_kept_value(workspace, tmp_path):
    first = table_file(tmp_path / "a.csv", HEADER, ["Dup", SIRET, "69003", "Lyon", "ESAT"])
    second = table_file(tmp_path / "b.csv", HEADER, ["Dup", SIRET, "69003", "Lyon", "EA"])

    summary = run(workspace, first, second)

    assert reported(summary) == [
        (2, "kind", "EA", "flagged", "Même structure que la ligne 2 de « a.csv » : valeur non "
         "retenue, la fiche garde « ESAT ».")]
    assert summary.issues[0].file_name == "b.csv"


def test_a_hand_edit_met_by_two_rows_of_the_same_structure_is_one_conflict(workspace, tmp_path):
    path = table_file(tmp_path / "dd.csv", HEADER, ["Dup", SIRET, "69003", "Lyon", "ESAT"],
                      ["Dup", SIRET, "69003", "Lyon", "ESAT"])
    run(workspace, path)
    hand_edit(workspace, "Dup", "city", "Lyon 3e")

    summary = run(workspace, path)

    assert reported(summary) == [
        (2, "city", "Lyon", "conflict",
         "Champ modifié à la main (« Lyon 3e ») : valeur du fichier ignorée."),
        (3, "siret", SIRET, "merged",
         "Même structure que la ligne 2 : valeurs réunies dans une seule fiche."),
    ]
    assert summary.conflicts == 1
