"""Background jobs: results, failures and a working Cancel."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QPushButton

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.ui.jobs import run_job


def _count_to(limit: int, *, progress, cancel: threading.Event) -> int:
    for done in range(limit):
        if cancel.is_set():
            raise Cancelled()
        progress(done, limit)
        cancel.wait(0.001)
    return limit


def test_job_returns_its_result(qtbot) -> None:
    job = run_job(None, "Compter", _count_to, 50)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [50]
    assert not job.dialog.isVisible()


def test_cancel_stops_the_work(qtbot) -> None:
    job = run_job(None, "Compter", _count_to, 10_000_000)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    cancel_button = job.dialog.findChild(QPushButton)
    assert cancel_button.text() == "Annuler"
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        cancel_button.click()
    assert not job.dialog.isVisible()


def test_failure_is_reported(qtbot) -> None:
    def boom(*, progress, cancel) -> None:
        raise ValueError("fichier illisible")

    job = run_job(None, "Échouer", boom)
    with qtbot.waitSignal(job.failed, timeout=5000) as blocker:
        pass
    assert str(blocker.args[0]) == "fichier illisible"


def test_the_dialog_stays_at_full_while_the_work_finishes(qtbot) -> None:
    # an import reports its last line, then still builds indexes and commits
    reported, release = threading.Event(), threading.Event()

    def read_then_commit(*, progress, cancel) -> str:
        progress(100, 100)
        reported.set()
        release.wait(10)
        return "fait"

    job = run_job(None, "Importer", read_then_commit)
    qtbot.waitUntil(lambda: reported.is_set() and job.dialog.value() == 100, timeout=5000)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)  # (shown once the work lasts)

    assert job.dialog.findChild(QPushButton).isVisible()  # Cancel still offered
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert not job.dialog.isVisible()
