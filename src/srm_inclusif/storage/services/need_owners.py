"""Who follows new needs by default: the person chosen for the last need that named one."""

from __future__ import annotations

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.storage.tables import Need, Person


def last_need_owner(engine: Engine) -> int | None:
    """The still-active person who follows the newest need that has an owner, if any."""
    query = (select(Need.owner_id).join(Person, col(Person.id) == Need.owner_id)
             .where(col(Person.active)).order_by(col(Need.id).desc()).limit(1))
    with Session(engine) as session:
        return session.exec(query).first()
