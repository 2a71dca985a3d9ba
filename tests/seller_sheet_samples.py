"""A structure inclusive's workspace: one ordinary client, a marché test, a contract, her sales.

Her client is a hotel group (an ordinary company): a 4 800 € marché test in March, then a
contract in September, and 4 800 € of sales. Her sheet follows her sales, her contracts, her
marchés test and her new clients tested, the last three counting all her clients.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.core.vocabulary import ContractKind, Profile, use_profile_words
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Objective,
    ObjectiveSheet,
    Person,
    Relationship,
    SpendLine,
)

#: The day her actuals are taken.
AS_OF = date(2026, 11, 22)
#: (label, indicator, unit, weight %, target) of her sheet.
HER_OBJECTIVES = (
    ("Ventes", "total_spend", "€", Decimal(40), Decimal(10_000)),
    ("Contrats", "all_contracts", "contrats", Decimal(20), Decimal(2)),
    ("Marchés test", "all_test_contracts", "contrats", Decimal(20), Decimal(1)),
    ("Nouveaux clients", "new_counterparties_tested", "clients", Decimal(20), Decimal(1)),
)


def seller_workspace(engine: Engine) -> int:
    """Make the workspace a structure inclusive's, add her records and sheet; its id."""
    update_settings(engine, profile=Profile.STRUCTURE_INCLUSIVE)
    use_profile_words(Profile.STRUCTURE_INCLUSIVE)  # as the UI does on opening it
    with Session(engine) as session:
        lea = Person(name="Léa Moreau", role="Responsable commerciale")
        hotels = Counterparty(name="Groupe Hôtels du Lac", kind="CLASSIC")
        session.add_all([lea, hotels])
        session.flush()
        _add_records(session, lea.id, hotels.id)
        sheet = ObjectiveSheet(person_id=lea.id, year=2026, target_variable_cents=300_000)
        session.add(sheet)
        session.flush()
        for position, (label, code, unit, weight, target) in enumerate(HER_OBJECTIVES):
            session.add(Objective(sheet_id=sheet.id, position=position, label=label,
                                  indicator=code, unit=unit, target=target, weight=weight))
        session.commit()
        assert sheet.id is not None
        return sheet.id


def _add_records(session: Session, person_id: int | None, client_id: int | None) -> None:
    assert client_id is not None
    relationship = Relationship(counterparty_id=client_id, person_id=person_id,
                                stage="contrat_en_cours", stage_since=date(2026, 3, 1))
    session.add(relationship)
    session.flush()
    assert relationship.id is not None
    test = Contract(relationship_id=relationship.id, title="Blanchisserie, marché test",
                    kind=ContractKind.MARCHE_TEST.value, amount_cents=4_800_00,
                    start_date=date(2026, 3, 1), end_date=date(2026, 5, 31))
    session.add(test)
    session.flush()
    session.add(Contract(relationship_id=relationship.id, title="Blanchisserie",
                         kind=ContractKind.CONTRAT.value, amount_cents=20_000_00,
                         start_date=date(2026, 9, 1), previous_contract_id=test.id))
    for month, euros in ((4, 3_000), (5, 1_800)):
        session.add(SpendLine(counterparty_id=client_id, amount_cents=euros * 100,
                              spend_date=date(2026, month, 15), basis="invoiced",
                              person_id=person_id, invoice_number=f"V{month}"))
