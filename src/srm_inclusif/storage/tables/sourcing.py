"""Sourcing: needs (besoins), shortlists and saved searches."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import utcnow


class Need(SQLModel, table=True):
    """A need (besoin) expressed by a buyer: what, where, how much."""

    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=250)
    department_code: str | None = Field(default=None, max_length=3)
    estimated_amount_cents: int | None = None
    description: str = ""
    reserved: str | None = Field(default=None, max_length=20)
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class NeedSector(SQLModel, table=True):
    """Link between a need and a reference sector."""

    __tablename__ = "need_sector"

    need_id: int = Field(foreign_key="need.id", primary_key=True, ondelete="CASCADE")
    sector_id: int = Field(foreign_key="sector.id", primary_key=True)


class Shortlist(SQLModel, table=True):
    """A named list of counterparties, possibly answering a need."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    need_id: int | None = Field(default=None, foreign_key="need.id", ondelete="SET NULL")
    created_at: datetime = Field(default_factory=utcnow)


class ShortlistEntry(SQLModel, table=True):
    """A counterparty on a shortlist, with its rank and the reasons for it."""

    __tablename__ = "shortlist_entry"

    shortlist_id: int = Field(foreign_key="shortlist.id", primary_key=True, ondelete="CASCADE")
    counterparty_id: int = Field(
        foreign_key="counterparty.id", primary_key=True, ondelete="CASCADE"
    )
    rank: int = 0
    score: float = 0.0
    reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class SavedSearch(SQLModel, table=True):
    """A named search: query text plus facet values."""

    __tablename__ = "saved_search"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=200)
    query: str = ""
    facets: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
