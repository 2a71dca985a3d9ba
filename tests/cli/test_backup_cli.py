"""``backup``, ``restore --file`` and ``restore --delete N``: the copies from the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backup_now, backup_workspace, backups_dir, list_backups
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from tests.restore_files import NOT_A_WORKSPACE, saved_elsewhere


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _names(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in connection.execute("SELECT name FROM counterparty ORDER BY name")]
    finally:
        connection.close()


@pytest.fixture
def closed(workspace) -> Path:
    """A closed workspace holding one supplier, « Atelier Présent »."""
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    return workspace.path


def test_backup_takes_a_manual_copy_and_prints_its_path(closed, capsys):
    code, out, err = _run(capsys, "--db", str(closed), "backup")

    assert (code, err) == (0, "")
    [copy] = list_backups(closed)
    assert out == f"Sauvegarde manuelle prise : {copy.path}\n"
    assert copy.reason == "manuelle"
    assert _names(copy.path) == ["Atelier Présent"]
    _code, listed, _err = _run(capsys, "--db", str(closed), "restore")
    assert "Sauvegarde manuelle" in listed


@pytest.mark.parametrize(("content", "said"), [
    (None, "L'espace de travail « {db} » n'existe pas. Vérifiez le chemin, ou ouvrez "
           "l'application pour en créer un. Aucune sauvegarde n'a été prise."),
    (b"nom;siret\n", "n'est pas un espace de travail SRM Inclusif"),
])
def test_backup_of_no_workspace_is_refused_and_writes_nothing(tmp_path, capsys, content, said):
    db = tmp_path / "pas-un-espace.sqlite3"
    if content is not None:
        db.write_bytes(content)

    code, out, err = _run(capsys, "--db", str(db), "backup")

    assert (code, out) == (1, "")
    assert said.format(db=db) in err
    assert not backups_dir(db).exists()


def test_restore_file_puts_it_back_and_keeps_the_state_replaced(closed, tmp_path, capsys):
    chosen = saved_elsewhere(tmp_path)

    code, out, err = _run(capsys, "--db", str(closed), "restore", "--file", str(chosen))

    assert (code, err) == (0, "")
    assert "remplacé par le contenu de « espace-copie.sqlite3 »" in out
    assert _names(closed) == ["Atelier du Fichier"]
    [safety] = list_backups(closed)
    assert safety.reason == "avant-restauration"
    assert f"L'état remplacé est gardé dans « {safety.path} »." in out
    assert _names(safety.path) == ["Atelier Présent"]
    assert _names(chosen) == ["Atelier du Fichier"]  # the file chosen is left as it was


@pytest.mark.parametrize(("make", "said"), NOT_A_WORKSPACE)
def test_restore_file_refuses_a_file_that_is_no_workspace(closed, tmp_path, capsys, make, said):
    code, out, err = _run(capsys, "--db", str(closed), "restore", "--file", str(make(tmp_path)))

    assert (code, out) == (1, "")
    assert err.startswith(f"Erreur : {said}")
    assert "Choisissez une copie faite par « Enregistrer une copie… »" in err
    assert err.rstrip().endswith("L'espace de travail n'a pas été modifié.")
    assert list_backups(closed) == []
    assert _names(closed) == ["Atelier Présent"]


@pytest.mark.parametrize(("chosen", "said"), [
    (lambda db: db, "est l'espace de travail ouvert lui-même"),
    (lambda db: db.with_name("absente.sqlite3"), "« absente.sqlite3 » n'existe pas")])
def test_restore_file_refuses_the_workspace_itself_or_a_missing_file(
        closed, capsys, chosen, said):
    code, _out, err = _run(capsys, "--db", str(closed), "restore", "--file", str(chosen(closed)))

    assert code == 1
    assert said in err.replace(str(closed.parent) + "/", "")
    assert list_backups(closed) == []
    assert _names(closed) == ["Atelier Présent"]


def test_restore_delete_removes_the_copy_of_that_number(closed, capsys):
    older = backup_now(closed)
    newer = backup_workspace(closed, "avant-migration-0001")

    code, out, err = _run(capsys, "--db", str(closed), "restore", "--delete", "2")

    assert (code, err) == (0, "")
    assert not older.exists()
    assert [copy.path for copy in list_backups(closed)] == [newer]
    assert "(Sauvegarde manuelle)" in out.splitlines()[0]
    assert out.splitlines()[1] == f"Fichier effacé : {older}"


def test_deleting_the_copy_before_an_import_says_there_is_no_going_back(closed, capsys):
    backup_workspace(closed, "avant-import")

    code, out, _err = _run(capsys, "--db", str(closed), "restore", "--delete", "1")

    assert code == 0
    assert "on ne peut plus revenir à l'état d'avant cet import" in out
    assert list_backups(closed) == []


def test_restore_delete_of_a_number_not_listed_is_refused(closed, capsys):
    copy = backup_now(closed)

    code, _out, err = _run(capsys, "--db", str(closed), "restore", "--delete", "2")

    assert code == 1
    assert "pas de sauvegarde numéro 2 (1 disponible)" in err
    assert copy.exists()


def test_a_number_and_delete_together_is_a_usage_error(closed, capsys):
    copy = backup_now(closed)

    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(closed), "restore", "1", "--delete", "1"])

    assert exit_info.value.code == 2
    assert "--delete : incompatible avec l'argument N" in capsys.readouterr().err
    assert copy.exists()
