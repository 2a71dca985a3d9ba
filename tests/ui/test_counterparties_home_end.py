"""Fournisseurs: Ctrl+End and Ctrl+Home go to the last and first structure, names in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models.counterparty_table import COL_NAME
from tests.ui.conftest import shown_demo_window


def test_ctrl_end_selects_the_last_structure_without_scrolling_sideways(
        qtbot, demo_workspace) -> None:  # noqa: ANN001
    window = shown_demo_window(qtbot, demo_workspace, (1024, 600))
    page = window.show_page("counterparties")
    QApplication.processEvents()
    table, model = page.view.table, page.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, COL_NAME))

    qtbot.keyClick(table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)

    last = model.rowCount() - 1
    assert table.currentIndex().row() == last
    assert table.currentIndex().column() == COL_NAME
    assert [index.row() for index in table.selectionModel().selectedRows()] == [last]
    assert table.horizontalScrollBar().value() == 0  # the names stay in view
    qtbot.keyClick(table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert [index.row() for index in table.selectionModel().selectedRows()] == [0]
