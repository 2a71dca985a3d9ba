"""Tables of the same name in a ZIP (one per folder) or in two ZIPs are all imported, each
named so that the report tells them apart: after its archive (« regions.zip — annuaire.csv »)."""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.exchange.import_support import run, stored

HEADER = "Raison sociale,Code postal,Ville\n"


def archive(path: Path, tables: dict[str, str]) -> Path:
    """A ZIP of directory tables: member path → the one structure it lists (name, code, city)."""
    with zipfile.ZipFile(path, "w") as zipped:
        for member, row in tables.items():
            zipped.writestr(member, HEADER + row + "\n")
    return path


def test_two_folders_with_the_same_table_name_are_both_imported(workspace, tmp_path):
    path = archive(tmp_path / "regions.zip", {
        "Auvergne/annuaire.csv": "Structure Auvergne,63000,Clermont-Ferrand",
        "Bretagne/annuaire.csv": "Structure Bretagne,35000,Rennes"})

    summary = run(workspace, path)

    assert (summary.inserted, summary.merged_duplicates) == (2, 0)
    assert stored(workspace, "city") == {"Structure Auvergne": "Clermont-Ferrand",
                                         "Structure Bretagne": "Rennes"}
    assert [f.name for f in summary.files] == ["regions.zip — Auvergne - annuaire.csv",
                                               "regions.zip — Bretagne - annuaire.csv"]


def test_each_issue_names_the_folder_of_its_table(workspace, tmp_path):
    path = archive(tmp_path / "regions.zip", {
        "Auvergne/annuaire.csv": "Structure Auvergne,63000,Clermont-Ferrand",
        "Bretagne/annuaire.csv": ",35000,Rennes"})

    summary = run(workspace, path)

    assert [(i.file_name, i.line, i.reason) for i in summary.issues] == [
        ("regions.zip — Bretagne - annuaire.csv", 2, "Raison sociale manquante.")]


def test_two_archives_holding_the_same_table_name_are_both_imported(workspace, tmp_path):
    first = archive(tmp_path / "auvergne.zip",
                    {"annuaire.csv": "Structure Auvergne,63000,Clermont-Ferrand"})
    second = archive(tmp_path / "bretagne.zip", {"annuaire.csv": "Structure Bretagne,35000,Rennes"})

    summary = run(workspace, first, second)

    assert summary.inserted == 2
    assert [f.name for f in summary.files] == ["auvergne.zip — annuaire.csv",
                                               "bretagne.zip — annuaire.csv"]


def test_a_table_alone_with_its_name_keeps_it(workspace, tmp_path):
    path = archive(tmp_path / "regions.zip", {
        "Auvergne/annuaire.csv": "Structure Auvergne,63000,Clermont-Ferrand",
        "Bretagne/structures.csv": "Structure Bretagne,35000,Rennes"})

    summary = run(workspace, path)

    assert [f.name for f in summary.files] == ["regions.zip — annuaire.csv",
                                               "regions.zip — structures.csv"]


def test_two_archives_of_the_same_name_from_two_folders_are_told_apart(workspace, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = archive(tmp_path / "a" / "annuaire.zip", {"liste.csv": "Structure A,63000,Riom"})
    second = archive(tmp_path / "b" / "annuaire.zip", {"liste.csv": "Structure B,35000,Rennes"})

    summary = run(workspace, first, second)

    assert summary.inserted == 2
    assert [f.name for f in summary.files] == ["annuaire.zip — liste.csv",
                                               "annuaire.zip — liste (2).csv"]
