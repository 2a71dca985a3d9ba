"""Folder export of the sheets (without Qt: the PDF writer is a stand-in that writes names)."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

import pytest

from srm_inclusif.core.errors import Cancelled, ValidationError
from srm_inclusif.core.file_names import slug
from srm_inclusif.core.objective_sheet import ObjectiveSheetDocument, SheetMode
from srm_inclusif.exchange.sheets_export import export_sheet_files
from srm_inclusif.storage.services.sheets import list_sheet_owners
from tests.objective_sheet_samples import add_sheet

AS_OF = date(2026, 11, 22)


def _fake_pdf(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
    path.write_text("\n".join(d.header.person_name for d in documents), encoding="utf-8")
    return path


@pytest.fixture
def owners(workspace) -> list:
    add_sheet(workspace.engine, name="Camille Martin")
    add_sheet(workspace.engine, name="Camille Martin", team="Achats Sud", supplier="EA Sud")
    add_sheet(workspace.engine, name="Zoé Bernard", insertion_hours=1100, supplier="Autre EA")
    return list_sheet_owners(workspace.engine, year=2026)


def test_files_progress_amounts_and_checksums(workspace, owners, tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    result = export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                                folder=tmp_path / "out", as_of=AS_OF, write_pdf=_fake_pdf,
                                progress=lambda done, total: steps.append((done, total)))
    names = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert names == ["fiche-objectifs-2026-resultats-camille-martin-2.pdf",
                     "fiche-objectifs-2026-resultats-camille-martin.pdf",
                     "fiche-objectifs-2026-resultats-zoe-bernard.pdf",
                     "fiches-objectifs-2026-resultats.xlsx"]
    assert sorted(result.files) == sorted((tmp_path / "out").iterdir())
    assert [s.amount_cents for s in result.sheets] == [495_000, 495_000, 438_750]
    assert all(s.checksum and s.pdf and s.pdf.exists() for s in result.sheets)
    assert steps[-1] == (7, 7)  # 3 documents built, 1 workbook, 3 PDFs


def test_cancel_during_pdfs_removes_what_was_written(workspace, owners, tmp_path: Path) -> None:
    cancel = threading.Event()

    def writer(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
        cancel.set()  # the user presses Cancel while the first PDF is written
        return _fake_pdf(documents, path)

    with pytest.raises(Cancelled):
        export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                           folder=tmp_path / "out", as_of=AS_OF, write_pdf=writer, cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_targets_without_pdf_writer_when_only_xlsx(workspace, owners, tmp_path: Path) -> None:
    result = export_sheet_files(workspace.engine, owners=owners[:1], mode=SheetMode.TARGETS,
                                folder=tmp_path / "out", formats=["xlsx"])
    assert [p.name for p in result.files] == [
        "fiche-objectifs-2026-objectifs-camille-martin.xlsx"]
    assert result.sheets[0].amount_cents is None
    assert result.sheets[0].checksum is None


@pytest.mark.parametrize(("formats", "writer"), [(["pdf"], None), (["docx"], _fake_pdf), ([],
                                                                                         None)])
def test_bad_requests_are_refused(workspace, owners, tmp_path: Path, formats, writer) -> None:
    with pytest.raises(ValidationError):
        export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.TARGETS,
                           folder=tmp_path / "out", formats=formats, write_pdf=writer)
    with pytest.raises(ValidationError):
        export_sheet_files(workspace.engine, owners=[], mode=SheetMode.TARGETS,
                           folder=tmp_path / "out", formats=["xlsx"])


def test_slug() -> None:
    assert slug("Zoé  O'Brien-Élan") == "zoe-o-brien-elan"
    assert slug("***") == "fiche"


@pytest.fixture
def helper_process(monkeypatch) -> None:
    """Big-batch behaviour on a small batch: the workbook is written by a helper process."""
    from srm_inclusif.exchange import helper_process as helpers
    from srm_inclusif.exchange import sheets_background

    monkeypatch.setattr(sheets_background, "MIN_SHEETS", 1)
    monkeypatch.setattr(helpers.os, "cpu_count", lambda: 2)


def test_workbook_from_a_helper_process(workspace, owners, tmp_path: Path,
                                        helper_process) -> None:
    from openpyxl import load_workbook

    steps: list[tuple[int, int]] = []
    result = export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                                folder=tmp_path / "out", as_of=AS_OF, write_pdf=_fake_pdf,
                                progress=lambda done, total: steps.append((done, total)))
    xlsx = tmp_path / "out" / "fiches-objectifs-2026-resultats.xlsx"
    assert sorted(result.files) == sorted((tmp_path / "out").iterdir())
    assert xlsx in result.files
    assert len(result.files) == 4
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames == ["Camille Martin", "Camille Martin (2)", "Zoé Bernard",
                                   "Données"]
    assert workbook["Zoé Bernard"]["B5"].value == "Zoé Bernard"
    assert workbook["Données"].max_row > 1
    assert steps[-1] == (7, 7)
    assert [done for done, _ in steps] == list(range(1, 8))


def test_cancel_with_a_helper_process_leaves_nothing(workspace, owners, tmp_path: Path,
                                                      helper_process) -> None:
    cancel = threading.Event()

    def writer(documents: Sequence[ObjectiveSheetDocument], path: Path) -> Path:
        cancel.set()
        return _fake_pdf(documents, path)

    with pytest.raises(Cancelled):
        export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                           folder=tmp_path / "out", as_of=AS_OF, write_pdf=writer, cancel=cancel)
    assert list((tmp_path / "out").iterdir()) == []


def test_helper_process_error_reaches_the_caller(workspace, owners, tmp_path: Path,
                                                 helper_process) -> None:
    (tmp_path / "out" / "fiches-objectifs-2026-resultats.xlsx.part").mkdir(parents=True)
    with pytest.raises((IsADirectoryError, PermissionError)):  # Linux, Windows
        export_sheet_files(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                           folder=tmp_path / "out", as_of=AS_OF, write_pdf=_fake_pdf)
    assert [p.name for p in (tmp_path / "out").iterdir()] == [
        "fiches-objectifs-2026-resultats.xlsx.part"]  # the folder in the way, no PDF left
