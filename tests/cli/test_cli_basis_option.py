"""``--basis`` reads the same in every command: French words shown, English codes accepted.

``import spend --basis payé`` answered « choix invalide » while ``stats`` took only the French
words; ``--year`` had no help in ``stats`` and ``oeth``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backups_dir
from tests.support import IMPORT_FIXTURES


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("basis", ["payé", "Paye", "paid"])
def test_import_spend_takes_the_basis_in_french_or_english(capsys, tmp_path: Path,
                                                           basis: str) -> None:
    db = str(tmp_path / "espace.sqlite3")
    _json(capsys, "--db", db, "import", "suppliers",
          str(IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"), "--json")
    imported = _json(capsys, "--db", db, "import", "spend",
                     str(IMPORT_FIXTURES / "achats_2025.csv"), "--date", "2025-12-31",
                     "--basis", basis, "--json")
    paid = _json(capsys, "--db", db, "stats", "--year", "2025", "--basis", "paid", "--json")
    invoiced = _json(capsys, "--db", db, "stats", "--year", "2025", "--basis", "facturé",
                     "--json")
    assert float(paid["achats_totaux"]) == imported["amount_total"] > 0
    assert invoiced["achats_totaux"] == "0.00"


def test_an_unknown_basis_is_refused_in_the_same_words_by_both_commands(
        capsys, tmp_path: Path) -> None:
    for argv in (["import", "spend", "x.csv"], ["stats", "--year", "2026"]):
        with pytest.raises(SystemExit):
            main(["--db", str(tmp_path / "e.sqlite3"), *argv, "--basis", "livré"])
        err = capsys.readouterr().err
        assert err.splitlines()[-1].endswith(
            "erreur : argument --basis : base inconnue : « livré » "
            "(choisissez commandé, facturé ou payé)")
    assert not backups_dir(tmp_path / "e.sqlite3").exists()  # no import began


@pytest.mark.parametrize(("argv", "shown"), [
    (["import", "spend"], "--basis {commandé,facturé,payé}"),
    (["stats"], "--basis {commandé,facturé,payé}"),
    (["stats"], "année des indicateurs (exercice commençant cette année-là ; par défaut "
                "celui en cours, comme le tableau de bord)"),
    (["export", "sheets"], "année des fiches (exercice commençant cette année-là ; par défaut "
                           "celui en cours, comme la page Objectifs)"),
    (["oeth"], "année civile de l'estimation"),
])
def test_the_help_shows_the_french_words_and_explains_the_year(
        capsys, argv: list[str], shown: str) -> None:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    assert shown in " ".join(capsys.readouterr().out.split())
