"""The dashboard's « À faire » panel gives its height to what it lists, not to blanks.

Empty, its two sentences were spread over the panel's height with a large blank between them;
with a few open actions, their table kept a blank under its rows while the reminders scrolled.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.storage.services.actions import create_action
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.ui.main_window import MainWindow
from srm_inclusif.ui.pages.todo_panel import TodoPanel
from tests.lifecycle_support import add_counterparty
from tests.ui.conftest import LAPTOP, LAPTOP_SCREENS, shown_demo_window


def _shown_todo(qtbot, ctx, size: tuple[int, int]) -> TodoPanel:  # noqa: ANN001
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window.pages["dashboard"].todo_panel  # type: ignore[attr-defined, no-any-return]


@pytest.mark.parametrize("size", LAPTOP_SCREENS)
def test_the_empty_to_do_sentences_stay_together(qtbot, ctx, size) -> None:
    todo = _shown_todo(qtbot, ctx, size)
    line = todo.fontMetrics().lineSpacing()

    above = todo.no_reminders_label  # its text at its top, however tall the label is
    text_bottom = above.geometry().top() + above.heightForWidth(above.width())

    gap = todo.no_actions_label.geometry().top() - text_bottom

    assert gap < 3 * line  # the heading « Actions ouvertes » between them, no blank frame


def test_an_open_action_without_reminders_sits_under_its_heading(qtbot, ctx) -> None:
    relationship = create_relationship(ctx.engine, counterparty_id=add_counterparty(ctx.engine),
                                       on=date(2026, 1, 5)).id
    create_action(ctx.engine, text="Envoyer le bilan", relationship_id=relationship,
                  due_date=date(2027, 6, 30))  # not due yet: no reminder
    todo = _shown_todo(qtbot, ctx, LAPTOP)
    line = todo.fontMetrics().lineSpacing()
    above = todo.no_reminders_label

    assert not todo.items.isVisible()
    assert todo.actions_view.isVisible()
    gap = todo.actions_view.geometry().top() - (above.geometry().top()
                                                + above.heightForWidth(above.width()))
    assert gap < 3 * line
    assert todo.done_button.geometry().top() - todo.actions_view.geometry().bottom() < line


@pytest.mark.parametrize("size", LAPTOP_SCREENS)
def test_the_open_actions_leave_no_blank_under_their_rows(qtbot, demo_workspace, size) -> None:
    todo = shown_demo_window(qtbot, demo_workspace, size).pages["dashboard"].todo_panel
    view = todo.actions_view
    rows = todo.actions_model.rowCount() * view.verticalHeader().defaultSectionSize()

    assert 0 < todo.actions_model.rowCount() < 8  # a few: the table could hold more
    assert view.viewport().height() == rows  # every row whole, no blank left under them
    assert todo.items.verticalScrollBar().isVisible()  # the room went to the reminders
