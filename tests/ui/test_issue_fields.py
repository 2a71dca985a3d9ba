"""The rejected and flagged rows name their field by the file's column title, else by its label.

The label is the one the mapping page shows, in the UI language: a remark kept by an import made
before the titles were kept has no title.
"""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.import_records import RowIssue
from srm_inclusif.ui.models.import_issue_table import COL_FIELD, ImportIssueTableModel
from tests.support import ERP_SPEND

LABELS = {"fr": "Acheteur", "en": "Buyer"}


def _shown(issues: list[RowIssue]) -> set[str]:
    model = ImportIssueTableModel()
    model.set_rows(issues)
    return {model.data(model.index(row, COL_FIELD)) for row in range(model.rowCount())}


def test_issue_fields_are_named_by_the_file_s_columns(workspace, language) -> None:
    summary = import_files(workspace.engine, [ERP_SPEND],
                           ImportSettings(target="spend", dry_run=True))
    assert {issue.field for issue in summary.issues} == {"spend_date", "siret", "buyer"}
    assert _shown(summary.issues) == {"Date", "N° SIRET", "Acheteur"}  # the file's, untranslated


def test_a_field_without_its_column_title_is_named_not_coded(language) -> None:
    issue = RowIssue("achats.csv", 2, "buyer", "Zoé", "Acheteur inconnu.", "flagged")
    assert _shown([issue]) == {LABELS[language]}


def test_a_conflict_with_an_empty_hand_edited_field_is_translated(english) -> None:
    from srm_inclusif.storage.services.supplier_merge import HAND_EDITED
    from srm_inclusif.ui.models.import_issue_table import reason_text

    stored = HAND_EDITED.format(current="")  # the user emptied the field by hand
    assert reason_text(stored) == "Field edited by hand (“”): the file's value is ignored."
