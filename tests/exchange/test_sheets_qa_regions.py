"""A workbook split by sheet (« Région Nord », « Région Sud ») imports every sheet, each named.

Only the first sheet with a recognised header was read; each other one was a rejected « line »
of the file, so that « tout ou rien » refused the workbook, and no remark said its sheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from srm_inclusif.cli.import_report import summary_document, summary_lines
from srm_inclusif.exchange.plan import plan_file
from tests.exchange.import_support import run, stored
from tests.exchange.test_workbook_sheets import workbook

NORTH = [["Raison sociale", "SIRET", "Code postal"],
         ["ESAT du Nord", "44306184100047", "59000"],
         ["Atelier Lillois", "123", "59800"]]
#: Another spelling of the columns, in another order: the sheet has its own mapping.
SOUTH = [["CP", "Nom de la structure"], ["13001", "EA du Sud"], ["06000", "ESAT Azur"]]
#: A table whose header names no known column: not read, said, no line of the file.
OTHER = [["Clé", "Valeur"], ["Mise à jour", "mars 2026"]]
NOTE = [["Annuaire régional : une feuille par région."]]


def regions(tmp_path: Path, suffix: str = ".xlsx", **extra: list[list[Any]]) -> Path:
    return workbook(tmp_path / f"regions{suffix}", {
        "Lisez-moi": NOTE, "Région Nord": NORTH, "Vide": [], "Région Sud": SOUTH, **extra})


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
def test_every_region_is_imported_with_its_own_columns(workspace, tmp_path, suffix):
    summary = run(workspace, regions(tmp_path, suffix))

    assert (summary.inserted, summary.rejected, summary.notes) == (4, 0, [])
    assert stored(workspace, "post_code") == {
        "ESAT du Nord": "59000", "Atelier Lillois": "59800", "EA du Sud": "13001",
        "ESAT Azur": "06000"}
    assert [read.name for read in summary.files] == [f"regions{suffix} — Région Nord",
                                                     f"regions{suffix} — Région Sud"]


def test_a_remark_names_the_sheet_and_its_line_there(workspace, tmp_path):
    summary = run(workspace, regions(tmp_path))

    [remark] = [issue for issue in summary.issues if issue.field == "siret"]
    assert (remark.file_name, remark.line) == ("regions.xlsx — Région Nord", 3)
    assert any(line.startswith("  regions.xlsx — Région Nord:3, « SIRET » : ")
               for line in summary_lines(summary))


def test_a_table_without_known_columns_is_said_and_blocks_nothing(workspace, tmp_path):
    summary = run(workspace, regions(tmp_path, Infos=OTHER), all_or_nothing=True)

    assert (summary.applied, summary.inserted, summary.rejected) == (True, 4, 0)
    note = ("Classeur « regions.xlsx » : feuille « Infos » non lue, aucune colonne reconnue "
            "dans ses 30 premières lignes.")
    assert summary.notes == [note]
    assert note in summary_lines(summary)
    assert summary_document(summary)["notes"] == [note]
    assert all(issue.file_name != "regions.xlsx" for issue in summary.issues)


def test_a_header_without_data_is_said_the_other_sheets_read(workspace, tmp_path):
    summary = run(workspace, regions(tmp_path, Modèle=NORTH[:1]))

    assert summary.inserted == 4
    assert summary.notes == ["Classeur « regions.xlsx » : feuille « Modèle » non lue, aucune "
                             "ligne de données sous sa ligne d'en-tête."]


def test_reimporting_the_workbook_leaves_every_row_unchanged(workspace, tmp_path):
    path = regions(tmp_path)
    run(workspace, path)

    again = run(workspace, path)

    assert (again.inserted, again.updated, again.unchanged) == (0, 0, 4)


def test_a_helper_process_reads_the_sheets_alike(workspace, tmp_path, helper):
    summary = run(workspace, regions(tmp_path))

    assert helper == ["helper"]
    assert (summary.inserted, summary.rejected) == (4, 0)


def test_each_sheet_is_planned_with_its_name_and_preview(tmp_path):
    plan = plan_file(regions(tmp_path))

    assert (plan.path.name, plan.sheet, plan.file.name) == (
        "regions.xlsx — Région Nord", "Région Nord", "regions.xlsx")
    assert plan.preview == NORTH[1:]


def test_a_workbook_read_on_one_sheet_keeps_its_name(workspace, tmp_path):
    path = workbook(tmp_path / "annuaire.xlsx", {"Lisez-moi": NOTE, "Annuaire": NORTH})

    summary = run(workspace, path)

    assert [read.name for read in summary.files] == ["annuaire.xlsx"]
