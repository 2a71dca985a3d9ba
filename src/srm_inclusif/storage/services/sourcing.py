"""Sourcing: needs (besoins), ranked shortlists, named shortlists, saved searches, first contact.

The needs themselves are written in ``needs`` (undo pair ``create_need`` / ``delete_need``).
Undo pairs: ``save_shortlist`` / ``delete_shortlist``;
``add_to_shortlist`` / ``remove_from_shortlist``; ``start_sourcing`` / ``delete_relationship``;
``save_search`` / ``put_back_search``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.lifecycle import PRESELECTED
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.sourcing import (
    MANUAL,
    Candidate,
    NeedProfile,
    RankedCandidate,
    rank,
)
from srm_inclusif.core.vocabulary import FeedbackDirection, Stage
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services import counterparty_query as q
from srm_inclusif.storage.services.counterparty_edit import COUNTERPARTY_GONE, Created
from srm_inclusif.storage.services.needs import NEED_GONE
from srm_inclusif.storage.tables import (
    Contract,
    Counterparty,
    CounterpartyLabel,
    CounterpartySector,
    Department,
    Feedback,
    FeedbackScore,
    Need,
    NeedSector,
    Relationship,
    SavedSearch,
    Sector,
    Shortlist,
    ShortlistEntry,
    StageChange,
)

#: At most this many structures are ranked for one need.
MAX_CANDIDATES = 5000


@dataclass(frozen=True)
class ShortlistRow:
    """A named shortlist with its size."""

    id: int
    name: str
    need_id: int | None
    size: int


@dataclass(frozen=True)
class ShortlistLine:
    """One structure on a saved shortlist."""

    counterparty_id: int
    name: str
    kind: str
    city: str | None
    department_code: str | None
    rank: int
    score: float
    reasons: list[str]


def rank_for_need(
    engine: Engine, *, need_id: int, today: date, limit: int = 50
) -> list[RankedCandidate]:
    """The best structures for a saved need, with the reasons for each rank."""
    with Session(engine) as session:
        profile = _need_profile(session, need_id)
        candidates = _candidates(session, profile, today)
    return rank(profile, candidates)[:limit]


def rank_for_profile(
    engine: Engine, *, sectors: list[str], department_code: str | None, reserved: str | None,
    today: date, limit: int = 50,
) -> list[RankedCandidate]:
    """The best structures for a need being typed (not saved yet)."""
    with Session(engine) as session:
        found = session.exec(select(Sector).where(col(Sector.slug).in_(sectors))).all()
        department = session.get(Department, department_code) if department_code else None
        profile = NeedProfile(frozenset(s.slug for s in found),
                              frozenset(s.group_slug for s in found), department_code,
                              department.region_code if department else None, reserved)
        candidates = _candidates(session, profile, today)
    return rank(profile, candidates)[:limit]


def save_shortlist(
    engine: Engine, *, name: str, need_id: int | None, ranked: list[RankedCandidate]
) -> Created:
    """Keep a ranked list under a name."""
    if not name.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "La liste doit avoir un nom."),
                                  field="name")
    with Session(engine) as session:
        shortlist = Shortlist(name=name.strip(), need_id=need_id)
        session.add(shortlist)
        session.flush()
        for position, item in enumerate(ranked, start=1):
            session.add(ShortlistEntry(
                shortlist_id=shortlist.id or 0, counterparty_id=item.candidate.id,
                rank=position, score=item.score, reasons=list(item.reasons)))
        session.commit()
        return Created(shortlist.id or 0, Changes(needs={need_id} if need_id else set()))


def delete_shortlist(engine: Engine, *, shortlist_id: int) -> Changes:
    """Remove a named shortlist."""
    with Session(engine) as session:
        shortlist = session.get(Shortlist, shortlist_id)
        if shortlist is not None:
            session.delete(shortlist)
            session.commit()
    return Changes()


def add_to_shortlist(engine: Engine, *, shortlist_id: int, counterparty_id: int) -> Changes:
    """Put a structure at the end of a shortlist (no-op when already there)."""
    with Session(engine) as session:
        if session.get(ShortlistEntry, (shortlist_id, counterparty_id)) is None:
            last = session.exec(select(sa.func.max(ShortlistEntry.rank))
                                .where(ShortlistEntry.shortlist_id == shortlist_id)).one()
            session.add(ShortlistEntry(shortlist_id=shortlist_id, counterparty_id=counterparty_id,
                                       rank=(last or 0) + 1, reasons=[MANUAL]))
            session.commit()
    return Changes(counterparties={counterparty_id})


def remove_from_shortlist(engine: Engine, *, shortlist_id: int, counterparty_id: int) -> Changes:
    """Take a structure off a shortlist."""
    with Session(engine) as session:
        entry = session.get(ShortlistEntry, (shortlist_id, counterparty_id))
        if entry is not None:
            session.delete(entry)
            session.commit()
    return Changes(counterparties={counterparty_id})


def list_shortlists(engine: Engine) -> list[ShortlistRow]:
    """Named shortlists, newest first, with their sizes."""
    query = (select(Shortlist.id, Shortlist.name, Shortlist.need_id,
                    sa.func.count(col(ShortlistEntry.counterparty_id)))
             .outerjoin(ShortlistEntry).group_by(col(Shortlist.id))
             .order_by(col(Shortlist.created_at).desc(), col(Shortlist.id).desc()))
    with Session(engine) as session:
        return [ShortlistRow(*row) for row in session.exec(query)]


def shortlist_lines(engine: Engine, *, shortlist_id: int) -> list[ShortlistLine]:
    """The structures of a shortlist in rank order."""
    query = (select(ShortlistEntry, Counterparty)
             .join(Counterparty, col(Counterparty.id) == ShortlistEntry.counterparty_id)
             .where(ShortlistEntry.shortlist_id == shortlist_id).order_by(col(ShortlistEntry.rank)))
    with Session(engine) as session:
        return [ShortlistLine(c.id or 0, c.name, c.kind, c.city, c.department_code, e.rank,
                              e.score, list(e.reasons)) for e, c in session.exec(query)]


def start_sourcing(
    engine: Engine, *, counterparty_id: int, today: date, need_id: int | None = None,
    person_id: int | None = None,
) -> Created:
    """Open a relationship at stage sourcing with a structure (one click from a shortlist)."""
    with Session(engine) as session:
        if session.get(Counterparty, counterparty_id) is None:
            raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
        relationship = Relationship(counterparty_id=counterparty_id, need_id=need_id,
                                    person_id=person_id, stage=Stage.SOURCING.value,
                                    stage_since=today)
        session.add(relationship)
        session.flush()
        session.add(StageChange(relationship_id=relationship.id or 0, to_stage=Stage.SOURCING.value,
                                changed_on=today, reason=PRESELECTED))
        session.commit()
        rid = relationship.id or 0
    return Created(rid, Changes(counterparties={counterparty_id}, relationships={rid}))


def delete_relationship(engine: Engine, *, relationship_id: int) -> Changes:
    """Remove a relationship just opened (undo of ``start_sourcing``)."""
    with Session(engine) as session:
        relationship = session.get(Relationship, relationship_id)
        if relationship is None:
            return Changes(relationships={relationship_id})
        changes = Changes(counterparties={relationship.counterparty_id},
                          relationships={relationship_id})
        session.delete(relationship)
        session.commit()
    return changes


def save_search(engine: Engine, *, name: str, flt: CounterpartyFilter) -> Created:
    """Save the typed text and facets under a name (replacing a search of the same name)."""
    if not name.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "La recherche doit avoir un nom."),
                                  field="name")
    with Session(engine) as session:
        row = session.exec(select(SavedSearch).where(SavedSearch.name == name.strip())).first()
        row = row or SavedSearch(name=name.strip())
        row.query, row.facets = flt.text, flt.facets()
        session.add(row)
        session.commit()
        return Created(row.id or 0, Changes(saved_searches=True))


def list_saved_searches(engine: Engine) -> list[tuple[int, str, CounterpartyFilter]]:
    """Saved searches by name, as filters."""
    with Session(engine) as session:
        rows = session.exec(select(SavedSearch).order_by(SavedSearch.name))
        return [(r.id or 0, r.name, CounterpartyFilter.from_saved(r.query, r.facets)) for r in rows]


def put_back_search(engine: Engine, *, name: str, flt: CounterpartyFilter | None) -> Changes:
    """Make the search ``name`` be ``flt`` again, or be gone when None (undo and redo).

    By name: its id changes each time an undo or redo saves it again.
    """
    if flt is not None:
        return save_search(engine, name=name, flt=flt).changes
    with Session(engine) as session:
        session.execute(sa.delete(SavedSearch).where(col(SavedSearch.name) == name))
        session.commit()
    return Changes(saved_searches=True)


def _need_profile(session: Session, need_id: int) -> NeedProfile:
    need = session.get(Need, need_id)
    if need is None:
        raise NotFoundError.of(NEED_GONE, id=need_id)
    sectors = session.exec(select(Sector).join(NeedSector)
                           .where(NeedSector.need_id == need_id)).all()
    department = session.get(Department, need.department_code) if need.department_code else None
    return NeedProfile(frozenset(s.slug for s in sectors),
                       frozenset(s.group_slug for s in sectors), need.department_code,
                       department.region_code if department else None, need.reserved)


def _candidates(session: Session, need: NeedProfile, today: date) -> list[Candidate]:
    query = (select(Counterparty).where(col(Counterparty.active), Counterparty.kind != Kind.CLASSIC)
             .limit(MAX_CANDIDATES))
    flt = CounterpartyFilter(sector_groups=need.sector_groups)
    if not need.sector_groups:
        flt = CounterpartyFilter(regions=frozenset({need.region} if need.region else ()))
    conditions = q.facet_conditions(flt, today)
    rows = session.exec(query.where(*conditions)).all()
    ids = [r.id or 0 for r in rows]
    sectors, groups = _sectors_of(session, ids)
    labels, feedback = _labels_of(session, ids, today), _feedback_of(session, ids)
    regions = dict(session.exec(select(Department.region_code, Department.region_name)).all())
    return [Candidate(r.id or 0, r.name, r.kind, r.department_code, r.region_code,
                      regions.get(r.region_code or "", ""), sectors[r.id or 0], groups[r.id or 0],
                      tuple(labels[r.id or 0]), *feedback.get(r.id or 0, (None, 0)))
            for r in rows]


def _sectors_of(session: Session, ids: list[int]) -> tuple[dict[int, Any], dict[int, Any]]:
    sectors: dict[int, dict[str, str]] = defaultdict(dict)
    groups: dict[int, dict[str, str]] = defaultdict(dict)
    query = (select(CounterpartySector.counterparty_id, Sector)
             .join(Sector, col(Sector.id) == CounterpartySector.sector_id)
             .where(col(CounterpartySector.counterparty_id).in_(ids)))
    for cid, sector in session.exec(query):
        sectors[cid][sector.slug] = sector.name
        groups[cid][sector.group_slug] = sector.group_name
    return sectors, groups


def _labels_of(session: Session, ids: list[int], today: date) -> dict[int, list[str]]:
    labels: dict[int, list[str]] = defaultdict(list)
    query = select(CounterpartyLabel.counterparty_id, CounterpartyLabel.name).where(
        col(CounterpartyLabel.counterparty_id).in_(ids), q.valid_on(CounterpartyLabel, today))
    for cid, name in session.exec(query):
        labels[cid].append(name)
    return labels


def _feedback_of(session: Session, ids: list[int]) -> dict[int, tuple[float, int]]:
    weighted = sa.func.sum(FeedbackScore.score * FeedbackScore.weight)
    query = (select(Relationship.counterparty_id, weighted / sa.func.sum(FeedbackScore.weight),
                    sa.func.count(sa.distinct(col(Feedback.id))))
             .join(Contract, col(Contract.relationship_id) == Relationship.id)
             .join(Feedback, col(Feedback.contract_id) == Contract.id)
             .join(FeedbackScore, col(FeedbackScore.feedback_id) == Feedback.id)
             .where(col(Relationship.counterparty_id).in_(ids),
                    Feedback.direction == FeedbackDirection.GIVEN.value)
             .group_by(col(Relationship.counterparty_id)))
    return {cid: (float(avg), int(n)) for cid, avg, n in session.exec(query)}
