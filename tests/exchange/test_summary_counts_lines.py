"""An import summary counts rejected and flagged lines once each, whatever their issues."""

from __future__ import annotations

from srm_inclusif.storage.services.import_records import (
    CONFLICT,
    FLAGGED,
    ImportSummary,
    RowIssue,
)


def test_a_line_counts_once_per_severity_and_conflicts_count_fields():
    summary = ImportSummary(target="spend", format="spend")
    for line, field, severity in ((2, "amount", "rejected"), (2, "spend_date", "rejected"),
                                  (3, "siret", FLAGGED), (3, "post_code", FLAGGED),
                                  (4, "siret", FLAGGED), (5, "name", CONFLICT),
                                  (5, "city", CONFLICT)):
        summary.count_issue(RowIssue("achats.csv", line, field, "?", "…", severity))
    summary.count_issue(RowIssue("autres.csv", 3, "siret", "?", "…", FLAGGED))

    counts = summary.counts()
    assert (counts["rejected"], counts["flagged"], counts["flag_remarks"],
            counts["conflicts"]) == (1, 3, 4, 2)
    assert len(summary.issues) == 8  # every issue is kept for the report
