"""Several files imported together: each file's rows keep their own file's source, and the summary
says how each file was read."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.import_records import FileRead
from srm_inclusif.storage.services.supplier_merge import NO_KIND
from tests.exchange.import_support import run, run_samples, stored, table_file

MARCHE_HEADER = ["Raison sociale", "Type de structure", "Code postal", "Ville",
                 "Référence client 1"]


@pytest.mark.parametrize("marche_first", [True, False])
def test_a_marche_export_and_a_plain_table_keep_their_own_sources(workspace, tmp_path,
                                                                  marche_first):
    marche = table_file(tmp_path / "liste_structures.csv", MARCHE_HEADER,
                        ["Atelier du Lac", "", "69003", "Lyon", ""],
                        ["ESAT Alpha", "ESAT", "69003", "Lyon", ""])
    plain = table_file(tmp_path / "fournisseurs.csv", ["Raison sociale", "Code postal"],
                       ["Imprimerie Martin", "75011"])

    summary = run(workspace, *((marche, plain) if marche_first else (plain, marche)))

    assert stored(workspace, "source") == {
        "Atelier du Lac": "marche", "ESAT Alpha": "marche", "Imprimerie Martin": "generic"}
    assert stored(workspace, "kind") == {
        "Atelier du Lac": "CLASSIC", "ESAT Alpha": "ESAT", "Imprimerie Martin": "CLASSIC"}
    assert [(i.file_name, i.line, i.field, i.reason) for i in summary.issues] == [
        ("liste_structures.csv", 2, "kind", NO_KIND)]
    assert NO_KIND.startswith("Type de structure absent")


def test_a_plain_table_refreshes_its_own_structures_next_to_a_marche_export(workspace,
                                                                           tmp_path):
    run(workspace, table_file(tmp_path / "fournisseurs.csv", ["Raison sociale", "Ville"],
                              ["Imprimerie Martin", "Villeurbanne"]))
    marche = table_file(tmp_path / "liste_structures.csv", MARCHE_HEADER,
                        ["ESAT Alpha", "ESAT", "69003", "Lyon", ""])
    corrected = table_file(tmp_path / "fournisseurs_2.csv", ["Raison sociale", "Ville"],
                           ["Imprimerie Martin", "Lyon"])

    summary = run(workspace, marche, corrected)

    # the same source as the structure's: its city is refreshed, not kept as it was
    assert stored(workspace, "city") == {"Imprimerie Martin": "Lyon", "ESAT Alpha": "Lyon"}
    assert summary.updated == 1


def test_the_summary_says_how_each_file_was_read_an_archive_by_member(workspace):
    summary = run_samples(workspace, "sirene_extrait.zip", "export_hosmoz.csv",
                          "annuaire_regional.xlsx", dry_run=True)

    assert summary.files == [
        FileRead("sirene_extrait.zip — StockEtablissement_utf8.csv", "sirene", "UTF-8"),
        FileRead("sirene_extrait.zip — StockUniteLegale_utf8.csv", "sirene", "UTF-8"),
        FileRead("export_hosmoz.csv", "hosmoz", "Windows-1252"),
        FileRead("annuaire_regional.xlsx", "generic", "")]
