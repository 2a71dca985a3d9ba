"""Background jobs: results, failures and a working Cancel."""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QProgressBar, QPushButton

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.ui.jobs import run_job


def _count_to(limit: int, *, progress, cancel: threading.Event) -> int:
    for done in range(limit):
        if cancel.is_set():
            raise Cancelled()
        progress(done, limit)
        cancel.wait(0.001)
    return limit


class _ShowSpy(QObject):
    """Counts the times a widget is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.shown = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Show:
            self.shown += 1
        return False


def test_job_returns_its_result_without_flashing_a_dialog(qtbot) -> None:
    job = run_job(None, "Compter", _count_to, 50)
    spy = _ShowSpy()
    job.dialog.installEventFilter(spy)
    with qtbot.waitSignal(job.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [50]
    qtbot.wait(400)  # past the moment a lasting job's dialog appears
    assert spy.shown == 0  # work of a few milliseconds shows no progress window at all


def test_lasting_work_shows_its_dialog_then_closes_it(qtbot) -> None:
    release = threading.Event()

    def wait_for_release(*, progress, cancel) -> str:
        progress(1, 2)
        release.wait(10)
        return "fait"

    job = run_job(None, "Compter", wait_for_release)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    assert job.dialog.labelText() == "Compter"
    assert job.running
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert not job.dialog.isVisible()
    assert not job.running


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


def test_work_that_lasts_at_full_shows_it_is_finishing(qtbot) -> None:
    reported, release = threading.Event(), threading.Event()

    def read_then_commit(*, progress, cancel) -> str:
        progress(100, 100)
        reported.set()
        while not release.wait(0.05):
            progress(100, 100)  # heartbeats while the commit runs
        return "fait"

    job = run_job(None, "Importer", read_then_commit, finishing="Enregistrement…")
    qtbot.waitUntil(lambda: job.dialog.labelText() == "Enregistrement…", timeout=5000)
    qtbot.wait(200)  # the heartbeats at 100 % leave the full bar alone
    assert job.dialog.labelText() == "Enregistrement…"
    bar = job.dialog.findChild(QProgressBar)
    assert bar.maximum() > 0  # a bar, not a busy indicator (which read as emptying)
    assert bar.value() == bar.maximum()
    assert job.dialog.findChild(QPushButton).isVisible()  # Cancel still offered
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()
    assert not job.dialog.isVisible()


def test_a_new_stage_after_full_brings_back_the_bar_and_title(qtbot) -> None:
    finishing, go_on, release = threading.Event(), threading.Event(), threading.Event()

    def two_stages(*, progress, cancel) -> None:
        progress(10, 10)
        finishing.set()
        go_on.wait(10)
        progress(3, 20)
        release.wait(10)

    job = run_job(None, "Copier", two_stages)
    qtbot.waitUntil(lambda: job.dialog.labelText() == "Finalisation…", timeout=5000)
    go_on.set()
    qtbot.waitUntil(lambda: job.dialog.maximum() == 20, timeout=5000)
    assert job.dialog.labelText() == "Copier"
    assert job.dialog.value() == 3
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


def test_a_job_ending_at_full_does_not_flash_the_finishing_label(qtbot) -> None:
    def count_to_full(*, progress, cancel) -> int:
        _count_to(50, progress=progress, cancel=cancel)
        progress(50, 50)
        return 50

    job = run_job(None, "Compter", count_to_full)
    with qtbot.waitSignal(job.finished, timeout=5000):
        pass
    qtbot.wait(600)
    assert job.dialog.labelText() == "Compter"
    assert job.dialog.maximum() != 0


def test_work_of_unknown_size_is_busy_under_its_title_not_finishing(qtbot) -> None:
    reading, release = threading.Event(), threading.Event()

    def read_workbook(*, progress, cancel) -> str:
        while not release.wait(0.05):
            progress(120, 0)  # rows read so far; the workbook's size is not known
            reading.set()
        return "lu"

    job = run_job(None, "Importer", read_workbook, finishing="Enregistrement…")
    qtbot.waitUntil(reading.is_set, timeout=5000)
    qtbot.wait(700)  # longer than the finishing delay
    assert job.dialog.labelText() == "Importer"
    assert job.dialog.maximum() == 0  # a busy indicator while the size is unknown
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


def test_a_job_its_caller_forgets_lives_until_its_thread_has_ended(qtbot) -> None:
    """Its signals' objects are freed on this thread, never on the worker's (a crash)."""
    from srm_inclusif.ui import jobs

    results: list[object] = []
    job = run_job(None, "Compter", _count_to, 20)
    job.finished.connect(results.append)
    thread = job._thread
    del job  # the caller keeps nothing
    qtbot.waitUntil(lambda: results == [20], timeout=5000)
    # this job, not any other: a job of an earlier test may still be finishing
    qtbot.waitUntil(lambda: all(live._thread is not thread for live in jobs._LIVE),
                    timeout=5000)
    assert not thread.is_alive()  # let go only once its thread had ended
