"""The Fournisseurs page at 1024 × 600: facets that can go, a splitter kept, names readable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle

from srm_inclusif.ui.models.counterparty_table import COL_NAME
from srm_inclusif.ui.pages.counterparty_columns import NAME_LEAST_CHARS
from srm_inclusif.ui.pages.counterparty_facet_side import FACETS_WIDTH_KEY
from tests.ui.conftest import LAPTOP, shown_demo_window

SMALL = (1024, 600)


def _page(qtbot, demo_workspace, size=SMALL):  # noqa: ANN001, ANN202
    win = shown_demo_window(qtbot, demo_workspace, size)
    page = win.show_page("counterparties")
    qtbot.waitUntil(lambda: page.view.table.isVisible())
    QApplication.processEvents()
    return win, page


def _whole(table, name: str) -> bool:  # noqa: ANN001
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)
    room = table.horizontalHeader().sectionSize(COL_NAME)
    return table.fontMetrics().horizontalAdvance(name) + margin <= room


def test_beside_the_facets_the_name_keeps_its_room(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    table = page.view.table
    assert page.view.facets.isVisible()
    room = table.horizontalHeader().sectionSize(COL_NAME)
    assert room >= NAME_LEAST_CHARS * table.fontMetrics().averageCharWidth()
    assert _whole(table, "Artisans de Blanchisserie Fontvive")  # it was « Artisans …tvive »


def test_the_facets_hide_with_f9_and_the_names_are_whole(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    view, table = page.view, page.view.table
    table.setFocus()
    narrow = table.width()
    qtbot.keyClick(table, Qt.Key.Key_F9)
    assert not view.facets.isVisible()
    assert view.facets_button.text() == "Afficher les filtres"
    qtbot.waitUntil(lambda: table.width() > narrow + 200)
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible())
    names = [str(page.model.index(r, COL_NAME).data()) for r in range(page.model.rowCount())]
    assert sum(_whole(table, name) for name in names) >= 0.9 * len(names)
    qtbot.keyClick(table, Qt.Key.Key_F9)
    assert view.facets.isVisible()
    assert view.facets_button.text() == "Masquer les filtres"


def test_hiding_the_facets_leaves_the_focus_in_the_list(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    box = page.view.facets.flags["favourites"]
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_F9)
    assert page.view.table.hasFocus()


def test_the_button_says_its_key(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    button = page.view.facets_button
    button.click()
    assert not page.view.facets.isVisible()
    assert button.toolTip() == "Afficher les filtres (F9)"


def test_the_splitter_and_the_hidden_facets_survive_a_restart(qtbot, demo_workspace) -> None:
    win, page = _page(qtbot, demo_workspace)
    splitter = page.view.splitter
    wider = page.view.facets.width() + 60
    splitter.moveSplitter(wider, 1)  # what a drag of the handle does
    assert page.view.facets.width() == wider
    win.close()
    _win, page = _page(qtbot, demo_workspace)
    assert page.view.facets.width() == wider
    page.view.facets_button.click()
    _win, page = _page(qtbot, demo_workspace)
    assert not page.view.facets.isVisible()
    assert page.view.facets_button.text() == "Afficher les filtres"
    page.view.facets_button.click()
    assert page.view.facets.width() == wider


def test_a_dragged_width_is_kept_at_another_window_size(qtbot, demo_workspace) -> None:
    from PySide6.QtCore import QSettings

    win, page = _page(qtbot, demo_workspace, LAPTOP)
    page.view.splitter.moveSplitter(page.view.facets.width() + 40, 1)
    kept = QSettings().value(FACETS_WIDTH_KEY, type=int)
    win.resize(*SMALL)
    qtbot.waitUntil(lambda: page.view.table.width() < 700)
    assert page.view.facets.width() == kept


def test_the_search_hint_is_shorter_but_whole_at_1024_px(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    edit = page.view.search_edit
    hint = edit.placeholderText()
    assert edit.fontMetrics().horizontalAdvance(hint) <= page.view.search_hint.room()
    assert hint == "Rechercher : nom, ville, secteur, contact…"


def test_the_whole_search_hint_comes_back_in_a_wider_window(qtbot, demo_workspace) -> None:
    win, page = _page(qtbot, demo_workspace)
    win.resize(*LAPTOP)
    edit = page.view.search_edit
    qtbot.waitUntil(lambda: "offre" in edit.placeholderText())


def test_facets_widened_on_a_big_screen_leave_the_list_a_name_s_room(qtbot,
                                                                     demo_workspace) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue(FACETS_WIDTH_KEY, 900)  # dragged so on a 1920 px screen
    _win, page = _page(qtbot, demo_workspace)
    table = page.view.table
    assert table.width() >= NAME_LEAST_CHARS * table.fontMetrics().averageCharWidth()
    assert page.view.facets.width() < 900


def test_hidden_facets_that_still_filter_are_counted_on_the_button(qtbot, demo_workspace) -> None:
    _win, page = _page(qtbot, demo_workspace)
    facets, button = page.view.facets, page.view.facets_button
    facets.check("favourites", "")
    facets.check("families", "ess")
    button.click()
    # (the source text: the French catalogue says « 2 actifs »)
    assert button.text() == "Afficher les filtres (2 actif(s))"
    facets.clear()
    assert button.text() == "Afficher les filtres"


def test_the_shortcuts_list_names_f9(qtbot, demo_workspace) -> None:
    from srm_inclusif.ui.shortcuts_dialog import page_rows

    _win, page = _page(qtbot, demo_workspace)
    assert ("Afficher ou masquer les filtres", "F9") in page_rows(page)
