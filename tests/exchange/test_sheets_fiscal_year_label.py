"""A year that starts in July is « 2026-2027 » on the sheets workbook and in the file names."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.exchange.sheets_export import export_sheet_files
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.services.sheets import list_sheet_owners
from tests.objective_sheet_samples import add_sheet

JULY = 7


def _fake_pdf(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
    path.write_text(documents[0].header.person_name, encoding="utf-8")
    return path


def _export(workspace, folder: Path, start_month: int, *names: str) -> list[str]:  # noqa: ANN001
    """The 2026 sheets of ``names`` exported at the end of their year; the files' names."""
    update_settings(workspace.engine, fiscal_year_start_month=start_month)
    for name in names:
        add_sheet(workspace.engine, name=name)
    owners = list_sheet_owners(workspace.engine, year=2026)
    end = date(2027, 6, 30) if start_month == JULY else date(2026, 12, 31)
    export = export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                                folder=folder, as_of=end, write_pdf=_fake_pdf)
    return sorted(path.name for path in export.files)


def test_a_july_to_june_years_files_are_named_2026_2027(workspace, tmp_path: Path) -> None:
    names = _export(workspace, tmp_path, JULY, "Camille Martin", "Zoé Bernard")

    assert names == ["fiche-objectifs-2026-2027-resultats-camille-martin.pdf",
                     "fiche-objectifs-2026-2027-resultats-zoe-bernard.pdf",
                     "fiches-objectifs-2026-2027-resultats.xlsx"]


def test_one_persons_workbook_of_a_july_year_is_named_like_her_pdf(workspace,
                                                                   tmp_path: Path) -> None:
    names = _export(workspace, tmp_path, JULY, "Camille Martin")

    assert names == ["fiche-objectifs-2026-2027-resultats-camille-martin.pdf",
                     "fiche-objectifs-2026-2027-resultats-camille-martin.xlsx"]


@pytest.mark.parametrize(("start_month", "label", "file_year"),
                         [(JULY, "2026-2027", "2026-2027"), (1, "2026", "2026")])
def test_the_workbook_titles_the_sheet_with_the_years_name(
        workspace, tmp_path: Path, start_month: int, label: str, file_year: str) -> None:
    _export(workspace, tmp_path, start_month, "Camille Martin", "Zoé Bernard")

    book = load_workbook(tmp_path / f"fiches-objectifs-{file_year}-resultats.xlsx")
    sheet = book["Camille Martin"]
    assert sheet["A1"].value == f"Fiche objectifs – part variable {label}"
    assert sheet.oddHeader.right.text == f"Fiche objectifs {label} – Camille Martin"
    # the period beside the title says the same months
    assert sheet["F4"].value.date() == date(2026, start_month, 1)
