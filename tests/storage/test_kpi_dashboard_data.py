"""Dashboard reads: pipeline by stage, inclusive targets, progress of each person's sheet."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import partial

from sqlmodel import Session

from srm_inclusif.storage.services.dashboard_data import (
    INCLUSIVE_SPEND,
    pipeline_counts,
    progress_by_owner,
    spend_target_cents,
)
from srm_inclusif.storage.services.kpi_data import load_kpi_data
from srm_inclusif.storage.tables import (
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
)


def test_pipeline_progress_and_target(workspace):
    engine = workspace.engine
    with Session(engine) as s:
        alice, bob = Person(name="Alice"), Person(name="Bob")
        ei = Counterparty(name="EI", kind="EI")
        s.add_all([alice, bob, ei])
        s.flush()
        s.add_all([Relationship(counterparty_id=ei.id, person_id=alice.id, stage="sourcing"),
                   Relationship(counterparty_id=ei.id, person_id=alice.id, stage="sourcing"),
                   Relationship(counterparty_id=ei.id, person_id=bob.id, stage="marche_test")])
        s.add(SpendLine(counterparty_id=ei.id, amount_cents=900_000, person_id=alice.id,
                        spend_date=date(2026, 3, 1)))
        for person, target in ((alice, 10000), (bob, 5000)):
            sheet = ObjectiveSheet(person_id=person.id, year=2026)
            s.add(sheet)
            s.flush()
            s.add_all([
                Objective(sheet_id=sheet.id, label="Inclusif", indicator="inclusive_spend",
                          target=Decimal(target), weight=Decimal(50)),
                Objective(sheet_id=sheet.id, label="Économies", indicator="savings",
                          target=Decimal(100), weight=Decimal(50), manual_actual=Decimal(110)),
            ])
        s.commit()
        alice_id = alice.id
    assert pipeline_counts(engine) == {"sourcing": 2, "marche_test": 1}
    assert pipeline_counts(engine, person_id=alice_id) == {"sourcing": 2}
    target = partial(spend_target_cents, engine, code=INCLUSIVE_SPEND, basis="invoiced")
    assert target(year=2026) == 1_500_000
    assert target(year=2026, person_id=alice_id) == 1_000_000
    assert target(year=2025) is None
    data = load_kpi_data(engine, start=date(2026, 1, 1), end=date(2026, 12, 31))
    progress = progress_by_owner(engine, data=data, year=2026, as_of=date(2026, 11, 22))
    # Alice: 50 % × 90 % + 50 % × 110 % = 100 %; Bob: 50 % × 0 + 50 % × 110 % = 55 %.
    assert [(p.owner, p.percent) for p in progress] == [
        ("Alice", Decimal("100.0")), ("Bob", Decimal("55.0"))]
