"""All SQLModel tables; importing this package registers them on ``SQLModel.metadata``."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import SQLModel

from srm_inclusif.storage.tables.counterparty import (
    Contact,
    Counterparty,
    CounterpartyKindPeriod,
    CounterpartyLabel,
    CounterpartySector,
)
from srm_inclusif.storage.tables.exchange import ImportBatch, ImportIssue, MappingProfile
from srm_inclusif.storage.tables.impact import ImpactReport
from srm_inclusif.storage.tables.lifecycle import (
    ActionItem,
    Contract,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Relationship,
    ReminderState,
    StageChange,
)
from srm_inclusif.storage.tables.objectives import Objective, ObjectiveSheet, Parameter
from srm_inclusif.storage.tables.organisation import Person, Team, WorkspaceSettings
from srm_inclusif.storage.tables.reference import Department, Sector
from srm_inclusif.storage.tables.sourcing import (
    Need,
    NeedSector,
    SavedSearch,
    Shortlist,
    ShortlistEntry,
)
from srm_inclusif.storage.tables.spend import SpendLine

__all__ = [
    "ActionItem", "Contact", "Contract", "Counterparty", "CounterpartyKindPeriod",
    "CounterpartyLabel", "CounterpartySector", "Department", "Feedback", "FeedbackCriterion",
    "FeedbackScore", "ImpactReport", "ImportBatch", "ImportIssue", "MappingProfile", "Need",
    "NeedSector", "Objective", "ObjectiveSheet", "Parameter", "Person", "Relationship",
    "ReminderState", "SavedSearch", "Sector", "Shortlist", "ShortlistEntry", "SpendLine",
    "StageChange", "Team", "WorkspaceSettings", "table_of",
]


def table_of(model: type[SQLModel]) -> sa.Table:
    """The Core table of a table model: its ``__table__``, which SQLModel does not type."""
    table = sa.inspect(model).local_table
    assert isinstance(table, sa.Table)
    return table
