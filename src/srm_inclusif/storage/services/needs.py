"""Needs (besoins): recorded, changed after their first save, removed, read back for the form.

Undo pairs: ``create_need`` / ``delete_need``; ``update_need`` / ``update_need`` with the
previous ``NeedView``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur, implausible
from srm_inclusif.core.sourcing import RESERVED_ARTICLES
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import UNKNOWN_SECTORS, Created
from srm_inclusif.storage.tables import Department, Need, NeedSector, Sector

NEED_GONE = QT_TRANSLATE_NOOP("Errors", "Ce besoin n'existe plus.")


@dataclass(frozen=True)
class NeedView:
    """A need as shown in the form."""

    id: int
    title: str
    sectors: list[str]
    department_code: str | None
    estimated_amount_cents: int | None
    description: str
    reserved: str | None
    owner_id: int | None = None


def check_estimated_amount(cents: int | None) -> None:
    """Refuse a need's amount that is negative, or a billion euros or more (a slip of zeros).

    The same limit as a purchase typed; the ``ValidationError`` names the field ``amount``.
    """
    if cents is not None and cents < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le montant estimé ne peut pas être négatif."), field="amount")
    if cents is not None and implausible(cents):
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Montant estimé : {amount}, un milliard d'euros ou plus. Vérifiez le "
            "nombre de zéros."), field="amount", amount=format_eur(cents))


def create_need(
    engine: Engine, *, title: str, sectors: list[str], department_code: str | None = None,
    estimated_amount_cents: int | None = None, description: str = "", reserved: str | None = None,
    owner_id: int | None = None,
) -> Created:
    """Record a need; sectors are reference slugs; ``owner_id`` the person who follows it."""
    with Session(engine) as session:
        need = Need(title="")
        _write(session, need, title=title, sectors=sectors, department_code=department_code,
               estimated_amount_cents=estimated_amount_cents, description=description,
               reserved=reserved, owner_id=owner_id)
        session.commit()
        return Created(need.id or 0, Changes(needs={need.id or 0}))


def update_need(
    engine: Engine, *, need_id: int, title: str, sectors: list[str],
    department_code: str | None = None, estimated_amount_cents: int | None = None,
    description: str = "", reserved: str | None = None, owner_id: int | None = None,
) -> Changes:
    """Replace a saved need's fields, checked as ``create_need`` checks them.

    Its inverse: the same call with the previous fields (``get_need``).
    """
    with Session(engine) as session:
        need = session.get(Need, need_id)
        if need is None:
            raise NotFoundError.of(NEED_GONE, id=need_id)
        _write(session, need, title=title, sectors=sectors, department_code=department_code,
               estimated_amount_cents=estimated_amount_cents, description=description,
               reserved=reserved, owner_id=owner_id)
        session.commit()
    return Changes(needs={need_id})


def _write(session: Session, need: Need, *, title: str, sectors: list[str],
           department_code: str | None, estimated_amount_cents: int | None, description: str,
           reserved: str | None, owner_id: int | None) -> None:
    """Check the fields, then set them and the sectors on ``need`` (added, flushed)."""
    _check(session, title=title, reserved=reserved, department_code=department_code,
           estimated_amount_cents=estimated_amount_cents)
    need.title, need.department_code = title.strip(), department_code or None
    need.estimated_amount_cents, need.description = estimated_amount_cents, description.strip()
    need.reserved, need.owner_id = reserved or None, owner_id
    session.add(need)
    session.flush()
    session.exec(delete(NeedSector).where(col(NeedSector.need_id) == need.id))
    for sector_id in sector_ids(session, sectors):
        session.add(NeedSector(need_id=need.id or 0, sector_id=sector_id))


def _check(session: Session, *, title: str, reserved: str | None, department_code: str | None,
           estimated_amount_cents: int | None) -> None:
    """Refuse (``ValidationError``) a need without title, unknown article or department."""
    if not title.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Le besoin doit avoir un intitulé."),
                                  field="title")
    if reserved and reserved not in RESERVED_ARTICLES:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Article de marché réservé inconnu : {reserved}"), field="reserved",
            reserved=reserved)
    check_estimated_amount(estimated_amount_cents)
    if department_code and session.get(Department, department_code) is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Département inconnu : {department}"), field="department",
            department=department_code)


def delete_need(engine: Engine, *, need_id: int) -> Changes:
    """Remove a need (its shortlists stay, unlinked)."""
    with Session(engine) as session:
        need = session.get(Need, need_id)
        if need is not None:
            session.delete(need)
            session.commit()
    return Changes(needs={need_id})


def get_need(engine: Engine, *, need_id: int) -> NeedView:
    """A need with its sector slugs."""
    with Session(engine) as session:
        need = session.get(Need, need_id)
        if need is None:
            raise NotFoundError.of(NEED_GONE, id=need_id)
        slugs = session.exec(select(Sector.slug).join(NeedSector)
                             .where(NeedSector.need_id == need_id).order_by(Sector.slug)).all()
        return NeedView(need_id, need.title, list(slugs), need.department_code,
                        need.estimated_amount_cents, need.description, need.reserved,
                        need.owner_id)


def sector_ids(session: Session, slugs: list[str]) -> list[int]:
    """Ids of reference sectors by slug; an unknown slug is refused (``ValidationError``)."""
    found = {s.slug: s.id or 0 for s in session.exec(select(Sector)
                                                     .where(col(Sector.slug).in_(slugs)))}
    missing = set(slugs) - set(found)
    if missing:
        raise ValidationError.of(UNKNOWN_SECTORS, field="sectors",
                                  sectors=", ".join(sorted(missing)))
    return [found[s] for s in slugs]


