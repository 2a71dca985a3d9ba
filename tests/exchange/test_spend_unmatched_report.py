"""The report of a spend file names the field a flagged supplier was looked up by."""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from tests.support import IMPORT_FIXTURES


def test_unknown_suppliers_are_reported_on_the_field_that_named_them(workspace):
    summary = import_files(workspace.engine, [IMPORT_FIXTURES / "achats_2025.csv"],
                           ImportSettings(target="spend", format_key="spend"))

    flagged = {(issue.line, issue.field, issue.value) for issue in summary.issues
               if issue.severity == "flagged"}
    assert flagged == {
        (2, "siret", "41155513900012"),
        (3, "siret", "52310004800025"),
        (4, "siret", "90000001900019"),  # and its line 5: said once, on its first line
        # no SIRET on this line: the supplier was looked up by its name
        (6, "supplier_name", "Transports Martin"),
    }
