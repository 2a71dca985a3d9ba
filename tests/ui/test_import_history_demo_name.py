"""The demo data's import is named in the UI language in the history, whatever was stored."""

from __future__ import annotations

from datetime import datetime

from srm_inclusif.storage.services.imports import ImportBatchRow
from srm_inclusif.ui.models.import_batch_table import COL_FILES, ImportBatchTableModel
from srm_inclusif.ui.pages.imports_page import ImportsPage


def _files_shown(*batches: ImportBatchRow) -> list[str]:
    model = ImportBatchTableModel()
    model.set_rows(batches)
    return [model.index(row, COL_FILES).data() for row in range(model.rowCount())]


def _batch(format_key: str, file_names: str) -> ImportBatchRow:
    return ImportBatchRow(1, "suppliers", format_key, file_names, datetime(2026, 11, 22, 9), {})


def test_the_demo_workspace_shows_its_import_in_french(qtbot, demo_ctx) -> None:
    page = ImportsPage(demo_ctx)
    qtbot.addWidget(page)
    assert page.batches.index(0, COL_FILES).data() == "Données de démonstration (fictives)"


def test_the_demo_import_is_named_in_the_ui_language(marked) -> None:
    # the English UI showed the French name stored on the batch
    assert _files_shown(_batch("demo", "Données de démonstration (fictives)")) == [
        "[ImportHistory] Données de démonstration (fictives)"]


def test_an_older_demo_import_is_recognised_by_its_format(marked) -> None:
    assert _files_shown(_batch("demo", "Demo data")) == [
        "[ImportHistory] Données de démonstration (fictives)"]


def test_a_real_import_shows_its_file_names_as_they_are(marked) -> None:
    assert _files_shown(_batch("generic", "annuaire.csv, dépenses.xlsx")) == [
        "annuaire.csv, dépenses.xlsx"]
