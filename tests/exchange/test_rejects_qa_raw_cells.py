"""The lines to check give each rejected line's cells under its file's own titles, so that the
user can fix them there and import them again (CLI ``--rejects``)."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import Workbook

from srm_inclusif.cli import main
from srm_inclusif.exchange.raw_lines import RAW_CELL_CHARS, RAW_CELLS
from tests.made_workspace import made_workspace

REPORT = ["Gravité", "Fichier", "Ligne", "Structure", "Champ", "Valeur", "Motif"]
DIRECTORY = ("Raison sociale;SIRET;Code postal;Ville;Site web\n"
             "Atelier Vert;;69001;Lyon;\n"
             ";;75011;Paris;=HYPERLINK(\"http://x\")\n"
             "Jardins du Nord;;59000;Lille;\n"
             "  ;;13001;Marseille;\n")


def rejects_of(tmp_path: Path, *sources: Path, target: str = "suppliers") -> list[list[str]]:
    """The rows of the ``--rejects`` file of an import of ``sources`` (titles first)."""
    out = tmp_path / "rejets.csv"
    db = tmp_path / "e.sqlite3"
    if not db.exists():
        made_workspace(db)
    code = main(["--db", str(db), "import", target, *map(str, sources),
                 "--rejects", str(out)])
    assert code in (0, 1)  # 1: no line importable, the rejects written all the same
    assert out.exists()
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def written(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_two_rejected_lines_come_with_their_cells_under_the_file_s_titles(tmp_path):
    rows = rejects_of(tmp_path, written(tmp_path / "annuaire.csv", DIRECTORY))

    assert rows == [
        [*REPORT, "Raison sociale", "SIRET", "Code postal", "Ville", "Site web"],
        ["Rejetée", "annuaire.csv", "3", "", "Raison sociale", "", "Raison sociale manquante.",
         "", "", "75011", "Paris", "'=HYPERLINK(\"http://x\")"],  # shown, never run
        ["Rejetée", "annuaire.csv", "5", "", "Raison sociale", "  ", "Raison sociale manquante.",
         "  ", "", "13001", "Marseille"],
    ]


def test_flagged_lines_keep_the_report_s_columns_alone(tmp_path):
    source = written(tmp_path / "annuaire.csv", "Raison sociale;E-mail;Code postal\n"
                                                "Atelier Vert;contact@;69001\n"
                                                ";x@y.fr;75011\n")

    rows = rejects_of(tmp_path, source)

    assert rows[0] == [*REPORT, "Raison sociale", "E-mail", "Code postal"]
    assert rows[1][:3] == ["Rejetée", "annuaire.csv", "3"]
    assert rows[1][7:] == ["", "x@y.fr", "75011"]
    assert rows[2][:3] == ["Signalée", "annuaire.csv", "2"]
    assert len(rows[2]) == len(REPORT)


def test_files_with_different_titles_share_the_titles_they_have_in_common(tmp_path):
    first = written(tmp_path / "a.csv", "Raison sociale;Code postal;Ville\n;69001;Lyon\n")
    second = written(tmp_path / "b.csv", "Ville;Raison sociale;Tél.;;Tél.\n"
                                         "Lille;;03 20 00 00 00;x;03 20 11 11 11\n")

    rows = rejects_of(tmp_path, first, second)

    assert rows[0] == [*REPORT, "Raison sociale", "Code postal", "Ville", "Tél.", "Colonne 4",
                       "Tél."]
    assert rows[1][7:] == ["", "69001", "Lyon"]
    assert rows[2][7:] == ["", "", "Lille", "03 20 00 00 00", "x", "03 20 11 11 11"]


def test_a_rejected_purchase_line_comes_with_its_cells(tmp_path):
    sales = written(tmp_path / "achats.csv",
                    "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"
                    "Atelier Vert;;1 200,50;02/11/2026\n"
                    "Groupe Azur;;12 milliards;03/11/2026\n")

    rows = rejects_of(tmp_path, sales, target="spend")

    rejected = [row for row in rows if row[0] == "Rejetée"]
    assert rows[0][7:] == ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Date"]
    assert [row[7:] for row in rejected] == [["Groupe Azur", "", "12 milliards", "03/11/2026"]]


def test_a_workbook_s_rejected_line_reads_as_the_sheet_shows_it(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Raison sociale", "Code postal", "ETP"])
    sheet.append(["Atelier Vert", 69001, 12.5])
    sheet.append([None, 75011, 3.0])
    book.save(tmp_path / "annuaire.xlsx")

    rows = rejects_of(tmp_path, tmp_path / "annuaire.xlsx")

    assert rows[0][7:] == ["Raison sociale", "Code postal", "ETP"]
    assert rows[1][7:] == ["", "75011", "3"]


def test_a_junk_line_keeps_a_capped_part_of_its_cells(tmp_path):
    cells = ["", "x" * (RAW_CELL_CHARS + 100), *(f"c{i}" for i in range(RAW_CELLS + 20))]
    source = written(tmp_path / "annuaire.csv", "Raison sociale;Ville\n" + ";".join(cells) + "\n")

    rows = rejects_of(tmp_path, source)

    kept = rows[1][7:]
    assert len(kept) == RAW_CELLS
    assert kept[1] == "x" * (RAW_CELL_CHARS - 1) + "…"
    assert rows[0][7:10] == ["Raison sociale", "Ville", "Colonne 3"]


def test_a_title_that_reads_as_a_formula_is_shown_never_run(tmp_path):
    source = written(tmp_path / "annuaire.csv", "Raison sociale;Ville;=SOMME(A1)\n;Paris;1\n")

    rows = rejects_of(tmp_path, source)

    assert rows[0][7:] == ["Raison sociale", "Ville", "'=SOMME(A1)"]
