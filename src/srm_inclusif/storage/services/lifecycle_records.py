"""Shared plumbing of the lifecycle services: created / removed results and row snapshots.

A removal returns a snapshot of every row it deleted (children included), so that its inverse
re-inserts them with the same ids and the undo restores the previous state exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, SQLModel, col, select

from srm_inclusif.core.errors import NotFoundError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.tables import (
    ActionItem,
    Contract,
    Counterparty,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Person,
    Relationship,
    StageChange,
)

#: Insertion order of a snapshot (parents before children).
SNAPSHOT_ORDER: tuple[type[SQLModel], ...] = (
    Relationship, StageChange, Contract, Feedback, FeedbackScore, ActionItem,
)


@dataclass(frozen=True)
class Created:
    """A record created, with what changed."""

    id: int
    changes: Changes


@dataclass(frozen=True)
class Snapshot:
    """Rows removed, per table name, as plain dicts; plus contracts to re-link afterwards."""

    rows: dict[str, list[dict[str, Any]]]
    relinks: dict[int, int] = field(default_factory=dict)  # successor id → previous id


@dataclass(frozen=True)
class Removed:
    """A removal and the snapshot its inverse needs."""

    snapshot: Snapshot
    changes: Changes


def dump(rows: list[Any]) -> list[dict[str, Any]]:
    """Plain dicts of ORM rows, every column included."""
    return [row.model_dump() for row in rows]


def restore_snapshot(session: Session, snapshot: Snapshot) -> None:
    """Re-insert the rows of a snapshot with their ids, then re-link renewed contracts."""
    for model in SNAPSHOT_ORDER:
        for values in sorted(snapshot.rows.get(model.__name__, []), key=_row_order):
            session.add(model(**values))
        session.flush()
    for successor_id, previous_id in snapshot.relinks.items():
        successor = session.get(Contract, successor_id)
        if successor is not None:
            successor.previous_contract_id = previous_id
            session.add(successor)


def _row_order(values: dict[str, Any]) -> tuple[int, int]:
    return (values.get("id") or values.get("feedback_id") or 0, values.get("criterion_id") or 0)


def contract_tree(session: Session, contract_ids: list[int]) -> dict[str, list[dict[str, Any]]]:
    """Snapshot rows of contracts with their feedback, scores and feedback actions."""
    contracts = session.exec(select(Contract).where(col(Contract.id).in_(contract_ids))).all()
    feedback = session.exec(
        select(Feedback).where(col(Feedback.contract_id).in_(contract_ids))).all()
    feedback_ids = [f.id for f in feedback]
    scores = session.exec(
        select(FeedbackScore).where(col(FeedbackScore.feedback_id).in_(feedback_ids))).all()
    actions = session.exec(
        select(ActionItem).where(col(ActionItem.feedback_id).in_(feedback_ids))).all()
    return {"Contract": dump(list(contracts)), "Feedback": dump(list(feedback)),
            "FeedbackScore": dump(list(scores)), "ActionItem": dump(list(actions))}


def relinks_of(session: Session, contract_ids: list[int]) -> dict[int, int]:
    """Contracts (outside the removed set) renewing one of the removed contracts."""
    successors = session.exec(select(Contract).where(
        col(Contract.previous_contract_id).in_(contract_ids),
        col(Contract.id).not_in(contract_ids))).all()
    return {c.id: c.previous_contract_id for c in successors if c.id and c.previous_contract_id}


#: What a missing row is called, one message per kind of record (a label cannot be translated
#: once filled in a sentence).
NOT_FOUND: dict[type[SQLModel], str] = {
    ActionItem: QT_TRANSLATE_NOOP("Errors", "Action introuvable (n° {id})."),
    Contract: QT_TRANSLATE_NOOP("Errors", "Contrat introuvable (n° {id})."),
    Counterparty: QT_TRANSLATE_NOOP("Errors", "Fournisseur ou client introuvable (n° {id})."),
    Feedback: QT_TRANSLATE_NOOP("Errors", "Retour d'expérience introuvable (n° {id})."),
    FeedbackCriterion: QT_TRANSLATE_NOOP("Errors", "Critère introuvable (n° {id})."),
    Person: QT_TRANSLATE_NOOP("Errors", "Personne introuvable (n° {id})."),
    Relationship: QT_TRANSLATE_NOOP("Errors", "Relation introuvable (n° {id})."),
}


def get_or_raise(session: Session, model: type[SQLModel], record_id: int) -> Any:
    """The row with this id, or a ``NotFoundError`` naming what was looked for."""
    row = session.get(model, record_id)
    if row is None:
        raise NotFoundError.of(NOT_FOUND[model], id=record_id)
    return row
