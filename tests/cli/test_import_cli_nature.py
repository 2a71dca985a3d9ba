"""``srm-inclusif import suppliers`` keeps whether a structure is a head office or an antenna,
and names its conflicts as buyers read them."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES

API_PAGES = [str(IMPORT_FIXTURES / "marche_api_page1.json"),
             str(IMPORT_FIXTURES / "marche_api_page2.json")]


def execute(db: Path, sql: str, **params) -> list[tuple]:
    engine = create_engine(f"sqlite:///{db}")
    try:
        with engine.begin() as connection:
            result = connection.execute(text(sql), params)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def import_json(capsys, db: Path) -> dict:
    assert main(["--db", str(db), "import", "suppliers", *API_PAGES, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_api_pages_store_each_nature_and_a_reimport_changes_nothing(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    first = import_json(capsys, db)
    again = import_json(capsys, db)

    assert (first["rows"], first["inserted"], first["merged_duplicates"],
            first["skipped_closed"], first["conflicts"]) == (6, 4, 1, 1, 0)
    assert (again["inserted"], again["updated"], again["unchanged"], again["conflicts"]) == (
        0, 0, 4, 0)
    assert execute(db, "SELECT name, nature FROM counterparty ORDER BY name") == [
        ("AI Services Plus", None), ("EA Logistique", "ANTENNA"), ("ESAT du Parc", "ANTENNA"),
        ("Propreté Solidaire", "HEAD_OFFICE")]


def test_a_hand_edited_nature_is_kept_and_reported(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    import_json(capsys, db)
    execute(db, "UPDATE counterparty SET nature = 'HEAD_OFFICE', edited_fields = '[\"nature\"]' "
                "WHERE name = 'EA Logistique'")

    code = main(["--db", str(db), "import", "suppliers", *API_PAGES])

    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert ("  marche_api_page2.json:1 [Siège ou antenne] Champ modifié à la main (« Siège ») : "
            "valeur du fichier ignorée. (Antenne)") in lines
    assert execute(db, "SELECT nature FROM counterparty WHERE name = 'EA Logistique'") == [
        ("HEAD_OFFICE",)]
