"""The wizard's table of rows to check shows each reason whole: a row is as high as its reason
wrapped at the reason column's width (at two lines it was cut with « … »), in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.import_wizard.summary_view import IssuesTable
from srm_inclusif.ui.models.import_issue_table import COL_REASON
from srm_inclusif.ui.table_view import cell_margin

#: A reason wrapping on three lines or more in the wizard at 1024 px.
LONG_ADDRESS = "12 rue des Tanneurs, bâtiment B, zone artisanale des Quatre Chemins"


def _reason_fits(table: IssuesTable, row: int) -> bool:
    index = table.model().index(row, COL_REASON)
    rect = table.visualRect(index)
    text = str(index.data())
    needed = table.fontMetrics().boundingRect(
        QRect(0, 0, rect.width() - cell_margin(table), 10_000), int(Qt.TextFlag.TextWordWrap), text)
    return needed.height() <= rect.height()


@pytest.mark.usefixtures("language")
@pytest.mark.parametrize("width", [950, 800])
def test_each_reason_shows_whole(qtbot, ctx, tmp_path, width) -> None:  # noqa: ANN001
    source = tmp_path / "liste_structures.csv"
    source.write_text(
        "Raison sociale;Adresse;Code postal\n"
        f"LES ATELIERS DU LAC;{LONG_ADDRESS};01000\n"
        "Les Ateliers du Lac;1 quai Nord;01000\n"
        ";3 rue Basse;01000\n", encoding="utf-8")
    issues = import_files(ctx.engine, [source], ImportSettings()).issues
    table = IssuesTable()
    qtbot.addWidget(table)
    table.resize(width, 330)
    table.show()
    qtbot.waitExposed(table)
    table.show_issues(issues)
    QApplication.processEvents()
    model = table.model()
    reasons = [str(model.index(row, COL_REASON).data()) for row in range(model.rowCount())]
    assert any(len(reason) > 80 for reason in reasons), reasons  # one reason needs 3+ lines
    assert [row for row in range(model.rowCount()) if not _reason_fits(table, row)] == []
    table.resize(width - 100, 330)  # a narrower reason column: its rows grow
    QApplication.processEvents()
    assert [row for row in range(model.rowCount()) if not _reason_fits(table, row)] == []


def test_a_long_reason_sorted_into_the_first_rows_shows_whole(qtbot) -> None:  # noqa: ANN001
    """Only the first rows are fitted; sorting brought a long reason from further down to the
    top, where it kept two lines and was cut."""
    from srm_inclusif.storage.services.import_records import RowIssue
    from srm_inclusif.ui.import_wizard.summary_view import ROWS_FITTED
    from srm_inclusif.ui.models.import_issue_table import COL_LINE

    issues = [RowIssue("annuaire.csv", line, "name", "", "Raison sociale manquante.")
              for line in range(2, ROWS_FITTED + 52)]
    issues.append(RowIssue("annuaire.csv", ROWS_FITTED + 60, "address", LONG_ADDRESS,
                           f"Adresse déjà saisie à la main : « {LONG_ADDRESS} » est gardée, "
                           f"la valeur du fichier n'est pas reprise. {LONG_ADDRESS}."))
    table = IssuesTable()
    qtbot.addWidget(table)
    table.resize(800, 330)
    table.show()
    qtbot.waitExposed(table)
    table.show_issues(issues)

    table.sortByColumn(COL_LINE, Qt.SortOrder.DescendingOrder)
    QApplication.processEvents()

    assert LONG_ADDRESS in str(table.model().index(0, COL_REASON).data())
    assert _reason_fits(table, 0)
