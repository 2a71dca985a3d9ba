"""« Ajouter à une liste… » on a selection: one step, and the status bar says what it did."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from srm_inclusif.storage.services.sourcing import list_shortlists
from tests.ui.conftest import shown_demo_window


def test_the_status_bar_counts_the_structures_added_and_those_already_there(
        qtbot, demo_workspace, monkeypatch, french) -> None:  # noqa: ANN001
    window = shown_demo_window(qtbot, demo_workspace, (1280, 720))
    page = window.show_page("counterparties")
    QApplication.processEvents()
    monkeypatch.setattr("srm_inclusif.ui.sourcing.shortlists_dialog.QInputDialog.getItem",
                        lambda *a, **k: ("Tous", True))
    page.view.table.selectRow(0)
    page.view.add_to_list_button.click()
    page.view.table.selectAll()

    page.view.add_to_list_button.click()

    total = page.model.total
    assert [(s.name, s.size) for s in list_shortlists(window.ctx.engine)] == [("Tous", total)]
    assert window.statusBar().currentMessage() == (
        f"{total - 1} structures ajoutées à la liste «\u00a0Tous\u00a0» (1 y était déjà).")
    window.ctx.undo_stack.undo()  # the second step only: the first structure stays
    assert [(s.name, s.size) for s in list_shortlists(window.ctx.engine)] == [("Tous", 1)]
