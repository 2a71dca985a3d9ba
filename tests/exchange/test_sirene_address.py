"""A SIRENE establishment's address keeps its repetition index (``10 B RUE…``), its complement
(``BATIMENT C``) and, abroad, its foreign commune."""

from __future__ import annotations

import csv
from pathlib import Path

from srm_inclusif.core.siret import make_siret
from tests.exchange.import_support import run, stored

HEADER = ["siren", "nic", "siret", "denominationUsuelleEtablissement",
          "complementAdresseEtablissement", "numeroVoieEtablissement",
          "indiceRepetitionEtablissement", "typeVoieEtablissement", "libelleVoieEtablissement",
          "codePostalEtablissement", "libelleCommuneEtablissement",
          "libelleCommuneEtrangerEtablissement", "libellePaysEtrangerEtablissement",
          "etatAdministratifEtablissement"]


def establishments(tmp_path: Path, *rows: tuple[str, ...]) -> Path:
    """(usual name, complement, number, index, street type, street, post code, city, foreign
    city, foreign country) rows, each of its own SIREN."""
    path = tmp_path / "StockEtablissement_utf8.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for number, row in enumerate(rows, start=1):
            siret = make_siret(20_000_000 + number, 1)
            writer.writerow([siret[:9], siret[9:], siret, *row, "A"])
    return path


def test_the_repetition_index_and_the_complement_stay_in_the_address(workspace, tmp_path):
    run(workspace, establishments(
        tmp_path,
        ("ENVIE RHONE", "BATIMENT C", "10", "B", "RUE", "DE LA REPUBLIQUE", "69002", "LYON", "",
         ""),
        ("ATELIER SUD", "", "5", "", "AV", "JEAN JAURES", "69007", "LYON", "", "")))

    assert stored(workspace, "address") == {
        "Envie Rhone": "10 B rue de la Republique, Batiment C",
        "Atelier Sud": "5 avenue Jean Jaures"}


def test_an_establishment_abroad_has_its_foreign_commune_as_city(workspace, tmp_path):
    summary = run(workspace, establishments(
        tmp_path,
        ("SUISSE SA", "", "", "", "", "", "", "", "GENEVE", "SUISSE"),
        ("ATELIER SUD", "", "5", "", "AV", "JEAN JAURES", "69007", "LYON", "", "")))

    assert (summary.inserted, summary.flagged) == (2, 0)
    assert stored(workspace, "city") == {"Suisse SA": "Geneve", "Atelier Sud": "Lyon"}
    assert stored(workspace, "post_code")["Suisse SA"] is None
