"""The sheet PDF of a year that starts in July is titled « … part variable 2026-2027 »."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.exchange.sheets_export import export_sheet_files
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.services.sheets import list_sheet_owners
from srm_inclusif.ui.sheet_pdf import write_sheet_pdf
from tests.objective_sheet_samples import add_sheet
from tests.support import pdf_pages


@pytest.mark.parametrize("mode", list(SheetMode))
def test_a_july_years_pdf_is_titled_and_named_2026_2027(
        qapp, workspace, tmp_path: Path, mode: SheetMode) -> None:
    update_settings(workspace.engine, fiscal_year_start_month=7)
    add_sheet(workspace.engine, name="Camille Martin")
    owners = list_sheet_owners(workspace.engine, year=2026)

    export = export_sheet_files(workspace.engine, owners=owners, mode=mode, folder=tmp_path,
                                formats=["pdf"], as_of=date(2027, 6, 30),
                                write_pdf=write_sheet_pdf)

    [pdf] = export.files
    word = "objectifs" if mode is SheetMode.TARGETS else "resultats"
    assert pdf.name == f"fiche-objectifs-2026-2027-{word}-camille-martin.pdf"
    page = pdf_pages(pdf)[0]
    assert "Fiche objectifs – part variable 2026-2027" in page
    assert "Période 01/07/2026 – 30/06/2027" in page


def test_a_calendar_years_pdf_is_still_titled_2026(qapp, workspace, tmp_path: Path) -> None:
    add_sheet(workspace.engine, name="Camille Martin")
    owners = list_sheet_owners(workspace.engine, year=2026)

    export = export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.TARGETS,
                                folder=tmp_path, formats=["pdf"], write_pdf=write_sheet_pdf)

    page = pdf_pages(export.files[0])[0]
    assert "Fiche objectifs – part variable 2026 " in page
    assert "2026-2027" not in page
