"""A structure inclusive prospects her clients: her first stage reads « Prospection ».

A buyer sources suppliers (« Sourcing »); the seller's workspace names the same stage in her
words wherever it shows (pipeline columns, list columns, the stage dialog, the card's history,
the pipeline chart, the refusals), and the stored code stays ``sourcing``.
"""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QListWidget
from sqlmodel import Session, select

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.lifecycle import check_stage_change
from srm_inclusif.core.vocabulary import Profile, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Relationship
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.errors import error_text
from srm_inclusif.ui.lifecycle.stage_dialog import StageChangeDialog
from srm_inclusif.ui.models.counterparty_table import COL_STAGE
from srm_inclusif.ui.pages.counterparties_page import CounterpartiesPage
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from srm_inclusif.ui.profile_dialog import set_profile
from tests.lifecycle_support import add_counterparty
from tests.ui.conftest import opened_card

TODAY = date(2026, 11, 22)


def _as(ctx: WorkspaceContext, profile: Profile) -> WorkspaceContext:
    update_settings(ctx.engine, profile=profile)
    ctx.notify(Changes(settings=True))
    return ctx


@pytest.fixture
def client(ctx) -> int:  # noqa: ANN001
    """A client company with a relationship just opened (at the first stage)."""
    client_id = add_counterparty(ctx.engine, "Transports Dupont", "CLASSIC")
    create_relationship(ctx.engine, counterparty_id=client_id, on=date(2026, 10, 1))
    return client_id


def _board(qtbot, ctx) -> RelationshipsPage:  # noqa: ANN001
    page = RelationshipsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_sellers_pipeline_opens_on_prospection(qtbot, ctx, client) -> None:
    page = _board(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE))
    assert page.board.headers[Stage.SOURCING].text() == "Prospection (1)"
    assert page.board.headers[Stage.CONSULTATION].text() == "Consultation (0)"
    assert page.table_model.index(0, 2).data() == "Prospection"


def test_a_buyers_pipeline_still_opens_on_sourcing(qtbot, ctx, client) -> None:
    page = _board(qtbot, _as(ctx, Profile.ACHETEUR))
    assert page.board.headers[Stage.SOURCING].text() == "Sourcing (1)"
    assert page.table_model.index(0, 2).data() == "Sourcing"


def test_an_empty_sellers_pipeline_names_her_first_column(qtbot, ctx) -> None:
    page = _board(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE))
    assert page.empty_label.text().endswith("dans la colonne « Prospection ».")


def test_the_clients_list_and_the_stage_dialog_say_prospection(qtbot, ctx, client) -> None:
    page = CounterpartiesPage(_as(ctx, Profile.STRUCTURE_INCLUSIVE))
    qtbot.addWidget(page)
    assert page.model.index(0, COL_STAGE).data() == "Prospection"
    dialog = StageChangeDialog("Transports Dupont", Stage.CONSULTATION, None, TODAY)
    qtbot.addWidget(dialog)
    items = [dialog.stage.itemText(i) for i in range(dialog.stage.count())]
    assert items[0] == "Prospection"
    assert "Sourcing" not in items


def test_the_sellers_card_tells_the_history_in_her_words(qtbot, ctx, client) -> None:
    card = opened_card(qtbot, _as(ctx, Profile.STRUCTURE_INCLUSIVE), client)
    items = card.follow_up.findChild(QListWidget, "cardTimeline")
    timeline = "\n".join(items.item(i).text() for i in range(items.count()))
    assert "Prospection" in timeline
    assert "Sourcing" not in timeline


def test_a_refusal_names_the_stage_in_her_words(ctx) -> None:  # noqa: ANN001
    _as(ctx, Profile.STRUCTURE_INCLUSIVE)
    with pytest.raises(RuleError) as refused:
        check_stage_change(current=Stage.SOURCING, target=Stage.SOURCING, reason="",
                           has_contract=False)
    assert error_text(refused.value) == "La relation est déjà à l'étape « Prospection »."


def test_the_pipeline_chart_reads_prospection(ctx) -> None:  # noqa: ANN001
    from matplotlib.figure import Figure

    from srm_inclusif.charts import lifecycle

    _as(ctx, Profile.STRUCTURE_INCLUSIVE)
    ax = Figure().add_subplot()
    lifecycle.draw_pipeline(ax, {"sourcing": 3})
    assert [t.get_text() for t in ax.get_yticklabels()][0] == "Prospection"


def test_a_change_of_profile_renames_the_stage_and_undo_names_it_back(qtbot, ctx,
                                                                      client) -> None:
    set_profile(ctx, Profile.STRUCTURE_INCLUSIVE)
    assert Stage.SOURCING.label == "Prospection"
    ctx.undo_stack.undo()
    assert Stage.SOURCING.label == "Sourcing"
    with Session(ctx.engine) as s:  # the stored code never changed
        assert s.exec(select(Relationship.stage)).all() == ["sourcing"]
