"""The FTS5 counterparty index: accent-insensitive prefix search, reindex and rebuild."""

from __future__ import annotations

import sqlalchemy as sa
from sqlmodel import Session, select

from srm_inclusif.core.search_query import to_fts_query
from srm_inclusif.storage.search_index import (
    rebuild_search_index,
    reindex_counterparties,
    search_matches,
)
from srm_inclusif.storage.tables import Contact, Counterparty, CounterpartySector, Sector


def _add(session: Session, name: str, **fields: object) -> int:
    row = Counterparty(name=name, **fields)
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def _found(engine: sa.Engine, text: str) -> list[int]:
    query = to_fts_query(text)
    assert query is not None
    matches = search_matches(query)
    with engine.connect() as conn:
        return [r[0] for r in conn.execute(sa.select(matches.c.id).order_by(matches.c.rank))]


def test_prefix_and_accent_insensitive(workspace) -> None:
    with Session(workspace.engine) as session:
        nettoyage = _add(session, "Nettoyage Solidaire", city="Évry")
        energie = _add(session, "Atelier Énergie Verte", city="Lyon")
        reindex_counterparties(session, [nettoyage, energie])
        session.commit()
    assert _found(workspace.engine, "nett") == [nettoyage]
    assert _found(workspace.engine, "energie") == [energie]
    assert _found(workspace.engine, "EVRY") == [nettoyage]
    assert _found(workspace.engine, 'atel "ver') == [energie]


def test_sectors_offers_and_contacts_are_searchable(workspace) -> None:
    with Session(workspace.engine) as session:
        sector = session.exec(select(Sector).where(Sector.name.like("%spaces verts%"))).first()
        assert sector is not None
        cid = _add(session, "Les Jardins", offers=[{"name": "Tonte", "description": "Élagage"}])
        session.add(CounterpartySector(counterparty_id=cid, sector_id=sector.id))
        session.add(Contact(counterparty_id=cid, first_name="Zoé", last_name="Martineau"))
        reindex_counterparties(session, [cid])
        session.commit()
    assert _found(workspace.engine, "espaces vert") == [cid]
    assert _found(workspace.engine, "elag") == [cid]
    assert _found(workspace.engine, "zoe martin") == [cid]


def test_reindex_drops_anonymised_names_and_deleted_rows(workspace) -> None:
    with Session(workspace.engine) as session:
        cid = _add(session, "Ateliers du Rhône")
        gone = _add(session, "Disparue SARL")
        contact = Contact(counterparty_id=cid, first_name="Jeanne", last_name="Dupré")
        session.add(contact)
        reindex_counterparties(session, [cid, gone])
        session.commit()
        assert _found(workspace.engine, "dupre") == [cid]
        contact.first_name = contact.last_name = None
        contact.anonymised = True
        session.delete(session.get(Counterparty, gone))
        session.flush()
        reindex_counterparties(session, [cid, gone])
        session.commit()
    assert _found(workspace.engine, "dupre") == []
    assert _found(workspace.engine, "disparue") == []
    assert _found(workspace.engine, "rhone") == [cid]


def test_name_ranks_above_other_columns(workspace) -> None:
    with Session(workspace.engine) as session:
        in_city = _add(session, "Alpha Services", city="Bordeaux")
        in_name = _add(session, "Bordeaux Insertion", city="Pau")
        session.commit()
    with workspace.engine.begin() as conn:
        rebuild_search_index(conn)
    assert _found(workspace.engine, "bordeaux") == [in_name, in_city]
