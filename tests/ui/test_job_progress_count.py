"""The progress dialog writes its percentage and the count done as the UI language does."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton

from srm_inclusif.core.numbers import ENGLISH, set_number_style
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.jobs import run_job


def halfway_job(qtbot, counted: str | None):
    release = threading.Event()

    def work(*, progress, cancel) -> None:
        progress(5700, 30000)
        release.wait(10)

    job = run_job(None, "Import en cours…", work, counted=counted)
    qtbot.waitUntil(job.dialog.isVisible, timeout=5000)
    qtbot.waitUntil(lambda: job.dialog.value() == 5700, timeout=5000)
    return job, release


def bar_text(job) -> str:
    return job.dialog.findChild(QProgressBar).text()


def test_french_puts_a_space_before_percent_and_groups_the_count(qtbot) -> None:
    job, release = halfway_job(qtbot, "{done} / {total} lignes")

    assert bar_text(job) == "19\u00a0%"
    assert job.dialog.labelText() == "Import en cours…\n5\u202f700 / 30\u202f000 lignes"
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


def test_english_writes_19_percent_and_commas(qtbot) -> None:
    set_number_style(ENGLISH)  # put back to French by tests/conftest.py
    job, release = halfway_job(qtbot, "{done} / {total} rows")

    assert bar_text(job) == "19%"
    assert job.dialog.labelText().endswith("\n5,700 / 30,000 rows")
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


def test_a_job_told_no_count_shows_its_title_alone(qtbot) -> None:
    job, release = halfway_job(qtbot, None)

    assert job.dialog.labelText() == "Import en cours…"
    with qtbot.waitSignal(job.finished, timeout=5000):
        release.set()


@pytest.fixture
def big_file(tmp_path):
    path = tmp_path / "gros.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(60000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_the_wizard_counts_the_rows_imported(qtbot, ctx, big_file, monkeypatch) -> None:
    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.QMessageBox.information",
                        lambda *_args: QMessageBox.StandardButton.Ok)
    wizard = start_import_wizard(ctx, None, [big_file])
    qtbot.addWidget(wizard)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: "lignes" in wizard.job.dialog.labelText(), timeout=15000)

    counted = wizard.job.dialog.labelText().splitlines()[-1]
    assert counted.endswith(" / 60\u202f000 lignes")  # the file's data lines, not its header
    with qtbot.waitSignal(wizard.job.cancelled, timeout=30000):
        wizard.job.dialog.findChild(QPushButton).click()
