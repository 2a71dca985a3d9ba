"""The progress bar keeps moving during the quiet end of an import (batch record, commit)."""

from __future__ import annotations

import threading

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services import importing


def test_reports_keep_coming_while_the_import_records_its_batch(workspace, tmp_path,
                                                                 monkeypatch):
    path = tmp_path / "annuaire.csv"
    lines = ["Raison sociale,Code postal"] + [f"Structure {i},75011" for i in range(300)]
    path.write_text("\n".join(lines), encoding="utf-8")
    recording = threading.Event()
    heard_meanwhile = threading.Event()
    finish_batch = importing._finish_batch

    def slow_finish(connection, summary) -> None:  # noqa: ANN001
        recording.set()
        heard_meanwhile.wait(10)  # a long pause without any statement step
        finish_batch(connection, summary)

    def progress(_done: int, _total: int) -> None:
        if recording.is_set():
            heard_meanwhile.set()

    monkeypatch.setattr(importing, "_finish_batch", slow_finish)
    summary = import_files(workspace.engine, [path], ImportSettings(), progress=progress)

    assert heard_meanwhile.is_set()
    assert summary.inserted == 300
