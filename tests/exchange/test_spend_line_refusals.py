"""A rejected purchase line lists every reason it is refused, not only its first, and still
counts as one rejected line."""

from __future__ import annotations

from srm_inclusif.core.sectors import SectorIndex
from srm_inclusif.exchange.plan import plan_file
from srm_inclusif.exchange.preview import normalised_preview
from srm_inclusif.storage.services.imports import list_import_issues
from tests.exchange.import_support import run, table_file

HEADER = ["Raison sociale du Fournisseur", "SIRET", "Dépense achat (€)", "Date"]
ROWS = (["Traiteur du Port", "", "100", "31/12/2025"],
        ["Jardins du Sud", "", "120 € TTC", "31/02/2025"],  # TTC amount and no such day
        ["", "", "douze", "hier"],  # nothing readable at all
        ["Atelier Vert", "", "50", "hier"],
        ["Total", "", "270", ""])  # a total line: only that


def rejected(issues) -> list[tuple[int | None, str]]:  # noqa: ANN001
    """(line, field) of the rejected issues, in line order."""
    return sorted((issue.line, issue.field) for issue in issues if issue.severity == "rejected")


def test_each_refusal_of_a_line_is_reported_and_the_line_counted_once(workspace, tmp_path):
    summary = run(workspace, table_file(tmp_path / "achats.csv", HEADER, *ROWS), target="spend")

    assert rejected(summary.issues) == [
        (3, "amount"), (3, "spend_date"),
        (4, "amount"), (4, "siret"), (4, "spend_date"),
        (5, "spend_date"),
    ]
    assert (summary.rows, summary.rejected, summary.inserted, summary.skipped_totals) == (
        5, 3, 1, 1)
    stored = list_import_issues(workspace.engine, batch_id=summary.batch_id)
    assert rejected(stored) == rejected(summary.issues)


def test_the_reasons_name_each_cell_with_its_value(workspace, tmp_path):
    summary = run(workspace, table_file(tmp_path / "achats.csv", HEADER, ROWS[1]),
                  target="spend")

    assert [(issue.field, issue.value, issue.structure_name) for issue in summary.issues] == [
        ("amount", "120 € TTC", "Jardins du Sud"), ("spend_date", "31/02/2025", "Jardins du Sud")]


def test_the_preview_gives_every_reason_of_a_rejected_line(tmp_path):
    plan = plan_file(table_file(tmp_path / "achats.csv", HEADER, *ROWS), target="spend")

    rows = {row.line: row.problems for row in normalised_preview(plan, SectorIndex([]))}

    assert len(rows[4]) == 3
    assert rows[4][2] == "Date illisible (attendu 31/12/2025 ou 2025-12-31)."
    assert rows[6] == ("Ligne de total ou de pagination, pas un achat.",)
