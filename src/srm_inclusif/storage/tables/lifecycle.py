"""The relationship lifecycle: relationships, stage history, contracts, feedback, actions."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Column
from sqlmodel import Field, SQLModel

from srm_inclusif.storage.types import DecimalText, utcnow


class Relationship(SQLModel, table=True):
    """A counterparty followed by a person of the organisation, at a lifecycle stage."""

    id: int | None = Field(default=None, primary_key=True)
    counterparty_id: int = Field(foreign_key="counterparty.id", index=True, ondelete="CASCADE")
    person_id: int | None = Field(
        default=None, foreign_key="person.id", index=True, ondelete="SET NULL"
    )
    need_id: int | None = Field(default=None, foreign_key="need.id", ondelete="SET NULL")
    stage: str = Field(default="sourcing", index=True, max_length=20)
    stage_since: date = Field(default_factory=date.today)
    created_at: datetime = Field(default_factory=utcnow)


class StageChange(SQLModel, table=True):
    """One dated stage change of a relationship, with its reason."""

    __tablename__ = "stage_change"

    id: int | None = Field(default=None, primary_key=True)
    relationship_id: int = Field(foreign_key="relationship.id", index=True, ondelete="CASCADE")
    from_stage: str | None = Field(default=None, max_length=20)
    to_stage: str = Field(max_length=20)
    changed_on: date
    reason: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Contract(SQLModel, table=True):
    """A contract of a relationship: marché test, contract, one-off order or marché réservé."""

    id: int | None = Field(default=None, primary_key=True)
    relationship_id: int = Field(foreign_key="relationship.id", index=True, ondelete="CASCADE")
    kind: str = Field(default="contrat", max_length=30)
    title: str = Field(max_length=250)
    scope: str = ""
    success_criteria: str = ""
    amount_cents: int | None = None
    start_date: date | None = None
    end_date: date | None = Field(default=None, index=True)
    notice_days: int = 0
    previous_contract_id: int | None = Field(
        default=None, foreign_key="contract.id", ondelete="SET NULL"
    )
    reserved_article: str | None = Field(default=None, max_length=20)
    decision: str | None = Field(default=None, max_length=10)
    decision_date: date | None = None
    decision_reason: str = ""
    has_clause_sociale: bool = False
    clause_hours_planned: float | None = None
    clause_hours_realised: float | None = None
    clause_mode: str | None = Field(default=None, max_length=30)
    clause_participants: int | None = None
    clause_facilitator: str | None = Field(default=None, max_length=200)
    labour_cost_cents: int | None = None
    labour_share: Decimal | None = Field(default=None, sa_column=Column(DecimalText()))
    created_at: datetime = Field(default_factory=utcnow)


class FeedbackCriterion(SQLModel, table=True):
    """A criterion of the workspace's feedback set (default: qualité, délais, coût...)."""

    __tablename__ = "feedback_criterion"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=60)
    label: str = Field(max_length=120)
    weight: float = 1.0
    position: int = 0
    active: bool = True


class Feedback(SQLModel, table=True):
    """A structured retour d'expérience on a contract, given or received."""

    id: int | None = Field(default=None, primary_key=True)
    contract_id: int = Field(foreign_key="contract.id", index=True, ondelete="CASCADE")
    author: str = Field(default="", max_length=200)
    author_person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL"
    )
    given_on: date
    direction: str = Field(default="given", max_length=10)
    overall_comment: str = ""
    would_recommend: bool | None = None
    reply: str = ""
    reply_on: date | None = None
    created_at: datetime = Field(default_factory=utcnow)


class FeedbackScore(SQLModel, table=True):
    """The score (1 to 5) of one criterion in a feedback, with the criterion weight at the time."""

    __tablename__ = "feedback_score"

    feedback_id: int = Field(foreign_key="feedback.id", primary_key=True, ondelete="CASCADE")
    criterion_id: int = Field(foreign_key="feedback_criterion.id", primary_key=True)
    score: int = Field(ge=1, le=5)
    weight: float = 1.0
    comment: str = ""


class ActionItem(SQLModel, table=True):
    """A follow-up action from a feedback or a relationship."""

    __tablename__ = "action_item"

    id: int | None = Field(default=None, primary_key=True)
    feedback_id: int | None = Field(default=None, foreign_key="feedback.id", ondelete="CASCADE")
    relationship_id: int | None = Field(
        default=None, foreign_key="relationship.id", ondelete="CASCADE"
    )
    text: str
    owner_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    due_date: date | None = None
    done: bool = False
    done_on: date | None = None


class ReminderState(SQLModel, table=True):
    """What the user did with a reminder: snoozed until a date, or dismissed."""

    __tablename__ = "reminder_state"

    key: str = Field(primary_key=True, max_length=120)
    snoozed_until: date | None = None
    dismissed_at: datetime | None = None
