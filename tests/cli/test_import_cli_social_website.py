"""``srm-inclusif import suppliers`` keeps a structure's social network page and names its
conflicts."""

from __future__ import annotations

import json

from srm_inclusif.cli import main
from tests.support import API_PAGES, IMPORT_FIXTURES, executed

MARCHE = str(IMPORT_FIXTURES / "liste_structures_2026-03-11.csv")
MINE = "https://www.linkedin.com/company/esat-les-genets/"


def test_marche_csv_and_api_pages_store_the_pages(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"

    codes = [main(["--db", str(db), "import", "suppliers", MARCHE, "--json"]),
             main(["--db", str(db), "import", "suppliers", *map(str, API_PAGES), "--json"])]

    assert codes == [0, 0]
    csv_counts, api_counts = (json.loads(line) for line in capsys.readouterr().out.splitlines()
                              if line.startswith("{"))
    assert (csv_counts["inserted"], api_counts["inserted"]) == (5, 4)
    assert executed(db, "SELECT name, social_website FROM counterparty "
                       "WHERE social_website IS NOT NULL ORDER BY name") == [
        ("ESAT Les Genêts", "https://www.facebook.com/esat.lesgenets"),
        ("ESAT du Parc", "https://www.facebook.com/esatduparc"),
        ("Les Ateliers du Lac", "https://www.linkedin.com/company/ateliers-du-lac/"),
        ("Propreté Solidaire", "https://www.linkedin.com/company/proprete-solidaire/"),
        ("Traiteur du Port", "https://www.facebook.com/traiteurduport974")]


def test_reimport_is_unchanged_and_a_hand_edited_page_is_a_conflict(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    main(["--db", str(db), "import", "suppliers", MARCHE])
    capsys.readouterr()
    main(["--db", str(db), "import", "suppliers", MARCHE, "--json"])
    again = json.loads(capsys.readouterr().out)
    executed(db, "UPDATE counterparty SET social_website = :page, "
                "edited_fields = '[\"social_website\"]' WHERE name = 'ESAT Les Genêts'", page=MINE)

    code = main(["--db", str(db), "import", "suppliers", MARCHE])

    lines = capsys.readouterr().out.splitlines()
    assert (again["inserted"], again["updated"], again["unchanged"], again["conflicts"]) == (
        0, 0, 5, 0)
    assert code == 0
    # line 5: the address of the first structure spans lines 2 and 3
    assert ("  liste_structures_2026-03-11.csv:5, « Réseau social » : Champ modifié à la main "
            f"(« {MINE} ») : valeur du fichier ignorée. (https://www.facebook.com/esat.lesgenets)"
            ) in lines
    assert executed(db, "SELECT social_website FROM counterparty WHERE name = :n",
                   n="ESAT Les Genêts") == [(MINE,)]
