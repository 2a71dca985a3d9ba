"""The « Siège ou antenne » facet on the Fournisseurs page: clicked, counted, saved, translated."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QListView, QStyle, QStyleOptionViewItem

from srm_inclusif.storage.services.counterparty_edit import create_counterparty
from srm_inclusif.ui.models.counterparty_table import COL_NAME
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage


@pytest.fixture
def page(qtbot, workspace, ctx) -> CounterpartiesPage:
    """A head office, its antenna in Villeurbanne, and a supplier whose nature is unknown."""
    for name, nature in (("Atelier Tremplin", "HEAD_OFFICE"),
                         ("Atelier Tremplin Villeurbanne", "ANTENNA"),
                         ("Bureau Fournitures", None)):
        create_counterparty(workspace.engine, values={"name": name, "nature": nature})
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitExposed(widget)
    widget._scan.wait()
    return widget


def _names(page: CounterpartiesPage) -> list[str]:
    return [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())]


def _click_check_box(qtbot, view: QListView, text: str) -> None:
    """Click the check box of the line showing ``text``, as a user does."""
    index = view.model().match(view.model().index(0, 0), Qt.ItemDataRole.DisplayRole, text)[0]
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    option.rect = view.visualRect(index)
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                      option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_clicking_antenne_lists_only_the_antennas_and_counts_them(qtbot, page) -> None:
    view = page.view.facets.lists["natures"]
    assert page.view.count_label.text() == "3 résultat(s)"

    _click_check_box(qtbot, view, "Antenne")

    assert _names(page) == ["Atelier Tremplin Villeurbanne"]
    assert page.view.count_label.text() == "1 résultat(s)"
    _click_check_box(qtbot, view, "Non renseigné")
    assert _names(page) == ["Atelier Tremplin Villeurbanne", "Bureau Fournitures"]
    _click_check_box(qtbot, view, "Antenne")
    assert _names(page) == ["Bureau Fournitures"]


def test_the_facet_combines_with_the_typed_text(qtbot, page) -> None:
    page.view.facets.check("natures", "HEAD_OFFICE")
    assert _names(page) == ["Atelier Tremplin"]

    qtbot.keyClicks(page.view.search_edit, "villeurbanne")
    qtbot.waitUntil(lambda: not page.search_pending())

    assert _names(page) == []
    page.view.facets.check("natures", "HEAD_OFFICE", checked=False)
    assert _names(page) == ["Atelier Tremplin Villeurbanne"]


def test_a_saved_search_restores_the_checked_nature(qtbot, page, monkeypatch) -> None:
    page.view.facets.check("natures", "ANTENNA")
    monkeypatch.setattr("srm_inclusif.ui.pages.counterparty_saved_searches.ask_text",
                        lambda *a, **k: ("Antennes", True))
    page.view.save_search_button.click()
    page.view.facets.clear()
    assert len(_names(page)) == 3

    combo = page.view.saved_combo
    combo.setCurrentIndex(combo.findText("Antennes"))
    combo.activated.emit(combo.currentIndex())

    assert page.view.facets.values()["natures"] == frozenset({"ANTENNA"})
    assert _names(page) == ["Atelier Tremplin Villeurbanne"]


def test_the_facet_title_and_values_are_translated(marked, qtbot, workspace, ctx) -> None:
    widget = CounterpartiesPage(ctx)
    qtbot.addWidget(widget)
    view = widget.view.facets.lists["natures"]
    box = view.parentWidget()

    assert isinstance(box, QGroupBox)
    assert box.title() == "[FacetPanel] Siège ou antenne"
    assert [view.model().index(r, 0).data() for r in range(3)] == [
        "[Vocabulary] Siège", "[Vocabulary] Antenne", "[FacetPanel] Non renseigné"]
