"""Ctrl+C during ``import`` says whether this import was saved, from its own history line, not
from the newest one (another window may have imported meanwhile); ``--json`` prints the state."""

from __future__ import annotations

import csv
import json
import sqlite3

from srm_inclusif.cli import main
from srm_inclusif.exchange import importer
from srm_inclusif.storage.services import importing, supplier_merge
from tests.support import IMPORT_FIXTURES

FIRST = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
NOTHING = "Interrompu : rien n'a été importé."
KEPT = ("Interrompu, mais l'import n° 1 était déjà enregistré : il est conservé, son compte "
        "rendu est sur la page Imports / exports.")


def names(db) -> list[str]:
    with sqlite3.connect(db) as connection:
        return sorted(row[0] for row in connection.execute("SELECT name FROM counterparty"))


def history(db) -> list[str]:
    with sqlite3.connect(db) as connection:
        return [row[0] for row in connection.execute(
            "SELECT file_names FROM import_batch ORDER BY id")]


def directory(tmp_path, rows: int = 5000):
    path = tmp_path / "gros.csv"
    path.write_text("Raison sociale;Code postal\n"
                    + "".join(f"Structure {i};75011\n" for i in range(rows)), encoding="utf-8")
    return path


def another_window_imports_first(db, monkeypatch):
    """Another window's import is saved while this one backs the workspace up."""
    reference = importer.sector_reference

    def and_another_import(engine):
        with sqlite3.connect(db) as connection:
            connection.execute(
                "INSERT INTO import_batch (target, format, file_names, started_at, counts) "
                "VALUES ('suppliers', 'generic', 'autre.csv', '2026-01-05 10:00:00', '{}')")
        return reference(engine)

    monkeypatch.setattr(importer, "sector_reference", and_another_import)


def pressed_during_the_second_chunk(monkeypatch):
    merge = supplier_merge.SupplierMerger.merge
    calls: list[int] = []

    def pressed(self, chunk):
        calls.append(len(chunk))
        if len(calls) == 2:
            raise KeyboardInterrupt
        return merge(self, chunk)

    monkeypatch.setattr(supplier_merge.SupplierMerger, "merge", pressed)


def test_another_window_s_import_does_not_make_this_one_saved(capsys, tmp_path, monkeypatch):
    db = tmp_path / "espace.sqlite3"
    assert main(["--db", str(db), "import", "suppliers", str(FIRST)]) == 0
    before = names(db)
    another_window_imports_first(db, monkeypatch)
    pressed_during_the_second_chunk(monkeypatch)
    capsys.readouterr()

    code = main(["--db", str(db), "import", "suppliers", str(directory(tmp_path))])

    assert code == 130
    assert capsys.readouterr().err == NOTHING + "\n"
    assert names(db) == before
    assert history(db) == [FIRST.name, "autre.csv"]


def test_ctrl_c_after_the_commit_keeps_the_import_and_says_so(capsys, tmp_path, monkeypatch):
    db = tmp_path / "espace.sqlite3"

    def pressed(_engine):
        raise KeyboardInterrupt

    monkeypatch.setattr(importing, "refresh_statistics", pressed)  # right after the commit

    code = main(["--db", str(db), "import", "suppliers", "--json", str(directory(tmp_path, 3))])

    captured = capsys.readouterr()
    assert code == 130
    assert captured.err == KEPT + "\n"
    assert json.loads(captured.out) == {"interrupted": True, "applied": True, "batch_id": 1,
                                        "message": KEPT}
    assert names(db) == ["Structure 0", "Structure 1", "Structure 2"]


def test_ctrl_c_after_the_commit_still_writes_the_rejects(capsys, tmp_path, monkeypatch):
    """The rejects file was not written: the import was kept, its rejected lines unreported."""
    db, rejects = tmp_path / "espace.sqlite3", tmp_path / "rejets.csv"
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal\nStructure 0;75011\n;69002\nStructure 2;75011\n",
                    encoding="utf-8")

    def pressed(_engine):
        raise KeyboardInterrupt

    monkeypatch.setattr(importing, "refresh_statistics", pressed)

    code = main(["--db", str(db), "import", "suppliers", "--rejects", str(rejects), str(path)])

    assert code == 130
    assert capsys.readouterr().err == KEPT + "\n"
    with rejects.open(encoding="utf-8-sig") as handle:
        [header, row] = list(csv.reader(handle, delimiter=";"))
    assert header[:3] == ["Gravité", "Fichier", "Ligne"]
    assert row[1:3] == ["annuaire.csv", "3"]
    assert names(db) == ["Structure 0", "Structure 2"]


def test_json_says_nothing_was_imported(capsys, tmp_path, monkeypatch):
    db = tmp_path / "espace.sqlite3"
    assert main(["--db", str(db), "import", "suppliers", str(FIRST)]) == 0
    pressed_during_the_second_chunk(monkeypatch)
    capsys.readouterr()

    code = main(["--db", str(db), "import", "suppliers", "--json", str(directory(tmp_path))])

    assert code == 130
    assert json.loads(capsys.readouterr().out) == {
        "interrupted": True, "applied": False, "batch_id": None, "message": NOTHING}
