"""The impact reports a structure inclusive gives its clients: counts only, never a name."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import DecimalText, utcnow


class ImpactReport(SQLModel, table=True):
    """What a client's purchases produced over a period (DOMAIN.md section 7).

    Exits are kept by category; their total, and the rate of « sorties dynamiques », are
    computed (``core.impact``), so that they can never disagree with the categories.
    """

    __tablename__ = "impact_report"

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    period_start: date
    period_end: date
    people: int = 0
    hours_worked: Decimal = Field(
        default=Decimal(0), sa_column=Column(DecimalText(), nullable=False))
    training_hours: Decimal = Field(
        default=Decimal(0), sa_column=Column(DecimalText(), nullable=False))
    exits_durable: int = 0
    exits_transition: int = 0
    exits_positive: int = 0
    exits_other: int = 0
    comment: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
