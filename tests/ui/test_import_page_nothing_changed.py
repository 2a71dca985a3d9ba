"""The history of an import that changed no data: nothing to go back on, and it says so."""

from __future__ import annotations

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.ui.pages.imports_page import ImportsPage
from tests.support import IMPORT_FIXTURES

FILE = IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"


def test_going_back_before_an_import_that_changed_nothing_says_there_is_nothing_to_undo(
        qtbot, ctx):
    import_files(ctx.engine, [FILE], ImportSettings())
    import_files(ctx.engine, [FILE], ImportSettings())  # the same file again: nothing changes
    page = ImportsPage(ctx)
    qtbot.addWidget(page)

    page.batch_view.selectRow(0)  # the newest import first
    assert page.selected_batch_id() == 2
    assert not page.undo_import_button.isEnabled()
    assert page.undo_import_button.toolTip() == (
        "Cet import n'a rien changé aux données : il n'y a rien à défaire (aucune copie gardée).")

    page.batch_view.selectRow(1)
    assert page.selected_batch_id() == 1
    assert page.undo_import_button.isEnabled()
    assert page.undo_import_button.toolTip() == (
        "Remet l'espace de travail dans l'état de la copie prise juste avant cet import.")
