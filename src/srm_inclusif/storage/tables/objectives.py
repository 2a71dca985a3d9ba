"""Objectives of a person or team for a year (one sheet), and dated parameters."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Column, UniqueConstraint
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import DecimalText


class ObjectiveSheet(SQLModel, table=True):
    """The objectives of one person (or team) for one year; weights sum to 100 %."""

    __tablename__ = "objective_sheet"
    __table_args__ = (UniqueConstraint("person_id", "team_id", "year"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="CASCADE"
    )
    team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="CASCADE")
    year: int = Field(index=True)
    target_variable_cents: int = 0
    comment: str = ""


class Objective(SQLModel, table=True):
    """One objective: indicator, baseline, target, weight, thresholds and payout curve."""

    id: int | None = Field(default=None, primary_key=True)
    sheet_id: int = Field(foreign_key="objective_sheet.id", index=True, ondelete="CASCADE")
    position: int = 0
    label: str = Field(max_length=200)
    indicator: str = Field(max_length=60)
    basis: str = Field(default="invoiced", max_length=10)
    unit: str = Field(default="€", max_length=20)
    baseline: Decimal | None = Field(default=None, sa_column=Column(DecimalText()))
    target: Decimal = Field(sa_column=Column(DecimalText(), nullable=False))
    weight: Decimal = Field(sa_column=Column(DecimalText(), nullable=False))
    threshold_trigger: Decimal = Field(
        default=Decimal(60), sa_column=Column(DecimalText(), nullable=False)
    )
    threshold_target: Decimal = Field(
        default=Decimal(100), sa_column=Column(DecimalText(), nullable=False)
    )
    threshold_cap: Decimal = Field(
        default=Decimal(130), sa_column=Column(DecimalText(), nullable=False)
    )
    curve: str = Field(default="linear", max_length=20)
    lower_is_better: bool = False
    manual_actual: Decimal | None = Field(default=None, sa_column=Column(DecimalText()))


class Parameter(SQLModel, table=True):
    """A dated parameter (SMIC horaire, OETH coefficients...): the value in force from a date."""

    __table_args__ = (UniqueConstraint("name", "valid_from"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=80)
    value: Decimal = Field(sa_column=Column(DecimalText(), nullable=False))
    valid_from: date
    note: str = ""
