"""Action items from a feedback or a relationship: create, edit, tick done, list the open ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.lifecycle_records import (
    Created,
    Removed,
    Snapshot,
    dump,
    get_or_raise,
    restore_snapshot,
)
from srm_inclusif.storage.tables import (
    ActionItem,
    Contract,
    Counterparty,
    Feedback,
    Person,
    Relationship,
)


@dataclass(frozen=True)
class ActionRow:
    """An action as listed, with the counterparty it concerns."""

    id: int
    text: str
    owner_id: int | None
    owner_name: str | None
    due_date: date | None
    done: bool
    done_on: date | None
    relationship_id: int | None
    feedback_id: int | None
    counterparty_name: str | None


def create_action(
    engine: Engine, *, text: str, relationship_id: int | None = None,
    feedback_id: int | None = None, owner_id: int | None = None, due_date: date | None = None,
) -> Created:
    """Add an action to a relationship or a feedback (inverse: ``delete_action``)."""
    if not text.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Décrivez l'action à mener."))
    if relationship_id is None and feedback_id is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Une action se rattache à une relation ou à un retour d'expérience."))
    with Session(engine) as session:
        row = ActionItem(text=text.strip(), relationship_id=relationship_id,
                         feedback_id=feedback_id, owner_id=owner_id, due_date=due_date)
        session.add(row)
        session.commit()
        assert row.id is not None
        return Created(row.id, Changes(actions={row.id}, reminders=True))


def set_action_done(
    engine: Engine, *, action_id: int, done: bool, done_on: date | None
) -> Changes:
    """Tick or untick an action (its inverse: the same call with the previous values)."""
    with Session(engine) as session:
        row = get_or_raise(session, ActionItem, action_id)
        row.done, row.done_on = done, (done_on if done else None)
        session.add(row)
        session.commit()
    return Changes(actions={action_id}, reminders=True)


def update_action(
    engine: Engine, *, action_id: int, text: str, owner_id: int | None, due_date: date | None
) -> Changes:
    """Change an action's text, owner and due date (inverse: the same call, previous values)."""
    if not text.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Décrivez l'action à mener."))
    with Session(engine) as session:
        row = get_or_raise(session, ActionItem, action_id)
        row.text, row.owner_id, row.due_date = text.strip(), owner_id, due_date
        session.add(row)
        session.commit()
    return Changes(actions={action_id}, reminders=True)


def delete_action(engine: Engine, *, action_id: int) -> Removed:
    """Remove an action (inverse: ``restore_action``)."""
    with Session(engine) as session:
        row = get_or_raise(session, ActionItem, action_id)
        snapshot = Snapshot({"ActionItem": dump([row])})
        session.delete(row)
        session.commit()
    return Removed(snapshot, Changes(actions={action_id}, reminders=True))


def restore_action(engine: Engine, *, removed: Removed) -> Changes:
    """Put back a removed action."""
    with Session(engine) as session:
        restore_snapshot(session, removed.snapshot)
        session.commit()
    return removed.changes


def list_actions(
    engine: Engine, *, open_only: bool = False, relationship_id: int | None = None
) -> list[ActionRow]:
    """Actions, soonest due first (no due date last)."""
    query = (
        select(ActionItem, Person.name, Counterparty.name, Relationship.id)
        .outerjoin(Person, col(Person.id) == ActionItem.owner_id)
        .outerjoin(Feedback, col(Feedback.id) == ActionItem.feedback_id)
        .outerjoin(Contract, col(Contract.id) == Feedback.contract_id)
        .outerjoin(Relationship, (col(Relationship.id) == ActionItem.relationship_id)
                   | (col(Relationship.id) == Contract.relationship_id))
        .outerjoin(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
        .order_by(col(ActionItem.due_date).is_(None), col(ActionItem.due_date),
                  col(ActionItem.id))
    )
    if open_only:
        query = query.where(col(ActionItem.done).is_(False))
    if relationship_id is not None:
        query = query.where(Relationship.id == relationship_id)
    with Session(engine) as session:
        return [ActionRow(a.id or 0, a.text, a.owner_id, owner, a.due_date, a.done, a.done_on,
                          rel_id, a.feedback_id, name)
                for a, owner, name, rel_id in session.exec(query)]
