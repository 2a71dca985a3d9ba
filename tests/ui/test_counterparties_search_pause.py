"""The Fournisseurs list answers a pause in typing, not each keystroke; a whole list selected.

Entrée, ↓ and Échap answer at once what the box holds; Ctrl+A chooses every record of a list
longer than the rows read so far.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.ui.models import counterparty_table
from srm_inclusif.ui.models.counterparty_table import COL_NAME, CounterpartyTableModel
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.counterparties_search import search_page

#: A search only one demo record answers.
ONE = "traiteur marvaux 125"


@pytest.fixture
def page(qtbot, demo_ctx, monkeypatch) -> CounterpartiesPage:  # noqa: ANN001
    """The Fournisseurs page of the demo (read 7 rows at a time), focus in its search box."""
    monkeypatch.setattr(counterparty_table, "PAGE_SIZE", 7)
    return search_page(qtbot, demo_ctx)


@pytest.fixture
def opened(monkeypatch) -> list[int]:  # noqa: ANN001
    """The ids of the records whose card the page opens (no card really shown)."""
    ids: list[int] = []
    monkeypatch.setattr(CounterpartiesPage, "open_card", lambda _page, cid: ids.append(cid))
    return ids


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(QApplication.focusWidget(), text)


def test_the_list_answers_once_the_typing_pauses(qtbot, page) -> None:
    everything = page.model.total
    searched: list[str] = []
    page.model.modelReset.connect(lambda: searched.append(page.model.current_filter.text))
    _type(qtbot, ONE)
    assert page.model.total == everything  # not yet: the keystrokes came without a pause
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert searched == [ONE]
    assert page.view.count_label.text().startswith("1 résultat")


def test_enter_opens_what_was_just_typed(qtbot, page, opened) -> None:
    _type(qtbot, ONE)
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Return)
    assert [page.model.row_at(page.model.row_of(cid)).name for cid in opened] == [
        "Envol Traiteur Marvaux 125"]


def test_down_enters_the_list_of_what_was_just_typed(qtbot, page) -> None:
    _type(qtbot, ONE)
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is page.view.table
    assert page.model.total == 1
    assert [page.model.index(0, COL_NAME).data()] == ["Envol Traiteur Marvaux 125"]
    assert len(page.selected_ids()) == 1


def test_escape_shows_every_record_at_once(qtbot, page) -> None:
    everything = page.model.total
    _type(qtbot, ONE)
    qtbot.waitUntil(lambda: page.model.total == 1)
    qtbot.keyClick(page.view.search_edit, Qt.Key.Key_Escape)
    assert page.model.total == everything


def _ctrl_a(qtbot, page: CounterpartiesPage) -> None:  # noqa: ANN001
    table = page.view.table
    table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table)
    qtbot.keyClick(table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_a_chooses_every_record_in_list_order(qtbot, page) -> None:
    _ctrl_a(qtbot, page)
    chosen = page.selected_ids()  # pages not read yet: their ids in one query
    model = page.model
    # what the list shows, read afterwards page by page (7 rows at a time) as it scrolls
    shown = [model.row_at(row).id for row in range(model.total)]
    assert len(shown) > 300
    assert chosen == shown
    assert page.view.add_to_list_button.isEnabled()


def test_ctrl_a_leaves_the_column_titles_as_they_were(qtbot, page) -> None:
    """Qt drew every title bold, as selected, once every row was: none is drawn so now."""
    header = page.view.table.horizontalHeader()
    page.view.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.view.table)
    before = header.grab().toImage()
    _ctrl_a(qtbot, page)
    assert page.view.favourite_button.isEnabled()  # the rows were chosen
    assert header.grab().toImage() == before


class _CountedModel(CounterpartyTableModel):
    """The list's model, counting how often Qt asks its number of rows."""

    asked = 0

    def rowCount(self, *args: object) -> int:  # noqa: N802
        _CountedModel.asked += 1
        return super().rowCount(*args)


def test_ctrl_a_does_not_ask_every_row_to_draw_the_titles(qtbot, demo_ctx, monkeypatch) -> None:
    """A guard of the freeze: drawing a title as selected asked each row of its column.

    The window froze 4 s on 100 000 records; on the demo's few hundred the time is too short
    to notice, so the questions asked stand for it.
    """
    from srm_inclusif.ui.pages import counterparties_page

    monkeypatch.setattr(counterparties_page, "CounterpartyTableModel", _CountedModel)
    page = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    _CountedModel.asked = 0
    page.view.table.selectAll()
    page.view.table.horizontalHeader().grab()
    assert page.model.total > 300
    assert _CountedModel.asked < 100
