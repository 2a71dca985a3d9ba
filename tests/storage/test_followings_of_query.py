"""« Déjà suivie par »: asked of a few suppliers, the same follower as the relationships list's."""

from __future__ import annotations

from sqlalchemy import text

from srm_inclusif.storage.services.followings import followings_of, open_followings
from srm_inclusif.storage.services.relationships import list_relationships


def test_every_supplier_is_followed_by_the_one_the_lists_name(demo_workspace) -> None:  # noqa: ANN001
    engine = demo_workspace.engine
    with engine.connect() as connection:
        ids = list(connection.execute(text("SELECT id FROM counterparty ORDER BY name")).scalars())
    expected = open_followings(list_relationships(engine))

    found = followings_of(engine, counterparty_ids=ids)

    assert len(found) > 20  # the demo follows suppliers at every stage; the stopped are left out
    assert found == [expected[cid] for cid in ids if cid in expected]


def test_the_suppliers_come_back_in_the_order_asked_each_once(demo_workspace) -> None:  # noqa: ANN001
    followed = list(open_followings(list_relationships(demo_workspace.engine)))[:3]
    asked = [followed[2], 10**9, followed[0], followed[2], followed[1]]  # one unknown

    found = followings_of(demo_workspace.engine, counterparty_ids=asked)

    assert [f.counterparty_id for f in found] == [followed[2], followed[0], followed[1]]
