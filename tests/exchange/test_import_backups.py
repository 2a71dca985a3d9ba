"""The copy of the workspace taken before an import is kept only when the import is.

Ten copies are kept per reason: a failed, refused or cancelled import must not push out the copy
taken before the last real one.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.sniff import ImportFormatError
from srm_inclusif.storage import backup
from srm_inclusif.storage.backup import list_backups
from tests.exchange.import_support import run
from tests.support import IMPORT_FIXTURES

#: A directory with one rejected line (no name).
MARCHE = IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"
ESAT_EA = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"


@pytest.fixture
def two_kept(monkeypatch):
    """Two copies kept per reason: the copies of two real imports fill the room."""
    monkeypatch.setattr(backup, "KEEP_PER_REASON", 2)


def copies(workspace) -> list[str]:
    return sorted(copy.path.name for copy in list_backups(workspace.path))


@pytest.fixture
def two_imports(workspace, two_kept) -> list[str]:
    run(workspace, ESAT_EA)
    run(workspace, MARCHE)
    return copies(workspace)


def test_an_import_refused_by_all_or_nothing_leaves_the_copies_as_they_were(workspace,
                                                                          two_imports):
    summary = run(workspace, MARCHE, all_or_nothing=True)

    assert not summary.applied
    assert summary.backup_path is None
    assert copies(workspace) == two_imports


def test_an_unreadable_json_page_leaves_the_copies_as_they_were(workspace, tmp_path,
                                                                two_imports):
    page = tmp_path / "page.json"
    page.write_text('{"count": 1, "results": [{"name": "ESAT A"\n', encoding="utf-8")

    with pytest.raises(ImportFormatError):
        run(workspace, page)

    assert copies(workspace) == two_imports


def test_a_cancelled_import_leaves_the_copies_as_they_were(workspace, tmp_path, two_imports):
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(5000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if done > 1000:  # the copy is taken: the rows are being read
            cancel.set()

    with pytest.raises(Cancelled):
        import_files(workspace.engine, [path], ImportSettings(), progress=progress,
                     cancel=cancel)

    assert copies(workspace) == two_imports


def test_a_kept_import_keeps_its_copy_and_pushes_out_the_oldest(workspace, two_imports):
    summary = run(workspace, IMPORT_FIXTURES / "export_hosmoz.csv")  # new rows

    assert summary.applied
    assert summary.inserted
    assert copies(workspace) == sorted([two_imports[1], Path(summary.backup_path).name])


def test_a_dry_run_takes_no_copy(workspace):
    summary = run(workspace, MARCHE, dry_run=True)

    assert summary.backup_path is None
    assert copies(workspace) == []
