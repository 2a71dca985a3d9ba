"""The import's progress bar stays full, under a label saying the last step, while the import is
recorded (its commit, its search index): it never empties before the end."""

from __future__ import annotations

import threading

from srm_inclusif.exchange.importer import run_import
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


def test_the_bar_stays_full_while_the_import_is_recorded(qtbot, ctx, monkeypatch):
    recording, release = threading.Event(), threading.Event()

    def slow_to_record(engine, plans, settings, *, progress, cancel):  # noqa: ANN001, ANN202
        if settings.dry_run:
            return run_import(engine, plans, settings, progress=progress, cancel=cancel)
        progress(5, 5)  # every row read; the commit and the index take a while
        recording.set()
        while not release.wait(0.05):
            progress(5, 5)  # the import's heartbeats
        return run_import(engine, plans, settings)

    monkeypatch.setattr("srm_inclusif.ui.import_wizard.wizard.run_import", slow_to_record)
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"])
    qtbot.addWidget(wizard)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()  # « Importer »
    dialog = wizard.job.dialog

    qtbot.waitUntil(lambda: dialog.labelText().startswith("Finalisation de l'import"),
                    timeout=5000)
    qtbot.wait(200)  # the heartbeats at 100 % leave it as it is

    assert dialog.isVisible()
    assert dialog.maximum() > 0  # a bar, not a busy indicator (which looked emptied)
    assert dialog.value() == dialog.maximum()
    with qtbot.waitSignal(wizard.job.finished, timeout=15000):
        release.set()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)
    assert wizard.summary.inserted == 3
