"""An empty Contrats page says how to add a contract, as the other pages do when empty."""

from __future__ import annotations

from srm_inclusif.ui.pages.contracts_page import ContractsPage


def test_an_empty_workspace_says_how_to_add_a_contract(qtbot, ctx) -> None:
    page = ContractsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    text = page.empty_label.text()
    assert page.empty_label.isVisible()  # it was « 0 contrat » over a blank list
    assert f"« {page.buttons['new'].text()} »" in text
    assert "« Contrat… »" in text
    assert not page.table.isVisible()


def test_contracts_filtered_out_leave_the_list(qtbot, demo_ctx) -> None:
    page = ContractsPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.empty_label.isVisible()
    page.text_filter.setText("aucun intitulé ne ressemble à ceci")
    assert page.model.rowCount() == 0
    assert not page.empty_label.isVisible()
    assert page.table.isVisible()
