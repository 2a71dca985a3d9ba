"""An undo step the workspace refuses (read-only, locked): said in French, left off the stack.

Before, Favori ★ and « Profil de l'espace » pushed their step without checking it, and every
step ran its later undo and redo unchecked: the refusal went to the unexpected-error box and
the stack kept a step that had written nothing, so Ctrl+Z failed again.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.settings import get_settings
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui import profile_dialog
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models.counterparty_table import COL_FAVOURITE
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from srm_inclusif.ui.parameters_dialog import ParametersDialog
from srm_inclusif.ui.profile_dialog import ProfileDialog
from tests.conftest import DEMO_TODAY
from tests.read_only_support import not_writable

READ_ONLY = ("L'espace de travail « espace.sqlite3 » est en lecture seule : vous pouvez le "
             "consulter, pas le modifier.")


@pytest.fixture
def ctx(ctx) -> WorkspaceContext:  # noqa: ANN001
    create_counterparty(ctx.engine, values={"name": "Atelier Présent"})
    return ctx


@pytest.fixture
def read_only_ctx(workspace, monkeypatch) -> WorkspaceContext:  # noqa: ANN001
    """The workspace with one record, opened read-only (its file cannot be written)."""
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    not_writable(monkeypatch, workspace.path)
    opened = open_workspace(workspace.path)
    yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    opened.close()


def _turn_read_only(engine: Engine) -> None:
    """From now on SQLite refuses every change, as to a file made read-only meanwhile."""
    event.listen(engine, "checkout",
                 lambda connection, *_: connection.execute("PRAGMA query_only = 1"))


def _page(qtbot, ctx: WorkspaceContext) -> CounterpartiesPage:  # noqa: ANN001
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.view.table.selectRow(0)
    return page


def _star(page: CounterpartiesPage) -> str:
    page.model.reload()  # as read from the workspace file
    return page.model.index(0, COL_FAVOURITE).data()


def test_a_favourite_refused_is_said_and_leaves_no_step(qtbot, ctx, undo_warnings) -> None:
    page = _page(qtbot, ctx)
    _turn_read_only(ctx.engine)  # the file made read-only once the page was open
    page.view.favourite_button.click()
    assert [text[:len(READ_ONLY)] for text in undo_warnings.shown] == [READ_ONLY]
    assert ctx.undo_stack.count() == 0  # Ctrl+Z offers nothing to undo
    assert _star(page) == ""


def test_a_workspace_opened_read_only_offers_no_favourite(qtbot, read_only_ctx) -> None:
    page = _page(qtbot, read_only_ctx)
    assert not page.view.favourite_button.isEnabled()  # off from the start, with its reason
    assert "Lecture seule : rien ne peut être modifié" in page.view.favourite_button.toolTip()


def test_an_undo_refused_is_said_and_drops_the_step(qtbot, ctx, undo_warnings) -> None:
    page = _page(qtbot, ctx)
    page.view.favourite_button.click()
    assert ctx.undo_stack.undo_text() == "Ajouter aux favoris"
    _turn_read_only(ctx.engine)
    ctx.undo_stack.undo()
    assert [text[:len(READ_ONLY)] for text in undo_warnings.shown] == [READ_ONLY]
    assert _star(page) == "★"  # nothing was undone
    assert (ctx.undo_stack.count(), ctx.undo_stack.can_undo()) == (0, False)


def test_a_profile_change_refused_is_said_and_leaves_no_step(read_only_ctx, undo_warnings,
                                                             monkeypatch) -> None:
    def tick_seller(dialog: ProfileDialog) -> int:
        dialog.choice.set_profile(Profile.STRUCTURE_INCLUSIVE)
        return ProfileDialog.DialogCode.Accepted

    monkeypatch.setattr(ProfileDialog, "exec", tick_seller)
    profile_dialog.change_profile(read_only_ctx)
    assert [text[:len(READ_ONLY)] for text in undo_warnings.shown] == [READ_ONLY]
    assert read_only_ctx.undo_stack.count() == 0
    assert get_settings(read_only_ctx.engine).profile is Profile.ACHETEUR


def test_a_redo_refused_is_said_and_drops_the_step(qtbot, ctx, undo_warnings) -> None:
    dialog = ParametersDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.add_value("smic_horaire", "13", date(2027, 1, 1))
    ctx.undo_stack.undo()
    _turn_read_only(ctx.engine)
    ctx.undo_stack.redo()
    assert [text[:len(READ_ONLY)] for text in undo_warnings.shown] == [READ_ONLY]
    assert (ctx.undo_stack.count(), ctx.undo_stack.can_redo()) == (0, False)
    assert "13,00\u00a0€" not in [dialog.table.item(row, 2).text()
                                  for row in range(dialog.table.rowCount())]
