"""Go / no-go on a marché test: recorded with its reason, undone, and the stage it moves to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.lifecycle import (
    DECIDED,
    DECIDED_BECAUSE,
    STAGE_AFTER_DECISION,
    check_decision_on,
    check_decision_reason,
    check_renewal_decision,
)
from srm_inclusif.core.vocabulary import DECISION_LABELS, ContractKind, Decision, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.contract_rules import check_decision_date
from srm_inclusif.storage.services.lifecycle_records import get_or_raise
from srm_inclusif.storage.services.relationships import (
    StageMoved,
    apply_move,
    restore_stage,
    stage_day_floor,
)
from srm_inclusif.storage.tables import Contract, Feedback, Relationship


@dataclass(frozen=True)
class Decided:
    """A go / no-go decision on a marché test, with what its inverse needs."""

    contract_id: int
    moved: StageMoved | None
    changes: Changes


def decide_test(
    engine: Engine, *, contract_id: int, decision: Decision, on: date, reason: str = "",
    override_reason: str | None = None,
) -> Decided:
    """Record a go / no-go at the end of a marché test; a no-go stops the relationship.

    Any other kind of contract is refused (``RuleError``). A go leaves the relationship at
    its stage, the test marked Go: creating the contract moves it to « Contrat en cours »
    (``start_contract``). A no-go stops it with the reason. Without any feedback on the test,
    ``override_reason`` must say why the decision is taken anyway.
    """
    with Session(engine) as session:
        contract = get_or_raise(session, Contract, contract_id)
        check_decision_on(ContractKind(contract.kind), contract.title)
        if contract.decision:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "Ce marché test a déjà une décision."))
        check_renewal_decision(feedback_count=feedback_count(session, [contract_id]),
                               override_reason=override_reason)
        check_decision_reason(decision, reason)
        check_decision_date(on, start=contract.start_date, title=contract.title)
        contract.decision, contract.decision_date = decision.value, on
        contract.decision_reason = _decision_text(reason, override_reason)
        session.add(contract)
        relationship = get_or_raise(session, Relationship, contract.relationship_id)
        target = STAGE_AFTER_DECISION.get(decision)
        # the history is stored in French whatever the UI language (read back by the UI)
        said = {"decision": DECISION_LABELS[decision], "title": contract.title}
        if target is None or Stage(relationship.stage) is target:
            session.commit()
            return Decided(contract_id, None, Changes(contracts={contract_id}, reminders=True,
                                                      relationships={relationship.id}))
        # the decision keeps its own date; the history gets the stop no earlier than its
        # latest entry (a no-go typed late, dated back), so that it stays in order
        moved = apply_move(session, relationship, target,
                           max(on, stage_day_floor(session, relationship)),
                           DECIDED_BECAUSE.format(**said, reason=reason.strip())
                           if reason.strip() else DECIDED.format(**said))
    return Decided(contract_id, moved, moved.changes | Changes(contracts={contract_id}))


def _decision_text(reason: str, override_reason: str | None) -> str:
    text = reason.strip()
    if override_reason:
        text = f"{text} (sans retour d'expérience : {override_reason.strip()})".strip()
    return text


def undo_decision(engine: Engine, *, decided: Decided) -> Changes:
    """Clear the decision and put the relationship back at its stage."""
    with Session(engine) as session:
        contract = get_or_raise(session, Contract, decided.contract_id)
        contract.decision = contract.decision_date = None
        contract.decision_reason = ""
        session.add(contract)
        session.commit()
    if decided.moved is not None:
        restore_stage(engine, moved=decided.moved)
    return decided.changes


def feedback_count(session: Session, contract_ids: list[int]) -> int:
    """How many feedbacks the contracts have: without any, a decision or renewal needs a reason."""
    return int(session.exec(select(func.count()).select_from(Feedback).where(
        col(Feedback.contract_id).in_(contract_ids))).one())
