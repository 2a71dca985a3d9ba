"""``import`` where nothing may be written: a French message and exit 1, never a traceback."""

from __future__ import annotations

import pytest

from srm_inclusif.cli import main
from srm_inclusif.storage.backup import backups_dir
from tests.read_only_support import not_writable, row_count
from tests.support import IMPORT_FIXTURES

DIRECTORY = str(IMPORT_FIXTURES / "export_hosmoz.csv")


@pytest.mark.parametrize("dry_run", [[], ["--dry-run"]])
def test_an_import_into_a_read_only_workspace_says_so(capsys, closed_workspace, monkeypatch,
                                                          dry_run):
    not_writable(monkeypatch, closed_workspace)
    code = main(["--db", str(closed_workspace), "import", "suppliers", DIRECTORY, *dry_run])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("Erreur : L'espace de travail « espace.sqlite3 » est en lecture seule")
    assert "Rien n'a été modifié." in err
    assert row_count(closed_workspace, "counterparty") == 1


def test_an_import_whose_copy_cannot_be_written_is_not_done(capsys, closed_workspace):
    """The backups' folder taken by a file of that name: the copy cannot go there."""
    backups_dir(closed_workspace).write_text("pas un dossier")
    code = main(["--db", str(closed_workspace), "import", "suppliers", DIRECTORY])
    err = capsys.readouterr().err
    assert code == 1
    folder = backups_dir(closed_workspace)
    assert err.startswith(f"Erreur : Impossible d'écrire la copie de sauvegarde dans « {folder} »")
    assert err.rstrip().endswith("L'import n'a pas été fait.")
    assert row_count(closed_workspace, "counterparty") == 1
