"""``stats`` in a terminal writes amounts, scores and percentages as the rest of the app does."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlmodel import Session

from srm_inclusif.cli import main
from srm_inclusif.storage.tables import Counterparty, Objective, ObjectiveSheet, Person, SpendLine


@pytest.fixture
def db(workspace) -> str:  # noqa: ANN001
    """A year with spend and a sheet: savings in euros and a satisfaction score, both manual."""
    with Session(workspace.engine) as s:
        alex, ei = Person(name="Alex Martin"), Counterparty(name="EI Vert", kind="EI")
        s.add_all([alex, ei])
        s.flush()
        s.add(SpendLine(counterparty_id=ei.id, amount_cents=13_850_037, basis="paid",
                        spend_date=date(2025, 5, 15), person_id=alex.id))
        sheet = ObjectiveSheet(person_id=alex.id, year=2025)
        s.add(sheet)
        s.flush()
        s.add_all([
            Objective(sheet_id=sheet.id, position=0, label="Savings", indicator="savings",
                      unit="€", target=Decimal("500000.00"), weight=Decimal(50),
                      manual_actual=Decimal(450000)),
            Objective(sheet_id=sheet.id, position=1, label="Satisfaction", indicator="savings",
                      unit="/5", target=Decimal("4.00"), weight=Decimal(50),
                      manual_actual=Decimal("4.2")),
        ])
        s.commit()
    return str(workspace.path)


@pytest.fixture
def shown(db, capsys) -> list[str]:  # noqa: ANN001
    assert main(["--db", db, "stats", "--year", "2025", "--basis", "paid"]) == 0
    return capsys.readouterr().out.splitlines()


def test_objective_amounts_read_as_every_amount(shown) -> None:  # noqa: ANN001
    assert ("    Alex Martin — Savings : réel 450\u202f000\u00a0€, objectif 500\u202f000\u00a0€ ; "
            "atteinte 90,00\u00a0%") in shown  # was « 450 000 / 500 000,00 € »


def test_a_score_objective_reads_as_every_score(shown) -> None:  # noqa: ANN001
    assert ("    Alex Martin — Satisfaction : réel 4,20\u00a0/\u00a05, "
            "objectif 4,00\u00a0/\u00a05 ; atteinte 105,00\u00a0%") in shown  # not « /5 »


def test_an_unknown_rate_is_a_dash_without_percent_sign(shown) -> None:  # noqa: ANN001
    assert "  Taux de renouvellement : —" in shown  # was « — % »
    assert "  Heures d'insertion (taux) : —" in shown
    assert "  Note de qualité : —" in shown  # was « — / 5 »


def test_amounts_with_cents_round_as_the_dashboard(shown) -> None:  # noqa: ANN001
    assert "  Achats totaux : 138\u202f500\u00a0€" in shown
    assert "  Achats inclusifs : 138\u202f500\u00a0€ (part : 100,00\u00a0%)" in shown
