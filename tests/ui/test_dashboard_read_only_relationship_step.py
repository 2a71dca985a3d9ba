"""A read-only workspace with suppliers, no relationship yet: the dashboard says none can be made.

It said « Créez maintenant une relation avec l'un de vos fournisseurs. » beside a button that
opened the form, the new relationship refused only when saved.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from srm_inclusif.ui.context import WorkspaceContext
from tests.lifecycle_support import add_counterparty
from tests.read_only_support import REFUSED_TO_ADD, reopened_read_only, shown_window


@pytest.fixture
def read_only_ctx(workspace, monkeypatch) -> Iterator[WorkspaceContext]:  # noqa: ANN001
    """A workspace with one supplier and no relationship, its file read-only."""
    add_counterparty(workspace.engine, "Atelier du Lac", "ESAT")
    with reopened_read_only(monkeypatch, workspace) as ctx:
        yield ctx


def test_the_relationship_step_says_read_only_and_is_off(qtbot, read_only_ctx) -> None:
    window = shown_window(qtbot, read_only_ctx)
    steps = window.pages["dashboard"].first_steps
    assert steps.sentence.isVisible()
    assert steps.sentence.text() == (
        "Cet espace de travail est en lecture seule : aucune relation ne peut y être créée.")
    assert steps.relationship_button.isVisible()
    assert not steps.relationship_button.isEnabled()
    # the same words as every other button that only adds: one refusal, one wording
    assert REFUSED_TO_ADD in steps.relationship_button.toolTip()
    assert "Enregistrez-en une copie" in steps.relationship_button.toolTip()
    assert not steps.import_button.isVisible()


def test_a_writable_workspace_still_offers_the_relationship(qtbot, ctx) -> None:  # noqa: ANN001
    add_counterparty(ctx.engine, "Atelier du Lac", "ESAT")
    window = shown_window(qtbot, ctx)
    steps = window.pages["dashboard"].first_steps
    assert steps.sentence.text() == "Créez maintenant une relation avec l'un de vos fournisseurs."
    assert steps.relationship_button.isEnabled()
