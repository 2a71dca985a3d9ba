"""A seller's purchases (her sales) and imports default to the basis of her sales objective.

The dashboard of a structure inclusive draws her « Ventes totales » target (``total_spend``), not
a buyer's inclusive-spend objective left by a workspace that changed profile: the basis a form
or an import proposes is that target's, as the dashboard opens on it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlmodel import Session

from srm_inclusif.core.vocabulary import Profile
from srm_inclusif.storage.services.opening_basis import opening_basis_on
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import Objective, ObjectiveSheet, Person

DAY = date(2026, 6, 1)


def _objectives(engine, *objectives: tuple[str, str]) -> None:  # noqa: ANN001
    """A 2026 sheet with an objective per (indicator, basis), and no spend line."""
    with Session(engine) as s:
        claire = Person(name="Claire")
        s.add(claire)
        s.flush()
        sheet = ObjectiveSheet(person_id=claire.id, year=2026)
        s.add(sheet)
        s.flush()
        s.add_all(Objective(sheet_id=sheet.id, label=code, indicator=code, basis=basis,
                            target=Decimal(50_000), weight=Decimal(50))
                  for code, basis in objectives)
        s.commit()


def test_a_seller_types_her_sales_on_her_sales_targets_basis(workspace) -> None:
    _objectives(workspace.engine, ("inclusive_spend", "paid"), ("total_spend", "ordered"))
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    assert opening_basis_on(workspace.engine, day=DAY).value == "ordered"


def test_a_buyer_types_his_purchases_on_his_inclusive_targets_basis(workspace) -> None:
    _objectives(workspace.engine, ("inclusive_spend", "paid"), ("total_spend", "ordered"))
    assert opening_basis_on(workspace.engine, day=DAY).value == "paid"


def test_a_seller_without_a_sales_target_is_not_led_by_a_buyers_one(workspace) -> None:
    _objectives(workspace.engine, ("inclusive_spend", "paid"))
    update_settings(workspace.engine, profile=Profile.STRUCTURE_INCLUSIVE)
    assert opening_basis_on(workspace.engine, day=DAY).value == "invoiced"
