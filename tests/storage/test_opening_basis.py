"""The opening basis of a fiscal year that starts in July: its own objectives, its own spend."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.storage.services.opening_basis import (
    opening_basis,
    opening_basis_on,
)
from srm_inclusif.storage.services.settings import update_settings, workspace_fiscal_year
from srm_inclusif.storage.tables import Counterparty, SpendLine
from tests.objective_sheet_samples import add_spend_objective


@pytest.fixture
def july(workspace):  # noqa: ANN001, ANN201
    """A workspace whose fiscal year runs from July to June."""
    update_settings(workspace.engine, fiscal_year_start_month=7)
    return workspace.engine


def _line(engine, basis: str, day: date) -> None:  # noqa: ANN001
    with Session(engine) as s:
        esat = Counterparty(name=f"ESAT {day}", kind="ESAT")
        s.add(esat)
        s.flush()
        s.add(SpendLine(counterparty_id=esat.id, amount_cents=10_000, basis=basis,
                        spend_date=day))
        s.commit()


def test_a_day_before_july_belongs_to_the_year_started_the_summer_before(july) -> None:
    assert workspace_fiscal_year(july, day=date(2026, 3, 1)) == 2025
    assert workspace_fiscal_year(july, day=date(2026, 7, 1)) == 2026


def test_a_march_purchase_opens_on_the_targets_of_the_year_it_falls_in(july) -> None:
    add_spend_objective(july, "paid", year=2025)
    add_spend_objective(july, "ordered", year=2026)
    assert opening_basis_on(july, day=date(2026, 3, 1)) == "paid"
    assert opening_basis_on(july, day=date(2026, 9, 1)) == "ordered"


def test_only_the_fiscal_years_spend_counts(july) -> None:
    _line(july, "paid", date(2026, 6, 30))  # fiscal 2025
    _line(july, "ordered", date(2026, 7, 1))  # fiscal 2026
    assert (opening_basis(july, year=2025), opening_basis(july, year=2026)) == (
        "paid", "ordered")
