"""The dashboard's « À faire » panel shows no buttons for reminders or actions it does not list:
greyed « Reporter », « Ignorer », « Ouvrir la relation » stood under « Rien à faire »."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.lifecycle_support import add_counterparty

REMINDER_BUTTONS = ("snooze_button", "dismiss_button", "open_button")


@pytest.fixture
def panel(qtbot, ctx) -> TodoPanel:  # noqa: ANN001
    panel = TodoPanel(ctx)
    ctx.data_changed.connect(panel.refresh)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def _shown(panel: TodoPanel) -> list[str]:
    return [name for name in (*REMINDER_BUTTONS, "done_button")
            if getattr(panel, name).isVisible()]


def _action_due(ctx, due: date) -> None:  # noqa: ANN001
    rel = create_relationship(ctx.engine, counterparty_id=add_counterparty(
        ctx.engine, "Envie Nord", "EI"), on=date(2026, 1, 1)).id
    create_action(ctx.engine, text="Envoyer le bilan", relationship_id=rel, due_date=due)
    ctx.notify(Changes(actions={1}))


def test_nothing_to_do_shows_no_button(panel) -> None:  # noqa: ANN001
    assert panel.summary.text() == "Rien à faire pour le moment."
    assert _shown(panel) == []


def test_the_buttons_come_back_with_a_reminder(panel, ctx) -> None:  # noqa: ANN001
    _action_due(ctx, ctx.today())
    assert panel.summary.text().startswith("1 rappel")
    assert _shown(panel) == [*REMINDER_BUTTONS, "done_button"]


def test_an_open_action_not_yet_due_shows_only_its_button(panel, ctx) -> None:  # noqa: ANN001
    _action_due(ctx, date(2027, 6, 30))
    assert panel.summary.text() == "Rien à faire pour le moment."
    assert _shown(panel) == ["done_button"]


def test_the_buttons_go_with_the_last_reminder(panel, ctx) -> None:  # noqa: ANN001
    _action_due(ctx, ctx.today())
    panel.items.setCurrentRow(0)
    assert panel.dismiss_selected()
    assert panel.summary.text() == "Rien à faire pour le moment."
    assert _shown(panel) == ["done_button"]  # the action itself is still open
