"""Demo workspace, second half: relationships with their history, contracts, feedback and spend."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlmodel import col, select

from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.vocabulary import ContractKind, Decision, Stage
from srm_inclusif.storage import demo_names as names
from srm_inclusif.storage.tables import (
    ActionItem,
    Contract,
    Counterparty,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Person,
    Relationship,
    SpendLine,
    StageChange,
)

if TYPE_CHECKING:
    from srm_inclusif.storage.demo import DemoContext

STAGES = list(Stage)
RELATIONSHIPS = 48
REASONS = {
    Stage.CONSULTATION: "Structure présélectionnée pour le besoin.",
    Stage.MARCHE_TEST: "Offre retenue pour un premier marché test.",
    Stage.EVALUATION: "Marché test terminé : retour d'expérience en cours.",
    Stage.CONTRAT_EN_COURS: "Go après le marché test : contrat signé.",
}


def build_relationships(ctx: DemoContext) -> None:
    """48 relationships spread over every stage, with dated history, contracts and feedback."""
    people = [p.id or 0 for p in ctx.session.exec(select(Person).order_by(col(Person.id)))]
    inclusive = ctx.session.exec(
        select(Counterparty)
        .where(Counterparty.kind != Kind.CLASSIC.value)
        .order_by(col(Counterparty.id))
    ).all()
    for index in range(RELATIONSHIPS):
        counterparty = inclusive[index * 7 % len(inclusive)]
        stage = STAGES[index % len(STAGES)]
        _relationship(ctx, counterparty, people[(index + index // 6) % len(people)], stage, index)


#: Days after the start of a relationship at which it reached each stage.
STEP_DAYS = {
    Stage.SOURCING: 0, Stage.CONSULTATION: 20, Stage.MARCHE_TEST: 40, Stage.EVALUATION: 130,
    Stage.CONTRAT_EN_COURS: 150, Stage.ARRETEE: 45,
}
TEST_DAYS = 90


def _start_for(stage: Stage, index: int, today: date) -> date:
    """When a relationship at ``stage`` started, so that its dates fall around ``today``."""
    ages = {
        Stage.SOURCING: 5 + index % 30,
        Stage.CONSULTATION: 30 + index % 40,
        Stage.MARCHE_TEST: 70 + index % 20,  # its test ends in the coming weeks
        Stage.EVALUATION: 150 + index % 30,  # its test ended 20 to 50 days ago
        Stage.CONTRAT_EN_COURS: 320 + index * 9,
        Stage.ARRETEE: 90 + index * 5,
    }
    return today - timedelta(days=ages[stage])


def _relationship(ctx: DemoContext, counterparty: Counterparty, person_id: int, stage: Stage,
                  index: int) -> None:
    started = _start_for(stage, index, ctx.today)
    relationship = Relationship(counterparty_id=counterparty.id or 0, person_id=person_id,
                                stage=stage.value, stage_since=started, created_at=_at(started))
    ctx.session.add(relationship)
    ctx.session.flush()
    rid = relationship.id or 0
    path = STAGES[: stage.order + 1] if stage is not Stage.ARRETEE else STAGES[:2] + [stage]
    previous: Stage | None = None
    for step in path:
        day = started + timedelta(days=STEP_DAYS[step])
        reason = REASONS.get(step, "") if step is not Stage.ARRETEE else \
            names.STOP_REASONS[index % len(names.STOP_REASONS)]
        ctx.session.add(StageChange(relationship_id=rid, from_stage=previous and previous.value,
                                    to_stage=step.value, changed_on=day, reason=reason))
        relationship.stage_since = day
        previous = step
    if stage.order >= Stage.MARCHE_TEST.order and stage is not Stage.ARRETEE:
        _contracts(ctx, rid, counterparty, person_id, stage, started, index)


def _contracts(ctx: DemoContext, rid: int, counterparty: Counterparty, person_id: int,
               stage: Stage, started: date, index: int) -> None:
    test_start = started + timedelta(days=STEP_DAYS[Stage.MARCHE_TEST])
    test = Contract(
        relationship_id=rid, kind=ContractKind.MARCHE_TEST.value,
        title=names.marche_test_title(_activity(counterparty), index),
        scope="Première prestation sur un site pilote.",
        success_criteria="Qualité ≥ 4/5, délais tenus, aucun incident de sécurité.",
        amount_cents=ctx.rng.randint(3, 25) * 100_000, start_date=test_start,
        end_date=test_start + timedelta(days=TEST_DAYS), notice_days=0,
        labour_share=_oeth_labour_share(counterparty),
    )
    ctx.session.add(test)
    ctx.session.flush()
    if stage is Stage.MARCHE_TEST or (stage is Stage.EVALUATION and (index // 6) % 4 == 1):
        return  # a test under way, or one whose feedback is still to write
    _feedback(ctx, test.id or 0, person_id, test.end_date or ctx.today, index)
    if stage is Stage.CONTRAT_EN_COURS:
        test.decision, test.decision_date = Decision.GO.value, test.end_date
        _main_contract(ctx, rid, counterparty, test, index)


def _main_contract(
    ctx: DemoContext, rid: int, counterparty: Counterparty, test: Contract, index: int
) -> None:
    start = (test.end_date or ctx.today) + timedelta(days=10)
    end = ctx.today + timedelta(days=(15, 45, 80, 200, 400, 700)[index % 6])
    clause = index % 2 == 0
    ctx.session.add(
        Contract(
            relationship_id=rid,
            kind=ContractKind.CONTRAT.value if index % 3 else ContractKind.MARCHE_RESERVE.value,
            # index // len(STAGES): relationships with a contract come every len(STAGES)
            title=names.contract_title(_activity(counterparty), index // len(STAGES)),
            scope="Prestation récurrente, tous sites de la région.",
            amount_cents=ctx.rng.randint(40, 300) * 100_000,
            start_date=start,
            end_date=end,
            notice_days=(30, 60, 90)[index % 3],
            previous_contract_id=test.id,
            has_clause_sociale=clause,
            clause_hours_planned=float(ctx.rng.choice([400, 833, 1200])) if clause else None,
            clause_hours_realised=float(ctx.rng.randint(150, 900)) if clause else None,
            clause_mode=("subcontracting", "placement", "direct_hiring")[index % 3]
            if clause
            else None,
            clause_participants=ctx.rng.randint(2, 12) if clause else None,
            clause_facilitator="Maison de l'emploi de Bellerive (fictive)" if clause else None,
            labour_share=_oeth_labour_share(counterparty),
        )
    )


def _activity(counterparty: Counterparty) -> str:
    """The activity the demo gave the structure (its first offer), « » if none."""
    offers = counterparty.offers or []
    return str(offers[0].get("name", "")) if offers else ""


def _oeth_labour_share(counterparty: Counterparty) -> Decimal | None:
    if counterparty.kind in (Kind.EA.value, Kind.ESAT.value, Kind.TIH.value):
        return Decimal("1") if counterparty.kind == Kind.TIH.value else Decimal("0.6")
    return None


def _feedback(ctx: DemoContext, contract_id: int, person_id: int, on: date, index: int) -> None:
    criteria = ctx.session.exec(select(FeedbackCriterion).order_by(col(FeedbackCriterion.position)))
    feedback = Feedback(
        contract_id=contract_id,
        author_person_id=person_id,
        author="Acheteur",
        given_on=on + timedelta(days=5),
        direction="given",
        overall_comment=names.FEEDBACK_COMMENTS[index % len(names.FEEDBACK_COMMENTS)],
        would_recommend=index % 5 != 0,
    )
    ctx.session.add(feedback)
    ctx.session.flush()
    for criterion in criteria:
        ctx.session.add(
            FeedbackScore(
                feedback_id=feedback.id or 0,
                criterion_id=criterion.id or 0,
                score=ctx.rng.choice([3, 4, 4, 5, 5]),
                weight=criterion.weight,
            )
        )
    if index % 4 == 0:
        ctx.session.add(
            ActionItem(
                feedback_id=feedback.id,
                text="Caler un point qualité mensuel.",
                owner_id=person_id,
                due_date=ctx.today + timedelta(days=10),
            )
        )


def build_spend(ctx: DemoContext) -> None:
    """Two years of monthly spend lines: contracted suppliers and the classic ones."""
    rows = ctx.session.exec(
        select(
            Contract.id, Relationship.counterparty_id, Relationship.person_id, Contract.amount_cents
        ).join(Relationship, col(Relationship.id) == Contract.relationship_id)
    ).all()
    classic = ctx.session.exec(
        select(Counterparty.id).where(Counterparty.kind == Kind.CLASSIC.value)
    ).all()
    first = date(ctx.today.year - 1, 1, 1)
    months = [(first.year + m // 12, m % 12 + 1) for m in range(12 + ctx.today.month - 1)]
    for contract_id, counterparty_id, person_id, amount in rows:
        monthly = max((amount or 0) // 12, 50_000)
        for year, month in months[ctx.rng.randint(0, 8) :]:
            _spend(ctx, counterparty_id, person_id, contract_id, monthly, date(year, month, 15))
    for position, classic_id in enumerate(classic):
        for year, month in months[position % 3 :: 3]:
            _spend(ctx, classic_id or 0, (position % 3) + 1, None, 400_000, date(year, month, 10))


def _spend(
    ctx: DemoContext,
    counterparty_id: int,
    person_id: int | None,
    contract_id: int | None,
    base_cents: int,
    on: date,
) -> None:
    amount = base_cents * ctx.rng.randint(80, 120) // 100
    category = ("Services généraux", "Logistique", "Travaux", "Informatique")[counterparty_id % 4]
    for basis, shift in (("ordered", -5), ("invoiced", 0), ("paid", 30)):
        day = on + timedelta(days=shift)
        if day <= ctx.today:
            ctx.session.add(
                SpendLine(
                    counterparty_id=counterparty_id,
                    amount_cents=amount,
                    spend_date=day,
                    basis=basis,
                    purchase_category=category,
                    buying_entity="Siège",
                    person_id=person_id,
                    contract_id=contract_id,
                    source="demo",
                )
            )


def _at(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)
