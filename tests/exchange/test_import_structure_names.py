"""Each reported row of an import says which structure (or, for a purchase, which supplier) it is
about, so that the user need not open the file at that line to know."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.imports import list_import_issues
from tests.exchange.import_support import run, table_file

HEADER = ["Raison sociale", "SIRET", "Code postal", "E-mail"]
SPEND_HEADER = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Date"]


def reported(summary) -> list[tuple[int | None, str, str, str]]:  # noqa: ANN001
    """(line, structure, field, severity) of each issue of an import, in line order."""
    return sorted((issue.line, issue.structure_name, issue.field, issue.severity)
                  for issue in summary.issues)


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])  # read column by column, row by row
def test_a_directory_report_names_the_structure_of_each_row(workspace, tmp_path, suffix):
    path = table_file(tmp_path / f"annuaire{suffix}", HEADER,
                      ["Atelier Vert", "", "69003", "contact@"],
                      ["", "", "69003", "x@y.fr"],
                      ["ATELIER VERT", "", "69003", "autre@vert.fr"])

    summary = run(workspace, path)

    assert reported(summary) == [
        (2, "Atelier Vert", "email", "flagged"),
        (3, "", "name", "rejected"),  # a row refused for having no name has none to give
        (4, "ATELIER VERT", "email", "flagged"),  # its e-mail not kept: the row's own name
    ]


def test_the_stored_report_keeps_the_names(workspace, tmp_path):
    path = table_file(tmp_path / "annuaire.csv", HEADER, ["Atelier Vert", "123", "ABCDE", ""])
    summary = run(workspace, path)

    stored = list_import_issues(workspace.engine, batch_id=summary.batch_id)

    assert [(issue.line, issue.structure_name, issue.field) for issue in stored] == [
        (2, "Atelier Vert", "siret"), (2, "Atelier Vert", "post_code")]


def test_a_spend_report_names_the_supplier_of_each_line(workspace, tmp_path):
    path = table_file(tmp_path / "achats.csv", SPEND_HEADER,
                      ["Traiteur du Port", "", "100", "31/12/2025"],
                      ["Jardins du Sud", "", "120 € TTC", "31/12/2025"],
                      ["", "", "50", "31/12/2025"])

    summary = run(workspace, path, target="spend")

    assert reported(summary) == [
        (2, "Traiteur du Port", "supplier_name", "flagged"),  # unknown: created as classic
        (3, "Jardins du Sud", "amount", "rejected"),
        (4, "", "siret", "rejected"),  # neither SIRET nor name
    ]
