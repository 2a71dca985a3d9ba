"""``import spend FILE --buyer NOM`` gives the lines without a buyer to that person.

The wizard offers the choice; the command line gave them to the only person of the workspace,
or to nobody when there were several.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from srm_inclusif.cli import main
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.workspace import open_workspace

SPEND = ("Raison sociale;SIRET;Montant;Date;Acheteur\n"
         "Atelier Méca Sud;44306184100047;1 234,50 €;15/03/2026;\n"
         "Bureau Express;;100 €;30/06/2026;Marc Dupont\n")


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "espace.sqlite3"
    workspace = open_workspace(path)
    add_person(workspace.engine, values=PersonInput(name="Sophie Lefèvre",
                                                    email="s.lefevre@exemple.fr"))
    add_person(workspace.engine, values=PersonInput(name="Marc Dupont"))
    workspace.close()
    return path


@pytest.fixture
def spend(tmp_path: Path) -> Path:
    path = tmp_path / "achats.csv"
    path.write_text(SPEND, encoding="utf-8")
    return path


def _buyers(db: Path) -> dict[str, str | None]:
    workspace = open_workspace(db)
    with workspace.engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT c.name, p.name FROM spend_line s JOIN counterparty c ON c.id = "
            "s.counterparty_id LEFT JOIN person p ON p.id = s.person_id")).all()
    workspace.close()
    return dict(rows)


def test_the_lines_without_a_buyer_go_to_the_person_named(capsys, db, spend) -> None:
    assert main(["--db", str(db), "import", "spend", str(spend), "--buyer", "sophie lefevre"]) == 0
    assert "Lignes sans acheteur attribuées à Sophie Lefèvre : 1." in capsys.readouterr().out
    assert _buyers(db) == {"Atelier Méca Sud": "Sophie Lefèvre", "Bureau Express": "Marc Dupont"}


def test_the_person_can_be_named_by_her_e_mail_address(capsys, db, spend) -> None:
    assert main(["--db", str(db), "import", "spend", str(spend),
                 "--buyer", "S.Lefevre@exemple.fr"]) == 0
    assert "Lignes sans acheteur attribuées à Sophie Lefèvre : 1." in capsys.readouterr().out
    assert _buyers(db)["Atelier Méca Sud"] == "Sophie Lefèvre"


def test_without_the_option_they_go_to_nobody_among_several(capsys, db, spend) -> None:
    assert main(["--db", str(db), "import", "spend", str(spend)]) == 0
    assert "attribuées" not in capsys.readouterr().out
    assert _buyers(db)["Atelier Méca Sud"] is None


def test_an_unknown_name_imports_nothing_and_names_the_people(capsys, db, spend) -> None:
    assert main(["--db", str(db), "import", "spend", str(spend), "--buyer", "Paul"]) == 1
    captured = capsys.readouterr()
    assert captured.err == (
        "Erreur : --buyer : personne inconnue « Paul » (personnes actives de l'espace : "
        "« Marc Dupont », « Sophie Lefèvre ») ; rien n'a été importé.\n")
    assert _buyers(db) == {}


def test_add_buyers_adds_the_people_the_file_names_that_the_workspace_lacks(capsys, db,
                                                                           spend) -> None:
    spend.write_text(SPEND.replace("Marc Dupont", "Léa Petit"), encoding="utf-8")

    assert main(["--db", str(db), "import", "spend", str(spend), "--add-buyers"]) == 0

    assert "Personnes ajoutées à l'organisation : Léa Petit." in capsys.readouterr().out
    assert _buyers(db)["Bureau Express"] == "Léa Petit"
    assert main(["--db", str(db), "import", "spend", str(spend), "--add-buyers", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["people_added"] == 0  # she is there now
