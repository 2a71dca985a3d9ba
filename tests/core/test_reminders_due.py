"""Due reminders on a given date: contract milestones, notice, tests, labels, actions."""

from __future__ import annotations

from datetime import date, timedelta

from srm_inclusif.core.reminders import (
    ActionFacts,
    ContractFacts,
    LabelFacts,
    ReminderStateView,
    due_reminders,
)

END = date(2027, 3, 31)


def contract(**kw) -> ContractFacts:
    values = dict(id=12, title="Nettoyage siège", counterparty="Envie Nord", relationship_id=3,
                  is_test=False, end_date=END)
    values.update(kw)
    return ContractFacts(**values)


def keys(today: date, **kw) -> list[str]:
    return [r.key for r in due_reminders(today, **kw)]


def test_nothing_before_ninety_days() -> None:
    assert keys(END - timedelta(days=91), contracts=[contract()]) == []


def test_each_milestone_appears_on_its_date() -> None:
    assert keys(END - timedelta(days=90), contracts=[contract()]) == ["contract:12:end-90"]
    assert keys(END - timedelta(days=31), contracts=[contract()]) == ["contract:12:end-90"]
    assert keys(END - timedelta(days=30), contracts=[contract()]) == ["contract:12:end-30"]
    assert keys(END - timedelta(days=7), contracts=[contract()]) == ["contract:12:end-7"]


def test_past_due_stays_visible_and_overdue() -> None:
    reminders = due_reminders(END + timedelta(days=40), contracts=[contract()])
    assert [r.key for r in reminders] == ["contract:12:end-7"]
    assert reminders[0].overdue
    assert "échu" in reminders[0].text


def test_handled_contract_has_no_reminder() -> None:
    assert keys(END, contracts=[contract(handled=True)]) == []


def test_notice_date_reminder() -> None:
    c = contract(notice_days=60)
    notice = END - timedelta(days=60)
    assert "contract:12:notice" not in keys(notice - timedelta(days=8), contracts=[c])
    assert "contract:12:notice" in keys(notice - timedelta(days=7), contracts=[c])
    assert "contract:12:notice" in keys(notice + timedelta(days=20), contracts=[c])


def test_dismissed_and_snoozed_are_hidden_until_their_time() -> None:
    today = END - timedelta(days=20)
    states = {"contract:12:end-30": ReminderStateView(dismissed=True)}
    assert keys(today, contracts=[contract()], states=states) == []
    # the next milestone is a new reminder
    assert keys(END - timedelta(days=7), contracts=[contract()], states=states) == [
        "contract:12:end-7"]
    snoozed = {"contract:12:end-30": ReminderStateView(snoozed_until=today + timedelta(days=3))}
    assert keys(today, contracts=[contract()], states=snoozed) == []
    assert keys(today + timedelta(days=3), contracts=[contract()], states=snoozed) == [
        "contract:12:end-30"]


def test_marche_test_ended_without_feedback() -> None:
    test = contract(id=5, is_test=True, end_date=date(2026, 10, 31))
    assert keys(date(2026, 10, 30), contracts=[test]) == []
    assert keys(date(2026, 10, 31), contracts=[test]) == ["test:5:feedback"]
    assert keys(date(2026, 11, 22), contracts=[test]) == ["test:5:feedback"]
    with_feedback = contract(id=5, is_test=True, end_date=date(2026, 10, 31), has_feedback=True)
    assert keys(date(2026, 11, 22), contracts=[with_feedback]) == []


def test_label_expiring() -> None:
    label = LabelFacts(7, "ESUS", "Envie Nord", 2, date(2027, 1, 15))
    assert keys(date(2026, 11, 15), labels=[label]) == []
    reminders = due_reminders(date(2026, 11, 16), labels=[label])
    assert [r.key for r in reminders] == ["label:7:2027-01-15"]
    assert "expire le 15/01/2027" in reminders[0].text


def test_actions_due_and_done() -> None:
    open_action = ActionFacts(4, "Envoyer le bilan", date(2026, 11, 25), False)
    done_action = ActionFacts(5, "Appeler", date(2026, 11, 20), True)
    assert keys(date(2026, 11, 22), actions=[open_action, done_action]) == ["action:4:due"]
    assert keys(date(2026, 11, 17), actions=[open_action]) == []


def test_sorted_by_event_date() -> None:
    action = ActionFacts(4, "Envoyer le bilan", END - timedelta(days=10), False)
    reminders = due_reminders(END - timedelta(days=10), contracts=[contract()],
                              actions=[action])
    assert [r.key for r in reminders] == ["action:4:due", "contract:12:end-30"]


def test_text_names_the_counterparty_once() -> None:
    named = contract(title="Marché test — Envie Nord", is_test=True, end_date=date(2026, 10, 1))
    [reminder] = due_reminders(date(2026, 10, 2), contracts=[named])
    assert reminder.text == (
        "Marché test terminé sans retour d'expérience : Marché test — Envie Nord")
