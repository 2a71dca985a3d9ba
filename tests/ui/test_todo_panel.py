"""« À faire » panel: reminders on injected dates, count signal, snooze, dismiss, undo, actions."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.contracts import ContractFields, create_contract
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.lifecycle_support import add_counterparty
from tests.support import Clock


@pytest.fixture
def data(workspace) -> dict[str, int]:
    engine = workspace.engine
    cp = add_counterparty(engine, "Envie Nord", "EI")
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 1, 1)).id
    contract = create_contract(engine, relationship_id=rel, values=ContractFields(
        "Entretien", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31))).id
    action = create_action(engine, text="Envoyer le bilan", relationship_id=rel,
                           due_date=date(2026, 11, 20)).id
    return {"relationship": rel, "contract": contract, "action": action}


@pytest.fixture
def setup(qtbot, workspace, data):
    clock = Clock(date(2026, 11, 22))
    ctx = WorkspaceContext(workspace, today=clock)
    panel = TodoPanel(ctx)
    ctx.data_changed.connect(panel.refresh)
    qtbot.addWidget(panel)
    panel.show()
    return ctx, clock, panel


def texts(panel) -> list[str]:
    return [panel.items.item(i).text() for i in range(panel.items.count())]


def test_reminders_of_the_day_with_overdue_first(setup, data) -> None:
    _ctx, _clock, panel = setup
    assert texts(panel) == [
        "En retard de 2 j — Action à faire pour le 20/11/2026 : Envoyer le bilan",
        "Dans 39 j — Fin de contrat le 31/12/2026 (J-90) : Entretien (Envie Nord)",
    ]
    assert panel.summary.text() == "2 rappel(s), dont 1 en retard"
    assert panel.items.item(0).font().bold()


def test_count_follows_the_clock(qtbot, setup, data) -> None:
    ctx, clock, panel = setup
    clock.value = date(2026, 9, 1)
    with qtbot.waitSignal(panel.count_changed) as signal:
        ctx.notify(Changes(reminders=True))
    assert signal.args == [0]
    assert panel.summary.text() == "Rien à faire pour le moment."
    clock.value = date(2026, 12, 24)
    with qtbot.waitSignal(panel.count_changed) as signal:
        ctx.notify(Changes(reminders=True))
    assert signal.args == [2]
    assert f"contract:{data['contract']}:end-7" in [r.key for r in panel.reminders]


def test_snooze_hides_until_the_date_and_undo_brings_back(qtbot, setup, data) -> None:
    ctx, clock, panel = setup
    panel.items.setCurrentRow(0)
    with qtbot.waitSignal(panel.count_changed) as signal:
        assert panel.snooze_selected(7)
    assert signal.args == [1]
    assert all("Envoyer le bilan" not in t for t in texts(panel))
    assert ctx.undo_stack.undo_text() == "Reporter le rappel"
    clock.value = date(2026, 11, 29)
    ctx.notify(Changes(reminders=True))
    assert any("Envoyer le bilan" in t for t in texts(panel))
    clock.value = date(2026, 11, 22)
    ctx.undo_stack.undo()
    assert len(texts(panel)) == 2


def test_dismiss_for_good_until_the_next_milestone(qtbot, setup, data) -> None:
    ctx, clock, panel = setup
    panel.items.setCurrentRow(1)
    assert panel.dismiss_selected()
    assert len(texts(panel)) == 1
    clock.value = date(2026, 12, 10)
    ctx.notify(Changes(reminders=True))
    assert [r.key for r in panel.reminders][-1] == f"contract:{data['contract']}:end-30"
    clock.value = date(2026, 11, 22)
    ctx.undo_stack.undo()
    assert len(texts(panel)) == 2


def test_open_actions_and_done(qtbot, setup, data) -> None:
    ctx, _clock, panel = setup
    assert panel.actions_model.rowCount() == 1
    panel.actions_view.selectRow(0)
    panel.done_button.click()
    assert panel.actions_model.rowCount() == 0
    assert len(texts(panel)) == 1  # the action's reminder is handled
    ctx.undo_stack.undo()
    assert panel.actions_model.rowCount() == 1


def test_open_relationship_signal(qtbot, setup, data) -> None:
    _ctx, _clock, panel = setup
    panel.items.setCurrentRow(1)
    with qtbot.waitSignal(panel.relationship_requested) as signal:
        panel.open_button.click()
    assert signal.args == [data["relationship"]]


def test_edit_an_open_action_and_undo(qtbot, setup, data) -> None:
    from tests.ui.lifecycle_dialogs import answer

    ctx, _clock, panel = setup

    def fill(dialog) -> None:
        dialog.text.setText("Envoyer le bilan signé")
        dialog.due.set_value(date(2026, 12, 5))

    answer(fill)
    panel.actions_view.selectRow(0)
    panel._on_edit_action()
    assert panel.actions_model.action_at(0).text == "Envoyer le bilan signé"
    assert all("Envoyer le bilan signé" not in t for t in texts(panel))  # due in 13 days now
    ctx.undo_stack.undo()
    assert panel.actions_model.action_at(0).text == "Envoyer le bilan"
    assert any("Envoyer le bilan" in t for t in texts(panel))
