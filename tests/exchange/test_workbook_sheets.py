"""The sheets of a workbook that are read: each with a recognised header; no sheet left unsaid.

A first sheet left empty (Excel writes ``<dimension ref="A1"/>``: one row, it seemed filled)
or holding a note (« Lisez-moi ») was the one read, and the file was refused. The sheets after
the one read were dropped without a word (« Achats 2024 » after « Achats 2025 »), then reported
as rejected lines: each is now read, named after the workbook and itself.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pandas as pd
import pytest

from srm_inclusif.cli.import_report import summary_lines
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.sniff import ImportFormatError
from tests.exchange.import_support import run, stored
from tests.support import raised

WORKBOOKS = Path(__file__).resolve().parents[1] / "fixtures" / "workbooks"
DIRECTORY = [["Raison sociale", "SIRET", "Code postal"],
             ["Blanchisserie Solidaire", "44306184100047", "01000"]]
NOTE = [["Ce classeur liste nos fournisseurs."]]
SPEND = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Date"]
Sheets = dict[str, list[list[Any]]]


def workbook(path: Path, sheets: Sheets) -> Path:
    """An XLSX or ODS workbook (by suffix) of ``sheets``: name → rows, in order."""
    if path.suffix == ".ods":
        with pd.ExcelWriter(path, engine="odf") as writer:
            for title, rows in sheets.items():
                pd.DataFrame(rows).to_excel(writer, sheet_name=title, header=False, index=False)
        return path
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".ods"])
@pytest.mark.parametrize("first", [[], NOTE], ids=["empty", "note"])
def test_an_empty_or_note_first_sheet_is_skipped(workspace, tmp_path, suffix, first):
    path = workbook(tmp_path / f"annuaire{suffix}", {"Lisez-moi": first, "Annuaire": DIRECTORY})

    summary = run(workspace, path)

    assert (summary.inserted, summary.rejected) == (1, 0)
    assert stored(workspace, "post_code") == {"Blanchisserie Solidaire": "01000"}


def test_an_empty_structures_sheet_of_a_legacy_workbook_is_skipped(workspace):
    summary = run(workspace, WORKBOOKS / "structures_vide.xls")

    assert (summary.inserted, summary.rejected) == (2, 0)
    assert stored(workspace, "city") == {"ESAT du Lac": "Annecy", "Atelier Bleu": "Lyon"}


def test_every_spend_sheet_is_read_and_named(workspace, tmp_path):
    path = workbook(tmp_path / "achats.xlsx", {
        "Lisez-moi": [["Extraction ERP — ne pas modifier"]],
        "Achats 2025": [SPEND, ["Horizon Menuiserie", "31400259300171", 100,
                                datetime(2025, 5, 5)]],
        "Achats 2024": [SPEND, ["Horizon Menuiserie", "31400259300171", 200,
                                datetime(2024, 5, 5)]]})

    summary = run(workspace, path, target="spend")

    assert summary.amount_total_cents == 300_00
    assert (summary.rows, summary.rejected) == (2, 0)
    # the supplier created for the two lines is said once, on the first sheet's line
    assert [(i.file_name, i.line) for i in summary.issues] == [("achats.xlsx — Achats 2025", 2)]
    assert summary_lines(summary)[0] == ("Fichiers : achats.xlsx — Achats 2025 : Modèle d'achats "
                                         "; achats.xlsx — Achats 2024 : Modèle d'achats")


def test_every_region_is_read_and_no_line_is_made_of_the_other_sheets(workspace, tmp_path):
    region = [["Raison sociale", "Code postal"], ["Structure Nord", "59000"]]
    path = workbook(tmp_path / "regions.xlsx", {
        "Région Nord": region, "Région Sud": [region[0], ["Structure Sud", "13001"]],
        "Notes": NOTE, "Région Est": [region[0], ["Structure Est", "67000"]]})

    summary = run(workspace, path)

    assert set(stored(workspace, "name")) == {"Structure Nord", "Structure Sud",
                                              "Structure Est"}
    assert (summary.rows, summary.rejected, summary.issues, summary.notes) == (3, 0, [], [])
    assert plan_file(path).preview_malformed == []


def test_the_sheets_without_a_known_column_are_named(tmp_path):
    path = workbook(tmp_path / "notes.xlsx", {"Lisez-moi": NOTE, "Vide": [],
                                              "Divers": [["Nom", "Cde"], ["A", "1"]]})

    error = raised(ImportFormatError, plan_file, path)

    assert "« notes.xlsx » : aucune colonne reconnue dans les 30 premières lignes de ses " \
           "feuilles (« Lisez-moi », « Divers »)." in str(error)


def test_a_header_without_data_names_its_sheet(tmp_path):
    path = workbook(tmp_path / "modele.xlsx", {"Lisez-moi": NOTE, "Annuaire": DIRECTORY[:1]})

    error = raised(ImportFormatError, plan_file, path)

    assert str(error) == ("« modele.xlsx », feuille « Annuaire » : aucune ligne de données sous "
                          "la ligne d'en-tête.")
