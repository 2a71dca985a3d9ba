"""Helpers shared by the lifecycle tests: a minimal counterparty and a table dump."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session

from srm_inclusif.storage.tables import Counterparty

LIFECYCLE_TABLES = ("relationship", "stage_change", "contract", "feedback", "feedback_score",
                    "action_item", "reminder_state", "feedback_criterion")


def add_counterparty(engine: Engine, name: str = "Envie Nord", kind: str = "EI") -> int:
    """Insert a counterparty directly (the directory's own create function is not needed)."""
    with Session(engine) as session:
        row = Counterparty(name=name, norm_name=name.lower(), kind=kind)
        session.add(row)
        session.commit()
        assert row.id is not None
        return row.id


def table_dump(engine: Engine, *, timestamps: bool = True) -> dict[str, list[Any]]:
    """Every row of the lifecycle tables, to compare states before and after an undo.

    ``timestamps=False`` leaves out the ``created_at`` columns (a redo writes new ones).
    """
    dump = {}
    with engine.connect() as connection:
        for name in LIFECYCLE_TABLES:
            columns = [row[1] for row in connection.exec_driver_sql(f"PRAGMA table_info({name})")
                       if timestamps or row[1] != "created_at"]
            dump[name] = connection.exec_driver_sql(
                f"SELECT {', '.join(columns)} FROM {name} ORDER BY 1").fetchall()
    return dump


#: The day the relationship of :func:`add_stopped_relationship` was stopped.
STOPPED_ON = date(2026, 10, 1)
#: What a new marché test, contract or renewal on that relationship is refused with.
STOPPED_REFUSAL = (
    "La relation avec « ESAT des Collines » est arrêtée : elle ne prend ni marché test, "
    "ni contrat, ni renouvellement. Rouvrez-la d'abord en changeant son étape "
    "(« Changer d'étape… » sur la page Relations).")


def add_stopped_relationship(engine: Engine) -> tuple[int, int]:
    """A relationship with « ESAT des Collines », one contract, then stopped on ``STOPPED_ON``:
    (relationship id, contract id)."""
    from srm_inclusif.core.vocabulary import Stage
    from srm_inclusif.storage.services.contracts import ContractFields, create_contract
    from srm_inclusif.storage.services.relationships import create_relationship, move_stage

    counterparty_id = add_counterparty(engine, "ESAT des Collines", "ESAT")
    relationship = create_relationship(engine, counterparty_id=counterparty_id,
                                       on=date(2026, 1, 5)).id
    contract = create_contract(engine, relationship_id=relationship,
                               values=ContractFields("Entretien 2026")).id
    move_stage(engine, relationship_id=relationship, to_stage=Stage.ARRETEE, on=STOPPED_ON,
               reason="Plus de besoin")
    return relationship, contract


def add_contract(engine: Engine, title: str = "Traiteur") -> int:
    """A contract of a new relationship with a new counterparty (begun 01/01/2026)."""
    from srm_inclusif.storage.services.contracts import ContractFields, create_contract
    from srm_inclusif.storage.services.relationships import create_relationship

    relationship = create_relationship(engine, counterparty_id=add_counterparty(engine),
                                       on=date(2026, 1, 1)).id
    return create_contract(engine, relationship_id=relationship,
                           values=ContractFields(title)).id
