"""The move of a contract's first day is the workspace's, once per opening and day change.

A contract created on 31/10 begins on 01/11. The open workspace (not each page) moves its
relationship to « Contrat en cours »: once when its window opens, once at each new day. A file
that refuses the write (another program holds it) does not keep the window from opening: the
status bar says so and the next day tries again. While a restore puts a copy back, a new day
reads and writes nothing; the workspace opened again moves the relationship then.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from PySide6.QtCore import QTimer
from sqlalchemy import event

from srm_inclusif.storage.backup import backup_now
from srm_inclusif.storage.services.relationships import get_relationship, stage_history
from srm_inclusif.ui.app import Launcher
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import MainWindow
from tests.support import Clock
from tests.ui.test_contract_begins_later_read_only import GO_DAY, _contract_to_come

FIRST_DAY = date(2026, 11, 1)


def _moves(engine, rel: int) -> list[date]:  # noqa: ANN001
    return [h.changed_on for h in stage_history(engine, relationship_id=rel)
            if h.to_stage == "contrat_en_cours"]


@pytest.fixture
def to_come(workspace) -> int:
    return _contract_to_come(workspace.engine)


def _open(qtbot, workspace, clock: Clock) -> Launcher:  # noqa: ANN001
    path = workspace.path
    workspace.close()
    launcher = Launcher()
    launcher.today = clock
    assert launcher.start(str(path))
    qtbot.addWidget(launcher.window)
    return launcher


def test_the_clock_is_watched_once_the_window_is_shown_not_before(qtbot, workspace) -> None:
    alone = WorkspaceContext(workspace)  # a context without a window runs no timer
    assert not alone.day_watch.timer.isActive()
    launcher = _open(qtbot, workspace, Clock(GO_DAY))
    try:
        assert launcher.window.ctx.day_watch.timer.isActive()
    finally:
        launcher.window.ctx.set_busy(True)
        launcher.workspace.close()


def test_one_move_per_opening_whatever_the_pages_built(qtbot, workspace, to_come) -> None:
    launcher = _open(qtbot, workspace, Clock(FIRST_DAY))
    try:
        engine = launcher.workspace.engine
        changed: list[object] = []
        launcher.window.ctx.data_changed.connect(changed.append)
        for key in ("relationships", "contracts", "dashboard"):  # each page has a controller
            launcher.window.show_page(key)
        assert _moves(engine, to_come) == [FIRST_DAY]
        assert changed == []  # built pages moved nothing more
    finally:
        launcher.window.ctx.set_busy(True)  # its clock stopped in this thread
        launcher.workspace.close()


def test_a_day_change_during_a_restore_waits_for_the_workspace(qtbot, workspace, to_come,
                                                               monkeypatch) -> None:
    clock = Clock(GO_DAY)
    launcher = _open(qtbot, workspace, clock)
    try:
        old = launcher.window.ctx
        copy = backup_now(launcher.workspace.path)
        statements: list[str] = []
        event.listen(old.engine, "before_cursor_execute",
                     lambda _c, _cur, sql, *_a: statements.append(sql))
        seen: list[object] = []
        old.data_changed.connect(seen.append)
        old.day_changed.connect(seen.append)
        ticked: list[bool] = []

        def midnight() -> None:  # inside the restore's own event loop
            clock.value = FIRST_DAY
            old.day_watch.timer.timeout.emit()
            ticked.append(launcher.window.ctx is old)

        QTimer.singleShot(0, midnight)
        assert launcher.restore(copy)
        assert ticked == [True]
        assert statements == []  # neither read nor written while the file was replaced
        assert seen == []
        assert _moves(launcher.workspace.engine, to_come) == [FIRST_DAY]  # reopened, then moved
    finally:
        launcher.window.ctx.set_busy(True)  # its clock stopped in this thread
        launcher.workspace.close()


def _hold_the_file(workspace) -> sqlite3.Connection:  # noqa: ANN001
    """Another program writing into the workspace; ours waits 50 ms, not 10 s, before giving up."""
    workspace.engine.dispose()
    event.listen(workspace.engine, "connect",
                 lambda connection, _record: connection.execute("PRAGMA busy_timeout = 50"))
    other = sqlite3.connect(workspace.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_locked_file_opens_the_window_and_says_why(qtbot, workspace, to_come,
                                                     french) -> None:
    clock = Clock(FIRST_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    other = _hold_the_file(workspace)
    ctx.move_started_contracts()  # as the launcher, once the window is shown
    message = window.statusBar().currentMessage()
    assert message.startswith("Les relations dont le contrat commence n'ont pas pu passer à "
                              "«\u00a0Contrat en cours\u00a0»\u00a0: L'espace de travail")
    assert "occupé par une autre fenêtre ou un autre programme" in message
    other.rollback()
    other.close()
    assert get_relationship(workspace.engine, to_come).stage == "marche_test"
    clock.value = date(2026, 11, 2)
    with qtbot.waitSignal(ctx.data_changed):
        ctx.day_watch.check()  # the next day tries again
    assert _moves(workspace.engine, to_come) == [FIRST_DAY]
    ctx.set_busy(True)  # its clock stopped in this thread


def test_busy_then_back_takes_up_the_day_missed(qtbot, workspace, to_come) -> None:
    clock = Clock(GO_DAY)
    ctx = WorkspaceContext(workspace, today=clock)
    ctx.watch_days()  # as the launcher does once the window is shown
    ctx.set_busy(True)
    assert not ctx.day_watch.timer.isActive()
    clock.value = FIRST_DAY
    ctx.day_watch.check()
    assert get_relationship(workspace.engine, to_come).stage == "marche_test"
    days: list[object] = []
    ctx.day_changed.connect(days.append)
    ctx.set_busy(False)
    assert days == [FIRST_DAY]
    assert ctx.day_watch.timer.isActive()
    assert _moves(workspace.engine, to_come) == [FIRST_DAY]
    ctx.set_busy(True)  # its clock stopped in this thread
