"""The whole loop through the GUI on a fresh workspace, reminders on their dates, undo of each step.

counterparty → relationship → consultation (keyboard) → marché test → feedback → go → contract
→ renewal; the « À faire » panel on injected dates; then every step undone in turn.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.storage.services.feedback import list_feedback
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.lifecycle_support import table_dump
from tests.support import Clock
from tests.ui.lifecycle_dialogs import answer


@pytest.fixture
def setup(qtbot, workspace):
    clock = Clock(date(2026, 3, 2))
    ctx = WorkspaceContext(workspace, today=clock)
    page = RelationshipsPage(ctx)
    todo = TodoPanel(ctx)
    ctx.data_changed.connect(page.refresh)
    ctx.data_changed.connect(todo.refresh)
    for widget in (page, todo):
        qtbot.addWidget(widget)
    page.show()
    return ctx, clock, page, todo


def column_names(page, stage: Stage) -> list[str]:
    column = page.board.columns[stage]
    return [column.item(i).toolTip().split("\n")[0] for i in range(column.count())]


def set_date(edit, value: date) -> None:
    edit.set_value(value)


def fill_contract(title: str, amount: str, start: date, end: date, notice: int = 0):
    def fill(dialog) -> None:
        dialog.title.setText(title)
        dialog.amount.setText(amount)
        set_date(dialog.start, start)
        set_date(dialog.end, end)
        dialog.notice.setValue(notice)
    return fill


def fill_feedback(dialog) -> None:
    for index, value in enumerate([5, 4, 4, 3, 5]):
        dialog.set_score(index, value)
    dialog.author.setText("Camille Martin")
    dialog.comments[0].setText("Travail soigné")
    dialog.overall.setPlainText("Test concluant")
    dialog.recommend.setCurrentIndex(dialog.recommend.findData(True))


def reminder_keys(todo) -> list[str]:
    return [r.key for r in todo.reminders]


def test_whole_loop_with_reminders_and_undo(qtbot, workspace, setup, monkeypatch) -> None:
    ctx, clock, page, todo = setup
    engine = workspace.engine
    created = create_counterparty(engine, values={"name": "Envie Nord", "kind": "EI",
                                                  "post_code": "59000"})
    ctx.notify(created.changes)
    states = [table_dump(engine)]

    # relationship
    answer(lambda d: d.counterparty.setCurrentIndex(0))
    page.new_button.click()
    assert column_names(page, Stage.SOURCING) == ["Envie Nord"]
    rel_id = page.selected_id()
    assert rel_id is not None
    states.append(table_dump(engine))

    # consultation, by keyboard: Ctrl+Right on the card, then the stage dialog
    column = page.board.columns[Stage.SOURCING]
    page.board.select(rel_id)
    answer(lambda d: d.reason.setPlainText("Devis demandé"))
    qtbot.keyClick(column, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column_names(page, Stage.CONSULTATION) == ["Envie Nord"]
    assert "Devis demandé" in page.detail.timeline.item(1).text()
    states.append(table_dump(engine))

    # marché test
    page.select(rel_id)
    answer(fill_contract("Nettoyage test", "2 500,00", date(2026, 3, 9), date(2026, 5, 29)))
    page.detail.buttons["test"].click()
    assert column_names(page, Stage.MARCHE_TEST) == ["Envie Nord"]
    [test] = list_contracts(engine)
    assert (test.kind, test.amount_cents) == ("marche_test", 250_000)
    states.append(table_dump(engine))

    # the test ended without feedback: reminded from its end date on, until a feedback exists
    clock.value = date(2026, 5, 28)
    ctx.notify(Changes(reminders=True))
    assert reminder_keys(todo) == []
    clock.value = date(2026, 6, 3)
    with qtbot.waitSignal(todo.count_changed) as count:
        ctx.notify(Changes(reminders=True))
    assert count.args == [1]
    assert reminder_keys(todo) == [f"test:{test.id}:feedback"]
    assert todo.items.item(0).text().startswith("En retard de 5 j")

    # feedback
    answer(fill_feedback)
    page.detail.buttons["feedback"].click()
    [feedback] = list_feedback(engine, contract_id=test.id)
    assert str(feedback.score) == "4.20"
    assert feedback.would_recommend is True
    assert reminder_keys(todo) == []
    assert "4,20" in page.detail.score.text()
    states.append(table_dump(engine))

    # go; the contract it offers to create at once (Oui): one year, 60 days' notice
    def create_now(*_question) -> QMessageBox.StandardButton:
        # the go alone leaves the card in « Marché test »: no contract exists yet
        assert column_names(page, Stage.MARCHE_TEST) == ["Envie Nord"]
        states.append(table_dump(engine))  # the go alone, before its contract
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr("srm_inclusif.ui.prompts.QMessageBox.question", create_now)
    answer(lambda d: d.reason.setPlainText("Objectifs atteints"),
           fill_contract("Nettoyage 2026-2027", "30 000", date(2026, 7, 1), date(2027, 6, 30),
                         notice=60))
    page.detail.buttons["decision"].click()
    # its contract begins on 01/07: the card stays in « Marché test » until that day
    assert column_names(page, Stage.MARCHE_TEST) == ["Envie Nord"]
    contract = next(c for c in list_contracts(engine) if c.kind == "contrat")
    assert contract.amount_cents == 3_000_000
    states.append(table_dump(engine))

    # reminders on their dates: 90 days before the end, the notice date, 30 days before
    for today, expected in (
        (date(2027, 3, 31), []),
        (date(2027, 4, 1), [f"contract:{contract.id}:end-90"]),
        (date(2027, 4, 24), [f"contract:{contract.id}:notice", f"contract:{contract.id}:end-90"]),
        (date(2027, 5, 31), [f"contract:{contract.id}:notice", f"contract:{contract.id}:end-30"]),
    ):
        clock.value = today
        ctx.notify(Changes(reminders=True))
        assert reminder_keys(todo) == expected, today

    # renewal of the contract: it follows the marché test, whose feedback counts (no reason)
    assert contract.previous_contract_id == next(
        c.id for c in list_contracts(engine) if c.kind == "marche_test")
    page.select(rel_id)
    page.detail.contracts.setCurrentRow(0)  # the newest, the contract
    titles = answer(lambda d: d.title.setText("Nettoyage 2027-2028"))
    page.detail.buttons["renew"].click()
    assert titles == ["Renouveler le contrat"]
    renewed = next(c for c in list_contracts(engine) if c.title == "Nettoyage 2027-2028")
    assert renewed.previous_contract_id == contract.id
    # a whole year renews as the next whole year, 2028 being leap (not 29/06)
    assert (renewed.start_date, renewed.end_date) == (date(2027, 7, 1), date(2028, 6, 30))
    assert reminder_keys(todo) == []
    states.append(table_dump(engine))

    # undo every step, one at a time: each restores the previous state exactly (on the day of
    # the go: redone after 01/07, « Nouveau contrat » would move the relationship on as well)
    clock.value = date(2026, 6, 3)
    assert ctx.undo_stack.count() == len(states) - 1
    for expected in reversed(states[:-1]):
        ctx.undo_stack.undo()
        assert table_dump(engine) == expected
    assert column_names(page, Stage.SOURCING) == []
    # and redo brings everything back (ids and values; redone rows get a new created_at)
    for expected in states[1:]:
        ctx.undo_stack.redo()
        assert table_dump(engine, timestamps=False) == _without_timestamps(engine, expected)
    assert column_names(page, Stage.MARCHE_TEST) == ["Envie Nord"]


def _without_timestamps(engine, dump):
    stripped = {}
    with engine.connect() as connection:
        for name, rows in dump.items():
            columns = [r[1] for r in connection.exec_driver_sql(f"PRAGMA table_info({name})")]
            keep = [i for i, c in enumerate(columns) if c != "created_at"]
            stripped[name] = [tuple(row[i] for i in keep) for row in rows]
    return stripped
