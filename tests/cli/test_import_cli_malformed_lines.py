"""``import suppliers`` on a CSV with malformed lines: they are rejected, the others imported."""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main

LINES = ["Raison sociale;SIRET;Code postal", "ESAT A;41155513900012;38100",
         '"ESAT" du Lac;44306184100047;38000',  # text after the closing quote
         "ESAT C;;44000",
         '"ESAT B;44306184100047;75001',  # a quote never closed
         "ESAT D;;69003", "ESAT E;;13001"]


def imported(capsys, tmp_path: Path, *options: str) -> tuple[int, dict]:
    source = tmp_path / "annuaire.csv"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(source),
                 "--json", *options])
    return code, json.loads(capsys.readouterr().out)


def test_malformed_lines_are_counted_as_rejected_lines(capsys, tmp_path):
    code, document = imported(capsys, tmp_path)

    assert code == 0
    assert (document["rows"], document["inserted"], document["rejected"]) == (6, 4, 2)
    assert document["applied"] is True


def test_all_or_nothing_imports_nothing(capsys, tmp_path):
    code, document = imported(capsys, tmp_path, "--all-or-nothing")
    _code, again = imported(capsys, tmp_path)

    assert code == 1
    assert (document["rejected"], document["applied"]) == (2, False)
    assert again["inserted"] == 4  # the refused import left nothing behind


def test_the_text_report_names_the_whole_line(capsys, tmp_path):
    source = tmp_path / "annuaire.csv"
    source.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", str(source)])
    out = capsys.readouterr().out
    assert "annuaire.csv:3, « Ligne entière » : " in out
    assert "annuaire.csv:5, « Ligne entière » : " in out
