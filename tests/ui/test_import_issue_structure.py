"""The issue table of an import (wizard's summary, Imports page) names each row's structure in a
« Structure » column right after « Ligne »."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.models.import_issue_table import (
    COL_LINE,
    COL_REASON,
    COL_STRUCTURE,
    ImportIssueTableModel,
)
from srm_inclusif.ui.pages.imports_page import ImportsPage


def imported(engine, tmp_path):  # noqa: ANN001, ANN201
    """The summary of a file with a flagged row (named) and a rejected one (no name)."""
    source = tmp_path / "annuaire.csv"
    source.write_text("Raison sociale;E-mail\nAtelier Vert;contact@\n;x@y.fr\n", encoding="utf-8")
    return import_files(engine, [source], ImportSettings())


def rows(model) -> list[tuple[str, str]]:  # noqa: ANN001
    """(line, structure) of each row of an issue table, in line order."""
    return sorted((model.index(row, COL_LINE).data(), model.index(row, COL_STRUCTURE).data())
                  for row in range(model.rowCount()))


def test_the_structure_column_follows_the_line(qapp, marked):
    model = ImportIssueTableModel()

    assert COL_STRUCTURE == COL_LINE + 1
    title = model.headerData(COL_STRUCTURE, Qt.Orientation.Horizontal)
    assert title == "[Vocabulary] Structure"  # « Client » in a seller's workspace


def test_the_import_history_names_the_structure_of_each_row(qtbot, ctx, tmp_path):
    imported(ctx.engine, tmp_path)
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    assert rows(page.issues) == [("2", "Atelier Vert"), ("3", "")]  # line 3 gives no name


def test_the_summary_names_the_structure_of_each_row(qtbot, ctx, tmp_path):
    from srm_inclusif.ui.import_wizard.summary_view import IssuesTable

    table = IssuesTable()
    qtbot.addWidget(table)
    table.show_issues(imported(ctx.engine, tmp_path).issues)

    assert rows(table.issue_model) == [("2", "Atelier Vert"), ("3", "")]


def test_a_long_name_leaves_the_summary_s_reasons_their_room(qtbot, ctx, tmp_path):
    from srm_inclusif.ui.import_wizard.summary_view import IssuesTable
    from srm_inclusif.ui.table_view import columns_outside

    long_name = "Association régionale pour l'insertion des personnes handicapées du Grand Est"
    source = tmp_path / "annuaire.csv"
    source.write_text(f"Raison sociale;E-mail\n{long_name};contact@\n", encoding="utf-8")
    table = IssuesTable()
    qtbot.addWidget(table)
    table.resize(1200, 400)  # the summary page's table in a wizard on a 1280 x 720 screen
    table.show()
    qtbot.waitExposed(table)
    table.show_issues(import_files(ctx.engine, [source], ImportSettings()).issues)

    assert columns_outside(table) == []
    # the name is cut (whole in its tooltip): the reason beside it is the widest column
    widths = [table.columnWidth(column) for column in range(table.model().columnCount())]
    assert max(widths) == widths[COL_REASON]
