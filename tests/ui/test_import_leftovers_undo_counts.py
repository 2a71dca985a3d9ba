"""« Revenir avant cet import… » names the import's counts as its row of the history shows them."""

from __future__ import annotations

from pathlib import Path

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.models.import_batch_table import COL_INSERTED, COL_UPDATED
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.ui.restore_dialogs import answered


def directory(path: Path, count: int) -> Path:
    path.write_text("Raison sociale;Code postal\n" + "".join(
        f"Structure {number};75011\n" for number in range(count)), encoding="utf-8")
    return path


def test_the_question_counts_as_the_history_does(qtbot, ctx, tmp_path, monkeypatch,
                                                 english):  # noqa: ARG001
    import_files(ctx.engine, [directory(tmp_path / "esat.csv", 2)], ImportSettings())
    import_files(ctx.engine, [directory(tmp_path / "esat.csv", 1_203)], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    row = [page.batches.index(0, column).data() for column in (COL_INSERTED, COL_UPDATED)]
    asked = answered(monkeypatch, "Restore", click=False)

    page.undo_import_button.click()

    assert row == ["1,201", "0"]
    assert "(esat.csv — added: 1,201, updated: 0)?" in asked[0]
