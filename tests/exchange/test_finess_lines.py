"""FINESS etalab file: its ``geolocalisation`` lines are no establishments, and the post code of
a ``ligneacheminement`` is found wherever it is (``BP 45 13300 …``), without ``CEDEX``."""

from __future__ import annotations

from pathlib import Path

import pytest

from srm_inclusif.cli.import_report import summary_lines
from tests.exchange.import_support import run, stored


def structure(number: str, name: str, post_line: str, category: str = "246",
              lieudit: str = "") -> str:
    """A ``structureet`` line: 32 positional cells."""
    cells = ["structureet", number, "130000000", name, name, "", "", "12", "R", "DES CALANQUES",
             "", lieudit, "055", "13", "BOUCHES-DU-RHONE", post_line, "0491000000", "",
             category, "E.S.A.T.", "4301", "Etab.et Services d'Aide par le Travail", "", "88.10C",
             "", "", "", "", "1990-01-01", "1989-06-01", "2025-12-01", ""]
    return ";".join(cells)


def geolocation(number: str) -> str:
    """A ``geolocalisation`` line: the coordinates of an establishment listed above."""
    return f"geolocalisation;{number};898765.4;6245678.1;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2," \
           "LAMBERT_93;2025-12-01"


def finess_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "etalab_cs1100507_stock_20260311.csv"
    path.write_text("\n".join(["finess;etalab;96;2026-03-11", *lines]) + "\n",
                    encoding="latin-1")
    return path


def test_geolocation_lines_are_neither_read_nor_counted_as_other_categories(
        workspace, tmp_path):
    path = finess_file(tmp_path, structure("130000011", "ESAT LES CALANQUES", "13008 MARSEILLE"),
                       structure("130000029", "CENTRE HOSPITALIER NORD", "13015 MARSEILLE",
                                 category="355"),
                       geolocation("130000011"), geolocation("130000029"))

    summary = run(workspace, path)

    assert (summary.rows, summary.inserted, summary.skipped_other) == (2, 1, 1)
    assert "1 ligne hors ESAT ignorée (FINESS, autre catégorie)." in summary_lines(summary)
    assert set(stored(workspace, "name")) == {"ESAT Les Calanques"}


@pytest.mark.parametrize(("post_line", "post_code", "city"), [
    ("13008 MARSEILLE CEDEX 08", "13008", "Marseille"),
    ("13300 SALON DE PROVENCE CEDEX", "13300", "Salon de Provence"),
    ("BP 45 13300 SALON DE PROVENCE", "13300", "Salon de Provence"),
    ("CS 70001 13300 SALON DE PROVENCE", "13300", "Salon de Provence"),
])
def test_the_post_code_is_found_anywhere_and_cedex_is_no_part_of_the_city(
        workspace, tmp_path, post_line, post_code, city):
    summary = run(workspace, finess_file(tmp_path, structure("130000011", "ESAT DU PORT",
                                                             post_line)))

    assert (summary.inserted, summary.flagged) == (1, 0)
    assert stored(workspace, "post_code") == {"ESAT du Port": post_code}
    assert stored(workspace, "city") == {"ESAT du Port": city}


def test_the_postal_box_before_the_post_code_stays_in_the_address(workspace, tmp_path):
    run(workspace, finess_file(
        tmp_path, structure("130000011", "ESAT DU PORT", "BP 45 13300 SALON DE PROVENCE"),
        structure("130000029", "ESAT DE L'ETANG", "BP 12 13500 MARTIGUES", lieudit="BP 12")))

    assert stored(workspace, "address") == {"ESAT du Port": "12 rue des Calanques, BP 45",
                                            "ESAT de l'Etang": "12 rue des Calanques, BP 12"}


def test_a_line_without_post_code_is_flagged_with_its_text(workspace, tmp_path):
    summary = run(workspace, finess_file(tmp_path, structure("130000011", "ESAT DU PORT",
                                                             "SALON DE PROVENCE")))

    assert (summary.inserted, summary.flagged) == (1, 1)
    assert [(i.field, i.value, i.reason) for i in summary.issues] == [
        ("post_code", "SALON DE PROVENCE", "Code postal illisible : ignoré.")]
    assert stored(workspace, "post_code") == {"ESAT du Port": None}
