"""Undoing « Créer le contrat » after its first day moved the relationship on.

The contract created on 31/10 began on 01/11, and the relationship went to « Contrat en cours »
that day on its own. Undoing the contract puts the relationship back at « Marché test » since
01/09, the automatic history line gone with it (a move the user made since is undone first:
the undo stack goes back step by step).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from srm_inclusif.core.vocabulary import Stage
from srm_inclusif.storage.services.contract_starts import move_started_contracts
from srm_inclusif.storage.services.contracts import (
    start_contract,
    undo_start_contract,
    update_contract,
)
from srm_inclusif.storage.services.relationships import (
    get_relationship,
    move_stage,
    restore_stage,
)
from tests.storage.test_contract_begins_later import (
    CONTRACT,
    GO_DAY,
    decided,  # noqa: F401 — the fixture
    history,
)


def test_undo_after_the_first_day_puts_the_relationship_back(workspace,
                                                            decided) -> None:  # noqa: F811
    rel, test = decided
    before = history(workspace.engine, rel)
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT,
                             on=GO_DAY, previous_contract_id=test)
    move_started_contracts(workspace.engine, today=date(2026, 11, 5))
    changes = undo_start_contract(workspace.engine, started=started)
    assert rel in changes.relationships
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since, row.contract_from) == (
        "marche_test", date(2026, 9, 1), None)
    assert history(workspace.engine, rel) == before


def test_undone_after_a_later_move_undone_first(workspace, decided) -> None:  # noqa: F811
    rel, test = decided
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT,
                             on=GO_DAY, previous_contract_id=test)
    move_started_contracts(workspace.engine, today=date(2026, 11, 5))
    moved = move_stage(workspace.engine, relationship_id=rel, to_stage=Stage.EVALUATION,
                       on=date(2026, 11, 10))
    restore_stage(workspace.engine, moved=moved)  # undo goes back step by step
    undo_start_contract(workspace.engine, started=started)
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since) == ("marche_test", date(2026, 9, 1))


def test_undone_before_its_first_day_the_stage_stays(workspace, decided) -> None:  # noqa: F811
    rel, test = decided
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT,
                             on=GO_DAY, previous_contract_id=test)
    undo_start_contract(workspace.engine, started=started)
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since) == ("marche_test", date(2026, 9, 1))


def test_the_title_edited_before_the_first_day_then_back(workspace, decided) -> None:  # noqa: F811
    rel, test = decided
    started = start_contract(workspace.engine, relationship_id=rel, values=CONTRACT,
                             on=GO_DAY, previous_contract_id=test)
    update_contract(workspace.engine, contract_id=started.contract_id,
                    values=replace(CONTRACT, title="Conditionnement 2026-2027"))
    move_started_contracts(workspace.engine, today=date(2026, 11, 5))
    update_contract(workspace.engine, contract_id=started.contract_id, values=CONTRACT)
    undo_start_contract(workspace.engine, started=started)  # the edit undone first
    assert get_relationship(workspace.engine, rel).stage == "marche_test"


def test_a_move_another_contract_made_stays(workspace, decided) -> None:  # noqa: F811
    rel, test = decided
    start_contract(workspace.engine, relationship_id=rel, values=CONTRACT, on=GO_DAY,
                   previous_contract_id=test)  # from 01/11
    later = start_contract(workspace.engine, relationship_id=rel, values=replace(
        CONTRACT, title="Entretien", start_date=date(2026, 12, 1)), on=GO_DAY)
    move_started_contracts(workspace.engine, today=date(2026, 11, 5))  # for the first one
    undo_start_contract(workspace.engine, started=later)
    row = get_relationship(workspace.engine, rel)
    assert (row.stage, row.stage_since) == ("contrat_en_cours", date(2026, 11, 1))
