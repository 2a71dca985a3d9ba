"""Merging duplicates: chosen values kept, everything moves, undo restores both records."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from srm_inclusif.core.errors import RuleError
from srm_inclusif.core.search_query import CounterpartyFilter
from srm_inclusif.core.sourcing import Candidate, RankedCandidate
from srm_inclusif.storage.services.contacts import add_contact, list_contacts
from srm_inclusif.storage.services.counterparties import count_counterparties, search_counterparties
from srm_inclusif.storage.services.counterparty_edit import counterparty_values, create_counterparty
from srm_inclusif.storage.services.merge import (
    merge_candidates,
    merge_counterparties,
    unmerge_counterparties,
)
from srm_inclusif.storage.services.sourcing import save_shortlist, shortlist_lines
from srm_inclusif.storage.tables import Contract, Relationship, SpendLine
from tests.conftest import DEMO_TODAY


def _ranked(*ids: int) -> list[RankedCandidate]:
    return [RankedCandidate(Candidate(i, str(i), "EI"), 1.0, ("x",)) for i in ids]


@pytest.fixture
def pair(workspace) -> tuple[int, int]:
    engine = workspace.engine
    keep = create_counterparty(engine, values={
        "name": "Atelier Bleu", "city": "Lyon", "sectors": ["nettoyage-urbain"]}).id
    drop = create_counterparty(engine, values={
        "name": "Atelier Bleu", "city": "Lyon 3e", "phone": "+33102030405",
        "sectors": ["nettoyage-de-locaux-16", "nettoyage-urbain"]}).id
    add_contact(engine, counterparty_id=drop, values={"first_name": "Zoé", "last_name": "Roux"})
    with Session(engine) as session:
        rel = Relationship(counterparty_id=drop, stage="contrat_en_cours",
                           stage_since=date(2026, 1, 1))
        session.add(rel)
        session.flush()
        session.add(Contract(relationship_id=rel.id, title="Entretien"))
        session.add(SpendLine(counterparty_id=drop, amount_cents=120_000,
                              spend_date=date(2026, 3, 1)))
        session.commit()
    save_shortlist(engine, name="Les deux", need_id=None, ranked=_ranked(keep, drop))
    save_shortlist(engine, name="Seulement le doublon", need_id=None, ranked=_ranked(drop))
    return keep, drop


def _spend_of(engine, cid: int) -> int:
    with Session(engine) as session:
        lines = session.exec(select(SpendLine).where(SpendLine.counterparty_id == cid)).all()
        return sum(line.amount_cents for line in lines)


def test_merge_moves_everything_and_keeps_choices(workspace, pair) -> None:
    engine = workspace.engine
    keep, drop = pair
    assert merge_candidates(engine, counterparty_id=keep) == [(drop, "Atelier Bleu", "Lyon 3e")]
    merge_counterparties(engine, keep_id=keep, drop_id=drop,
                         choices={"city": "Lyon 3e", "phone": "+33102030405"})
    assert count_counterparties(engine) == 1
    values, edited = counterparty_values(engine, counterparty_id=keep)
    assert (values["city"], values["phone"]) == ("Lyon 3e", "+33102030405")
    assert {"city", "phone"} <= set(edited)
    assert values["sectors"] == ["nettoyage-de-locaux-16", "nettoyage-urbain"]
    assert [c.last_name for c in list_contacts(engine, counterparty_id=keep)] == ["Roux"]
    assert _spend_of(engine, keep) == 120_000
    row = search_counterparties(engine, flt=CounterpartyFilter(text="roux"), today=DEMO_TODAY)
    assert [r.id for r in row] == [keep]
    assert row[0].stage == "contrat_en_cours"
    with engine.connect() as conn:
        sizes = conn.execute(sa.text(
            "SELECT shortlist_id, count(*) FROM shortlist_entry GROUP BY 1 ORDER BY 1")).all()
    assert [n for _, n in sizes] == [1, 1]


def test_undo_merge_restores_both(workspace, pair) -> None:
    engine = workspace.engine
    keep, drop = pair
    before = counterparty_values(engine, counterparty_id=keep)
    result = merge_counterparties(engine, keep_id=keep, drop_id=drop, choices={"city": "Lyon 3e"})
    unmerge_counterparties(engine, snapshot=result.snapshot)
    assert count_counterparties(engine) == 2
    assert counterparty_values(engine, counterparty_id=keep) == before
    dropped, _ = counterparty_values(engine, counterparty_id=drop)
    assert dropped["phone"] == "+33102030405"
    assert dropped["sectors"] == ["nettoyage-de-locaux-16", "nettoyage-urbain"]
    assert list_contacts(engine, counterparty_id=keep) == []
    assert _spend_of(engine, drop) == 120_000
    rows = search_counterparties(engine, flt=CounterpartyFilter(text="roux"), today=DEMO_TODAY)
    assert [r.id for r in rows] == [drop]
    lists = {line.counterparty_id for sid in (1, 2) for line in shortlist_lines(engine,
                                                                               shortlist_id=sid)}
    assert lists == {keep, drop}
    assert len(shortlist_lines(engine, shortlist_id=1)) == 2


def test_merge_with_itself_is_refused(workspace, pair) -> None:
    with pytest.raises(RuleError):
        merge_counterparties(workspace.engine, keep_id=pair[0], drop_id=pair[0], choices={})
