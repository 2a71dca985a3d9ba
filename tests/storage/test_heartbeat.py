"""Signs of life during an import's long statements and its commit."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy.exc import OperationalError

from srm_inclusif.storage import heartbeat
from srm_inclusif.storage.heartbeat import beating, pulsing

#: A statement of many steps: counts to two million.
LONG = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000000) "
        "SELECT count(*) FROM n")


def test_a_long_statement_calls_the_heartbeat_and_is_stopped_by_it(workspace):
    calls = []

    def beat() -> bool:
        calls.append(threading.current_thread())
        return len(calls) >= 3  # Cancel pressed at the third sign of life

    with (workspace.engine.connect() as connection, beating(connection, beat) as state,
          pytest.raises(OperationalError, match="interrupted")):
        connection.exec_driver_sql(LONG)

    assert len(calls) == 3
    assert state.stopped


def test_the_connection_goes_back_to_the_pool_without_the_heartbeat(workspace):
    calls = []
    with workspace.engine.connect() as connection, beating(connection, lambda: calls.append(1)):
        pass
    with workspace.engine.connect() as connection:
        assert connection.exec_driver_sql(LONG).scalar() == 2_000_000
    assert calls == []


def test_a_call_without_steps_gets_signs_of_life_from_another_thread(monkeypatch):
    monkeypatch.setattr(heartbeat, "PULSE", 0.01)
    heard = threading.Event()
    threads = []

    def beat() -> bool:
        threads.append(threading.current_thread())
        heard.set()
        return False

    with pulsing(beat):
        assert heard.wait(10)  # the block (a commit) is busy; the pulse keeps going

    assert threads
    assert threading.current_thread() not in threads
