"""Reminders of the « À faire » panel: gather the facts, apply the user's snooze and dismiss."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.reminders import (
    ActionFacts,
    ContractFacts,
    LabelFacts,
    Reminder,
    ReminderStateView,
    due_reminders,
)
from srm_inclusif.core.vocabulary import ContractKind
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contracts import handled_contract_ids, list_contracts
from srm_inclusif.storage.tables import ActionItem, Counterparty, CounterpartyLabel, ReminderState
from srm_inclusif.storage.types import utcnow


@dataclass(frozen=True)
class ReminderStateSaved:
    """The state a reminder had before a snooze or dismiss (None: never touched)."""

    key: str
    previous: tuple[date | None, datetime | None] | None  # (snoozed_until, dismissed_at)
    changes: Changes


def list_reminders(engine: Engine, *, today: date) -> list[Reminder]:
    """Reminders due on ``today`` (past-due ones included until handled), soonest first."""
    handled = handled_contract_ids(engine)
    contracts = [
        ContractFacts(c.id, c.title, c.counterparty_name, c.relationship_id,
                      c.kind == ContractKind.MARCHE_TEST.value, c.end_date, c.notice_days,
                      c.feedback_count > 0, c.id in handled)
        for c in list_contracts(engine) if c.end_date is not None
    ]
    with Session(engine) as session:
        labels = [LabelFacts(lab.id or 0, lab.name, name, lab.counterparty_id, lab.valid_until)
                  for lab, name in session.exec(
                      select(CounterpartyLabel, Counterparty.name)
                      .join(Counterparty,
                            col(Counterparty.id) == CounterpartyLabel.counterparty_id)
                      .where(col(CounterpartyLabel.valid_until).is_not(None)))]
        actions = [ActionFacts(a.id or 0, a.text, a.due_date, a.done, a.relationship_id)
                   for a in session.exec(select(ActionItem).where(col(ActionItem.done).is_(False)))]
    return due_reminders(today, contracts=contracts, labels=labels, actions=actions,
                         states=reminder_states(engine))


def reminder_states(engine: Engine) -> dict[str, ReminderStateView]:
    """What the user did with each reminder, by key."""
    with Session(engine) as session:
        return {s.key: ReminderStateView(s.snoozed_until, s.dismissed_at is not None)
                for s in session.exec(select(ReminderState))}


def snooze_reminder(engine: Engine, *, key: str, until: date) -> ReminderStateSaved:
    """Hide a reminder until a date (inverse: ``restore_reminder_state``)."""
    return _save(engine, key, snoozed_until=until, dismissed_at=None)


def dismiss_reminder(engine: Engine, *, key: str, at: datetime | None = None) -> ReminderStateSaved:
    """Hide a reminder for good (inverse: ``restore_reminder_state``)."""
    return _save(engine, key, snoozed_until=None, dismissed_at=at or utcnow())


def _save(engine: Engine, key: str, *, snoozed_until: date | None,
          dismissed_at: datetime | None) -> ReminderStateSaved:
    with Session(engine) as session:
        row = session.get(ReminderState, key)
        previous = None if row is None else (row.snoozed_until, row.dismissed_at)
        row = row or ReminderState(key=key)
        row.snoozed_until, row.dismissed_at = snoozed_until, dismissed_at
        session.add(row)
        session.commit()
    return ReminderStateSaved(key, previous, Changes(reminders=True))


def restore_reminder_state(engine: Engine, *, saved: ReminderStateSaved) -> Changes:
    """Give a reminder back the state it had before a snooze or dismiss."""
    with Session(engine) as session:
        row = session.get(ReminderState, saved.key)
        if saved.previous is None:
            if row is not None:
                session.delete(row)
        else:
            row = row or ReminderState(key=saved.key)
            row.snoozed_until, row.dismissed_at = saved.previous
            session.add(row)
        session.commit()
    return saved.changes
