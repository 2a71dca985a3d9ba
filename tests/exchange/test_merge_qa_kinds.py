"""Kinds on import: a kind changed is flagged; two structures of different kinds stay two."""

from __future__ import annotations

from srm_inclusif.core.siret import make_siret
from tests.exchange.import_support import hand_edit, run, table_file

HEADER = ["Raison sociale", "SIRET", "Type de structure", "Code postal"]
SIRET = make_siret(44_300_001, 17)
OTHER_SIRET = make_siret(44_300_002, 25)


def kinds(workspace) -> list[tuple[str, str]]:
    """(name, kind) of every structure, as the list shows them."""
    with workspace.engine.connect() as connection:
        return sorted(connection.exec_driver_sql(
            "SELECT name, kind FROM counterparty").all())


def kind_remarks(summary) -> list[tuple[int, str, str, str]]:
    return [(i.line, i.severity, i.value, i.reason) for i in summary.issues if i.field == "kind"]


def test_a_kind_an_import_changes_is_flagged_with_the_old_one(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Avenir", SIRET, "EI", "75011"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Avenir", SIRET, "ETTI", "75011"]))

    assert kinds(workspace) == [("Avenir", "ETTI")]
    assert (summary.updated, summary.flagged) == (1, 1)
    assert kind_remarks(summary) == [(
        2, "flagged", "ETTI",
        "Type changé : EI → ETTI ; les achats passés comptent désormais en ETTI.")]


def test_a_classic_structure_found_inclusive_is_a_correction_not_a_change(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Avenir", SIRET, "", "75011"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Avenir", SIRET, "ESAT", "75011"]))

    assert kinds(workspace) == [("Avenir", "ESAT")]
    assert (summary.updated, kind_remarks(summary)) == (1, [])


def test_a_kind_edited_by_hand_stays_a_conflict_only(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Avenir", SIRET, "EI", "75011"]))
    hand_edit(workspace, "Avenir", "kind", "ACI")

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Avenir", SIRET, "ETTI", "75011"]))

    assert kinds(workspace) == [("Avenir", "ACI")]
    assert [(line, severity, value) for line, severity, value, _ in kind_remarks(summary)] == [
        (2, "conflict", "ETTI")]


def test_an_ei_and_an_etti_of_one_name_in_one_file_are_two_structures(workspace, tmp_path):
    path = table_file(tmp_path / "a.csv", HEADER,
                      ["Groupe Avenir", "", "EI", "75011"],
                      ["Groupe Avenir", "", "ETTI", "75011"],
                      ["Groupe Avenir", OTHER_SIRET, "ETTI", "75011"],  # the ETTI again
                      ["Groupe Avenir", "", "", "75011"])  # no kind: the first one

    summary = run(workspace, path)

    assert kinds(workspace) == [("Groupe Avenir", "EI"), ("Groupe Avenir", "ETTI")]
    assert (summary.inserted, summary.merged_duplicates) == (2, 2)
    assert [(i.line, i.reason) for i in summary.issues if i.severity == "merged"] == [
        (4, "Même structure que la ligne 3 : valeurs réunies dans une seule fiche."),
        (5, "Même structure que la ligne 2 : valeurs réunies dans une seule fiche.")]
    again = run(workspace, path)
    assert (again.inserted, again.updated, again.unchanged, again.merged_duplicates) == (
        0, 0, 2, 2)


def test_the_same_in_a_workspace_that_holds_structures_already(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Autre", SIRET, "EA", "69001"]))

    summary = run(workspace, table_file(
        tmp_path / "b.csv", HEADER, ["Groupe Avenir", "", "EI", "75011"],
        ["Groupe Avenir", "", "ETTI", "75011"], ["Groupe Avenir", "", "ETTI", "75011"]))

    assert kinds(workspace) == [("Autre", "EA"), ("Groupe Avenir", "EI"),
                                ("Groupe Avenir", "ETTI")]
    assert (summary.inserted, summary.merged_duplicates) == (2, 1)


def test_an_etti_is_not_matched_to_a_stored_ei_of_the_same_name(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Groupe Avenir", "", "EI", "75011"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Groupe Avenir", OTHER_SIRET, "ETTI", "75011"]))

    assert kinds(workspace) == [("Groupe Avenir", "EI"), ("Groupe Avenir", "ETTI")]
    assert (summary.inserted, summary.updated, kind_remarks(summary)) == (1, 0, [])
    again = run(workspace, tmp_path / "b.csv")
    assert (again.inserted, again.unchanged) == (0, 1)


def test_a_classic_structure_of_the_same_name_is_still_completed(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Groupe Avenir", "", "", "75011"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Groupe Avenir", "", "ESAT", "75011"],
                                        ["Groupe Avenir", "", "EA", "75011"]))

    assert kinds(workspace) == [("Groupe Avenir", "EA"), ("Groupe Avenir", "ESAT")]
    assert (summary.inserted, summary.updated) == (1, 1)


def test_an_ess_structure_is_made_precise_by_an_inclusive_kind(workspace, tmp_path):
    run(workspace, table_file(tmp_path / "a.csv", HEADER, ["Groupe Avenir", "", "ESS", "75011"]))

    summary = run(workspace, table_file(tmp_path / "b.csv", HEADER,
                                        ["Groupe Avenir", "", "EI", "75011"]))

    assert kinds(workspace) == [("Groupe Avenir", "EI")]
    assert (summary.inserted, summary.updated, kind_remarks(summary)) == (0, 1, [])
