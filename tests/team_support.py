"""A purchasing manager's team of buyers, with its own objective sheet, for dashboard and stats.

« Achats routes et bâtiments »: Camille and Zoé, its sheet's inclusive-spend objective on the
« Payé » basis; Alice, outside the team, with her own sheet on « Facturé ».
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.storage.tables import (
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    SpendLine,
    Team,
)

TEAM = "Achats routes et bâtiments"
#: The team's paid inclusive purchases of 2026: Camille's 3 000 € to the EI, Zoé's 8 000 € to
#: the ESAT (their invoiced ones, and Alice's, are elsewhere).
TEAM_PAID_INCLUSIVE = "11000.00"


def add_team(engine: Engine) -> int:
    """The team, its members, Alice, their 2026 spend and sheets; returns the team's sheet id."""
    with Session(engine) as s:
        team = Team(name=TEAM)
        s.add(team)
        s.flush()
        camille = Person(name="Camille Martin", team_id=team.id)
        zoe = Person(name="Zoé Bernard", team_id=team.id)
        alice = Person(name="Alice Durand")
        ei, esat = Counterparty(name="EI Voirie", kind="EI"), Counterparty(name="ESAT", kind="ESAT")
        ea = Counterparty(name="EA", kind="EA")
        classic = Counterparty(name="Enrobés", kind="CLASSIC")
        s.add_all([camille, zoe, alice, ei, esat, ea, classic])
        s.flush()
        for who, supplier, cents, basis in (
                (camille, ei, 1_200_000, "invoiced"), (camille, classic, 2_000_000, "invoiced"),
                (camille, ei, 300_000, "paid"), (zoe, esat, 500_000, "invoiced"),
                (zoe, esat, 800_000, "paid"), (zoe, classic, 1_000_000, "paid"),
                (alice, ea, 3_000_000, "invoiced"), (alice, ea, 4_000_000, "paid")):
            s.add(SpendLine(counterparty_id=supplier.id, amount_cents=cents, basis=basis,
                            spend_date=date(2026, 4, 1), person_id=who.id))
        team_sheet = ObjectiveSheet(team_id=team.id, year=2026)
        alice_sheet = ObjectiveSheet(person_id=alice.id, year=2026)
        s.add_all([team_sheet, alice_sheet])
        s.flush()
        s.add_all([
            Objective(sheet_id=team_sheet.id, label="Achats inclusifs de l'équipe",
                      indicator="inclusive_spend", basis="paid", unit="€",
                      target=Decimal(20000), weight=Decimal(100)),
            Objective(sheet_id=alice_sheet.id, label="Achats inclusifs",
                      indicator="inclusive_spend", basis="invoiced", unit="€",
                      target=Decimal(50000), weight=Decimal(100))])
        s.commit()
        return team_sheet.id or 0
