"""``srm-inclusif import spend`` on amounts it cannot read: a report line, never a traceback."""

from __future__ import annotations

from srm_inclusif.cli import main


def test_a_nan_amount_is_reported_on_its_line(capsys, tmp_path):
    path = tmp_path / "nan.csv"
    path.write_text("Raison sociale du Fournisseur;SIRET;Dépense achat (€)\n"
                    "Atelier du Lac;;100\nAtelier du Lac;;NaN\n", encoding="utf-8")

    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend", str(path),
                 "--date", "2025-12-31"])

    assert code == 0
    assert "  nan.csv:3, « Dépense achat (€) » : Montant manquant ou illisible. (NaN)" \
        in capsys.readouterr().out.splitlines()
