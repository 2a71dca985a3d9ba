"""The Contracts page's search box names what a seller searches: « Intitulé ou client… »."""

from __future__ import annotations

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.pages.contracts_page import ContractsPage


def _placeholder(qtbot, ctx, profile: Profile) -> str:  # noqa: ANN001
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    page = ContractsPage(ctx)
    qtbot.addWidget(page)
    return page.text_filter.placeholderText()


def test_a_seller_searches_her_contracts_by_client(qtbot, ctx) -> None:
    assert _placeholder(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE) == "Intitulé ou client…"


def test_a_buyer_searches_his_contracts_by_structure(qtbot, ctx) -> None:
    assert _placeholder(qtbot, ctx, Profile.ACHETEUR) == "Intitulé ou structure…"
