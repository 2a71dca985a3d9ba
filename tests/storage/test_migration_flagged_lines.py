"""0010: the imports of a previous version count flagged lines, not remarks, in the history's
« Signalées » column; an import whose remarks were not all kept is left as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from srm_inclusif.storage import migrate
from srm_inclusif.storage.services.imports import list_import_batches
from srm_inclusif.storage.workspace import open_workspace
from tests.support import workspace_at

BATCH = ("INSERT INTO import_batch (id, target, format, file_names, started_at, counts) "
         "VALUES (?, 'suppliers', 'generic', 'annuaire.csv', '2025-01-01 00:00:00', ?)")
ISSUE = ("INSERT INTO import_issue (batch_id, severity, file_name, line, field, value, reason) "
         "VALUES (?, ?, ?, ?, ?, '?', 'motif')")


def batch(batch_id: int, **counts: int) -> tuple[str, tuple[Any, ...]]:
    return BATCH, (batch_id, json.dumps({"rows": 4, "rejected": 1, **counts}))


def issue(batch_id: int, line: int, field: str, severity: str = "flagged",
          file_name: str = "annuaire.csv") -> tuple[str, tuple[Any, ...]]:
    return ISSUE, (batch_id, severity, file_name, line, field)


def test_older_imports_count_their_flagged_lines(tmp_path: Path) -> None:
    path = tmp_path / "ancien.sqlite3"
    workspace_at(
        path, "0007",
        # 4 remarks on 3 lines: two on line 2, one on line 3 of each of two files
        batch(1, flagged=4), issue(1, 2, "siret"), issue(1, 2, "email"), issue(1, 3, "phone"),
        issue(1, 3, "phone", file_name="autre.csv"), issue(1, 5, "name", severity="rejected"),
        # 3 remarks said, 2 kept: left as it was
        batch(2, flagged=3), issue(2, 2, "siret"), issue(2, 2, "email"),
        # already counted in lines
        batch(3, flagged=1, flag_remarks=2), issue(3, 2, "siret"), issue(3, 2, "email"),
        batch(4, flagged=0),
    )

    workspace = open_workspace(path)

    assert workspace.schema_revision == migrate.schema_head()
    counts = {row.id: row.counts for row in list_import_batches(workspace.engine)}
    assert counts[1] == {"rows": 4, "rejected": 1, "flagged": 3, "flag_remarks": 4}
    assert counts[2] == {"rows": 4, "rejected": 1, "flagged": 3}
    assert counts[3] == {"rows": 4, "rejected": 1, "flagged": 1, "flag_remarks": 2}
    assert counts[4] == {"rows": 4, "rejected": 1, "flagged": 0, "flag_remarks": 0}
    workspace.close()
