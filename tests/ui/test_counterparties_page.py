"""The Fournisseurs page through the GUI: search as you type, facets, favourites, saved searches."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.counterparty_edit import LabelValue, create_counterparty
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.models.counterparty_table import COL_FAVOURITE, COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage


def _names(page: CounterpartiesPage) -> list[str]:
    model = page.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def page(qtbot, workspace, ctx) -> CounterpartiesPage:
    engine = workspace.engine
    create_counterparty(engine, values={
        "name": "Nettoyage Solidaire", "kind": "EI", "post_code": "69003", "city": "Lyon",
        "networks": ["COORACE"], "is_qpv": True, "sectors": ["nettoyage-de-locaux-16"],
        "labels": [LabelValue("ESUS", date(2025, 1, 1), None)]})
    create_counterparty(engine, values={
        "name": "Énergie Partagée", "kind": "ESAT", "post_code": "38000", "city": "Grenoble",
        "service_types": ["BUILD"]})
    create_counterparty(engine, values={"name": "Bureau Fournitures", "kind": "CLASSIC"})
    widget = CounterpartiesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.view.facets.option_count("networks") == 1)
    return widget


def test_typing_filters_accent_and_case_insensitive_prefix(qtbot, page) -> None:
    assert page.view.title_label.text() == "Fournisseurs"
    assert page.view.count_label.text() == "3 résultat(s)"
    qtbot.keyClicks(page.view.search_edit, "nett")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert _names(page) == ["Nettoyage Solidaire"]
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "ENERGIE")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert _names(page) == ["Énergie Partagée"]
    assert page.view.count_label.text() == "1 résultat(s)"
    page.view.search_edit.clear()
    qtbot.keyClicks(page.view.search_edit, "locaux")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert _names(page) == ["Nettoyage Solidaire"]


@pytest.mark.parametrize(("facet", "code", "expected"), [
    ("families", "handicap", ["Énergie Partagée"]),
    ("kinds", "CLASSIC", ["Bureau Fournitures"]),
    ("departments", "69", ["Nettoyage Solidaire"]),
    ("regions", "84", ["Énergie Partagée", "Nettoyage Solidaire"]),
    ("sector_groups", "hygiene-et-proprete-64", ["Nettoyage Solidaire"]),
    ("sectors", "nettoyage-de-locaux-16", ["Nettoyage Solidaire"]),
    ("service_types", "BUILD", ["Énergie Partagée"]),
    ("labels", "ESUS", ["Nettoyage Solidaire"]),
    ("networks", "COORACE", ["Nettoyage Solidaire"]),
    ("qpv", "", ["Nettoyage Solidaire"]),
    ("valid_label", "", ["Nettoyage Solidaire"]),
])
def test_each_facet_filters_the_list(page, facet, code, expected) -> None:
    page.view.facets.check(facet, code)
    assert _names(page) == expected
    page.view.facets.reset_button.click()
    assert len(_names(page)) == 3


def test_favourite_toggle_is_undoable(qtbot, page) -> None:
    shortcuts = {a.shortcut().toString() for a in page.view.actions()}
    assert {"Ctrl+D", "Ctrl+M", "Ctrl+B", "Ctrl+Shift+N"} <= shortcuts
    page.view.table.selectRow(0)
    page.view.favourite_button.click()
    assert page.model.index(0, COL_FAVOURITE).data() == "★"
    page.view.facets.check("favourites", "")
    assert _names(page) == ["Bureau Fournitures"]
    page.ctx.undo_stack.undo()
    assert _names(page) == []
    assert page.ctx.undo_stack.undo_text() == ""


def test_saved_search_restores_text_and_facets(qtbot, page, monkeypatch) -> None:
    qtbot.keyClicks(page.view.search_edit, "nett")
    qtbot.waitUntil(lambda: not page.search_pending())
    page.view.facets.check("qpv", "")
    monkeypatch.setattr("srm_inclusif.ui.pages.counterparty_saved_searches.ask_text",
                        lambda *a, **k: ("Nettoyage QPV", True))
    page.view.save_search_button.click()
    page.view.search_edit.clear()
    page.view.facets.clear()
    assert len(_names(page)) == 3
    combo = page.view.saved_combo
    combo.setCurrentIndex(combo.findText("Nettoyage QPV"))
    combo.activated.emit(combo.currentIndex())
    assert page.view.search_edit.text() == "nett"
    assert page.view.facets.flags["qpv"].isChecked()
    assert _names(page) == ["Nettoyage Solidaire"]


def test_seller_profile_is_titled_clients(qtbot, workspace, ctx) -> None:
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    widget._scan.wait()
    assert widget.view.title_label.text() == "Clients"


def test_demo_workspace_search_and_facets(qtbot, demo_ctx) -> None:
    widget = CounterpartiesPage(demo_ctx)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.view.facets.option_count("networks") > 0)
    everything = widget.model.total
    assert everything > 300
    qtbot.keyClicks(widget.view.search_edit, "nett")
    qtbot.waitUntil(lambda: not widget.search_pending())
    names = [widget.model.row_at(r).name for r in range(widget.model.rowCount())]
    assert names
    assert all("nett" in n.lower() or "nett" in widget.model.row_at(i).sectors.lower()
               for i, n in enumerate(names))
    widget.view.facets.check("families", "handicap")
    kinds = {widget.model.row_at(r).kind for r in range(widget.model.rowCount())}
    assert kinds <= {"EA", "EATT", "ESAT", "TIH"}
    widget.view.facets.check("active_contract", "")
    assert widget.model.total <= everything


def test_an_empty_list_says_why(qtbot, page) -> None:
    from srm_inclusif.storage.services.counterparty_edit import delete_counterparty

    page.show()
    qtbot.waitExposed(page)
    assert not page.view.empty_label.isVisible()
    qtbot.keyClicks(page.view.search_edit, "zzqx")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.model.rowCount() == 0
    assert page.view.empty_label.isVisible()
    assert page.view.empty_label.text() == (  # no filter ticked: none named
        "Aucune fiche ne correspond à la recherche. Vérifiez l'orthographe ou raccourcissez "
        "la recherche.")
    page.view.search_edit.clear()
    assert not page.view.empty_label.isVisible()

    for _ in range(page.model.rowCount()):
        page.ctx.data_changed.emit(delete_counterparty(page.ctx.engine,
                                                       counterparty_id=page.model.row_at(0).id))
    assert page.model.rowCount() == 0
    assert page.view.empty_label.text() == (
        "Aucune fiche pour le moment. Importez-en avec «\u00a0Importer des fournisseurs…\u00a0» "
        "(menu Fichier) ou créez-en une avec «\u00a0Nouvelle fiche\u00a0».")
    assert page.view.empty_label.width() > page.view.table.viewport().width() // 2


def test_an_empty_search_says_why_in_english(qtbot, english, page) -> None:
    page.view.facets.check("favourites", "")  # a filter ticked: the filters are named
    qtbot.keyClicks(page.view.search_edit, "zzqx")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert page.view.empty_label.text() == (
        "No record matches the search and the filters. Check the spelling, shorten the search "
        "or click “Clear filters”.")
