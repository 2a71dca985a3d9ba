"""A silent job shows no progress window (its window says it is busy); ``stop`` ends its thread.

The mapping page reads a preview's SIRENE names so: the wizard goes on meanwhile, and closing
it leaves no read running.
"""

from __future__ import annotations

import threading

from srm_inclusif.core.errors import Cancelled
from srm_inclusif.ui.jobs import run_job


def _until_cancelled(*, progress, cancel: threading.Event) -> None:
    progress(1, 2)
    while not cancel.wait(0.005):
        progress(1, 2)
    raise Cancelled()


def test_a_silent_job_lasting_shows_no_dialog(qtbot) -> None:
    job = run_job(None, "Lecture", _until_cancelled, silent=True)

    qtbot.wait(job.dialog.minimumDuration() + 300)  # past the moment a dialog would appear

    assert job.running
    assert not job.dialog.isVisible()
    job.stop()


def test_stop_returns_once_the_thread_ended_then_the_job_says_cancelled(qtbot) -> None:
    job = run_job(None, "Lecture", _until_cancelled, silent=True)

    job.stop()

    assert not any(thread.name == "srm-job" for thread in threading.enumerate())
    with qtbot.waitSignal(job.cancelled, timeout=5000):
        pass
    assert not job.running
