"""What ``srm-inclusif import`` does with an import that should import nothing, and says once.

QA found: a spend file given to ``import suppliers`` made 149 865 cards of its junk after a
mere warning; an import of spend whose 30 lines were all rejected ended with code 0 and a
history entry; « 0 établissement fermé ou inactif ignoré » after a spreadsheet; the refusal
of « tout ou rien » printed twice.
"""

from __future__ import annotations

import json
from pathlib import Path

from srm_inclusif.cli import main
from tests.exchange.import_support import table_file
from tests.support import IMPORT_FIXTURES, executed

SPEND_HEADER = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)"]
#: Two purchases whose amounts lost their quotes: each line has one value too many.
SPLIT_LINES = ("Raison sociale du Fournisseur,SIRET,Dépense achat (€)\n"
               "Atelier Vert,44306184100047,1 200,50\n"
               "Imprimerie Martin,55210055400025,980,00\n")
NOTHING = "Aucune ligne importable dans « achats.csv » : les 2 lignes sont rejetées."


def _run(capsys, db: Path, *argv: str) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(["--db", str(db), "import", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _written(db: Path) -> tuple[int, int, int]:
    """Cards, history entries and spend lines of the workspace."""
    return tuple(executed(db, f"SELECT count(*) FROM {table}")[0][0]  # type: ignore[return-value]
                 for table in ("counterparty", "import_batch", "spend_line"))


def test_spend_given_to_import_suppliers_is_refused(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    table = table_file(tmp_path / "erp.csv", SPEND_HEADER, ["xx0.23", " @@ ", "#N/D"])

    code, out, err = _run(capsys, db, "suppliers", str(table))

    assert (code, out, _written(db)) == (1, "", (0, 0, 0))
    assert err == ("Erreur : « erp.csv » ressemble à un fichier d'achats (un montant et un "
                   "fournisseur par ligne), pas à un annuaire de structures. Rien n'a été "
                   "importé : pour ses montants, utilisez « import spend » ; pour l'importer "
                   "quand même comme annuaire, ajoutez --format generic.\n")


def test_spend_given_to_import_suppliers_with_a_format_is_imported(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    table = table_file(tmp_path / "erp.csv", SPEND_HEADER, ["Atelier Vert", "", "12"])

    code, _out, err = _run(capsys, db, "suppliers", str(table), "--format", "generic")

    assert code == 0
    assert "ressemble à un fichier d'achats" not in err  # the user answered the advice
    assert _written(db)[:2] == (1, 1)


def test_every_line_rejected_ends_in_error_and_writes_nothing(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    (tmp_path / "achats.csv").write_text(SPLIT_LINES, encoding="utf-8")
    rejects = tmp_path / "rejets.csv"

    code, out, err = _run(capsys, db, "spend", str(tmp_path / "achats.csv"),
                          "--rejects", str(rejects))

    assert (code, err) == (1, f"Erreur : {NOTHING}\n")  # after the remarks, on the output
    assert "  achats.csv:3, « Ligne entière » : 4 valeurs pour 3 colonnes" in out
    assert NOTHING not in out
    assert len(rejects.read_text(encoding="utf-8-sig").splitlines()) == 3  # header + 2 lines
    assert _written(db) == (0, 0, 0)
    assert not list((tmp_path / "e.sqlite3.sauvegardes").glob("*avant-import*"))


def test_every_line_rejected_in_json_prints_the_counts(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    (tmp_path / "achats.csv").write_text(SPLIT_LINES, encoding="utf-8")

    code, out, _err = _run(capsys, db, "spend", str(tmp_path / "achats.csv"), "--json")

    document = json.loads(out)
    assert code == 1
    assert (document["rejected"], document["applied"], document["error"]) == (2, False, NOTHING)


def test_closed_establishments_are_counted_for_sirene_only(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    table = table_file(tmp_path / "annuaire.xlsx", ["Raison sociale", "Ville"],
                       ["Atelier Vert", "Lyon"])

    _code, out, _err = _run(capsys, db, "suppliers", str(table))
    assert "fermé" not in out
    assert out.splitlines()[2] == "0 ligne rejetée, 0 ligne signalée, 0 conflit."

    _code, out, _err = _run(capsys, db, "suppliers", str(IMPORT_FIXTURES / "sirene_extrait.zip"),
                            "--dry-run")
    assert "fermé" in out.splitlines()[2]


def test_all_or_nothing_refusal_is_said_once(capsys, tmp_path):
    db = tmp_path / "e.sqlite3"
    table = table_file(tmp_path / "annuaire.csv", ["Raison sociale", "Ville"],
                       ["Atelier Vert", "Lyon"], ["", "Paris"])

    code, out, err = _run(capsys, db, "suppliers", str(table), "--all-or-nothing")

    refusal = "1 ligne rejetée : avec l'option « tout ou rien », aucune ligne n'a été importée."
    assert (code, err) == (1, f"Erreur : {refusal}\n")
    assert "tout ou rien" not in out
