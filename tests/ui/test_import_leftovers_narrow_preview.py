"""The mapping preview gives its remarks their room at the wizard's least width, and in English.

At the wizard's least width (about 890 px) a SIRENE preview's « Remarque » sat behind a
sideways scroll bar; in English at 1000 px a spend preview's remarks had a narrow strip. The
value columns narrow instead, their texts cut short and whole in their tooltips.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem, QTableWidget

from srm_inclusif.ui.import_wizard import start_import_wizard
from srm_inclusif.ui.import_wizard.preview_cells import ROOMY_CHARS
from srm_inclusif.ui.import_wizard.wizard import ImportWizard
from srm_inclusif.ui.table_view import FullTextDelegate, elided_text
from tests.support import ERP_SPEND, IMPORT_FIXTURES


def preview(qtbot, ctx, paths: list[Path], target: str, size: tuple[int, int] | None = None,
            table: str = "") -> QTableWidget:  # noqa: ANN001
    """The mapping page's preview of ``table`` (a ZIP's member), the wizard at ``size``."""
    wizard = start_import_wizard(ctx, None, paths, target=target)
    qtbot.addWidget(wizard)
    wizard.resize(*(size or (wizard.minimumSize().width(), 680)))
    wizard.next()
    wizard.next()
    assert wizard.currentId() == ImportWizard.PAGE_MAPPING
    page = wizard.currentPage()
    page.file_combo.setCurrentIndex(next(
        i for i in range(page.file_combo.count()) if table in page.file_combo.itemText(i)))
    qtbot.wait(50)
    return page.preview_table


def assert_remarks_have_room(table: QTableWidget) -> None:
    remarks = table.columnCount() - 1
    assert any(table.item(row, remarks).text() for row in range(table.rowCount()))
    right = table.columnViewportPosition(remarks) + table.columnWidth(remarks)
    assert right <= table.viewport().width()  # in sight, no sideways scrolling
    assert table.horizontalHeader().length() <= table.viewport().width()
    assert table.columnWidth(remarks) >= ROOMY_CHARS * table.fontMetrics().averageCharWidth()


def cut_values_whole_in_tooltips(table: QTableWidget) -> int:
    """How many values are wider than their column; each says itself whole in its tooltip."""
    cut = 0
    for row in range(table.rowCount()):
        for column in range(1, table.columnCount() - 1):
            index = table.model().index(row, column)
            option = QStyleOptionViewItem()
            option.initFrom(table)
            option.rect = table.visualRect(index)
            if elided_text(table.itemDelegate(), option, index):
                cut += 1
                tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
                assert tooltip is None or index.data() in tooltip
    assert isinstance(table.itemDelegate(), FullTextDelegate)  # shows the tooltips left None
    return cut


def test_a_sirene_preview_at_the_least_width_keeps_its_remarks_in_sight(qtbot, ctx):
    table = preview(qtbot, ctx, [IMPORT_FIXTURES / "sirene_extrait.zip"], "suppliers",
                    table="StockEtablissement")

    assert table.window().width() < 900
    assert_remarks_have_room(table)
    assert cut_values_whole_in_tooltips(table) > 0  # the names, the kinds: cut short


def test_an_english_spend_preview_at_1000_px_gives_its_remarks_room(qtbot, ctx, english):  # noqa: ARG001
    table = preview(qtbot, ctx, [ERP_SPEND], "spend", (1000, 680))

    assert_remarks_have_room(table)
    cut_values_whole_in_tooltips(table)
