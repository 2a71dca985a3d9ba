"""The dated parameter table: values in force on a date, edits, and the OETH set-up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.storage.services.parameters import (
    add_parameter,
    delete_parameter,
    list_parameters,
    oeth_parameters,
    parameter_value,
    update_parameter,
)


def test_smic_in_force_follows_the_dates(workspace):
    engine = workspace.engine
    assert parameter_value(engine, name="smic_horaire", on=date(2024, 10, 31)) == Decimal("11.65")
    assert parameter_value(engine, name="smic_horaire", on=date(2025, 12, 31)) == Decimal("11.88")
    assert oeth_parameters(engine, year=2026).smic == Decimal("12.02")
    assert oeth_parameters(engine, year=2025).coef_750 == Decimal(600)


def test_a_new_dated_value_applies_from_its_date_and_can_be_removed(workspace):
    engine = workspace.engine
    new_id, changes = add_parameter(engine, name="smic_horaire", value="12,30",
                                    valid_from=date(2027, 1, 1))
    assert changes.parameters
    assert oeth_parameters(engine, year=2027).smic == Decimal("12.30")
    update_parameter(engine, parameter_id=new_id, value="12.40")
    assert parameter_value(engine, name="smic_horaire", on=date(2027, 6, 1)) == Decimal("12.40")
    delete_parameter(engine, parameter_id=new_id)
    assert oeth_parameters(engine, year=2027).smic == Decimal("12.02")


def test_invalid_values_are_refused(workspace):
    with pytest.raises(ValidationError):
        add_parameter(workspace.engine, name="smic_horaire", value="douze",
                      valid_from=date(2027, 1, 1))
    with pytest.raises(ValidationError):
        add_parameter(workspace.engine, name="smic_horaire", value="12",
                      valid_from=date(2026, 1, 1))
    assert len([p for p in list_parameters(workspace.engine) if p.name == "smic_horaire"]) == 3
