"""The user's organisation: workspace settings, people (buyers, commercials) and teams."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import utcnow


class WorkspaceSettings(SQLModel, table=True):
    """One row (id 1): the workspace profile and organisation."""

    __tablename__ = "workspace_settings"

    id: int | None = Field(default=1, primary_key=True)
    profile: str = Field(default="acheteur", max_length=30)
    organisation_name: str = Field(default="", max_length=200)
    organisation_siret: str | None = Field(default=None, max_length=14)
    fiscal_year_start_month: int = Field(default=1, ge=1, le=12)
    created_at: datetime = Field(default_factory=utcnow)


class Team(SQLModel, table=True):
    """A team of the user's organisation (e.g. the purchasing department)."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True, max_length=120)


class Person(SQLModel, table=True):
    """A person of the user's organisation: a buyer or a commercial."""

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True, max_length=120)
    role: str = Field(default="Acheteur", max_length=120)
    email: str | None = Field(default=None, max_length=200)
    team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="SET NULL")
    active: bool = True
