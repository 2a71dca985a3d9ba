"""The mapping page's preview keeps its remarks in sight when many columns share the width.

A SIRENE preview has eleven columns: at the wizard's size their one-line titles (« Références
clients », « Code postal ») left the remarks no room, and the remarks were pushed whole past
the right edge, seen only by scrolling sideways.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTableWidget

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.preview_cells import REMARK_CHARS
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from tests.support import IMPORT_FIXTURES


def sirene_preview(qtbot, ctx) -> QTableWidget:  # noqa: ANN001
    wizard = start_import_wizard(ctx, None, [IMPORT_FIXTURES / "sirene_extrait.zip"])
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resize(1000, 640)
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    page = wizard.currentPage()
    page.file_combo.setCurrentIndex(next(
        i for i in range(page.file_combo.count())
        if "StockEtablissement" in page.file_combo.itemText(i)))
    qtbot.wait(50)
    return page.preview_table


def test_the_sirene_preview_leaves_its_remarks_in_sight(qtbot, ctx):
    table = sirene_preview(qtbot, ctx)
    remarks = table.columnCount() - 1
    assert table.horizontalHeaderItem(remarks).text() == "Remarque"
    assert any(table.item(row, remarks).text() for row in range(table.rowCount()))

    right = table.columnViewportPosition(remarks) + table.columnWidth(remarks)
    assert right <= table.viewport().width()
    assert table.columnWidth(remarks) >= REMARK_CHARS * table.fontMetrics().averageCharWidth()


def test_the_titles_wrap_rather_than_widen_an_empty_column(qtbot, ctx):
    table = sirene_preview(qtbot, ctx)
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    references = headers.index("Références clients")
    assert not any(table.item(row, references).text() for row in range(table.rowCount()))

    header = table.horizontalHeader()
    one_line = header.sectionSizeHint(references)  # the whole title on one line
    assert table.columnWidth(references) < one_line - 3 * header.fontMetrics().averageCharWidth()

