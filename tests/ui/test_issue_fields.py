"""The rejected and flagged rows name their field as the mapping page does, in the UI language."""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.models.import_issue_table import COL_FIELD, ImportIssueTableModel
from tests.support import ERP_SPEND

NAMES = {"fr": {"Date", "SIRET", "Acheteur"}, "en": {"Date", "SIRET", "Buyer"}}


def test_issue_fields_are_named_not_coded(workspace, language) -> None:
    summary = import_files(workspace.engine, [ERP_SPEND],
                           ImportSettings(target="spend", dry_run=True))
    model = ImportIssueTableModel()
    model.set_rows(summary.issues)
    shown = {model.data(model.index(row, COL_FIELD)) for row in range(model.rowCount())}
    assert {issue.field for issue in summary.issues} == {"spend_date", "siret", "buyer"}
    assert shown == NAMES[language]


def test_a_conflict_with_an_empty_hand_edited_field_is_translated(english) -> None:
    from srm_inclusif.storage.services.supplier_merge import HAND_EDITED
    from srm_inclusif.ui.models.import_issue_table import reason_text

    stored = HAND_EDITED.format(current="")  # the user emptied the field by hand
    assert reason_text(stored) == "Field edited by hand (“”): the file's value is ignored."
