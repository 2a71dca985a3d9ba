"""The import history counts the merged duplicates as the summary does; the file of an import's
lines to check is named after the file imported and the day."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.issues_export import issues_file_name
from srm_inclusif.ui.pages.imports_page import ImportsPage

TWICE = ("Raison sociale,SIRET,Code postal\n"
         "ESAT de la Vallée,41155513900012,38100\n"
         "ESAT de la Vallée,41155513900012,38100\n"  # the same structure twice: merged
         ",,75011\n")  # no name: rejected


@pytest.fixture
def esat_file(tmp_path: Path) -> Path:
    path = tmp_path / "fournisseurs-esat.csv"
    path.write_text(TWICE, encoding="utf-8")
    return path


@pytest.fixture
def proposed(monkeypatch, tmp_path) -> list[str]:  # noqa: ANN001
    """The names the save dialog proposes (the file is written to ``lignes.csv``)."""
    names: list[str] = []
    monkeypatch.setattr("srm_inclusif.ui.file_dialogs.get_save_file_name",
                        lambda *args: names.append(args[2]) or (str(tmp_path / "lignes.csv"), ""))
    monkeypatch.setattr("srm_inclusif.ui.issues_export.QMessageBox.information",
                        lambda *_args: None)
    return names


def header_texts(page: ImportsPage) -> list[str]:
    model = page.batch_view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_the_history_shows_the_merged_duplicates_beside_the_other_counts(qtbot, ctx, esat_file):
    summary = import_files(ctx.engine, [esat_file], ImportSettings())
    assert summary.merged_duplicates == 1
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    headers = header_texts(page)
    merged = headers.index("Fusionnées")

    assert headers[merged - 1] == "Inchangées"
    assert page.batch_view.model().index(0, merged).data() == "1"


def test_a_past_import_s_lines_are_named_after_its_file_and_day(qtbot, ctx, esat_file,
                                                                 proposed):
    import_files(ctx.engine, [esat_file], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.batch_view.selectRow(0)
    day = page.batches.batch_at(0).started_at  # today, as the import ran

    page.export_button.click()

    assert proposed == [f"lignes-a-verifier fournisseurs-esat {day:%Y-%m-%d}.csv"]


def test_the_wizard_names_the_file_after_the_imported_one_and_today(qtbot, ctx, esat_file,
                                                                     proposed):
    wizard = start_import_wizard(ctx, None, [esat_file])
    qtbot.addWidget(wizard)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.dry_summary is not None, timeout=15000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == ImportWizard.PAGE_SUMMARY, timeout=15000)

    wizard.currentPage().export_button.click()

    assert proposed == [f"lignes-a-verifier fournisseurs-esat {ctx.today():%Y-%m-%d}.csv"]


def test_an_import_of_several_files_is_named_after_the_first_and_their_count(qapp):
    names = ["achats-2025.csv", "achats-2025-sud.csv", "achats-2025-est.xlsx"]

    assert issues_file_name(names, date(2026, 11, 24)) == (
        "lignes-a-verifier achats-2025 +2 2026-11-24.csv")


def test_a_past_import_of_a_file_with_a_comma_in_its_name_keeps_it_whole(qtbot, ctx, tmp_path,
                                                                         proposed):
    path = tmp_path / "fournisseurs, esat.csv"
    path.write_text(TWICE, encoding="utf-8")
    import_files(ctx.engine, [path], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.batch_view.selectRow(0)
    day = page.batches.batch_at(0).started_at

    page.export_button.click()

    assert proposed == [f"lignes-a-verifier fournisseurs, esat {day:%Y-%m-%d}.csv"]


def test_a_past_import_of_several_files_is_named_after_the_first_and_their_count(
        qtbot, ctx, esat_file, tmp_path, proposed):
    other = tmp_path / "fournisseurs-ea.csv"
    other.write_text(TWICE, encoding="utf-8")
    import_files(ctx.engine, [esat_file, other], ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.batch_view.selectRow(0)
    day = page.batches.batch_at(0).started_at

    page.export_button.click()

    assert proposed == [f"lignes-a-verifier fournisseurs-esat +1 {day:%Y-%m-%d}.csv"]


def test_the_sheets_of_one_workbook_count_as_one_file(qapp):
    names = ["regions.xlsx — Région Nord", "regions.xlsx — Région Sud", "achats.csv"]

    assert issues_file_name(names, date(2026, 11, 24)) == (
        "lignes-a-verifier regions +1 2026-11-24.csv")
