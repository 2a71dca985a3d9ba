"""``import … --rejects OUT.csv``: the rejects file is checked before anything is imported."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.exchange import report
from srm_inclusif.storage.backup import backups_dir
from tests.support import IMPORT_FIXTURES

DIRECTORY = "annuaire_esat_ea_2024.csv"


def imported(capsys, db: Path, source: Path, rejects: Path | str) -> tuple[int, str]:
    code = main(["--db", str(db), "import", "suppliers", str(source), "--rejects", str(rejects)])
    return code, capsys.readouterr().err


@pytest.fixture
def source(tmp_path: Path) -> Path:
    return Path(shutil.copy(IMPORT_FIXTURES / DIRECTORY, tmp_path / DIRECTORY))


def test_rejects_naming_the_input_file_is_refused_and_the_file_kept(capsys, tmp_path, source):
    before = source.read_bytes()

    code, error = imported(capsys, tmp_path / "e.sqlite3", source,
                           tmp_path / "." / "sous" / ".." / DIRECTORY)

    assert code == 1
    assert "est aussi un fichier à importer" in error
    assert source.read_bytes() == before
    assert not backups_dir(tmp_path / "e.sqlite3").exists()  # nothing was imported


def test_rejects_in_a_missing_folder_is_refused_before_the_import(capsys, tmp_path, source):
    code, error = imported(capsys, tmp_path / "e.sqlite3", source,
                           tmp_path / "absent" / "rejets.csv")

    assert code == 1
    assert error == f"Erreur : --rejects : le dossier « {tmp_path / 'absent'} » n'existe pas.\n"
    assert not backups_dir(tmp_path / "e.sqlite3").exists()


def test_rejects_naming_a_folder_is_refused(capsys, tmp_path, source):
    code, error = imported(capsys, tmp_path / "e.sqlite3", source, tmp_path)

    assert code == 1
    assert "est un dossier ; donnez un nom de fichier CSV" in error


def test_a_rejects_file_that_cannot_be_written_is_reported_without_a_traceback(
        capsys, tmp_path, source, monkeypatch):
    def full_disk(*_args: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report, "write_issues_csv", full_disk)

    code, error = imported(capsys, tmp_path / "e.sqlite3", source, tmp_path / "rejets.csv")

    assert code == 1
    assert error == (f"Erreur : le fichier des rejets « {tmp_path / 'rejets.csv'} » n'a pas pu "
                     "être écrit (disque plein) ; l'import lui-même s'est "
                     "déroulé.\n")


def test_a_good_rejects_file_is_written(capsys, tmp_path, source):
    code, _ = imported(capsys, tmp_path / "e.sqlite3", source, tmp_path / "rejets.csv")

    assert code == 0
    assert "Raison sociale manquante." in (tmp_path / "rejets.csv").read_text(
        encoding="utf-8-sig")
