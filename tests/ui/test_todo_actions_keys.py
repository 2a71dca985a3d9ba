"""Open actions of the dashboard: « Marquer faite » acts only on the action the user selected,
and the keyboard opens a selected action as a double click does."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.lifecycle_support import add_counterparty
from tests.support import Clock
from tests.ui.lifecycle_dialogs import answer


@pytest.fixture
def panel(qtbot, workspace):  # noqa: ANN001, ANN201
    engine = workspace.engine
    for name, text in (("Envie Nord", "Envoyer le bilan"), ("Atelier Bleu", "Relancer le devis")):
        rel = create_relationship(engine, counterparty_id=add_counterparty(engine, name, "EI"),
                                  on=date(2026, 1, 1)).id
        create_action(engine, text=text, relationship_id=rel, due_date=date(2026, 12, 20))
    ctx = WorkspaceContext(workspace, today=Clock(date(2026, 11, 22)))
    shown = TodoPanel(ctx)
    ctx.data_changed.connect(shown.refresh)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _texts(panel) -> list[str]:  # noqa: ANN001
    model = panel.actions_model
    return [model.action_at(row).text for row in range(model.rowCount())]


def test_mark_done_waits_for_a_selected_action(panel) -> None:
    # it marked the first action done, one the user had not chosen
    assert not panel.done_button.isEnabled()
    row = _texts(panel).index("Relancer le devis")
    panel.actions_view.selectRow(panel.actions_view.model().mapFromSource(
        panel.actions_model.index(row, 0)).row())
    assert panel.done_button.isEnabled()
    panel.done_button.click()
    assert _texts(panel) == ["Envoyer le bilan"]
    assert not panel.done_button.isEnabled()  # the list reloaded: nothing selected any more


def test_enter_opens_the_selected_action(qtbot, panel) -> None:
    seen = answer(None)
    panel.actions_view.setFocus()
    panel.actions_view.selectRow(0)
    qtbot.keyClick(panel.actions_view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(seen) == 1)
    assert seen[0]  # the action's dialog, with its title
