"""Spend lines: what was ordered, invoiced or paid to a counterparty (integer cents, HT)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Index
from sqlmodel import Field, SQLModel


class SpendLine(SQLModel, table=True):
    """One purchase amount HT at a date, on a basis (ordered, invoiced, paid)."""

    __tablename__ = "spend_line"
    __table_args__ = (Index("ix_spend_line_date_basis", "spend_date", "basis"),)

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    amount_cents: int
    spend_date: date
    basis: str = Field(default="invoiced", max_length=10)
    purchase_category: str | None = Field(default=None, max_length=200)
    buying_entity: str | None = Field(default=None, max_length=200)
    person_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    contract_id: int | None = Field(default=None, foreign_key="contract.id", ondelete="SET NULL")
    invoice_number: str | None = Field(default=None, max_length=80)
    source: str | None = Field(default=None, max_length=200)
    import_batch_id: int | None = Field(
        default=None, foreign_key="import_batch.id", ondelete="SET NULL"
    )
