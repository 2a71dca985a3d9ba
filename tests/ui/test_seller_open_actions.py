"""The dashboard's open actions name the counterparty as the profile does (« Client »)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.ui.models.action_table import COL_COUNTERPARTY
from srm_inclusif.ui.pages.todo_panel import TodoPanel


def _header(qtbot, ctx, profile: Profile) -> str:  # noqa: ANN001
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    panel = TodoPanel(ctx)
    qtbot.addWidget(panel)
    return panel.actions_model.headerData(COL_COUNTERPARTY, Qt.Orientation.Horizontal)


def test_a_sellers_actions_name_her_clients(qtbot, ctx) -> None:
    assert _header(qtbot, ctx, Profile.STRUCTURE_INCLUSIVE) == "Client"


def test_a_buyers_actions_name_his_suppliers(qtbot, ctx) -> None:
    # the column names the supplier of the action's relationship, as Contrats and Relations do
    assert _header(qtbot, ctx, Profile.ACHETEUR) == "Fournisseur"
