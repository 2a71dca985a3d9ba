"""The app left open past midnight: a contract beginning that day moves the relationship on.

The reminders count their days from the new date too.

A contract created on 31/10 begins on 01/11. Left open overnight, the window does not wait for
the next opening: once the clock says 01/11, the card is in « Contrat en cours », dated 01/11.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.relationships import get_relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.day_watch import DayWatch
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.support import Clock
from tests.ui.lifecycle_forms import add_marche_test
from tests.ui.test_contract_begins_later_card import GO_DAY, card_text, go_and_create, open_page


@pytest.fixture
def tested(workspace) -> tuple[int, int]:  # noqa: ANN001
    """A relationship and its marché test from 01/09 to 31/10."""
    return add_marche_test(workspace.engine)


def test_the_card_moves_when_the_day_changes_while_open(qtbot, workspace, tested,
                                                        monkeypatch, french) -> None:
    rel, test = tested
    clock = Clock(GO_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    page = open_page(qtbot, ctx, rel)
    ctx.data_changed.connect(page.refresh)
    go_and_create(page, test, monkeypatch)
    ctx.day_watch.check()  # still 31/10: nothing moves
    assert card_text(page, Stage.CONTRAT_EN_COURS) == []
    clock.value = date(2026, 11, 1)  # past midnight, the window still open
    with qtbot.waitSignal(ctx.data_changed):
        ctx.day_watch.timer.timeout.emit()
    [card] = card_text(page, Stage.CONTRAT_EN_COURS)
    assert card.splitlines()[-1] == "01/11/2026"
    assert get_relationship(workspace.engine, rel).stage_since == date(2026, 11, 1)


def test_the_day_is_said_once_per_change(qtbot) -> None:
    clock = Clock(GO_DAY)
    watch = DayWatch(clock)
    assert not watch.timer.isActive()  # until the window is shown
    watch.start()
    seen: list[date] = []
    watch.day_changed.connect(seen.append)
    watch.check()
    clock.value = date(2026, 11, 1)
    watch.check()
    watch.check()
    assert seen == [date(2026, 11, 1)]
    assert watch.timer.isActive()
    watch.timer.stop()  # here, in its own thread: not by the garbage collector


def test_the_reminders_count_from_the_new_day(qtbot, workspace, tested) -> None:
    rel, _test = tested
    create_action(workspace.engine, text="Envoyer le bilan", relationship_id=rel,
                  due_date=date(2026, 11, 20))
    clock = Clock(date(2026, 11, 22))
    ctx = WorkspaceContext(workspace, today=clock)
    panel = TodoPanel(ctx)
    qtbot.addWidget(panel)
    ctx.data_changed.connect(panel.refresh)
    assert "En retard de 2 j — Action à faire pour le 20/11/2026 : Envoyer le bilan" in texts(panel)
    clock.value = date(2026, 11, 23)
    ctx.day_watch.check()
    assert "En retard de 3 j — Action à faire pour le 20/11/2026 : Envoyer le bilan" in texts(panel)


def texts(panel: TodoPanel) -> list[str]:
    return [panel.items.item(i).text() for i in range(panel.items.count())]


def test_no_move_while_a_restore_has_the_file(qtbot, workspace, tested,
                                              monkeypatch) -> None:
    rel, test = tested
    clock = Clock(GO_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    page = open_page(qtbot, ctx, rel)
    go_and_create(page, test, monkeypatch)
    ctx.set_busy(True)  # as the launcher's, while a backup is put back
    clock.value = date(2026, 11, 1)
    ctx.day_watch.check()
    assert get_relationship(workspace.engine, rel).stage == "marche_test"
