"""Saving an objective refuses a target beyond its unit's bound, whoever writes it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services import objectives as svc
from srm_inclusif.storage.tables import Person


def test_an_objective_with_a_huge_target_is_not_saved(workspace) -> None:
    with Session(workspace.engine) as session:
        alice = Person(name="Alice")
        session.add(alice)
        session.commit()
        alice_id = alice.id
    sheet_id, _ = svc.create_sheet(workspace.engine, year=2026, person_id=alice_id,
                                   target_variable_cents=500_000)
    huge = svc.ObjectiveInput(label="Heures d'insertion", indicator="insertion_hours",
                              target=Decimal("99999999999999999999999"), weight=Decimal(100),
                              unit="h")
    with pytest.raises(ValidationError, match="ne peut pas dépasser"):
        svc.add_objective(workspace.engine, sheet_id=sheet_id, values=huge)
    assert svc.sheet_objectives(workspace.engine, sheet_id=sheet_id) == []
