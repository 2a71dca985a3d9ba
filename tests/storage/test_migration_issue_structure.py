"""0008: a workspace of the previous version keeps its import reports; their rows name no
structure (the name was not kept then), and new reports name theirs."""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.imports import list_import_issues
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

BATCH = ("INSERT INTO import_batch (id, target, format, file_names, started_at, counts) "
         "VALUES (1, 'suppliers', 'generic', 'annuaire.csv', '2025-01-01 00:00:00', '{}')")
ISSUE = ("INSERT INTO import_issue (batch_id, severity, file_name, line, field, value, reason) "
         "VALUES (1, 'flagged', 'annuaire.csv', 4, 'email', 'contact@', "
         "'Adresse e-mail invalide (gardée telle quelle).')")


def test_a_0007_workspace_keeps_its_reports_without_names(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(path, "0007", (BATCH, ()), (ISSUE, ()))
    source = tmp_path / "nouveau.csv"
    source.write_text("Raison sociale;E-mail\nAtelier Vert;contact@\n", encoding="utf-8")

    workspace = open_workspace(path)
    summary = import_files(workspace.engine, [source], ImportSettings())

    assert workspace.schema_revision == migrate.schema_head()
    old = list_import_issues(workspace.engine, batch_id=1)
    assert [(i.line, i.structure_name, i.value) for i in old] == [(4, "", "contact@")]
    new = list_import_issues(workspace.engine, batch_id=summary.batch_id)
    assert [(i.line, i.structure_name, i.value) for i in new] == [(2, "Atelier Vert", "contact@")]
    workspace.close()
