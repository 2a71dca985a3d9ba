"""An import that changes no data keeps no copy: it must not push out useful ones.

Twelve imports of an unchanged file used to leave ten identical « Avant un import » copies, the
copy taken before the import that added the rows pushed out.
"""

from __future__ import annotations

from srm_inclusif.storage.backup import list_backups
from tests.exchange.import_support import run
from tests.support import IMPORT_FIXTURES

ESAT_EA = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"
SPEND = IMPORT_FIXTURES / "achats_2025.csv"


def copies(workspace) -> list[str]:
    return sorted(copy.path.name for copy in list_backups(workspace.path))


def test_reimports_of_an_unchanged_file_keep_the_copy_of_the_first_import(workspace):
    first = run(workspace, ESAT_EA)
    kept = copies(workspace)

    again = [run(workspace, ESAT_EA) for _time in range(12)]

    assert first.inserted
    assert first.backup_path is not None
    assert copies(workspace) == kept  # the copy before the rows came in is still there
    assert all(summary.applied and summary.backup_path is None for summary in again)
    assert all(summary.inserted == summary.updated == 0 for summary in again)
    # what the Imports page says of each (nothing to undo / go back) is in
    # tests/ui/test_import_page_nothing_changed.py


def test_an_import_that_updates_a_row_keeps_its_copy(workspace, tmp_path):
    path = tmp_path / "annuaire.csv"
    path.write_text("Raison sociale;Code postal;Ville\nESAT du Lac;38000;Grenoble\n",
                    encoding="utf-8")
    run(workspace, path)
    path.write_text("Raison sociale;Code postal;Ville;Téléphone\n"
                    "ESAT du Lac;38000;Grenoble;04 76 00 00 00\n", encoding="utf-8")

    summary = run(workspace, path)

    assert summary.updated == 1
    assert summary.backup_path is not None
    assert len(copies(workspace)) == 2


def test_a_spend_reimport_that_changes_nothing_keeps_no_copy(workspace):
    first = run(workspace, SPEND, target="spend")
    summary = run(workspace, SPEND, target="spend")

    assert first.backup_path is not None
    assert summary.applied
    assert summary.backup_path is None
    assert len(copies(workspace)) == 1
