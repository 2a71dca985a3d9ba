"""One person's objective sheet workbook is named like their PDF (``fiche-objectifs-…``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.exchange.sheets_export import export_sheet_files
from srm_inclusif.storage.services.sheets import list_sheet_owners
from tests.objective_sheet_samples import add_sheet

AS_OF = date(2026, 11, 22)


def _fake_pdf(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
    path.write_text(documents[0].header.person_name, encoding="utf-8")
    return path


def test_one_persons_workbook_is_named_like_their_pdf(workspace, tmp_path: Path) -> None:
    add_sheet(workspace.engine, name="Claire Fontaine")
    owners = list_sheet_owners(workspace.engine, year=2026)
    export = export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                                folder=tmp_path, as_of=AS_OF, write_pdf=_fake_pdf)
    assert sorted(path.name for path in export.files) == [
        "fiche-objectifs-2026-resultats-claire-fontaine.pdf",
        "fiche-objectifs-2026-resultats-claire-fontaine.xlsx"]
