"""``srm-inclusif import suppliers`` on a SIRENE extract stores which establishments are head
offices (``etablissementSiege``) and names the lines where the column says neither."""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.core.siret import make_siret
from tests.support import IMPORT_FIXTURES, executed

SIRENE = IMPORT_FIXTURES / "sirene_extrait.zip"


def import_json(capsys, db: Path, path: Path) -> dict:
    assert main(["--db", str(db), "import", "suppliers", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_sirene_zip_stores_each_nature_and_a_reimport_changes_nothing(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    first = import_json(capsys, db, SIRENE)
    again = import_json(capsys, db, SIRENE)

    assert (first["format"], first["rows"], first["inserted"], first["skipped_closed"],
            first["flagged"]) == ("sirene", 5, 4, 1, 0)
    assert (again["inserted"], again["updated"], again["unchanged"], again["conflicts"]) == (
        0, 0, 4, 0)
    assert executed(db, "SELECT name, nature FROM counterparty ORDER BY name") == [
        ("Blanchisserie du Port", "ANTENNA"), ("Envie Rhone", "HEAD_OFFICE"),
        ("Marie Durand", "HEAD_OFFICE"), ("Nettoyage Plus Insertion", "HEAD_OFFICE")]


def test_a_value_neither_true_nor_false_is_reported_on_its_line(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    header = "siret,etablissementSiege,codePostalEtablissement,etatAdministratifEtablissement," \
             "denominationUsuelleEtablissement"
    extract = tmp_path / "extrait_sirene.csv"
    extract.write_text(f"{header}\n{make_siret(30_000_021, 1)},false,44000,A,ATELIER NANTAIS\n"
                       f"{make_siret(30_000_022, 1)},siege?,44000,A,ESAT DE LA LOIRE\n",
                       encoding="utf-8")

    document = import_json(capsys, db, extract)
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(extract)])

    assert (document["format"], document["inserted"], document["flagged"]) == ("sirene", 2, 1)
    assert code == 0
    assert ("  extrait_sirene.csv:3, « etablissementSiege » : Ni siège ni antenne : "
            "valeur ignorée. (siege?)") in capsys.readouterr().out.splitlines()
    assert executed(db, "SELECT name, nature FROM counterparty ORDER BY name") == [
        ("Atelier Nantais", "ANTENNA"), ("ESAT de la Loire", None)]
