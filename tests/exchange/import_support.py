"""Importing files into a test workspace, and reading or editing by hand one field of its
structures (what the user sees on each structure's card)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Table, select, update

from srm_inclusif.exchange.importer import ImportSettings, import_files
from srm_inclusif.storage.services.import_records import ImportSummary
from srm_inclusif.storage.tables import Counterparty
from srm_inclusif.storage.workspace import Workspace

STRUCTURES: Table = Counterparty.__table__


def run(workspace: Workspace, *paths: Path) -> ImportSummary:
    """Import ``paths`` with the default settings."""
    return import_files(workspace.engine, list(paths), ImportSettings())


def stored(workspace: Workspace, field: str) -> dict[str, str | None]:
    """Structure name → its stored ``field`` (``nature``, ``social_website``...)."""
    with workspace.engine.connect() as connection:
        return dict(connection.execute(select(STRUCTURES.c.name, STRUCTURES.c[field])).all())


def hand_edit(workspace: Workspace, name: str, field: str, value: str) -> None:
    """Set the structure's ``field`` to ``value`` as the user does on its card: marked as edited."""
    with workspace.engine.begin() as connection:
        connection.execute(update(STRUCTURES).where(STRUCTURES.c.name == name)
                           .values({field: value, "edited_fields": [field]}))
