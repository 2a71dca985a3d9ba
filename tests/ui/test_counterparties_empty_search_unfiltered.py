"""Fournisseurs: a search matching nothing, no filter ticked, does not send the user to the filters.

With the filters hidden and none ticked, the list said « …aux filtres… affichez les filtres
(F9) pour les modifier ou les effacer »: there was nothing to modify or clear there.
"""

from __future__ import annotations

import pytest

from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.counterparties_search import empty_list_text, page_with_one_record

SEARCH_ONLY = ("Aucune fiche ne correspond à la recherche. Vérifiez l'orthographe ou "
               "raccourcissez la recherche.")


@pytest.fixture
def page(qtbot, ctx) -> CounterpartiesPage:  # noqa: ANN001
    return page_with_one_record(qtbot, ctx)


@pytest.mark.parametrize("hidden", [True, False])
def test_no_filter_ticked_names_no_filter(qtbot, page, hidden) -> None:  # noqa: ANN001
    if hidden:
        page.view.facets_button.click()
    assert page.view.facet_side.shown() is not hidden
    assert empty_list_text(qtbot, page, "zzqx") == SEARCH_ONLY
    assert page.view.empty_label.isVisible()


def test_a_ticked_filter_is_named_again(qtbot, page) -> None:  # noqa: ANN001
    page.view.facets_button.click()  # hidden
    page.view.facets.check("favourites", "")
    assert "affichez les filtres (F9)" in empty_list_text(qtbot, page, "zzqx")
