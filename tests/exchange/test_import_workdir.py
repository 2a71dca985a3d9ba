"""An import starts by removing the temporary folders that killed imports left behind."""

from __future__ import annotations

import os
import tempfile

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.workdir import PREFIX, STALE_SECONDS
from tests.support import IMPORT_FIXTURES


def test_an_import_removes_the_folder_a_killed_import_left(workspace, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    left = tmp_path / f"{PREFIX}tue"
    (left / "annuaire.csv").mkdir(parents=True)
    old = left.stat().st_mtime - STALE_SECONDS - 60
    os.utime(left, (old, old))

    import_files(workspace.engine, [IMPORT_FIXTURES / "export_hosmoz.csv"], ImportSettings())

    assert list(tmp_path.glob(f"{PREFIX}*")) == []
