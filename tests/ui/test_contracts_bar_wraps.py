"""Contrats on a 1024 × 600 screen: the buttons go under the filters and the search box shows
its whole placeholder (« Intitulé ou str… » was cut); on a laptop they stay on one line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import LAPTOP, shown_demo_window


def _page(qtbot, demo_workspace, size: tuple[int, int]):  # noqa: ANN001, ANN202
    page = shown_demo_window(qtbot, demo_workspace, size).show_page("contracts")
    QApplication.processEvents()
    return page


@pytest.mark.usefixtures("language")
def test_on_a_small_screen_the_search_box_shows_its_whole_placeholder(
        qtbot, demo_workspace) -> None:
    page = _page(qtbot, demo_workspace, (1024, 600))
    box = page.text_filter
    assert box.width() > box.fontMetrics().horizontalAdvance(box.placeholderText()) + 10
    for button in page.buttons.values():  # whole, and not stretched across the page
        assert button.width() == button.sizeHint().width()
        assert button.mapTo(page, button.rect().topRight()).x() <= page.width()


def test_in_french_the_buttons_go_under_the_filters(qtbot, demo_workspace, french) -> None:
    page = _page(qtbot, demo_workspace, (1024, 600))
    box, new = page.text_filter, page.buttons["new"]
    assert not page.bar.on_one_line()
    assert new.mapTo(page, new.rect().topLeft()).y() > box.mapTo(page, box.rect().bottomLeft()).y()


def test_on_a_laptop_filters_and_buttons_share_a_line(qtbot, demo_workspace) -> None:
    page = _page(qtbot, demo_workspace, LAPTOP)
    assert page.bar.on_one_line()
    box, new = page.text_filter, page.buttons["new"]
    assert abs(new.geometry().center().y() - box.geometry().center().y()) < box.height()
    assert box.width() > box.fontMetrics().horizontalAdvance(box.placeholderText())
