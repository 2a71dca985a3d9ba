"""Saving a card in a read-only workspace: a message says why nothing was saved.

The tester saw nothing happen (the error went to the terminal only). Root writes a read-only
file anyway: ``os.access`` answers here as it does for its owner, and the workspace is opened
read-only, so that SQLite itself refuses the change.
"""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from tests.conftest import DEMO_TODAY
from tests.read_only_support import not_writable


@pytest.fixture
def read_only_ctx(workspace, monkeypatch) -> WorkspaceContext:
    create_counterparty(workspace.engine, values={"name": "Atelier Présent"})
    workspace.close()
    not_writable(monkeypatch, workspace.path)
    opened = open_workspace(workspace.path)
    yield WorkspaceContext(opened, today=lambda: DEMO_TODAY)
    opened.close()


def test_a_card_saved_in_a_read_only_workspace_says_it_is_read_only(
        qtbot, read_only_ctx, monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warned.append(args[2]))
    card = CardDialog(read_only_ctx, 1)
    qtbot.addWidget(card)
    card.identity.edits["phone"].setText("01 23 45 67 89")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Discard)
    card.save()
    assert len(warned) == 1
    assert warned[0].startswith(
        "L'espace de travail « espace.sqlite3 » est en lecture seule : vous pouvez le "
        "consulter, pas le modifier.")
    assert not card.result()  # not accepted: the card stays open with what was typed
    assert read_only_ctx.undo_stack.count() == 0
    path = read_only_ctx.workspace.path
    saved = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert saved.execute("SELECT phone FROM counterparty").fetchall() == [(None,)]
    saved.close()
