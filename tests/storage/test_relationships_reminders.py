"""Reminders from the database on injected dates; actions; snooze / dismiss persist and undo."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from srm_inclusif.storage.services.actions import (
    create_action,
    delete_action,
    list_actions,
    restore_action,
    set_action_done,
)
from srm_inclusif.storage.services.contracts import (
    ContractFields,
    create_contract,
    renew_contract,
    start_test,
)
from srm_inclusif.storage.services.feedback import ScoreInput, list_criteria, record_feedback
from srm_inclusif.storage.services.relationships import create_relationship
from srm_inclusif.storage.services.reminders import (
    dismiss_reminder,
    list_reminders,
    restore_reminder_state,
    snooze_reminder,
)
from srm_inclusif.storage.tables import CounterpartyLabel
from tests.lifecycle_support import add_counterparty, table_dump


def keys(engine, today: date) -> list[str]:
    return [r.key for r in list_reminders(engine, today=today)]


def setup(engine) -> tuple[int, int]:
    cp = add_counterparty(engine)
    rel = create_relationship(engine, counterparty_id=cp, on=date(2026, 1, 1)).id
    return cp, rel


def test_contract_milestones_from_the_database(workspace) -> None:
    engine = workspace.engine
    _, rel = setup(engine)
    cid = create_contract(engine, relationship_id=rel, values=ContractFields(
        "Entretien", start_date=date(2026, 1, 1), end_date=date(2026, 12, 31),
        notice_days=60)).id
    assert keys(engine, date(2026, 9, 1)) == []
    assert keys(engine, date(2026, 10, 2)) == [f"contract:{cid}:end-90"]
    assert keys(engine, date(2026, 10, 25)) == [f"contract:{cid}:notice",
                                                f"contract:{cid}:end-90"]
    assert keys(engine, date(2026, 12, 1)) == [f"contract:{cid}:notice",
                                               f"contract:{cid}:end-30"]


def test_renewal_clears_the_end_reminder(workspace) -> None:
    engine = workspace.engine
    _, rel = setup(engine)
    cid = create_contract(engine, relationship_id=rel, values=ContractFields(
        "Entretien", end_date=date(2026, 12, 31))).id
    assert keys(engine, date(2026, 12, 28)) == [f"contract:{cid}:end-7"]
    renew_contract(engine, contract_id=cid, values=ContractFields("Entretien 2027"),
                   override_reason="Reconduction tacite")
    assert keys(engine, date(2026, 12, 28)) == []


def test_test_without_feedback_until_feedback_recorded(workspace) -> None:
    engine = workspace.engine
    _, rel = setup(engine)
    tid = start_test(engine, relationship_id=rel, values=ContractFields(
        "Test", end_date=date(2026, 10, 31)), on=date(2026, 9, 1)).contract_id
    assert keys(engine, date(2026, 11, 22)) == [f"test:{tid}:feedback"]
    record_feedback(engine, contract_id=tid, given_on=date(2026, 11, 22),
                    scores=[ScoreInput(list_criteria(engine)[0].id, 4)])
    assert keys(engine, date(2026, 11, 22)) == []


def test_labels_and_actions(workspace) -> None:
    engine = workspace.engine
    cp, rel = setup(engine)
    with Session(engine) as session:
        label = CounterpartyLabel(counterparty_id=cp, name="ESUS", valid_until=date(2026, 12, 15))
        session.add(label)
        session.commit()
        label_id = label.id
    aid = create_action(engine, text="Envoyer le bilan", relationship_id=rel,
                        due_date=date(2026, 11, 20)).id
    assert keys(engine, date(2026, 11, 22)) == [f"action:{aid}:due",
                                                f"label:{label_id}:2026-12-15"]
    [row] = list_actions(engine, open_only=True)
    assert (row.text, row.counterparty_name) == ("Envoyer le bilan", "Envie Nord")
    set_action_done(engine, action_id=aid, done=True, done_on=date(2026, 11, 22))
    assert list_actions(engine, open_only=True) == []
    assert keys(engine, date(2026, 11, 22)) == [f"label:{label_id}:2026-12-15"]
    before = table_dump(engine)
    removed = delete_action(engine, action_id=aid)
    restore_action(engine, removed=removed)
    assert table_dump(engine) == before


def test_snooze_and_dismiss_persist_and_undo(workspace) -> None:
    engine = workspace.engine
    _, rel = setup(engine)
    aid = create_action(engine, text="Relancer", relationship_id=rel,
                        due_date=date(2026, 11, 20)).id
    key = f"action:{aid}:due"
    before = table_dump(engine)
    saved = snooze_reminder(engine, key=key, until=date(2026, 11, 29))
    assert keys(engine, date(2026, 11, 22)) == []
    assert keys(engine, date(2026, 11, 29)) == [key]
    restore_reminder_state(engine, saved=saved)
    assert table_dump(engine) == before
    dismissed = dismiss_reminder(engine, key=key)
    assert keys(engine, date(2027, 6, 1)) == []
    restore_reminder_state(engine, saved=dismissed)
    assert keys(engine, date(2026, 11, 22)) == [key]
