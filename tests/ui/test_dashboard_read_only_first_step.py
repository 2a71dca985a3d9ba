"""An empty read-only workspace's dashboard says nothing can be imported, beside its import off.

It said « Pour commencer, importez vos fournisseurs… » next to an import button that was off,
and the empty Fournisseurs list told to import some or create one.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.ui.context import WorkspaceContext
from tests.read_only_support import reopened_read_only, shown_window


@pytest.fixture
def empty_read_only_ctx(workspace, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """The empty workspace, its file read-only."""
    with reopened_read_only(monkeypatch, workspace) as ctx:
        yield ctx


def test_the_first_step_says_the_workspace_is_read_only(qtbot, empty_read_only_ctx) -> None:
    window = shown_window(qtbot, empty_read_only_ctx)
    steps = window.pages["dashboard"].first_steps
    assert steps.sentence.isVisible()
    assert steps.sentence.text() == (
        "Cet espace de travail est en lecture seule : rien ne peut y être importé.")
    assert steps.import_button.isVisible()
    assert not steps.import_button.isEnabled()
    assert "Enregistrez-en une copie" in steps.import_button.toolTip()  # how to import anyway


def test_the_empty_list_does_not_say_to_import_either(qtbot, empty_read_only_ctx) -> None:
    window = shown_window(qtbot, empty_read_only_ctx)
    page = window.enter_page("counterparties")
    assert page.view.empty_label.isVisible()
    assert page.view.empty_label.text() == (
        "Aucune fiche. Cet espace de travail est en lecture seule : rien ne peut y être importé "
        "ni créé.")
