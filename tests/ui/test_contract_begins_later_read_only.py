"""A contract that has begun since it was created, in a workspace opened read-only.

The relationship's move to « Contrat en cours » is a write: on a read-only file it waits for an
opening that can write it, and the window opens as usual, the relationship still at « Marché
test ».
"""

from __future__ import annotations

from datetime import date

from srm_inclusif.core.vocabulary import Decision, Stage
from srm_inclusif.storage.services.contract_decisions import decide_test
from srm_inclusif.storage.services.contracts import ContractFields, start_contract, start_test
from srm_inclusif.storage.services.relationships import create_relationship, get_relationship
from srm_inclusif.storage.workspace import open_workspace
from srm_inclusif.ui.context import WorkspaceContext
from srm_inclusif.ui.main_window import MainWindow
from tests.lifecycle_support import add_counterparty
from tests.read_only_support import not_writable

GO_DAY = date(2026, 10, 31)


def _contract_to_come(engine) -> int:  # noqa: ANN001
    """A relationship whose marché test ended 31/10 with a Go; its contract begins 01/11."""
    rel = create_relationship(engine, counterparty_id=add_counterparty(engine),
                              on=date(2026, 9, 1)).id
    test = start_test(engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=GO_DAY),
        on=date(2026, 9, 1)).contract_id
    decide_test(engine, contract_id=test, decision=Decision.GO, on=GO_DAY,
                override_reason="Urgence")
    start_contract(engine, relationship_id=rel, values=ContractFields(
        "Conditionnement 2027", start_date=date(2026, 11, 1), end_date=date(2027, 10, 31)),
        on=GO_DAY, previous_contract_id=test)
    return rel


def test_a_read_only_window_opens_and_leaves_the_stage(qtbot, workspace, monkeypatch) -> None:
    rel = _contract_to_come(workspace.engine)
    path = workspace.path
    workspace.close()
    not_writable(monkeypatch, path)
    opened = open_workspace(path)
    assert opened.read_only
    try:
        window = MainWindow(WorkspaceContext(opened, today=lambda: date(2026, 11, 23)))
        qtbot.addWidget(window)
        window.show()
        window.ctx.move_started_contracts()  # as the launcher does once the window is shown
        assert get_relationship(opened.engine, rel).stage == Stage.MARCHE_TEST
    finally:
        opened.close()
