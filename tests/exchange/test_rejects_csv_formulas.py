"""The rejects CSV never lets a spreadsheet run a cell as a formula (CSV injection)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.exchange.report import write_issues_csv
from srm_inclusif.storage.services.import_records import FLAGGED, RowIssue
from srm_inclusif.storage.services.imports import list_import_issues


def written_rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))[1:]


@pytest.mark.parametrize(("value", "cell"), [
    ("=1+2", "'=1+2"), ("+33 1 23", "'+33 1 23"), ("-12", "'-12"), ("@SOMME(1;2)", "'@SOMME(1;2)"),
    ("\t=1+2", "'\t=1+2"), ("\r=1+2", "'\r=1+2"), ("ESAT = atelier", "ESAT = atelier"), ("", ""),
])
def test_a_value_that_starts_like_a_formula_gets_an_apostrophe(tmp_path, value, cell):
    issue = RowIssue("liste.csv", 2, "siret", value, "Le SIRET ne doit contenir que des chiffres.")

    write_issues_csv(tmp_path / "rejets.csv", [issue])

    assert written_rows(tmp_path / "rejets.csv") == [
        ["Rejetée", "liste.csv", "2", "", "SIRET", cell,
         "Le SIRET ne doit contenir que des chiffres."]]


def test_every_text_cell_is_made_inert_file_and_structure_names_included(tmp_path):
    issue = RowIssue("=cmd.csv", None, "email", "@x", "-", severity=FLAGGED,
                     structure_name="=HYPERLINK(1)")

    write_issues_csv(tmp_path / "rejets.csv", [issue])

    assert written_rows(tmp_path / "rejets.csv") == [
        ["Signalée", "'=cmd.csv", "", "'=HYPERLINK(1)", "E-mail", "'@x", "'-"]]


def test_the_import_history_export_writes_inert_cells_too(workspace, tmp_path):
    source = tmp_path / "formules.csv"
    source.write_text("Raison sociale;SIRET;Code postal;Ville;E-mail\n"
                      "ESAT Alpha;=1+2;75001;Paris;@x\n", encoding="utf-8")
    summary = import_files(workspace.engine, [source], ImportSettings())

    write_issues_csv(tmp_path / "historique.csv",
                     list_import_issues(workspace.engine, batch_id=summary.batch_id))

    assert [row[3:6] for row in written_rows(tmp_path / "historique.csv")] == [
        ["ESAT Alpha", "SIRET", "'=1+2"], ["ESAT Alpha", "E-mail", "'@x"]]
