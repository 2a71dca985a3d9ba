"""``import`` where nothing may be written: a French message and exit 1, never a traceback."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backups_dir
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from tests.read_only_support import not_writable
from tests.support import IMPORT_FIXTURES

DIRECTORY = str(IMPORT_FIXTURES / "export_hosmoz.csv")


def _count(path: Path) -> int:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM counterparty").fetchone()[0])
    finally:
        connection.close()


@pytest.fixture
def closed(workspace) -> Path:
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    return workspace.path


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_an_import_into_a_read_only_workspace_says_so(capsys, closed, monkeypatch, dry_run):
    not_writable(monkeypatch, closed)
    code = main(["--db", str(closed), "import", "suppliers", DIRECTORY, *dry_run])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Erreur : L'espace de travail « espace.sqlite3 » est en lecture seule")
    assert "Rien n'a été modifié." in err
    assert _count(closed) == 1


def test_an_import_whose_copy_cannot_be_written_is_not_done(capsys, closed):
    """The backups' folder taken by a file of that name: the copy cannot go there."""
    backups_dir(closed).write_text("pas un dossier")
    code = main(["--db", str(closed), "import", "suppliers", DIRECTORY])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith(
        f"Erreur : Impossible d'écrire la copie de sauvegarde dans « {backups_dir(closed)} »")
    assert err.rstrip().endswith("L'import n'a pas été fait.")
    assert _count(closed) == 1
