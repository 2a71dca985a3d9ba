"""Records removed by another window after the list was counted: its last rows are empty.

The list counts its records once and reads its pages later: a page read after a removal
elsewhere comes back short. Choosing such a row, Ctrl+A then Entrée, or « Saisir des achats… »
raised IndexError (the unexpected-error box); now the empty rows are skipped and the list is
read again.
"""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt

from srm_inclusif.storage.services.counterparty_edit import delete_counterparty
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.models import counterparty_table
from srm_inclusif.ui.models.counterparty_table import COL_NAME, CounterpartyTableModel
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.conftest import DEMO_TODAY
from tests.ui.test_counterparties_model import _bulk

ROWS = 25  # four pages of 7: three not read yet are read one by one for Ctrl+A
REMOVED = 5


@pytest.fixture(autouse=True)
def _small_pages(monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setattr(counterparty_table, "PAGE_SIZE", 7)


@pytest.fixture
def ctx(workspace) -> WorkspaceContext:  # noqa: ANN001
    _bulk(workspace, ROWS)
    return WorkspaceContext(workspace, today=lambda: DEMO_TODAY)


def _remove_elsewhere(ctx: WorkspaceContext, numbers: range) -> None:
    """Another window removes the « Structure » of these numbers: this one is not told."""
    names = [f"Structure {i:04d}" for i in numbers]
    with ctx.engine.connect() as connection:
        ids = connection.execute(sa.select(Counterparty.id).where(
            Counterparty.name.in_(names))).scalars().all()  # type: ignore[attr-defined]
    for cid in ids:
        delete_counterparty(ctx.engine, counterparty_id=cid)


def _names(model: CounterpartyTableModel) -> list[str]:
    return [model.index(row, COL_NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def model(qapp, ctx) -> CounterpartyTableModel:  # noqa: ANN001
    model = CounterpartyTableModel(ctx.engine, lambda: date(2026, 11, 22))
    model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    return model


def test_a_row_gone_is_none_and_the_list_is_read_again(qtbot, model, ctx) -> None:
    _remove_elsewhere(ctx, range(REMOVED))
    assert model.row_at(ROWS - 1) is None  # its page, read now, ends 5 rows earlier
    assert model.ids_at([ROWS - 2, ROWS - 1]) == []
    qtbot.waitUntil(lambda: model.total == ROWS - REMOVED)
    assert _names(model) == [f"Structure {i:04d}" for i in range(REMOVED, ROWS)]


@pytest.fixture
def page(qtbot, ctx, monkeypatch) -> CounterpartiesPage:  # noqa: ANN001
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.model.sort(COL_NAME, Qt.SortOrder.AscendingOrder)
    return page


@pytest.fixture
def opened(monkeypatch) -> list[int]:  # noqa: ANN001
    """The records whose card or purchases the page opens (nothing really shown)."""
    ids: list[int] = []
    monkeypatch.setattr(CounterpartiesPage, "open_card", lambda _page, cid: ids.append(cid))
    monkeypatch.setattr(CounterpartiesPage, "open_spend",
                        lambda _page, cid, _name: ids.append(cid))
    return ids


def test_ctrl_a_then_enter_opens_the_first_record(qtbot, page, ctx, opened) -> None:
    page.view.table.selectAll()
    first = page.model.row_at(0)
    _remove_elsewhere(ctx, range(ROWS - REMOVED, ROWS))
    page.view.search_edit.setFocus()
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Return)
    assert opened == [first.id]
    qtbot.waitUntil(lambda: page.model.total == ROWS - REMOVED)
    assert page.view.count_label.text().startswith(f"{ROWS - REMOVED} résultat")


def test_a_row_gone_chosen_opens_no_purchases(qtbot, page, ctx, opened) -> None:
    _remove_elsewhere(ctx, range(REMOVED))
    page.view.table.selectRow(ROWS - 1)  # still listed: the list was counted before
    page.spend_action.trigger()
    assert opened == []
    qtbot.waitUntil(lambda: page.model.total == ROWS - REMOVED)
    assert _names(page.model)[0] == f"Structure {REMOVED:04d}"
