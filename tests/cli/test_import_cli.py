"""``srm-inclusif import suppliers|spend``: JSON summary, exit codes, rejects file, dry run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from tests.support import IMPORT_FIXTURES

KEYS = {"format", "encoding", "rows", "inserted", "updated", "unchanged", "merged_duplicates",
        "rejected", "flagged", "conflicts", "seconds"}


def run_json(capsys, db: Path, *args: str) -> tuple[int, dict]:
    code = main(["--db", str(db), "import", *args, "--json"])
    out = capsys.readouterr().out
    return code, json.loads(out)


@pytest.mark.parametrize(("files", "fmt", "inserted"), [
    (["liste_structures_2026-03-11.csv"], "marche-csv", 5),
    (["liste_structures_2026-03-11.xls"], "marche-xls", 3),
    (["marche_api_page1.json", "marche_api_page2.json"], "marche-api", 4),
    (["annuaire_esat_ea_2024.csv"], "esat-ea", 3),
    (["export_hosmoz.csv"], "hosmoz", 3),
    (["sirene_extrait.zip"], "sirene", 4),
    (["etalab_finess_stock_2026-03-11.csv"], "finess", 3),
    (["annuaire_regional.xlsx"], "generic", 4),
    (["membres_reseau.ods"], "generic", 3),
])
def test_import_suppliers_prints_one_json_document(capsys, tmp_path, files, fmt, inserted):
    db = tmp_path / "espace.sqlite3"
    code, document = run_json(capsys, db, "suppliers", *[str(IMPORT_FIXTURES / f) for f in files])

    assert code == 0
    assert document.keys() >= KEYS
    assert (document["format"], document["inserted"]) == (fmt, inserted)

    code, again = run_json(capsys, db, "suppliers", *[str(IMPORT_FIXTURES / f) for f in files])
    assert (code, again["inserted"], again["updated"], again["unchanged"]) == (0, 0, 0, inserted)


def test_forced_format_is_used(capsys, tmp_path):
    code, document = run_json(capsys, tmp_path / "e.sqlite3", "suppliers",
                              str(IMPORT_FIXTURES / "export_hosmoz.csv"), "--format", "generic")

    assert code == 0
    assert document["format"] == "generic"


def test_import_spend_json_has_spend_keys(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    run_json(capsys, db, "suppliers", str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"))

    code, document = run_json(capsys, db, "spend", str(IMPORT_FIXTURES / "achats_2025.csv"),
                              "--date", "2025-12-31")

    assert code == 0
    assert KEYS | {"matched", "unmatched", "amount_total"} <= document.keys()
    assert (document["matched"], document["unmatched"], document["rejected"]) == (2, 3, 1)
    assert document["classic_created"] == 2  # Bureau Express and Transports Martin, once each
    assert document["amount_total"] == 20846.17


def test_rejects_file_and_dry_run(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    rejects = tmp_path / "rejets.csv"

    code, document = run_json(capsys, db, "suppliers",
                              str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"),
                              "--dry-run", "--rejects", str(rejects))

    assert code == 0
    assert document["inserted"] == 3
    assert "Raison sociale manquante." in rejects.read_text(encoding="utf-8-sig")
    code, again = run_json(capsys, db, "suppliers",
                           str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"))
    assert again["inserted"] == 3  # the dry run wrote nothing


@pytest.mark.parametrize("name", ["vide.csv", "binaire.csv",
                                  "sans_colonne_connue.csv", "mauvais_separateur.csv"])
def test_unreadable_file_exits_1_with_a_message(capsys, tmp_path, name):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers",
                 str(IMPORT_FIXTURES / name), "--json"])

    captured = capsys.readouterr()
    assert code == 1
    assert captured.err.startswith("Erreur : ")
    assert json.loads(captured.out) == {"error": captured.err.removeprefix("Erreur : ").strip()}


def test_all_or_nothing_exits_1_and_imports_nothing(capsys, tmp_path):
    db = tmp_path / "espace.sqlite3"
    code = main(["--db", str(db), "import", "suppliers",
                 str(IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"), "--all-or-nothing"])

    captured = capsys.readouterr()
    assert code == 1
    assert "tout ou rien" in captured.err
    # the counts say what the import would have done, not that rows were added
    assert "rien n'est enregistré, l'import aurait donné : 5 ajoutées" in captured.out
    assert "lues : 5 ajoutées" not in captured.out
    code, document = run_json(capsys, db, "suppliers",
                              str(IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"))
    assert document["inserted"] == 5


def test_unknown_profile_is_an_error(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers",
                 str(IMPORT_FIXTURES / "membres_reseau.ods"), "--profile", "Inconnu"])

    assert code == 1
    assert "Profil de correspondance inconnu" in capsys.readouterr().err


def test_the_printed_summary_speaks_french_counts(capsys, tmp_path):
    code = main(["--db", str(tmp_path / "e.sqlite3"), "import", "spend",
                 str(IMPORT_FIXTURES / "achats_2025.csv")])
    lines = capsys.readouterr().out.splitlines()
    assert code == 0
    assert lines[1] == ("6 lignes lues : 5 ajoutées, 0 mise à jour, 0 inchangée, "
                        "0 doublon fusionné.")
    # none closed; Bureau Express, absent, said on the first of its two lines only
    assert lines[2] == "1 ligne rejetée, 4 lignes signalées, 0 conflit."
    assert lines[3].startswith("0 ligne rattachée, 5 non rattachées (4 fournisseurs classiques "
                               "créés) ; total 20")
    assert "  achats_2025.csv:7, « Dépense achat (€) » : Montant manquant ou illisible. (n/a)" \
        in lines


def test_a_finess_row_other_than_an_esat_is_read_and_counted_aside(capsys, tmp_path):
    finess = str(IMPORT_FIXTURES / "etalab_finess_stock_2026-03-11.csv")
    code, document = run_json(capsys, tmp_path / "espace.sqlite3", "suppliers", finess)
    assert code == 0
    assert (document["rows"], document["inserted"], document["skipped_other"]) == (4, 3, 1)

    main(["--db", str(tmp_path / "e.sqlite3"), "import", "suppliers", finess])
    text = capsys.readouterr().out
    assert "4 lignes lues : 3 ajoutées" in text
    assert "1 ligne hors ESAT ignorée (FINESS, autre catégorie)." in text
