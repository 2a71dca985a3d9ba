"""One card at a time is selected on the pipeline board, whatever column it is in: clicking a
card again after one of another column shows it again, and the table and the board agree on
the relationship shown when the user switches between them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.lifecycle_support import add_counterparty

TODAY = date(2026, 11, 22)
NAMES = {"Envie Nord": Stage.SOURCING, "ESAT du Lac": Stage.CONSULTATION,
         "Atelier Dupuis": Stage.CONSULTATION}


@pytest.fixture
def page(qtbot, workspace) -> RelationshipsPage:
    for name, stage in NAMES.items():
        cp = add_counterparty(workspace.engine, name, "EI")
        rid = create_relationship(workspace.engine, counterparty_id=cp, on=date(2026, 10, 1)).id
        if stage is not Stage.SOURCING:
            move_stage(workspace.engine, relationship_id=rid, to_stage=stage,
                       on=date(2026, 10, 2), reason="")
    widget = RelationshipsPage(WorkspaceContext(workspace, today=lambda: TODAY))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(page: RelationshipsPage, name: str) -> None:
    """Click the card of ``name`` with the mouse."""
    for column in page.board.columns.values():
        for row in range(column.count()):
            if column.item(row).toolTip().startswith(name):
                where = column.visualItemRect(column.item(row)).center()
                QTest.mouseClick(column.viewport(), Qt.MouseButton.LeftButton, pos=where)
                return
    raise AssertionError(name)


def highlighted(page: RelationshipsPage) -> list[str]:
    return [item.toolTip().split("\n")[0] for column in page.board.columns.values()
            for item in column.selectedItems()]


def shown(page: RelationshipsPage) -> str:
    return page.detail.title.text()


def test_clicking_a_card_again_shows_it_again(qtbot, page) -> None:
    click(page, "Envie Nord")
    click(page, "ESAT du Lac")
    assert "ESAT du Lac" in shown(page)
    click(page, "Envie Nord")
    assert "Envie Nord" in shown(page)
    assert highlighted(page) == ["Envie Nord"]


def test_one_card_is_highlighted_across_columns(qtbot, page) -> None:
    click(page, "ESAT du Lac")
    click(page, "Envie Nord")
    assert highlighted(page) == ["Envie Nord"]


def test_the_board_shows_what_the_table_chose(qtbot, page) -> None:
    click(page, "Envie Nord")
    page.tabs.setCurrentIndex(1)
    row = next(r for r in range(page.proxy.rowCount())
               if page.proxy.index(r, 0).data() == "Atelier Dupuis")
    page.table.selectRow(row)
    assert "Atelier Dupuis" in shown(page)
    page.tabs.setCurrentIndex(0)
    assert highlighted(page) == ["Atelier Dupuis"]
    click(page, "ESAT du Lac")
    page.tabs.setCurrentIndex(1)
    chosen = page.table.selectionModel().selectedRows()
    assert [page.proxy.data(index) for index in chosen] == ["ESAT du Lac"]
