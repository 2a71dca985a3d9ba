"""Fixtures of the import tests: files read by a helper process, and whether one was started."""

from __future__ import annotations

import pytest

from srm_inclusif.exchange import helper_process, import_worker


@pytest.fixture
def helper_watched(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A helper process may be used (two processors); each one started is listed as "helper".

    Only files of ``import_worker.MIN_LINES`` lines or more are read by one.
    """
    monkeypatch.setattr(helper_process.os, "cpu_count", lambda: 2)
    started: list[str] = []
    real = import_worker.spawn_context

    def watched():  # noqa: ANN202 (a multiprocessing context)
        started.append("helper")
        return real()

    monkeypatch.setattr(import_worker, "spawn_context", watched)
    return started


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch, helper_watched: list[str]) -> list[str]:
    """Every file counts as big: it is read by a helper process (listed as "helper").

    Even a workbook, whose lines are not counted before it is read.
    """
    monkeypatch.setattr(import_worker, "MIN_LINES", 0)
    return helper_watched
