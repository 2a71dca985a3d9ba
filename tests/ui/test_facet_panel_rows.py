"""The Fournisseurs facets: check boxes that do not touch, and no empty box."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from srm_inclusif.storage.services.counterparty_edit import LabelValue, create_counterparty
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage


def _page(qtbot, ctx) -> CounterpartiesPage:  # noqa: ANN001
    """The page shown, once its label facet offers the one label of the workspace.

    The labels and networks come from a scan after the page opened: their facets are the
    last to fill. Each test's workspace has a structure with a label, so there is one to see.
    """
    create_counterparty(ctx.engine, values={"name": "Régie Est", "labels": [LabelValue("ESUS")]})
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1024, 560)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.view.facets.option_count("labels") == 1)
    return page


def test_each_value_s_row_is_taller_than_its_check_box(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    view = page.view.facets.lists["families"]
    model = view.model()
    assert model.rowCount() > 0  # else the loop below would check nothing
    for row in range(model.rowCount()):
        index = model.index(row)
        option = QStyleOptionViewItem()
        view.itemDelegate().initStyleOption(option, index)
        option.rect = view.visualRect(index)
        box = view.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        indicator = view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight)
        # the box is whole inside its row, with air above and below: boxes no longer touch
        assert option.rect.height() >= indicator + 4
        assert option.rect.top() < box.top()
        assert box.bottom() < option.rect.bottom()


def test_a_facet_with_nothing_to_tick_is_not_an_empty_box(qtbot, ctx) -> None:
    page = _page(qtbot, ctx)
    facets = page.view.facets
    assert facets.option_count("networks") == 0
    assert not facets.lists["networks"].parentWidget().isVisibleTo(facets)
    assert facets.lists["families"].parentWidget().isVisibleTo(facets)


def test_a_network_found_shows_its_box(qtbot, ctx) -> None:
    create_counterparty(ctx.engine, values={"name": "Atelier Tremplin", "networks": ["UNEA"]})
    page = _page(qtbot, ctx)
    facets = page.view.facets
    assert facets.option_count("networks") == 1
    assert facets.lists["networks"].parentWidget().isVisibleTo(facets)
