"""An archive planned again (a saved profile tried) keeps its tables' names."""

from __future__ import annotations

import zipfile

from srm_inclusif.exchange.importer import ImportSettings, plan_files


def test_an_archive_planned_twice_names_its_table_as_the_first_time(tmp_path):
    path = tmp_path / "annuaire.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("liste.csv", "Raison sociale;Code postal\nAtelier Bleu;44000\n")
    workdir = tmp_path / "travail"
    workdir.mkdir()

    first = plan_files([path], ImportSettings(), workdir)
    again = plan_files([path], ImportSettings(), workdir)

    assert [p.path.name for p in first] == [p.path.name for p in again] == [
        "annuaire.zip — liste.csv"]
