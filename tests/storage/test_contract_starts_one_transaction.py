"""Moving the relationships whose contract has begun is one write: all of them, or none.

Two relationships wait for a contract beginning on 01/11. If the file refuses the second move,
the first is not kept either: the next opening (or day change) moves both, once each.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from srm_inclusif.storage.services.contract_starts import move_started_contracts
from srm_inclusif.storage.services.relationships import create_relationship as new_rel
from srm_inclusif.storage.services.relationships import get_relationship
from tests.lifecycle_support import add_counterparty
from tests.storage.test_contract_begins_later import FIRST_DAY, GO_DAY, follow, history


def _waiting(engine, name: str) -> int:  # noqa: ANN001
    from srm_inclusif.core.vocabulary import Decision
    from srm_inclusif.storage.services.contract_decisions import decide_test
    from srm_inclusif.storage.services.contracts import ContractFields, start_test

    rel = new_rel(engine, counterparty_id=add_counterparty(engine, name), on=date(2026, 9, 1)).id
    test = start_test(engine, relationship_id=rel, values=ContractFields(
        "Conditionnement", start_date=date(2026, 9, 1), end_date=GO_DAY),
        on=date(2026, 9, 1)).contract_id
    decide_test(engine, contract_id=test, decision=Decision.GO, on=GO_DAY,
                override_reason="Urgence")
    follow(engine, rel, test)
    return rel


@pytest.fixture
def two_waiting(workspace) -> tuple[int, int]:
    return _waiting(workspace.engine, "Envie Nord"), _waiting(workspace.engine, "Atelier du Lac")


def _refuse_history_of(engine, rel: int) -> None:  # noqa: ANN001
    with engine.begin() as connection:
        connection.execute(text(
            "CREATE TRIGGER refuse_move BEFORE INSERT ON stage_change "
            f"WHEN NEW.relationship_id = {rel} BEGIN SELECT RAISE(ABORT, 'refused'); END"))


def test_a_refused_move_keeps_every_relationship_waiting(workspace, two_waiting) -> None:
    first, second = two_waiting
    before = history(workspace.engine, first)
    _refuse_history_of(workspace.engine, second)
    with pytest.raises(IntegrityError):
        move_started_contracts(workspace.engine, today=FIRST_DAY)
    assert get_relationship(workspace.engine, first).stage == "marche_test"
    assert history(workspace.engine, first) == before


def test_both_move_once_the_file_takes_them(workspace, two_waiting) -> None:
    first, second = two_waiting
    changes = move_started_contracts(workspace.engine, today=FIRST_DAY)
    assert changes.relationships == {first, second}
    for rel in (first, second):
        row = get_relationship(workspace.engine, rel)
        assert (row.stage, row.stage_since) == ("contrat_en_cours", FIRST_DAY)
        assert [h for h in history(workspace.engine, rel) if h[0] == "contrat_en_cours"] == [
            ("contrat_en_cours", FIRST_DAY, "Contrat « Conditionnement 2027 »")]
    assert not move_started_contracts(workspace.engine, today=FIRST_DAY)
