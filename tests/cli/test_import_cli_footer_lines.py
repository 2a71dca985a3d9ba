"""``srm-inclusif import``: a report's total or page line is never imported, and counted apart.

Also the summary's wording: « 1 autre » in the singular, no empty brackets for a remark without
a value.
"""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from tests.exchange.import_support import table_file
from tests.support import executed

HEADER = "Raison sociale du Fournisseur;SIRET;Dépense achat (€);Date\n"


def import_json(capsys, db: Path, *args: str) -> dict:
    assert main(["--db", str(db), "import", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_total_line_of_a_spend_extract_is_not_counted_twice(capsys, tmp_path):
    path = tmp_path / "total.csv"
    path.write_text("Extraction ERP achats 2025\n\n"
                    "Raison sociale du Fournisseur;SIRET;Dépense achat (€)\n"
                    "Avec points;44306184100054;1 000,00\n"
                    "Classique;55210055400013;3 000,00\n"
                    ";;\n"
                    "Total;;4 000,00\n", encoding="utf-8")

    document = import_json(capsys, tmp_path / "espace.sqlite3", "spend", str(path),
                           "--date", "2025-06-30")

    assert (document["amount_total_cents"], document["rejected"], document["skipped_totals"]) == (
        400_000, 0, 1)


def test_total_and_page_lines_of_a_directory_are_no_structures(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    path = table_file(tmp_path / "annuaire.csv", ["Raison sociale", "SIRET", "Type de structure"],
                      ["Un", "44306184100047", "ESAT"], ["Page 2/3", "", ""],
                      ["Deux", "44306184100054", "EA"], ["Total : 2 structures", "", ""])

    document = import_json(capsys, db, "suppliers", str(path))

    assert (document["inserted"], document["rejected"], document["skipped_totals"]) == (2, 0, 2)
    assert executed(db, "SELECT name FROM counterparty ORDER BY name") == [("Deux",), ("Un",)]


def spend_file(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "achats.csv"
    path.write_text(HEADER + "".join(f"{line}\n" for line in lines), encoding="utf-8")
    return path


def test_a_total_line_is_counted_apart_and_does_not_stop_all_or_nothing(capsys, tmp_path):
    path = spend_file(tmp_path, "Papeterie Durand;;300,00;31/01/2025", "Total;;300,00;")
    db = str(tmp_path / "espace.sqlite3")

    assert main(["--db", db, "import", "spend", str(path), "--all-or-nothing"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "0 ligne rejetée, 1 ligne signalée, 0 conflit." in out
    assert "1 ligne de total ou de pagination ignorée." in out

    assert main(["--db", db, "import", "spend", str(path), "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["unchanged"], document["rejected"], document["skipped_totals"]) == (1, 0, 1)


def test_eleven_remarks_end_with_one_other_in_the_singular(capsys, tmp_path):
    path = spend_file(tmp_path, *(f"Fournisseur {n};;10,00;31/01/2025" for n in range(11)),
                      ";;10,00;31/01/2025")

    main(["--db", str(tmp_path / "espace.sqlite3"), "import", "spend", str(path)])
    out = capsys.readouterr().out.splitlines()

    assert "  … et 2 autres (option --rejects pour tout exporter)." in out
    assert "  achats.csv:13, « SIRET » : Ni SIRET ni raison sociale." in out  # no « () »


def test_one_remark_past_ten_is_one_other(capsys, tmp_path):
    path = spend_file(tmp_path, *(f"Fournisseur {n};;10,00;31/01/2025" for n in range(11)))

    main(["--db", str(tmp_path / "espace.sqlite3"), "import", "spend", str(path)])

    assert "  … et 1 autre (option --rejects pour tout exporter)." in (
        capsys.readouterr().out.splitlines())
