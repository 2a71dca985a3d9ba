"""Counterparties (suppliers or clients), their sectors, labels, kind history and contacts."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, text
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import utcnow


class Counterparty(SQLModel, table=True):
    """A supplier for a buyer, a client for a structure inclusive."""

    __table_args__ = (
        Index("ix_counterparty_match", "norm_name", "post_code"),
        # the list sorted by city, then name: one index per direction of the city, the names
        # staying A to Z in both (migration 0011)
        Index("ix_counterparty_city_name", "city", "norm_name"),
        Index("ix_counterparty_city_desc_name", text("city DESC"), "norm_name"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=250)
    brand: str | None = Field(default=None, max_length=250)
    norm_name: str = Field(default="", max_length=250)
    siret: str | None = Field(default=None, index=True, max_length=20)
    siret_status: str = Field(default="missing", max_length=12)
    #: Head office or antenna (``core.vocabulary.Nature`` code); None when not known.
    nature: str | None = Field(default=None, max_length=12, index=True)
    kind: str = Field(default="CLASSIC", index=True, max_length=10)
    legal_form: str | None = Field(default=None, max_length=120)
    address: str | None = Field(default=None, max_length=400)
    post_code: str | None = Field(default=None, max_length=5)
    city: str | None = Field(default=None, max_length=120)
    department_code: str | None = Field(default=None, index=True, max_length=3)
    region_code: str | None = Field(default=None, index=True, max_length=3)
    service_types: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    networks: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    offers: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    extra_sectors: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    #: Clients the structure names as references: ``{"name", "description"}`` each.
    client_references: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]")
    )
    is_qpv: bool = Field(default=False, index=True)
    is_zrr: bool = Field(default=False, index=True)
    headcount_insertion: float | None = None
    headcount_permanent: float | None = None
    capacity: str | None = Field(default=None, max_length=250)
    website: str | None = Field(default=None, max_length=300)
    #: The structure's page on a social network (LinkedIn, Facebook...).
    social_website: str | None = Field(default=None, max_length=300)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=200)
    notes: str = ""
    favourite: bool = Field(default=False, index=True)
    active: bool = True
    source: str | None = Field(default=None, max_length=40)
    source_id: str | None = Field(default=None, max_length=120)
    imported_at: datetime | None = None
    edited_fields: list[str] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class CounterpartySector(SQLModel, table=True):
    """Link between a counterparty and a reference sector."""

    __tablename__ = "counterparty_sector"

    counterparty_id: int = Field(
        foreign_key="counterparty.id", primary_key=True, ondelete="CASCADE"
    )
    sector_id: int = Field(foreign_key="sector.id", primary_key=True, index=True)


class CounterpartyLabel(SQLModel, table=True):
    """A label (ESUS, RSEi, RFAR, B-Corp...) held by a counterparty, with its validity dates."""

    __tablename__ = "counterparty_label"

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    name: str = Field(max_length=120)
    valid_from: date | None = None
    valid_until: date | None = None


class CounterpartyKindPeriod(SQLModel, table=True):
    """A kind held by a counterparty over a period; the kind in force on a spend date counts."""

    __tablename__ = "counterparty_kind_period"

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    kind: str = Field(max_length=10)
    valid_from: date | None = None
    valid_until: date | None = None


class Contact(SQLModel, table=True):
    """A named person at a counterparty (personal data: may be anonymised)."""

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    first_name: str | None = Field(default=None, max_length=120)
    last_name: str | None = Field(default=None, max_length=120)
    role: str | None = Field(default=None, max_length=120)
    email: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=40)
    last_interaction: date | None = None
    anonymised: bool = False
    created_at: datetime = Field(default_factory=utcnow)
