"""The imports page as a user reads it: the words of the profile, a first-time page that says
what to do, a history that fits a laptop screen."""

from __future__ import annotations

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.pages.imports_page import ImportsPage


def test_a_structure_inclusive_imports_its_clients(qtbot, ctx) -> None:
    update_settings(ctx.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    ctx.notify(Changes(settings=True))
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    # the File menu said « Importer des clients… », the page « Importer des fournisseurs… »
    assert page.suppliers_button.text() == "Importer des clients…"


def test_a_buyer_imports_suppliers(qtbot, ctx) -> None:
    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    assert page.suppliers_button.text() == "Importer des fournisseurs…"


def test_a_first_time_page_says_what_each_import_reads(qtbot, ctx) -> None:
    from srm_inclusif.exchange.importer import ImportSettings, import_files
    from tests.support import IMPORT_FIXTURES

    page = ImportsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    # two empty tables and « Sélectionnez un import… » with nothing to select before
    assert page.empty_label.isVisible()
    assert not page.batch_view.isVisible()
    assert page.empty_label.text().startswith(
        "Aucun import pour le moment. « Importer des fournisseurs… » lit un annuaire")
    import_files(ctx.engine, [IMPORT_FIXTURES / "annuaire_esat_ea_2024.csv"], ImportSettings())
    page.refresh(Changes(imports={1}))
    assert page.batch_view.isVisible()
    assert not page.empty_label.isVisible()
