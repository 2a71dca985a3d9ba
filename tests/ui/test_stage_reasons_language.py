"""The reasons the app writes into a relationship's history are said in the UI language."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QListWidget

from srm_inclusif.core.vocabulary import Decision, Profile, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import ContractFields, start_test
from srm_inclusif.storage.services.counterparty_card import load_card
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.counterparty_card.follow_up import follow_up_widget
from srm_inclusif.ui.pages.relationships_page import RelationshipsPage
from tests.conftest import DEMO_TODAY
from tests.lifecycle_support import add_counterparty


def _tested_relationship(workspace) -> tuple[int, int]:  # noqa: ANN001
    engine = workspace.engine
    cp = add_counterparty(engine, "Envie Nord", "EI")
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 9, 1)).id
    move_stage(engine, relationship_id=rel, to_stage=Stage.CONSULTATION, on=date(2026, 9, 2),
               reason="Devis demandé")
    test = start_test(engine, relationship_id=rel, on=date(2026, 9, 10), values=ContractFields(
        "Nettoyage du siège", start_date=date(2026, 9, 10), end_date=date(2026, 11, 10)))
    # a no-go moves the relationship (a go waits for the contract), so its reason is written
    decide_test(engine, contract_id=test.contract_id, decision=Decision.NO_GO, on=DEMO_TODAY,
                reason="Délais non tenus", override_reason="Retour oral du site")
    return cp, rel


def _history(workspace, rel: int) -> list[str]:  # noqa: ANN001
    page = RelationshipsPage(WorkspaceContext(workspace, today=lambda: DEMO_TODAY))
    page.show()
    page.board.select(rel)
    items = [page.detail.timeline.item(i).text() for i in range(page.detail.timeline.count())]
    page.deleteLater()
    return items


def test_the_app_s_reasons_go_through_the_catalogue(qtbot, marked, workspace) -> None:
    _cp, rel = _tested_relationship(workspace)
    history = _history(workspace, rel)
    assert any(step.endswith("[StageReasons] Marché test « Nettoyage du siège »")
               for step in history)
    assert any(step.endswith("[StageReasons] Décision « No go » sur « Nettoyage du siège » : "
                             "Délais non tenus") for step in history)
    assert any(step.endswith(" : Devis demandé") for step in history)  # typed: kept as it is


def test_the_history_reads_in_english_and_stays_french_in_the_file(
        qtbot, english, workspace) -> None:
    cp, rel = _tested_relationship(workspace)
    history = _history(workspace, rel)
    assert any(step.endswith(": Marché test “Nettoyage du siège”") for step in history)
    assert any(step.endswith(": Decision “No go” on “Nettoyage du siège”: Délais non tenus")
               for step in history)
    card = follow_up_widget(load_card(workspace.engine, counterparty_id=cp), Profile.ACHETEUR)
    qtbot.addWidget(card)
    timeline = card.findChild(QListWidget, "cardTimeline")
    lines = [timeline.item(i).text() for i in range(timeline.count())]
    assert any(line.endswith(" – Marché test “Nettoyage du siège”") for line in lines)
    stored = [e.reason for e in load_card(workspace.engine, counterparty_id=cp).timeline]
    assert "Marché test « Nettoyage du siège »" in stored  # the workspace keeps French
