"""Reference tables shipped as seed data: sectors and departments."""

from __future__ import annotations

from sqlmodel import Field, SQLModel


class Sector(SQLModel, table=True):
    """A sector of the national directory's list (20 groups, 154 sectors)."""

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True, max_length=120)
    name: str = Field(max_length=200)
    group_slug: str = Field(index=True, max_length=120)
    group_name: str = Field(max_length=200)


class Department(SQLModel, table=True):
    """A French department with its region."""

    code: str = Field(primary_key=True, max_length=3)
    name: str = Field(max_length=100)
    region_code: str = Field(index=True, max_length=3)
    region_name: str = Field(max_length=100)
