"""``srm-inclusif import suppliers`` keeps whether a structure is a head office or an antenna,
and names its conflicts as buyers read them."""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from tests.support import API_PAGES, executed


def import_json(capsys, db: Path) -> dict:
    assert main(["--db", str(db), "import", "suppliers", *map(str, API_PAGES), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_api_pages_store_each_nature_and_a_reimport_changes_nothing(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    first = import_json(capsys, db)
    again = import_json(capsys, db)

    assert (first["rows"], first["inserted"], first["merged_duplicates"],
            first["skipped_closed"], first["conflicts"]) == (6, 4, 1, 1, 0)
    assert (again["inserted"], again["updated"], again["unchanged"], again["conflicts"]) == (
        0, 0, 4, 0)
    assert executed(db, "SELECT name, nature FROM counterparty ORDER BY name") == [
        ("AI Services Plus", None), ("EA Logistique", "ANTENNA"), ("ESAT du Parc", "ANTENNA"),
        ("Propreté Solidaire", "HEAD_OFFICE")]


def test_a_hand_edited_nature_is_kept_and_reported(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    import_json(capsys, db)
    executed(db, "UPDATE counterparty SET nature = 'HEAD_OFFICE', edited_fields = '[\"nature\"]' "
                "WHERE name = 'EA Logistique'")

    code = main(["--db", str(db), "import", "suppliers", *map(str, API_PAGES)])

    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert ("  marche_api_page2.json:1, « Siège ou antenne » : Champ modifié à la main "
            "(« Siège ») : valeur du fichier ignorée. (Antenne)") in lines
    assert executed(db, "SELECT nature FROM counterparty WHERE name = 'EA Logistique'") == [
        ("HEAD_OFFICE",)]
