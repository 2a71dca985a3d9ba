"""Ctrl+C during ``import``: one French line, exit 130, nothing written, no copy left."""

from __future__ import annotations

import sqlite3

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.services import supplier_merge
from tests.support import IMPORT_FIXTURES

FIRST = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"


def names(db) -> list[str]:
    with sqlite3.connect(db) as connection:
        return sorted(row[0] for row in connection.execute("SELECT name FROM counterparty"))


def test_ctrl_c_during_an_import_says_nothing_was_imported(capsys, tmp_path, monkeypatch):
    db = tmp_path / "espace.sqlite3"
    assert main(["--db", str(db), "import", "suppliers", str(FIRST)]) == 0
    before, copies = names(db), list_backups(db)
    path = tmp_path / "gros.csv"
    path.write_text("Raison sociale;Code postal\n"
                    + "".join(f"Structure {i};75011\n" for i in range(5000)), encoding="utf-8")
    merge = supplier_merge.SupplierMerger.merge
    calls: list[int] = []

    def pressed_during_the_second_chunk(self, chunk):
        calls.append(len(chunk))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return merge(self, chunk)

    monkeypatch.setattr(supplier_merge.SupplierMerger, "merge", pressed_during_the_second_chunk)
    capsys.readouterr()

    code = main(["--db", str(db), "import", "suppliers", str(path)])

    captured = capsys.readouterr()
    assert code == 130
    assert captured.err == "Interrompu : rien n'a été importé.\n"
    assert names(db) == before
    assert list_backups(db) == copies
