"""Sector texts of the ESAT/EA, Hosmoz and API files: a word naming one reference sector or group
is that sector; an API sector left unknown keeps its readable name, not its slug.

« Conditionnement » and « Logistique » are parts of « Logistique, conditionnement » only; a group's
name (« Sous-traitance industrielle ») is its « Autre » sector, as « Espaces verts » already was
(« Autre (Espaces verts) »: the group's general entry). « Nettoyage » begins five sectors: it
names none, and stays text as before.
"""

from __future__ import annotations

import json

from sqlalchemy import text

from srm_inclusif.exchange.records import UNKNOWN_SECTOR
from tests.exchange.import_support import run, stored, table_file


def _sector_names(workspace) -> dict[str, list[str]]:
    with workspace.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.name, s.name FROM counterparty_sector l JOIN sector s ON s.id = l.sector_id"
            " JOIN counterparty c ON c.id = l.counterparty_id ORDER BY l.rowid"))
        found: dict[str, list[str]] = {}
        for structure, sector in rows:
            found.setdefault(structure, []).append(sector)
    return found


def _unknown(summary) -> list[tuple[int, str]]:
    return [(issue.line, issue.value) for issue in summary.issues if issue.reason == UNKNOWN_SECTOR]


def test_a_word_naming_one_sector_or_group_is_matched(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire_esat_ea_2024.csv",
                      ["Raison sociale", "Type de structure", "Métiers proposés"],
                      ["ESAT de la Vallée", "ESAT",
                       "Blanchisserie, Conditionnement, Espaces verts"],
                      ["EA Logistique", "EA", "Logistique, Manutention"],
                      ["ESAT Industrie", "ESAT", "Sous-traitance industrielle"],
                      ["EA Propre", "EA", "Nettoyage"])

    summary = run(workspace, path)

    assert _sector_names(workspace) == {
        "ESAT de la Vallée": ["Blanchisserie", "Logistique, conditionnement",
                              "Autre (Espaces verts)"],
        "EA Logistique": ["Logistique, conditionnement", "Manutention"],
        "ESAT Industrie": ["Autre (Industrie)"]}
    assert _unknown(summary) == [(5, "Nettoyage")]
    assert stored(workspace, "extra_sectors")["EA Propre"] == ["Nettoyage"]


def _api_page(path, sectors):
    structure = {"id": 1, "name": "Les Ateliers Numériques", "slug": "ateliers-numeriques",
                 "siret": None, "kind": "EA", "post_code": "34000", "city": "Montpellier",
                 "is_active": True, "sectors": sectors}
    path.write_text(json.dumps({"count": 1, "next": None, "previous": None,
                                "results": [structure]}), encoding="utf-8")
    return path


def test_an_api_sector_is_kept_by_its_readable_name(workspace, tmp_path):
    page = _api_page(tmp_path / "siae_page1.json", [
        {"name": "Numérisation de documents", "slug": "numérisation-de-documents"},
        {"name": "", "slug": "développement-web"},
        {"name": "Manutention et levage", "slug": "manutention"},  # the slug is the reference's
        {"name": "Sous-traitance industrielle", "slug": "sous-traitance-industrielle"}])

    summary = run(workspace, page)

    assert stored(workspace, "extra_sectors")["Les Ateliers Numériques"] == [
        "Numérisation de documents", "Développement web"]
    assert _unknown(summary) == [(1, "Numérisation de documents"), (1, "Développement web")]
    assert _sector_names(workspace)["Les Ateliers Numériques"] == ["Manutention",
                                                                  "Autre (Industrie)"]
