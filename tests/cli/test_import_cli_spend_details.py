"""`srm-inclusif import spend` says what the import did with the suppliers' details and buyers.

Her spend file gives each supplier's kind, post code and city: the suppliers it creates are not
classic any more, and the terminal said « 0 fournisseur classique créé » as if none was made.
"""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.cli import main
from srm_inclusif.storage.services.people import PersonInput, add_person
from srm_inclusif.storage.workspace import open_workspace

SPEND = ("Raison sociale;SIRET;Type;Code postal;Ville;Montant;Date\n"
         "Atelier Méca Sud;443 061 841 00047;EA;13015;Marseille;1 234,50 €;15/03/2026\n"
         "Jardins de Cocagne Nord;  ;ACI;59000;Lille;980 €;30/06/2026\n"
         "Bureau Express;;;;;100 €;30/06/2026\n")


def _spend_file(tmp_path: Path) -> Path:
    path = tmp_path / "fournisseurs.csv"
    path.write_bytes(SPEND.encode("cp1252"))
    return path


def test_the_suppliers_created_with_the_file_s_kind_are_counted(capsys, tmp_path) -> None:
    db = tmp_path / "espace.sqlite3"
    assert main(["--db", str(db), "import", "spend", str(_spend_file(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert ("(1 fournisseur classique créé, 2 fiches créées avec le type du fichier)"
            in out), out


def test_the_only_person_gets_the_lines_without_a_buyer(capsys, tmp_path) -> None:
    db = tmp_path / "espace.sqlite3"
    workspace = open_workspace(db)
    add_person(workspace.engine, values=PersonInput(name="Sophie Lefèvre"))
    workspace.close()
    assert main(["--db", str(db), "import", "spend", str(_spend_file(tmp_path))]) == 0
    assert "Lignes sans acheteur attribuées à Sophie Lefèvre : 3." in capsys.readouterr().out
