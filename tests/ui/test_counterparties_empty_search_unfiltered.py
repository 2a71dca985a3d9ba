"""Fournisseurs: a search matching nothing, no filter ticked, does not send the user to the filters.

With the filters hidden and none ticked, the list said « …aux filtres… affichez les filtres
(F9) pour les modifier ou les effacer »: there was nothing to modify or clear there.
"""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage

SEARCH_ONLY = ("Aucune fiche ne correspond à la recherche. Vérifiez l'orthographe ou "
               "raccourcissez la recherche.")


@pytest.fixture
def page(qtbot, ctx) -> CounterpartiesPage:  # noqa: ANN001
    create_counterparty(ctx.engine, values={"name": "Atelier Bleu"})
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget._scan.wait()
    return widget


def _search(qtbot, page: CounterpartiesPage, text: str) -> str:  # noqa: ANN001
    page.view.search_edit.setText(text)
    qtbot.waitUntil(lambda: not page.search_pending())
    return page.view.empty_label.text()


@pytest.mark.parametrize("hidden", [True, False])
def test_no_filter_ticked_names_no_filter(qtbot, page, hidden) -> None:  # noqa: ANN001
    if hidden:
        page.view.facets_button.click()
    assert page.view.facet_side.shown() is not hidden
    assert _search(qtbot, page, "zzqx") == SEARCH_ONLY
    assert page.view.empty_label.isVisible()


def test_a_ticked_filter_is_named_again(qtbot, page) -> None:  # noqa: ANN001
    page.view.facets_button.click()  # hidden
    page.view.facets.check("favourites", "")
    assert "affichez les filtres (F9)" in _search(qtbot, page, "zzqx")
