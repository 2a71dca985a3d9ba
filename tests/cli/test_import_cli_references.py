"""``srm-inclusif import suppliers`` keeps client references and names their conflicts."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import create_engine, text

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES, executed

MARCHE = str(IMPORT_FIXTURES / "liste_structures_2026-03-11.csv")


def stored(db: Path, sql: str, **params):
    [(value,)] = executed(db, sql, **params)
    return value


def test_marche_csv_through_the_cli_stores_the_references_in_order(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    code = main(["--db", str(db), "import", "suppliers", MARCHE, "--json"])

    assert code == 0
    assert json.loads(capsys.readouterr().out)["inserted"] == 5
    refs = json.loads(stored(db, "SELECT client_references FROM counterparty WHERE name = :n",
                             n="ESAT Les Genêts"))
    assert refs == [{"name": "AP-HM, hôpital de la Timone", "description": None},
                    {"name": "Région Sud", "description": None}]


def test_a_conflict_on_references_is_listed_under_their_label(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    main(["--db", str(db), "import", "suppliers", MARCHE])
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        connection.execute(text(
            "UPDATE counterparty SET client_references = '[]', "
            "edited_fields = '[\"client_references\"]' WHERE name = 'ESAT Les Genêts'"))
    engine.dispose()
    capsys.readouterr()

    code = main(["--db", str(db), "import", "suppliers", MARCHE])

    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    # line 5: the address of the first structure spans lines 2 and 3
    assert ("  liste_structures_2026-03-11.csv:5, « Références clients » : Champ modifié à la main "
            "(«  ») : valeur du fichier ignorée. (AP-HM, hôpital de la Timone; Région Sud)"
            ) in lines
    assert stored(db, "SELECT client_references FROM counterparty WHERE name = :n",
                  n="ESAT Les Genêts") == "[]"
