"""A read-only workspace: the named lists of structures are read, not changed.

Fournisseurs › « Listes… » offered « Retirer de la liste », refused only once done. It is off,
its tooltip saying why; exporting a list stays.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.storage.services.shortlist_entries import add_to_list
from srm_inclusif.storage.services.sourcing import save_shortlist
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.sourcing.shortlists_dialog import ShortlistsDialog
from tests.conftest import DEMO_TODAY
from tests.read_only_support import READ_ONLY_WHY, demo_copy, opened_read_only


def _with_a_list(path):  # noqa: ANN001, ANN202
    """The workspace at ``path`` holding a list of two structures, « Nettoyage 2027 »."""
    writable = open_workspace(path)
    made = save_shortlist(writable.engine, name="Nettoyage 2027", need_id=None, ranked=[])
    add_to_list(writable.engine, shortlist_id=made.id, counterparty_ids=[1, 2])
    writable.close()
    return path


@pytest.fixture
def read_only_ctx(_demo_file, tmp_path, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    with opened_read_only(monkeypatch, _with_a_list(demo_copy(_demo_file, tmp_path))) as ctx:
        yield ctx


@pytest.fixture
def writable_ctx(_demo_file, tmp_path) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    opened = open_workspace(_with_a_list(demo_copy(_demo_file, tmp_path)))
    try:
        yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    finally:
        opened.close()


def _shown(qtbot, ctx) -> ShortlistsDialog:  # noqa: ANN001
    dialog = ShortlistsDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.names.item(0).text() == "Nettoyage 2027 (2)"
    dialog.table.selectRow(0)
    return dialog


def test_a_structure_cannot_be_taken_off(qtbot, read_only_ctx) -> None:
    dialog = _shown(qtbot, read_only_ctx)
    assert dialog.table.rowCount() == 2  # the list is read
    assert not dialog.remove_button.isEnabled()
    assert READ_ONLY_WHY in dialog.remove_button.toolTip()
    assert dialog.export_button.isEnabled()


def test_a_writable_workspace_takes_it_off(qtbot, writable_ctx) -> None:
    dialog = _shown(qtbot, writable_ctx)
    assert dialog.remove_button.isEnabled()
    dialog.remove_button.click()
    assert dialog.table.rowCount() == 1
