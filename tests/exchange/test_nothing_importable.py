"""An import whose every line is rejected: refused whole when asked (the command line does).

QA imported « achats_virgule_non_protegee.csv » (an amount's comma splitting each of its 30
lines): 30 of 30 rejected, and yet a history entry and a copy of the workspace were written.
"""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.storage.backup import list_backups
from srm_inclusif.storage.workspace import Workspace
from tests.exchange.import_support import import_spend_lines, snapshot

#: Two purchases whose amounts lost their quotes: each line has one value too many.
SPLIT = ("Atelier Vert;443 061 841 00047;1 200,50;15/01/2026;en trop",
         "Imprimerie Martin;552 100 554 00025;980,00;16/01/2026;en trop")
TEXT = ("Aucune ligne importable dans « achats.csv » : les 2 lignes sont rejetées.")


def test_every_line_rejected_leaves_the_workspace_as_it_was(workspace: Workspace,
                                                            tmp_path: Path) -> None:
    before = snapshot(workspace)

    summary = import_spend_lines(workspace, tmp_path, *SPLIT, refuse_nothing_importable=True)

    assert (summary.rejected, summary.applied, summary.batch_id) == (2, False, None)
    assert summary.message == TEXT
    assert [issue.line for issue in summary.issues] == [2, 3]  # the remarks stay to be read
    assert snapshot(workspace) == before  # no history entry, no remark stored
    assert list_backups(Path(workspace.path)) == []


def test_a_simulation_says_it_too(workspace: Workspace, tmp_path: Path) -> None:
    summary = import_spend_lines(workspace, tmp_path, *SPLIT, refuse_nothing_importable=True,
                                 dry_run=True)

    assert summary.message == f"{TEXT} Simulation : rien n'a été enregistré."


def test_one_line_kept_is_imported(workspace: Workspace, tmp_path: Path) -> None:
    summary = import_spend_lines(workspace, tmp_path, SPLIT[0],
                                 "Atelier Vert;443 061 841 00047;300;15/01/2026",
                                 refuse_nothing_importable=True)

    assert (summary.rejected, summary.inserted, summary.applied) == (1, 1, True)
    assert summary.message == ""


def test_the_wizard_keeps_its_history_entry(workspace: Workspace, tmp_path: Path) -> None:
    """The wizard shows the simulation first, then imports as the user said: unchanged."""
    summary = import_spend_lines(workspace, tmp_path, *SPLIT)

    assert (summary.rejected, summary.applied) == (2, True)
    assert summary.batch_id is not None
