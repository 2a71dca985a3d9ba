"""The lines to check give a rejected line's cells whoever rejects it: the reader, or the merge
(a spend line naming two structures of one name); past the import's first rejected lines, each
is still listed, without its cells, and the import says so (``--rejects``, ``--json``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.exchange.raw_lines import KEPT_LINES
from srm_inclusif.exchange.report import write_issues_csv
from srm_inclusif.storage.services.imports import list_import_issues
from srm_inclusif.storage.workspace import open_workspace

NAME = "Les Jardins des Deux Rives 63"
DIRECTORY = ("Raison sociale;SIRET;Type de structure;Code postal;Ville\n"
             f"{NAME};;EA;33000;Bordeaux\n{NAME};;AI;59000;Lille\n")
SPEND = ("Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date;Code postal;Acheteur\n"
         "Bureau Express;;100;15/03/2026;;\n"
         f"{NAME};;21 351,74;15/03/2026;;Paul\n"
         "Atelier Vert;;trop;16/03/2026;;\n")
TITLES = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Date", "Code postal",
          "Acheteur"]
NOTE = ("Cellules d'origine gardées pour les 10\u202f000 premières lignes rejetées seulement : "
        "les 3 autres figurent dans les lignes à vérifier sans leurs cellules.")


def _written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def _rejected_cells(rows: list[list[str]]) -> dict[str, list[str]]:
    """Line → the cells its row gives after the report's seven columns (rejected rows)."""
    return {row[2]: row[7:] for row in rows[1:] if row[0] == "Rejetée"}


def _spend_import(tmp_path: Path, *options: str) -> tuple[Path, Path, int]:
    """A directory of two homonyms imported, then the spend file; its database, rejects, code."""
    db, rejects = tmp_path / "espace.sqlite3", tmp_path / "rejets.csv"
    assert main(["--db", str(db), "import", "suppliers",
                 str(_written(tmp_path / "annuaire.csv", DIRECTORY))]) == 0
    code = main(["--db", str(db), "import", "spend",
                 str(_written(tmp_path / "achats.csv", SPEND)), "--rejects", str(rejects),
                 *options])
    return db, rejects, code


def test_a_line_the_merge_rejects_comes_with_its_cells(capsys, tmp_path) -> None:
    db, rejects, code = _spend_import(tmp_path)
    capsys.readouterr()

    rows = _rows(rejects)
    assert code == 0
    assert rows[0][7:] == TITLES
    assert _rejected_cells(rows) == {
        "3": [NAME, "", "21 351,74", "15/03/2026", "", "Paul"],  # rejected by the merge
        "4": ["Atelier Vert", "", "trop", "16/03/2026"],  # by the reader
    }
    # kept with the import: the imports page exports them alike
    workspace = open_workspace(db)
    try:
        stored = list_import_issues(workspace.engine, batch_id=2)  # the second import's
    finally:
        workspace.close()
    again = tmp_path / "depuis-l-historique.csv"
    write_issues_csv(again, stored)
    assert _rejected_cells(_rows(again)) == _rejected_cells(rows)


def test_a_simulation_gives_the_merge_s_rejected_line_its_cells(capsys, tmp_path) -> None:
    _db, rejects, code = _spend_import(tmp_path, "--dry-run")
    capsys.readouterr()

    assert code == 0
    assert _rejected_cells(_rows(rejects))["3"] == [NAME, "", "21 351,74", "15/03/2026", "",
                                                    "Paul"]


def _junk(path: Path, lines: int) -> Path:
    """A directory whose every line names no structure: each one is rejected."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("Raison sociale;Ville;Commentaire\n")
        handle.writelines(f";Lyon;junk {number}\n" for number in range(lines))
    return path


def test_past_the_first_rejected_lines_each_is_listed_without_its_cells(capsys,
                                                                        tmp_path) -> None:
    rejects = tmp_path / "rejets.csv"
    source = _junk(tmp_path / "junk.csv", KEPT_LINES + 3)

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(source),
                 "--rejects", str(rejects), "--json"])

    document = json.loads(capsys.readouterr().out)
    # every line rejected: nothing importable (code 1), every one listed all the same
    assert (code, document["rejected"], document["cells_left_out"]) == (1, KEPT_LINES + 3, 3)
    assert NOTE in document["notes"]
    rows = _rows(rejects)
    assert rows[0][7:] == ["Raison sociale", "Ville", "Commentaire"]
    cells = _rejected_cells(rows)
    assert len(cells) == KEPT_LINES + 3  # every line listed
    assert cells["2"] == ["", "Lyon", "junk 0"]
    assert cells[str(KEPT_LINES + 1)] == ["", "Lyon", f"junk {KEPT_LINES - 1}"]
    assert [cells[str(line)] for line in range(KEPT_LINES + 2, KEPT_LINES + 5)] == [[]] * 3


def test_the_terminal_summary_says_which_lines_come_without_their_cells(capsys,
                                                                        tmp_path) -> None:
    source = _junk(tmp_path / "junk.csv", KEPT_LINES + 3)

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(source),
                 "--rejects", str(tmp_path / "rejets.csv")])

    assert code == 1  # every line rejected: nothing importable
    assert NOTE in capsys.readouterr().out.splitlines()


def test_an_import_within_the_limit_says_nothing_of_it(capsys, tmp_path) -> None:
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers",
                 str(_junk(tmp_path / "junk.csv", 3)), "--json"])

    document = json.loads(capsys.readouterr().out)
    assert (code, document["cells_left_out"], document["notes"]) == (1, 0, [])
