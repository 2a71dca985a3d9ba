"""A remark of the import history opens the card of its structure (double click or Entrée)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.counterparty_card.card_dialog import CardDialog
from srm_inclusif.ui.models.import_issue_table import COL_LINE
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.support import IMPORT_FIXTURES


def shown_page(qtbot, ctx) -> ImportsPage:  # noqa: ANN001
    import_files(ctx.engine, [IMPORT_FIXTURES / "liste_structures_2026-03-11.csv"],
                 ImportSettings())
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def press_enter_on_line(qtbot, page: ImportsPage, line: str) -> None:  # noqa: ANN001
    view = page.issue_view
    model = view.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_LINE).data() == line)
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def opened_cards(page: ImportsPage) -> list[CardDialog]:
    return [card for card in page.findChildren(CardDialog) if card.isVisible()]


def test_enter_on_a_flagged_row_opens_its_structure_s_card(qtbot, ctx):
    page = shown_page(qtbot, ctx)

    press_enter_on_line(qtbot, page, "6")  # LES ATELIERS DU LAC, merged into line 2's

    cards = opened_cards(page)
    assert len(cards) == 1
    with ctx.engine.connect() as connection:
        name = connection.execute(text("SELECT name FROM counterparty WHERE id = :id"),
                                  {"id": cards[0].counterparty_id}).scalar_one()
    assert name == "Les Ateliers du Lac"


def test_a_rejected_row_without_a_structure_opens_nothing(qtbot, ctx):
    page = shown_page(qtbot, ctx)

    press_enter_on_line(qtbot, page, "8")  # no company name: nothing was stored

    assert opened_cards(page) == []
