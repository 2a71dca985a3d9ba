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
