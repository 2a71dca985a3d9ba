"""The Fournisseurs page's buttons wait for what they act on, and the chosen rows stay chosen."""

from __future__ import annotations

import pytest

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.models.counterparty_table import COL_FAVOURITE, COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage


@pytest.fixture
def page(qtbot, ctx) -> CounterpartiesPage:
    for name in ("Atelier Bleu", "Atelier Vert", "Jardins du Lac"):
        create_counterparty(ctx.engine, values={"name": name})
    widget = CounterpartiesPage(ctx)
    ctx.data_changed.connect(widget.refresh)  # as the main window does
    qtbot.addWidget(widget)
    widget._scan.wait()
    return widget


def _enabled(page: CounterpartiesPage) -> dict[str, bool]:
    view = page.view
    return {b.text(): b.isEnabled() for b in (view.open_button, view.favourite_button,
                                              view.add_to_list_button, view.new_button,
                                              view.merge_button)}


def test_the_buttons_on_chosen_records_wait_for_a_choice(page) -> None:
    assert _enabled(page) == {"Ouvrir la fiche": False, "Favori ★": False,
                              "Ajouter à une liste…": False, "Nouvelle fiche": True,
                              "Fusionner…": True}  # Fusionner says it needs two records
    page.view.table.selectRow(1)
    assert all(_enabled(page).values())
    page.view.table.clearSelection()
    assert not page.view.open_button.isEnabled()


def test_a_favourite_keeps_its_row_chosen_to_undo_it_by_the_same_button(page) -> None:
    button = page.view.favourite_button
    page.view.table.selectRow(1)
    assert not button.isChecked()
    assert button.toolTip() == "Ajouter aux favoris (Ctrl+D)"
    button.click()
    assert page.model.index(1, COL_FAVOURITE).data() == "★"
    assert page.selected_ids() == [page.model.row_at(1).id]
    assert button.isChecked()  # pressed: the chosen record is a favourite
    assert button.toolTip() == "Retirer des favoris (Ctrl+D)"
    button.click()  # a second press takes the star away
    assert page.model.index(1, COL_FAVOURITE).data() == ""
    assert not button.isChecked()
    page.view.table.selectRow(0)
    page.view.favourite_button.click()
    page.view.table.selectRow(2)  # another record: the button shows its own state
    assert not button.isChecked()


def test_a_search_narrowing_to_another_record_leaves_nothing_chosen(qtbot, page) -> None:
    page.view.table.selectRow(0)
    qtbot.keyClicks(page.view.search_edit, "jardins")
    qtbot.waitUntil(lambda: not page.search_pending())
    assert [page.model.index(0, COL_NAME).data()] == ["Jardins du Lac"]
    assert page.selected_ids() == []
    assert not page.view.favourite_button.isEnabled()


def test_deleting_a_saved_search_waits_for_one_to_be_shown(page, monkeypatch) -> None:
    button, combo = page.view.delete_search_button, page.view.saved_combo
    assert button.toolTip() == "Supprimer la recherche enregistrée choisie"  # not a supplier
    assert not button.isEnabled()  # « (aucune) »
    monkeypatch.setattr("srm_inclusif.ui.pages.counterparty_saved_searches.ask_text",
                        lambda *a, **k: ("Ateliers", True))
    page.view.save_search_button.click()
    assert combo.currentText() == "Ateliers"
    assert button.isEnabled()
    button.click()
    assert (combo.count(), combo.currentIndex(), button.isEnabled()) == (1, 0, False)


def test_a_long_name_keeps_its_end_when_the_list_is_narrow(qtbot, ctx) -> None:
    from PySide6.QtWidgets import QStyleOptionViewItem

    create_counterparty(ctx.engine, values={"name": "Artisans de Blanchisserie Aiguevive 220"})
    page = CounterpartiesPage(ctx)
    qtbot.addWidget(page)
    page._scan.wait()
    table = page.view.table
    index = page.model.index(0, COL_NAME)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    table.itemDelegateForIndex(index).initStyleOption(option, index)
    shown = option.fontMetrics.elidedText(option.text, option.textElideMode,
                                          option.fontMetrics.horizontalAdvance("M" * 14))
    assert shown.startswith("Artisans")
    assert "…" in shown
    assert shown.endswith(" 220")  # what tells it from « … Aiguevive 100 »
