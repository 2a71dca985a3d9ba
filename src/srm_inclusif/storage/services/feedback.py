"""Structured feedback: the workspace's criteria set, feedback given or received, replies, trend."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.engine import Engine
from sqlalchemy.sql.elements import ColumnElement
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.feedback import (
    Trend,
    check_feedback_day,
    check_score,
    check_weight,
    score_trend,
    weighted_score,
)
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.lifecycle_dates import check_feedback_after_start
from srm_inclusif.core.vocabulary import FeedbackDirection
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.lifecycle_records import (
    Created,
    Removed,
    Snapshot,
    contract_tree,
    get_or_raise,
    restore_snapshot,
)
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    Feedback,
    FeedbackCriterion,
    FeedbackScore,
    Relationship,
)


@dataclass(frozen=True)
class CriterionRow:
    """A criterion of the feedback set (id None for a new one)."""

    id: int | None
    key: str
    label: str
    weight: float
    position: int = 0
    active: bool = True


@dataclass(frozen=True)
class ScoreInput:
    """A score given on one criterion."""

    criterion_id: int
    score: int
    comment: str = ""


@dataclass(frozen=True)
class ScoreRow:
    """A score as recorded, with the criterion label and the weight at the time."""

    criterion_id: int
    label: str
    score: int
    weight: float
    comment: str


@dataclass(frozen=True)
class FeedbackDetail:
    """A whole feedback, for display, printing and the exchange file."""

    id: int
    contract_id: int
    contract_title: str
    counterparty_name: str
    counterparty_id: int
    author: str
    given_on: date
    direction: str
    overall_comment: str
    would_recommend: bool | None
    reply: str
    reply_on: date | None
    scores: tuple[ScoreRow, ...]

    @property
    def score(self) -> Decimal | None:
        """The weighted score of this feedback."""
        return weighted_score((s.score, s.weight) for s in self.scores)


def list_criteria(engine: Engine, *, active_only: bool = True) -> list[CriterionRow]:
    """The feedback criteria in their order."""
    query = select(FeedbackCriterion).order_by(col(FeedbackCriterion.position),
                                                col(FeedbackCriterion.id))
    if active_only:
        query = query.where(FeedbackCriterion.active)
    with Session(engine) as session:
        return [CriterionRow(c.id, c.key, c.label, c.weight, c.position, c.active)
                for c in session.exec(query)]


def save_criteria(engine: Engine, *, criteria: list[CriterionRow]) -> Changes:
    """Make ``criteria`` the active set, in that order; others are deactivated, never deleted.

    Its inverse is the same call with the previous full list (``active_only=False``).
    """
    for criterion in criteria:
        check_weight(criterion.weight)
        if not criterion.label.strip():
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "Chaque critère a besoin d'un libellé."))
    with Session(engine) as session:
        existing = {c.id: c for c in session.exec(select(FeedbackCriterion))}
        kept = set()
        for position, criterion in enumerate(criteria):
            row = existing.get(criterion.id) if criterion.id else None
            row = row or FeedbackCriterion(key=_free_key(criterion, existing.values()),
                                           label=criterion.label.strip())
            row.label, row.weight = criterion.label.strip(), criterion.weight
            row.position, row.active = position, criterion.active
            session.add(row)
            session.flush()
            kept.add(row.id)
        for row in existing.values():
            if row.id not in kept:
                row.active = False
                session.add(row)
        session.commit()
    return Changes(settings=True)


def _free_key(criterion: CriterionRow, rows: object) -> str:
    from srm_inclusif.core.kinds import fold

    taken = {r.key for r in rows}  # type: ignore[attr-defined]
    base = criterion.key or fold(criterion.label).replace(" ", "_")[:50] or "critere"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def record_feedback(
    engine: Engine, *, contract_id: int, given_on: date, scores: list[ScoreInput],
    author: str = "", direction: FeedbackDirection = FeedbackDirection.GIVEN,
    overall_comment: str = "", would_recommend: bool | None = None, today: date | None = None,
) -> Created:
    """Record a feedback on a contract; each score keeps the criterion's current weight.

    A feedback dated after ``today`` (the system's date if not given), or before the
    contract's start, is refused.
    """
    check_feedback_day(given_on, today or date.today())
    if not scores:
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Notez au moins un critère."))
    for item in scores:
        check_score(item.score)
    with Session(engine) as session:
        contract = get_or_raise(session, Contract, contract_id)
        check_feedback_after_start(given_on, start=contract.start_date, title=contract.title)
        row = Feedback(contract_id=contract_id, given_on=given_on, author=author.strip(),
                       direction=direction.value, overall_comment=overall_comment.strip(),
                       would_recommend=would_recommend)
        session.add(row)
        session.flush()
        assert row.id is not None
        for item in scores:
            criterion = get_or_raise(session, FeedbackCriterion, item.criterion_id)
            session.add(FeedbackScore(feedback_id=row.id, criterion_id=item.criterion_id,
                                      score=item.score, weight=criterion.weight,
                                      comment=item.comment.strip()))
        session.commit()
        return Created(row.id, Changes(feedback={row.id}, contracts={contract_id},
                                       relationships={contract.relationship_id},
                                       reminders=True))


def delete_feedback(engine: Engine, *, feedback_id: int) -> Removed:
    """Remove a feedback with its scores and actions (inverse: ``restore_feedback``)."""
    with Session(engine) as session:
        row = get_or_raise(session, Feedback, feedback_id)
        tree = contract_tree(session, [row.contract_id])
        rows = {
            "Feedback": [f for f in tree["Feedback"] if f["id"] == feedback_id],
            "FeedbackScore": [s for s in tree["FeedbackScore"] if s["feedback_id"] == feedback_id],
            "ActionItem": [a for a in tree["ActionItem"] if a["feedback_id"] == feedback_id],
        }
        changes = Changes(feedback={feedback_id}, contracts={row.contract_id}, reminders=True,
                          actions={a["id"] for a in rows["ActionItem"]})
        session.delete(row)
        session.commit()
    return Removed(Snapshot(rows), changes)


def restore_feedback(engine: Engine, *, removed: Removed) -> Changes:
    """Put back a removed feedback exactly as it was."""
    with Session(engine) as session:
        restore_snapshot(session, removed.snapshot)
        session.commit()
    return removed.changes


def record_reply(
    engine: Engine, *, feedback_id: int, reply: str, reply_on: date | None
) -> Changes:
    """Store the counterparty's reply (its inverse: the same call with the previous reply)."""
    with Session(engine) as session:
        row = get_or_raise(session, Feedback, feedback_id)
        row.reply, row.reply_on = reply.strip(), reply_on
        session.add(row)
        session.commit()
        return Changes(feedback={feedback_id}, contracts={row.contract_id})


def get_feedback(engine: Engine, feedback_id: int) -> FeedbackDetail:
    """A feedback with its scores, contract and counterparty."""
    with Session(engine) as session:
        get_or_raise(session, Feedback, feedback_id)
        return _details(session, col(Feedback.id) == feedback_id)[0]


def list_feedback(
    engine: Engine, *, contract_id: int | None = None, counterparty_id: int | None = None
) -> list[FeedbackDetail]:
    """Feedbacks of a contract or a counterparty, oldest first."""
    conditions: list[ColumnElement[bool]] = []
    if contract_id is not None:
        conditions.append(col(Feedback.contract_id) == contract_id)
    if counterparty_id is not None:
        conditions.append(col(Relationship.counterparty_id) == counterparty_id)
    with Session(engine) as session:
        return _details(session, *conditions)


def _details(session: Session, *conditions: ColumnElement[bool]) -> list[FeedbackDetail]:
    """The feedbacks meeting ``conditions``, oldest first: two queries whatever their number."""
    rows = session.exec(
        select(Feedback, Contract.title, Relationship.counterparty_id, Counterparty.name)
        .join(Contract, col(Contract.id) == Feedback.contract_id)
        .join(Relationship, col(Relationship.id) == Contract.relationship_id)
        .join(Counterparty, col(Counterparty.id) == Relationship.counterparty_id)
        .where(*conditions)
        .order_by(col(Feedback.given_on), col(Feedback.id))).all()
    scores: dict[int, list[ScoreRow]] = {feedback.id: [] for feedback, *_ in rows
                                         if feedback.id is not None}
    for score, label in session.exec(
            select(FeedbackScore, FeedbackCriterion.label)
            .join(FeedbackCriterion, col(FeedbackCriterion.id) == FeedbackScore.criterion_id)
            .where(col(FeedbackScore.feedback_id).in_(scores))
            .order_by(col(FeedbackCriterion.position), col(FeedbackCriterion.id))):
        scores[score.feedback_id].append(
            ScoreRow(score.criterion_id, label, score.score, score.weight, score.comment))
    return [FeedbackDetail(
        row.id, row.contract_id, title, name, counterparty_id, row.author, row.given_on,
        row.direction, row.overall_comment, row.would_recommend, row.reply, row.reply_on,
        tuple(scores[row.id]),
    ) for row, title, counterparty_id, name in rows if row.id is not None]


def counterparty_trend(engine: Engine, *, counterparty_id: int) -> Trend:
    """The score trend of a counterparty across its feedbacks (given ones)."""
    points = [(f.given_on, f.score) for f in list_feedback(engine, counterparty_id=counterparty_id)
              if f.score is not None and f.direction == FeedbackDirection.GIVEN.value]
    return score_trend(points)
