"""An import that could read nothing leaves the workspace as it was.

(Where there is no workspace, the import refuses before reading: ``test_cli_missing_workspace``.)
"""

from __future__ import annotations

from srm_inclusif.cli import main
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.workspace import open_workspace

HEADER_ONLY = "Raison sociale;SIRET;Code postal\n"


def test_a_failed_import_into_an_existing_workspace_keeps_it(capsys, tmp_path) -> None:
    db = tmp_path / "autre.sqlite3"
    workspace = open_workspace(db)
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    empty = tmp_path / "vide.csv"
    empty.write_text(HEADER_ONLY, encoding="utf-8")
    assert main(["--db", str(db), "import", "suppliers", str(empty)]) == 1
    workspace = open_workspace(db)
    try:
        from srm_inclusif.storage.services.counterparties import list_counterparties

        assert [c.name for c in list_counterparties(workspace.engine)] == ["Atelier Présent"]
    finally:
        workspace.close()
