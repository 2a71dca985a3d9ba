"""Saving an objective refuses a target beyond its unit's bound, whoever writes it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services import objectives as svc
from tests.objective_sheet_samples import add_empty_sheet


def test_an_objective_with_a_huge_target_is_not_saved(workspace) -> None:
    sheet_id = add_empty_sheet(workspace.engine)
    huge = svc.ObjectiveInput(label="Heures d'insertion", indicator="insertion_hours",
                              target=Decimal("99999999999999999999999"), weight=Decimal(100),
                              unit="h")
    with pytest.raises(ValidationError, match="ne peut pas dépasser"):
        svc.add_objective(workspace.engine, sheet_id=sheet_id, values=huge)
    assert svc.sheet_objectives(workspace.engine, sheet_id=sheet_id) == []
