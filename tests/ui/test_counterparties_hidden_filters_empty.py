"""Fournisseurs: an empty search with the filters hidden (F9) says how to reach them.

It told the user to click « Effacer les filtres », a button hidden with the filters.
"""

from __future__ import annotations

import pytest

from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.counterparties_search import empty_list_text, page_with_one_record

HIDDEN = ("Aucune fiche ne correspond à la recherche et aux filtres. Vérifiez l'orthographe, "
          "raccourcissez la recherche ou affichez les filtres (F9) pour les modifier ou les "
          "effacer.")


@pytest.fixture
def page(qtbot, ctx) -> CounterpartiesPage:  # noqa: ANN001
    return page_with_one_record(qtbot, ctx)


def test_hidden_filters_are_pointed_to_by_their_key(qtbot, page) -> None:
    view = page.view
    view.facets.check("favourites", "")  # a filter ticked: the advice names the filters
    assert empty_list_text(qtbot, page, "zzqx").endswith(
        "cliquez sur «\u00a0Effacer les filtres\u00a0».")
    view.facets_button.click()  # the filters hidden
    assert not view.facet_side.shown()
    assert view.empty_label.text() == HIDDEN
    assert view.empty_label.isVisible()
    view.button_actions["toggleFacets"].trigger()  # F9: shown again
    assert view.empty_label.text().endswith("cliquez sur «\u00a0Effacer les filtres\u00a0».")


def test_a_page_opening_with_its_filters_hidden_says_it_at_once(qtbot, ctx, page) -> None:
    page.view.facets_button.click()  # remembered hidden
    again = CounterpartiesPage(ctx)
    qtbot.addWidget(again)
    again.view.facets.check("favourites", "")
    assert empty_list_text(qtbot, again, "zzqx") == HIDDEN
