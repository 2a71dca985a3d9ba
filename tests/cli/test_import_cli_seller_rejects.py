"""``import spend --rejects`` in a structure inclusive's workspace: her clients, her sales.

The rejects CSV and the lines printed named « Structure » and « Raison sociale du
Fournisseur » for the lines of her sales file. Its « Champ » now names her file's own columns
(« Client », « Montant HT »), whatever the profile.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.settings import update_settings

SALES = ("Client;Montant HT;Date facture;N° facture\n"
         "Clinique du Parc;3 450,50 €;02/11/2026;F-2026-102\n"
         "Groupe Azur;12 milliards;03/11/2026;F-2026-103\n")


def _import(capsys, workspace, tmp_path: Path, *, seller: bool) -> tuple[list[list[str]], str]:  # noqa: ANN001
    if seller:
        update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    workspace.close()
    sales = tmp_path / "ventes.csv"
    sales.write_text(SALES, encoding="utf-8")
    rejects = tmp_path / "rejets.csv"
    main(["--db", str(workspace.path), "import", "spend", str(sales), "--rejects", str(rejects)])
    with rejects.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";")), capsys.readouterr().out


@pytest.mark.parametrize(("seller", "record"), [(True, "Client"), (False, "Structure")])
def test_the_rejects_file_speaks_in_her_words(capsys, workspace, tmp_path, seller,  # noqa: ANN001
                                              record) -> None:
    rows, out = _import(capsys, workspace, tmp_path, seller=seller)
    assert rows[0] == ["Gravité", "Fichier", "Ligne", record, "Champ", "Valeur", "Motif",
                       "Client", "Montant HT", "Date facture", "N° facture"]
    assert {row[4] for row in rows[1:]} == {"Client", "Montant HT"}
    assert "ventes.csv:2, « Client » : " in out
