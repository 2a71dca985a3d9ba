"""``import … --rejects``: the rejects CSV (in French) names each row's structure."""

from __future__ import annotations

import csv

from srm_inclusif.cli import main


def test_the_rejects_csv_names_the_structure_after_the_line(capsys, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;E-mail\nAtelier Vert;contact@\n;x@y.fr\n", encoding="utf-8")
    rejects = tmp_path / "rejets.csv"

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(path),
                 "--rejects", str(rejects)])

    capsys.readouterr()
    assert code == 0
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Gravité", "Fichier", "Ligne", "Structure", "Champ", "Valeur", "Motif",
                       "Raison sociale", "E-mail"]  # the rejected line's cells follow
    assert sorted(row[2:5] for row in rows[1:]) == [
        ["2", "Atelier Vert", "E-mail"], ["3", "", "Raison sociale"]]
