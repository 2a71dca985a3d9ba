"""A read-only workspace: no action can be ticked done, no reminder put off or dismissed.

On the Relations page, an action's box could be ticked, then the tick was refused; on the
dashboard, « Marquer faite », « Reporter », « Ignorer » and Suppr were on, and a double click on
an open action opened a form that could not be saved. The boxes still show which actions are
done, but do not tick, their tooltip saying why; the buttons are off saying why; Suppr and the
double click say it briefly in the status bar.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.storage.services.actions import list_actions
from srm_inclusif.ui.context import WorkspaceContext
from tests.read_only_support import READ_ONLY_WHY, shown_window


def _space_on_an_open_action(qtbot, ctx):  # noqa: ANN001, ANN202
    """Press Space on an open action of its relationship's panel; the item pressed."""
    action = next(a for a in list_actions(ctx.engine, open_only=True) if a.relationship_id)
    window = shown_window(qtbot, ctx)
    page = window.show_page("relationships")
    page.select(action.relationship_id)
    listed = page.detail.actions
    row = next(i for i in range(listed.count())
               if getattr(listed.item(i).data(Qt.ItemDataRole.UserRole), "id", None) == action.id)
    listed.setCurrentRow(row)
    qtbot.keyClick(listed, Qt.Key.Key_Space)
    return action, page.detail.actions.item(row)


def _done(ctx: WorkspaceContext, action_id: int) -> bool:
    return next(a for a in list_actions(ctx.engine) if a.id == action_id).done


def test_an_action_box_does_not_tick_and_says_why(qtbot, read_only_demo_ctx) -> None:
    action, item = _space_on_an_open_action(qtbot, read_only_demo_ctx)
    assert item.checkState() == Qt.CheckState.Unchecked
    assert not _done(read_only_demo_ctx, action.id)
    assert READ_ONLY_WHY in item.toolTip()


def test_a_writable_workspace_ticks_it_done(qtbot, demo_ctx) -> None:
    action, _item = _space_on_an_open_action(qtbot, demo_ctx)
    assert _done(demo_ctx, action.id)


def _todo(qtbot, ctx):  # noqa: ANN001, ANN202
    window = shown_window(qtbot, ctx)
    todo = window.show_page("dashboard").todo_panel
    assert todo.reminders
    assert todo.actions_model.rowCount()
    todo.items.setCurrentRow(next(i for i, r in enumerate(todo.reminders) if r.relationship_id))
    todo.actions_view.selectRow(0)
    return window, todo


def test_the_to_do_buttons_are_off_with_a_choice(qtbot, read_only_demo_ctx) -> None:
    _window, todo = _todo(qtbot, read_only_demo_ctx)
    assert todo.open_button.isEnabled()  # reading stays
    for button in (todo.done_button, todo.snooze_button, todo.dismiss_button):
        assert not button.isEnabled(), button.text()
        assert READ_ONLY_WHY in button.toolTip(), button.text()


def test_suppr_keeps_the_reminder_and_says_why(qtbot, read_only_demo_ctx) -> None:
    window, todo = _todo(qtbot, read_only_demo_ctx)
    count = todo.items.count()
    qtbot.waitExposed(window)
    todo.items.setFocus()
    window.activateWindow()
    qtbot.waitUntil(todo.items.hasFocus)
    qtbot.keyClick(todo.items, Qt.Key.Key_Delete)
    assert todo.items.count() == count
    assert window.statusBar().currentMessage() == "Lecture seule : rien ne peut être modifié ici."


def test_a_writable_workspace_keeps_them_on(qtbot, demo_ctx) -> None:
    _window, todo = _todo(qtbot, demo_ctx)
    for button in (todo.done_button, todo.snooze_button, todo.dismiss_button):
        assert button.isEnabled(), button.text()


def _edit_an_open_action(qtbot, ctx, monkeypatch):  # noqa: ANN001, ANN202
    """Activate (double-click) the first open action; the window, the panel, the forms opened."""
    from srm_inclusif.ui.lifecycle import feedback_steps

    opened: list[object] = []
    monkeypatch.setattr(feedback_steps.ActionDialog, "exec",
                        lambda self: opened.append(self) or 0)
    window, todo = _todo(qtbot, ctx)
    todo.actions_view.activated.emit(todo.actions_view.model().index(0, 0))
    return window, todo, opened


def test_an_open_action_opens_no_form_to_edit(qtbot, read_only_demo_ctx, monkeypatch) -> None:
    window, todo, opened = _edit_an_open_action(qtbot, read_only_demo_ctx, monkeypatch)
    assert opened == []
    assert window.statusBar().currentMessage() == "Lecture seule : rien ne peut être modifié ici."
    assert READ_ONLY_WHY in todo.actions_view.toolTip()  # not « pour la modifier »


def test_a_writable_workspace_opens_the_form(qtbot, demo_ctx, monkeypatch) -> None:
    _window, todo, opened = _edit_an_open_action(qtbot, demo_ctx, monkeypatch)
    assert len(opened) == 1
    assert "pour la modifier" in todo.actions_view.toolTip()
