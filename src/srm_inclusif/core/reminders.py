"""Due reminders, computed from contracts, marchés test, labels and actions on a given date.

Pure: the caller gathers the facts and the user's snooze / dismiss states. Every reminder has a
stable key (``contract:12:end-30``) so that what the user did with it persists. A reminder appears
on its date and stays visible (past due) until it is handled, snoozed or dismissed; for one
contract only the latest milestone reached is shown, so the user is not nagged three times.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP, translate
from srm_inclusif.core.numbers import day_text

#: Days before a contract's end at which it is recalled.
END_MILESTONES = (90, 30, 7)
#: Days before its end at which a label is recalled.
LABEL_LEAD_DAYS = 60
#: Days before its due date at which an open action is recalled.
ACTION_LEAD_DAYS = 7


@dataclass(frozen=True)
class ContractFacts:
    """What reminders need to know about a contract."""

    id: int
    title: str
    counterparty: str
    relationship_id: int
    is_test: bool
    end_date: date | None
    notice_days: int = 0
    has_feedback: bool = False
    handled: bool = False  # renewed, decided, or its relationship stopped


@dataclass(frozen=True)
class LabelFacts:
    """A counterparty's label with its end of validity."""

    id: int
    name: str
    counterparty: str
    counterparty_id: int
    valid_until: date | None


@dataclass(frozen=True)
class ActionFacts:
    """An action item with its due date."""

    id: int
    text: str
    due_date: date | None
    done: bool
    relationship_id: int | None = None


@dataclass(frozen=True)
class ReminderStateView:
    """What the user did with a reminder."""

    snoozed_until: date | None = None
    dismissed: bool = False


@dataclass(frozen=True)
class Reminder:
    """One thing to do, from its date on."""

    key: str
    kind: str  # "notice", "end", "test_feedback", "label", "action"
    shows_from: date
    event_date: date
    text: str
    today: date
    contract_id: int | None = None
    relationship_id: int | None = None
    counterparty_id: int | None = None
    action_id: int | None = None

    @property
    def overdue(self) -> bool:
        """The event date (end, notice, due date) has passed."""
        return self.event_date < self.today

    @property
    def days_left(self) -> int:
        """Days until the event (negative when past)."""
        return (self.event_date - self.today).days


def due_reminders(
    today: date,
    *,
    contracts: Iterable[ContractFacts] = (),
    labels: Iterable[LabelFacts] = (),
    actions: Iterable[ActionFacts] = (),
    states: Mapping[str, ReminderStateView] | None = None,
) -> list[Reminder]:
    """Reminders to show on ``today``, soonest event first, without snoozed or dismissed ones."""
    states = states or {}
    found: list[Reminder] = []
    for contract in contracts:
        found += _contract_reminders(contract, today, states)
    found += [r for label in labels if (r := _label_reminder(label, today))]
    found += [r for action in actions if (r := _action_reminder(action, today))]
    visible = [r for r in found if _visible(r, today, states)]
    return sorted(visible, key=lambda r: (r.event_date, r.key))


def _visible(reminder: Reminder, today: date, states: Mapping[str, ReminderStateView]) -> bool:
    state = states.get(reminder.key)
    if state is None:
        return True
    if state.dismissed:
        return False
    return state.snoozed_until is None or state.snoozed_until <= today


def _contract_reminders(
    contract: ContractFacts, today: date, states: Mapping[str, ReminderStateView]
) -> list[Reminder]:
    if contract.end_date is None or contract.handled:
        return []
    if contract.is_test:
        return [r for r in [_test_reminder(contract, today)] if r]
    found = []
    notice = _notice_reminder(contract, today)
    if notice:
        found.append(notice)
    end = _end_reminder(contract, today, states)
    if end:
        found.append(end)
    return found


def _test_reminder(contract: ContractFacts, today: date) -> Reminder | None:
    assert contract.end_date is not None
    if contract.has_feedback or contract.end_date > today:
        return None
    return Reminder(
        f"test:{contract.id}:feedback", "test_feedback", contract.end_date, contract.end_date,
        _text(QT_TRANSLATE_NOOP("Reminders", "Marché test terminé sans retour d'expérience : "
                                             "{contract}"), contract=_named(contract)),
        today, contract.id, contract.relationship_id,
    )


def _notice_reminder(contract: ContractFacts, today: date) -> Reminder | None:
    assert contract.end_date is not None
    if contract.notice_days <= 0:
        return None
    notice_date = contract.end_date - timedelta(days=contract.notice_days)
    shows_from = notice_date - timedelta(days=7)
    if today < shows_from:
        return None
    return Reminder(
        f"contract:{contract.id}:notice", "notice", shows_from, notice_date,
        _text(QT_TRANSLATE_NOOP("Reminders", "Date limite de préavis le {date} : {contract}"),
              date=day_text(notice_date), contract=_named(contract)),
        today, contract.id, contract.relationship_id,
    )


def _end_reminder(
    contract: ContractFacts, today: date, states: Mapping[str, ReminderStateView]
) -> Reminder | None:
    """The latest end milestone reached; an earlier one only if the latest was handled."""
    assert contract.end_date is not None
    end = contract.end_date
    reached = [d for d in END_MILESTONES if today >= end - timedelta(days=d)]
    if not reached:
        return None
    days = min(reached)
    key = f"contract:{contract.id}:end-{days}"
    state = states.get(key)
    if state is not None and state.dismissed:
        return None
    template = (
        QT_TRANSLATE_NOOP("Reminders", "Contrat échu le {date} : {contract}") if end < today
        else QT_TRANSLATE_NOOP("Reminders", "Fin de contrat le {date} (J-{days}) : {contract}")
    )
    text = _text(template, date=day_text(end), days=days, contract=_named(contract))
    return Reminder(key, "end", end - timedelta(days=days), end, text, today, contract.id,
                    contract.relationship_id)


def _text(template: str, **values: object) -> str:
    """A reminder sentence in the UI language."""
    return translate("Reminders", template).format(**values)


def _named(contract: ContractFacts) -> str:
    """The contract title, followed by the counterparty unless the title already names it."""
    if contract.counterparty and contract.counterparty not in contract.title:
        return f"{contract.title} ({contract.counterparty})"
    return contract.title


def _label_reminder(label: LabelFacts, today: date) -> Reminder | None:
    if label.valid_until is None:
        return None
    shows_from = label.valid_until - timedelta(days=LABEL_LEAD_DAYS)
    if today < shows_from:
        return None
    template = (
        QT_TRANSLATE_NOOP("Reminders", "Le label {label} de {name} a expiré le {date}")
        if label.valid_until < today
        else QT_TRANSLATE_NOOP("Reminders", "Le label {label} de {name} expire le {date}")
    )
    return Reminder(
        f"label:{label.id}:{label.valid_until.isoformat()}", "label", shows_from,
        label.valid_until,
        _text(template, label=label.name, name=label.counterparty,
              date=day_text(label.valid_until)),
        today, counterparty_id=label.counterparty_id,
    )


def _action_reminder(action: ActionFacts, today: date) -> Reminder | None:
    if action.done or action.due_date is None:
        return None
    shows_from = action.due_date - timedelta(days=ACTION_LEAD_DAYS)
    if today < shows_from:
        return None
    return Reminder(
        f"action:{action.id}:due", "action", shows_from, action.due_date,
        _text(QT_TRANSLATE_NOOP("Reminders", "Action à faire pour le {date} : {text}"),
              date=day_text(action.due_date), text=action.text),
        today, relationship_id=action.relationship_id, action_id=action.id,
    )
