"""Alembic plumbing: the schema head, the known revisions and the upgrade of an open engine."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


@cache
def known_revisions() -> tuple[str, ...]:
    """Revision ids shipped with this version, oldest first (file names start with the id)."""
    names = (p.name for p in (MIGRATIONS_DIR / "versions").iterdir())
    return tuple(sorted(m.group(1) for n in names if (m := _REVISION_FILE.match(n))))


def schema_head() -> str:
    """The newest schema revision this version of the app knows."""
    return known_revisions()[-1]


def alembic_config() -> Config:
    """An Alembic config pointing at the shipped migrations (no .ini file needed)."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Apply every pending migration in one transaction per revision."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
