"""The Clients page of a structure inclusive: client companies, not inclusive structures.

A seller filters her clients by place, sector, label, favourite or contract; the facets
describing an inclusive structure (family, kind, type of service, network, QPV / ZRR) and the
buyer's « Besoin et présélection » are a buyer's only. She opens a client's impact report from
the list instead.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import LabelValue, create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.models.counterparty_table import COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from tests.ui.profile_pages import page_as

STRUCTURE_FACETS = ("families", "kinds", "service_types", "networks")
CLIENT_FACETS = ("regions", "departments", "sector_groups", "sectors", "labels", "natures")


@pytest.fixture
def ctx(ctx):  # noqa: ANN001, ANN201
    """Two counterparties: a classic company and an entreprise d'insertion, labelled and in a
    network (a facet with nothing to tick is not shown to anyone)."""
    create_counterparty(ctx.engine, values={
        "name": "Transports Dupont SA", "kind": "CLASSIC",
        "labels": [LabelValue("B-Corp", date(2025, 1, 1), None)]})
    create_counterparty(ctx.engine, values={"name": "Mairie de Valombre", "kind": "EI",
                                            "networks": ["COORACE"]})
    return ctx


@pytest.fixture
def needs_opened(monkeypatch) -> list[object]:  # noqa: ANN001
    """The « Besoin et présélection » forms opened (none is shown)."""
    opened: list[object] = []
    monkeypatch.setattr(CounterpartiesPage, "_on_need", lambda page: opened.append(page))
    return opened


def _page(qtbot, ctx, profile: Profile) -> CounterpartiesPage:  # noqa: ANN001
    page = page_as(qtbot, ctx, profile, CounterpartiesPage)
    page.activateWindow()  # its shortcuts act
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page._scan.wait()
    return page


def _facet_shown(page: CounterpartiesPage, name: str) -> bool:
    return page.view.facets.lists[name].isVisibleTo(page)


def _names(page: CounterpartiesPage) -> list[str]:
    return sorted(page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount()))


def test_a_seller_is_not_offered_the_structure_facets(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert [n for n in STRUCTURE_FACETS if _facet_shown(page, n)] == []
    assert not page.view.facets.flags["qpv"].isVisibleTo(page)
    assert not page.view.facets.flags["zrr"].isVisibleTo(page)


def test_a_seller_keeps_places_sectors_labels_and_her_switches(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert all(_facet_shown(page, n) for n in CLIENT_FACETS)
    flags = page.view.facets.flags
    assert all(flags[n].isVisibleTo(page) for n in ("favourites", "active_contract",
                                                     "valid_label"))


def test_a_buyer_keeps_every_facet(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.ACHETEUR)
    assert all(_facet_shown(page, n) for n in STRUCTURE_FACETS + CLIENT_FACETS)
    assert page.view.facets.flags["qpv"].isVisibleTo(page)


def test_a_seller_has_no_need_and_shortlist_button_nor_its_key(qtbot, ctx,
                                                               needs_opened) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert not page.view.need_button.isVisibleTo(page)
    qtbot.keyClick(page.view.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert needs_opened == []


def test_a_buyer_opens_a_need_with_ctrl_b(qtbot, ctx, needs_opened) -> None:
    page = _page(qtbot, ctx, Profile.ACHETEUR)
    assert page.view.need_button.isVisibleTo(page)
    qtbot.keyClick(page.view.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert len(needs_opened) == 1


def test_a_saved_search_on_a_structure_kind_does_not_filter_a_seller_unseen(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    page.apply_filter(CounterpartyFilter(kinds=frozenset({"EI"}), qpv=True))
    assert _names(page) == ["Mairie de Valombre", "Transports Dupont SA"]
    assert page.view.count_label.text() == "2 résultat(s)"


def test_the_page_follows_a_change_of_profile(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.ACHETEUR)
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    page.refresh(Changes(settings=True))
    assert page.view.title_label.text() == "Clients"
    assert not _facet_shown(page, "kinds")
    assert page.view.impact_button.isVisibleTo(page)


@pytest.fixture
def impact_opened(monkeypatch) -> list[int | None]:  # noqa: ANN001
    """The clients whose impact reports were opened (no dialog shown)."""
    opened: list[int | None] = []
    monkeypatch.setattr("srm_inclusif.ui.impact_dialog.open_impact_reports",
                        lambda parent, ctx, counterparty_id=None: opened.append(counterparty_id))
    return opened


def _choose(page: CounterpartiesPage, name: str) -> int:
    row = next(r for r in range(page.model.rowCount())
               if page.model.index(r, COL_NAME).data() == name)
    page.view.table.selectRow(row)
    return page.model.row_at(row).id


def test_a_seller_opens_the_chosen_clients_impact_reports(qtbot, ctx, impact_opened) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    assert not page.view.impact_button.isEnabled()  # waits for a client
    client = _choose(page, "Transports Dupont SA")
    qtbot.mouseClick(page.view.impact_button, Qt.MouseButton.LeftButton)
    assert impact_opened == [client]


def test_the_lists_menu_offers_the_impact_report_to_a_seller_only(qtbot, ctx,
                                                                  impact_opened) -> None:
    page = _page(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE)
    client = _choose(page, "Mairie de Valombre")
    shown = [a for a in page.view.table.actions() if a.isVisible()]
    assert "Bilan d'impact…" in [a.text() for a in shown]
    page.impact_action.trigger()
    assert impact_opened == [client]


def test_a_buyer_has_no_impact_report(qtbot, ctx) -> None:
    page = _page(qtbot, ctx, Profile.ACHETEUR)
    assert not page.view.impact_button.isVisibleTo(page)
    assert "Bilan d'impact…" not in [a.text() for a in page.view.table.actions()
                                     if a.isVisible()]
