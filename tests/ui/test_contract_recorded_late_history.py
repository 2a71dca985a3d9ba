"""Past work recorded on 23/11: the relationship's history says when the test and contract began.

A buyer records a marché test run from 01/09 to 31/10, its go, then the contract that follows
from 01/11 (and, on another relationship, the test renewed). The panel says « Marché test » from
01/09 and « Contrat en cours » from 01/11, not from the day she typed them; undo takes each back.
"""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import list_contracts
from srm_inclusif.storage.services.relationships import create_relationship, move_stage
from srm_inclusif.ui.lifecycle.controller import LifecycleController
from srm_inclusif.ui.lifecycle.relationship_detail import RelationshipDetail
from tests.lifecycle_support import add_counterparty, table_dump
from tests.ui.lifecycle_dialogs import answer
from tests.ui.lifecycle_forms import lifecycle_controller

TODAY = date(2026, 11, 23)


def fill(title: str, start: date | None = None, end: date | None = None):  # noqa: ANN201
    def filled(dialog) -> None:  # noqa: ANN001
        dialog.title.setText(title)
        if start is not None:
            dialog.start.set_value(start)
        if end is not None:
            dialog.end.set_value(end)
    return filled


@pytest.fixture
def controller(qtbot, workspace) -> LifecycleController:  # noqa: ANN001
    return lifecycle_controller(qtbot, workspace, TODAY)


@pytest.fixture
def rel(workspace) -> int:
    """« Envie Nord », followed since 02/06, consulted on 15/07."""
    engine = workspace.engine
    rel = create_relationship(engine, counterparty_id=add_counterparty(engine),
                              on=date(2026, 6, 2)).id
    move_stage(engine, relationship_id=rel, to_stage=Stage.CONSULTATION, on=date(2026, 7, 15))
    return rel


def panel_texts(qtbot, controller: LifecycleController,  # noqa: ANN001
                rel: int) -> tuple[str, list[str]]:
    panel = RelationshipDetail(controller.ctx)
    qtbot.addWidget(panel)
    panel.show_relationship(rel)
    timeline = [panel.timeline.item(i).text() for i in range(panel.timeline.count())]
    return panel.title.text(), timeline


def record_test(controller: LifecycleController, rel: int) -> int:
    answer(fill("Nettoyage test", date(2026, 9, 1), date(2026, 10, 31)))
    assert controller.start_test(rel)
    [test] = list_contracts(controller.engine, relationship_id=rel)
    return test.id


def test_the_history_says_the_days_the_work_began(qtbot, controller, rel) -> None:
    test_id = record_test(controller, rel)
    title, timeline = panel_texts(qtbot, controller, rel)
    assert "Marché test depuis le 01/09/2026" in title
    assert timeline[-1].startswith("01/09/2026 — Consultation → Marché test")
    decide_test(controller.engine, contract_id=test_id, decision=Decision.GO, on=TODAY,
                override_reason="Retour oral")
    before = table_dump(controller.engine)
    [test] = list_contracts(controller.engine, relationship_id=rel)
    answer(fill("Nettoyage 2027"))  # proposed from 01/11, the day after the test
    assert controller.new_contract(rel, test=test)
    title, timeline = panel_texts(qtbot, controller, rel)
    assert "Contrat en cours depuis le 01/11/2026" in title
    assert timeline[-1].startswith("01/11/2026 — Marché test → Contrat en cours")
    controller.ctx.undo_stack.undo()
    assert table_dump(controller.engine) == before
    assert "Marché test depuis le 01/09/2026" in panel_texts(qtbot, controller, rel)[0]


def test_the_renewed_test_is_under_way_from_its_first_day(qtbot, controller, rel,
                                                         monkeypatch) -> None:
    test_id = record_test(controller, rel)
    before = table_dump(controller.engine)
    answer(fill("Nettoyage 2027"))  # proposed from 01/11, for two months as the test
    monkeypatch.setattr(LifecycleController, "_ask_override_reason", lambda *_: "Retour oral")
    assert controller.renew_contract(test_id)
    title, timeline = panel_texts(qtbot, controller, rel)
    assert "Contrat en cours depuis le 01/11/2026" in title
    assert timeline[-1].startswith("01/11/2026 — Marché test → Contrat en cours")
    controller.ctx.undo_stack.undo()
    assert table_dump(controller.engine) == before
    controller.ctx.undo_stack.redo()
    assert "Contrat en cours depuis le 01/11/2026" in panel_texts(qtbot, controller, rel)[0]
