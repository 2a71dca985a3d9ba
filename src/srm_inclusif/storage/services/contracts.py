"""Contract reads and writes: marchés test, contracts, renewals, clauses sociales.

The go / no-go on a marché test is in ``contract_decisions``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from srm_inclusif.core.lifecycle import (
    CONTRACT_STARTED,
    TEST_STARTED,
    check_not_renewed,
    check_renewal_decision,
    check_takes_new_contracts,
    contract_has_begun,
    realisation_rate,
    stage_after_contract_created,
)
from srm_inclusif.core.lifecycle_dates import contract_move_day
from srm_inclusif.core.periods import following_period
from srm_inclusif.core.vocabulary import ContractKind, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contract_decisions import feedback_count
from srm_inclusif.storage.services.contract_rules import check_contract_fields
from srm_inclusif.storage.services.contract_starts import (
    StageBefore,
    stage_before,
    take_back_start,
)
from srm_inclusif.storage.services.lifecycle_records import (
    Created,
    Removed,
    Snapshot,
    contract_tree,
    get_or_raise,
    relinks_of,
    restore_snapshot,
)
from srm_inclusif.storage.services.relationships import (
    StageMoved,
    apply_move,
    restore_stage,
    stage_day_floor,
)
from srm_inclusif.storage.services.wide_select import wide_select
from srm_inclusif.storage.tables import Contract, Counterparty, Feedback, Relationship


@dataclass(frozen=True)
class ContractFields:
    """The editable fields of a contract (amounts HT in cents)."""

    title: str
    kind: ContractKind = ContractKind.CONTRAT
    scope: str = ""
    success_criteria: str = ""
    amount_cents: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    notice_days: int = 0
    reserved_article: str | None = None
    has_clause_sociale: bool = False
    clause_hours_planned: float | None = None
    clause_hours_realised: float | None = None
    clause_mode: str | None = None
    clause_participants: int | None = None
    clause_facilitator: str | None = None


@dataclass(frozen=True)
class ContractRow:
    """One contract as listed."""

    id: int
    title: str
    kind: str
    counterparty_name: str
    amount_cents: int | None
    start_date: date | None
    end_date: date | None
    relationship_id: int = 0
    counterparty_id: int = 0
    decision: str | None = None
    previous_contract_id: int | None = None
    clause_hours_planned: float | None = None
    clause_hours_realised: float | None = None
    feedback_count: int = 0
    notice_days: int = 0
    relationship_stage: str = ""
    #: A later contract renews this one already.
    renewed: bool = False

    @property
    def realisation_rate(self) -> Decimal | None:
        """Clause sociale hours realised ÷ planned."""
        return realisation_rate(self.clause_hours_planned, self.clause_hours_realised)


@dataclass(frozen=True)
class ContractStarted:
    """A contract or marché test created, and the stage move it caused (if any)."""

    contract_id: int
    moved: StageMoved | None
    changes: Changes
    #: For a contract beginning later, the relationship before its first day's move.
    before: StageBefore | None = None


def list_contracts(
    engine: Engine, *, relationship_id: int | None = None, kind: ContractKind | None = None,
    text: str = "", active_on: date | None = None,
) -> list[ContractRow]:
    """Contracts, soonest end first (open-ended last), optionally filtered.

    Args:
        engine: The workspace engine.
        relationship_id: Only the contracts of this relationship.
        kind: Only this kind of contract.
        text: Part of the title or counterparty name (case-insensitive).
        active_on: Only contracts running on that date (started, not ended).
    """
    feedback_count = (select(func.count()).select_from(Feedback)
                      .where(Feedback.contract_id == Contract.id).scalar_subquery())
    later = aliased(Contract)
    renewed = select(later.id).where(later.previous_contract_id == Contract.id).exists()
    query = (
        wide_select(Contract.id, Contract.title, Contract.kind, Counterparty.name,
                    Contract.amount_cents, Contract.start_date, Contract.end_date,
                    Contract.relationship_id, Counterparty.id, Contract.decision,
                    Contract.previous_contract_id, Contract.clause_hours_planned,
                    Contract.clause_hours_realised, feedback_count, Contract.notice_days,
                    Relationship.stage, renewed)
        .join(Relationship, col(Relationship.id) == Contract.relationship_id)
        .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
        .order_by(col(Contract.end_date).is_(None), col(Contract.end_date), col(Contract.id))
    )
    if relationship_id is not None:
        query = query.where(Contract.relationship_id == relationship_id)
    if kind is not None:
        query = query.where(Contract.kind == kind.value)
    if text.strip():
        pattern = f"%{text.strip()}%"
        query = query.where(col(Contract.title).ilike(pattern)
                            | col(Counterparty.name).ilike(pattern))
    if active_on is not None:
        start, end = col(Contract.start_date), col(Contract.end_date)
        query = query.where(start.is_(None) | (start <= active_on),
                            end.is_(None) | (end >= active_on))
    with Session(engine) as session:
        return [ContractRow(*row) for row in session.exec(query)]


def get_contract_fields(engine: Engine, contract_id: int) -> ContractFields:
    """The editable fields of a contract, e.g. to fill a form or to undo an edit."""
    with Session(engine) as session:
        row = get_or_raise(session, Contract, contract_id)
        values = {f.name: getattr(row, f.name) for f in fields(ContractFields)}
    values["kind"] = ContractKind(values["kind"])
    return ContractFields(**values)


def _columns(values: ContractFields) -> dict[str, Any]:
    columns = asdict(values)
    columns["kind"] = values.kind.value
    columns["title"] = values.title.strip()
    return columns


def create_contract(
    engine: Engine, *, relationship_id: int, values: ContractFields,
    previous_contract_id: int | None = None,
) -> Created:
    """Add a contract to a relationship (its inverse is ``delete_contract``).

    A stopped relationship is refused (``RuleError``) until its stage is changed back.
    """
    check_contract_fields(values)
    with Session(engine) as session:
        _check_takes_new_contracts(session, relationship_id)
        row = Contract(relationship_id=relationship_id, previous_contract_id=previous_contract_id,
                       **_columns(values))
        session.add(row)
        session.commit()
        assert row.id is not None
        return Created(row.id, Changes(relationships={relationship_id}, contracts={row.id},
                                       reminders=True))


def update_contract(engine: Engine, *, contract_id: int, values: ContractFields) -> Changes:
    """Replace the editable fields (its inverse: the same call with the previous fields)."""
    check_contract_fields(values)
    with Session(engine) as session:
        row = get_or_raise(session, Contract, contract_id)
        for name, value in _columns(values).items():
            setattr(row, name, value)
        session.add(row)
        session.commit()
        return Changes(relationships={row.relationship_id}, contracts={contract_id},
                       reminders=True)


def delete_contract(engine: Engine, *, contract_id: int) -> Removed:
    """Remove a contract with its feedback (its inverse is ``restore_contract``)."""
    with Session(engine) as session:
        row = get_or_raise(session, Contract, contract_id)
        rows = contract_tree(session, [contract_id])
        snapshot = Snapshot(rows, relinks_of(session, [contract_id]))
        changes = Changes(relationships={row.relationship_id}, contracts={contract_id},
                          feedback={f["id"] for f in rows["Feedback"]},
                          actions={a["id"] for a in rows["ActionItem"]}, reminders=True)
        session.delete(row)
        session.commit()
    return Removed(snapshot, changes)


def restore_contract(engine: Engine, *, removed: Removed) -> Changes:
    """Put back a removed contract exactly as it was."""
    with Session(engine) as session:
        restore_snapshot(session, removed.snapshot)
        session.commit()
    return removed.changes


def start_contract(engine: Engine, *, relationship_id: int, values: ContractFields,
                   on: date, previous_contract_id: int | None = None) -> ContractStarted:
    """Create a contract and move an earlier relationship on (``stage_after_contract_created``).

    A marché test moves it to « Marché test », any other contract to « Contrat en cours »: a go
    on a marché test leaves the stage alone, the contract that follows moves it. A contract
    beginning after ``on`` moves nothing yet: ``contract_starts.move_started_contracts`` moves
    the relationship on its first day, so that the history never says « Contrat en cours »
    before a contract is under way. One that began before ``on`` (work recorded afterwards)
    dates the move on its first day, or on the relationship's latest stage day if that is later
    (``contract_move_day``). Refused (``RuleError``) on a stopped relationship, as
    ``create_contract`` is.
    ``previous_contract_id`` links the contract to what it follows (the marché test after a go).
    """
    created = create_contract(engine, relationship_id=relationship_id, values=values,
                              previous_contract_id=previous_contract_id)
    kind = ContractKind(values.kind)
    reason = (TEST_STARTED if kind is ContractKind.MARCHE_TEST else CONTRACT_STARTED).format(
        title=values.title.strip())
    with Session(engine) as session:
        row = get_or_raise(session, Relationship, relationship_id)
        target = stage_after_contract_created(
            Stage(row.stage), kind, started=contract_has_begun(values.start_date, on))
        before = stage_before(session, row)
        day = contract_move_day(values.start_date, today=on,
                                floor=stage_day_floor(session, row))
        moved = None if target is None else apply_move(session, row, target, day, reason)
    return ContractStarted(created.id, moved, created.changes,
                           before=before if moved is None else None)


def start_test(engine: Engine, *, relationship_id: int, values: ContractFields,
               on: date) -> ContractStarted:
    """Create a marché test (whatever kind ``values`` says); see ``start_contract``."""
    test_values = ContractFields(**{**asdict(values), "kind": ContractKind.MARCHE_TEST})
    return start_contract(engine, relationship_id=relationship_id, values=test_values, on=on)


def undo_start_contract(engine: Engine, *, started: ContractStarted) -> Changes:
    """Remove the contract or marché test and put the relationship back at its stage.

    The move to « Contrat en cours » made on the first day of a contract created beforehand
    (``contract_starts``) is taken back with it.
    """
    changes = Changes()
    if started.before is not None:
        changes = take_back_start(engine, before=started.before,
                                  contract_id=started.contract_id)
    changes = changes | delete_contract(engine, contract_id=started.contract_id).changes
    if started.moved is not None:
        changes = changes | restore_stage(engine, moved=started.moved)
    return changes


def renew_contract(
    engine: Engine, *, contract_id: int, values: ContractFields,
    override_reason: str | None = None,
) -> Created:
    """Create the next contract linked to this one; needs a feedback on the chain or a reason.

    Refused (``RuleError``) on a stopped relationship, or when the contract is already renewed.
    """
    relationship_id = _check_renewal(engine, contract_id, override_reason)
    return create_contract(engine, relationship_id=relationship_id, values=values,
                           previous_contract_id=contract_id)


def start_renewal(engine: Engine, *, contract_id: int, values: ContractFields, on: date,
                  override_reason: str | None = None) -> ContractStarted:
    """Renew a contract (checked as ``renew_contract``) and move the relationship on.

    A renewed marché test takes an earlier relationship to « Contrat en cours » as the contract
    after a go does (``start_contract``): dated on its first day when it began before ``on``,
    on that day when it begins later. Undone by ``undo_start_contract``.
    """
    relationship_id = _check_renewal(engine, contract_id, override_reason)
    return start_contract(engine, relationship_id=relationship_id, values=values, on=on,
                          previous_contract_id=contract_id)


def _check_renewal(engine: Engine, contract_id: int, override_reason: str | None) -> int:
    """Refuse (``RuleError``) a renewal ``renew_contract`` refuses; else the relationship's id."""
    with Session(engine) as session:
        previous = get_or_raise(session, Contract, contract_id)
        _check_takes_new_contracts(session, previous.relationship_id)
        check_not_renewed(previous.title, renewed=session.exec(select(Contract.id).where(
            Contract.previous_contract_id == contract_id)).first() is not None)
        chain = _chain_ids(session, previous)
        check_renewal_decision(feedback_count=feedback_count(session, chain),
                               override_reason=override_reason)
        return int(previous.relationship_id)


def _check_takes_new_contracts(session: Session, relationship_id: int) -> None:
    """Refuse (``RuleError``) a new contract on a stopped relationship."""
    relationship = get_or_raise(session, Relationship, relationship_id)
    counterparty = get_or_raise(session, Counterparty, relationship.counterparty_id)
    check_takes_new_contracts(Stage(relationship.stage), counterparty.name)


def renewal_proposal(engine: Engine, contract_id: int) -> ContractFields:
    """Fields proposed for the renewal: same contract, for the following term of the same length."""
    current = get_contract_fields(engine, contract_id)
    start = end = None
    if current.end_date is not None:
        start = current.end_date + timedelta(days=1)
        if current.start_date is not None:
            start, end = following_period(current.start_date, current.end_date)
    kind = ContractKind.CONTRAT if current.kind is ContractKind.MARCHE_TEST else current.kind
    return ContractFields(**{**asdict(current), "kind": kind, "start_date": start,
                             "end_date": end, "clause_hours_realised": None})


def proposal_after_test(engine: Engine, test_id: int, today: date) -> ContractFields:
    """Fields proposed for the contract after a go on a marché test, reserved as the test was.

    It begins the day after the test (``today`` when the test's end is unknown). The test's
    marché réservé article and clause sociale (hours planned, modality, participants,
    facilitator) carry over, so a contract reserved to SIAE is not recorded as open to all
    unless the user changes it. The title is left to the user.
    """
    test = get_contract_fields(engine, test_id)
    start = test.end_date + timedelta(days=1) if test.end_date else today
    return ContractFields(
        "", start_date=start, reserved_article=test.reserved_article,
        has_clause_sociale=test.has_clause_sociale,
        clause_hours_planned=test.clause_hours_planned, clause_mode=test.clause_mode,
        clause_participants=test.clause_participants,
        clause_facilitator=test.clause_facilitator)


def _chain_ids(session: Session, contract: Contract) -> list[int]:
    ids: list[int] = []
    current: Contract | None = contract
    while current is not None and current.id not in ids:
        assert current.id is not None
        ids.append(current.id)
        current = (session.get(Contract, current.previous_contract_id)
                   if current.previous_contract_id else None)
    return ids


def handled_contract_ids(engine: Engine) -> set[int]:
    """Contracts that need no more end reminder: renewed, decided, or relationship stopped."""
    with Session(engine) as session:
        renewed = set(session.exec(select(Contract.previous_contract_id).where(
            col(Contract.previous_contract_id).is_not(None))))
        decided = set(session.exec(select(Contract.id).where(col(Contract.decision).is_not(None))))
        stopped = set(session.exec(select(Contract.id).join(
            Relationship, col(Relationship.id) == Contract.relationship_id).where(
            Relationship.stage == Stage.ARRETEE.value)))
    return {int(i) for i in renewed | decided | stopped if i is not None}
