"""The year's spend on each basis, read from the lines: what an import brought, on its basis."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from srm_inclusif.core.kpi_facts import Period
from srm_inclusif.storage.services.dashboard_data import spend_by_basis
from srm_inclusif.storage.tables import Counterparty, Person, SpendLine


def test_the_years_spend_on_each_basis_of_everyone_or_one_person(workspace):
    with Session(workspace.engine) as s:
        alice = Person(name="Alice")
        classic, ei = Counterparty(name="Classique"), Counterparty(name="EI", kind="EI")
        s.add_all([alice, classic, ei])
        s.flush()
        s.add_all([
            SpendLine(counterparty_id=classic.id, amount_cents=70_000, basis="invoiced",
                      spend_date=date(2026, 1, 1)),
            SpendLine(counterparty_id=ei.id, amount_cents=5_000, basis="invoiced",
                      person_id=alice.id, spend_date=date(2026, 12, 31)),
            SpendLine(counterparty_id=ei.id, amount_cents=300, basis="paid",
                      spend_date=date(2026, 6, 1)),
            SpendLine(counterparty_id=ei.id, amount_cents=999_999, basis="ordered",
                      spend_date=date(2025, 12, 31)),  # the year before
        ])
        s.commit()
        alice_id = alice.id
    year = Period(date(2026, 1, 1), date(2026, 12, 31))
    assert spend_by_basis(workspace.engine, period=year) == {"invoiced": 75_000, "paid": 300}
    assert spend_by_basis(workspace.engine, period=year, person_id=alice_id) == {
        "invoiced": 5_000}
