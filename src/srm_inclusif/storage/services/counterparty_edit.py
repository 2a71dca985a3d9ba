"""Hand edits of counterparties: create, update (marking edited fields), delete, favourites.

Every write reindexes the search rows it touched. Undo pairs: ``update_counterparty`` is undone
by ``update_counterparty`` with the values read by ``counterparty_values`` before the edit (and
their ``edited_fields``); ``create_counterparty`` by ``delete_counterparty``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, delete, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.geo import department_for, normalise_post_code
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.kinds import Kind, fold, parse_kind
from srm_inclusif.core.named_entries import ENTRY_DESCRIPTION_MAX, ENTRY_NAME_MAX
from srm_inclusif.core.numbers import grouped
from srm_inclusif.core.phones import typed_phone
from srm_inclusif.core.siret import (
    BAD_KEY,
    FILLER,
    NOT_DIGITS,
    WRONG_LENGTH,
    SiretCheck,
    check_siret,
)
from srm_inclusif.core.vocabulary import Nature, ServiceType, SiretStatus
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.search_index import reindex_counterparties
from srm_inclusif.storage.services.field_meaning import same_meaning
from srm_inclusif.storage.tables import Counterparty, CounterpartyLabel, CounterpartySector, Sector
from srm_inclusif.storage.types import utcnow

#: Plain columns a user may edit on the card.
SCALAR_FIELDS = (
    "name", "brand", "siret", "nature", "kind", "legal_form", "address", "post_code", "city",
    "service_types", "networks", "extra_sectors", "is_qpv", "is_zrr", "headcount_insertion",
    "headcount_permanent", "capacity", "website", "social_website", "phone", "email", "notes",
    "active",
)
#: Lists of ``{"name", "description"}`` entries (offers, client references), edited whole.
ENTRY_FIELDS = ("offers", "client_references")
#: Editable values kept in linked tables.
LINKED_FIELDS = ("sectors", "labels")
EDITABLE_FIELDS = SCALAR_FIELDS + ENTRY_FIELDS + LINKED_FIELDS

COUNTERPARTY_GONE = QT_TRANSLATE_NOOP("Errors", "Cette fiche n'existe plus.")
UNKNOWN_SECTORS = QT_TRANSLATE_NOOP("Errors", "Secteur inconnu : {sectors}")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Errors", "Le nom est obligatoire.")
UNKNOWN_FIELDS = QT_TRANSLATE_NOOP("Errors", "Champs inconnus : {fields}.")
INVALID_EMAIL = QT_TRANSLATE_NOOP("Errors", "Adresse e-mail invalide : {email}")
UNKNOWN_NATURE = QT_TRANSLATE_NOOP(
    "Errors", "Siège ou antenne : code inconnu « {nature} » (HEAD_OFFICE pour un siège, "
    "ANTENNA pour une antenne).")
#: The longest text each problem of an entry is about (``{limit}`` in its sentence).
ENTRY_LIMITS = {"long_name": ENTRY_NAME_MAX, "long_description": ENTRY_DESCRIPTION_MAX}
#: Why an offer or client reference is refused, by field and problem.
ENTRY_PROBLEMS = {
    ("offers", "no_name"): QT_TRANSLATE_NOOP(
        "Errors", "Une offre n'a pas de nom (description : « {description} ») : indiquez son "
        "nom ou retirez la ligne. Rien n'a été enregistré."),
    ("offers", "long_name"): QT_TRANSLATE_NOOP(
        "Errors", "Offre « {name} » : le nom ne doit pas dépasser {limit} caractères."),
    ("offers", "long_description"): QT_TRANSLATE_NOOP(
        "Errors", "Offre « {name} » : la description ne doit pas dépasser {limit} caractères."),
    ("client_references", "no_name"): QT_TRANSLATE_NOOP(
        "Errors", "Une référence client n'a pas de nom de client (description : "
        "« {description} ») : indiquez le client ou retirez la ligne. Rien n'a été enregistré."),
    ("client_references", "long_name"): QT_TRANSLATE_NOOP(
        "Errors", "Référence client « {name} » : le nom ne doit pas dépasser {limit} "
        "caractères."),
    ("client_references", "long_description"): QT_TRANSLATE_NOOP(
        "Errors", "Référence client « {name} » : la description ne doit pas dépasser "
        "{limit} caractères."),
}
#: Whose SIRET is refused: a counterparty's or the organisation's own (its settings). Each is a
#: masculine singular noun phrase, which the sentences below agree with.
COUNTERPARTY_SIRET = QT_TRANSLATE_NOOP("Vocabulary", "SIRET")
ORGANISATION_SIRET = QT_TRANSLATE_NOOP("Vocabulary", "SIRET de l'organisation")
#: Why a SIRET is refused, by reason of ``check_siret`` ("" for a reason not listed here): one
#: whole sentence each, since the reason is a French label; ``{siret_label}`` says whose it is.
SIRET_PROBLEMS = {
    NOT_DIGITS: QT_TRANSLATE_NOOP(
        "Errors", "{siret_label} invalide : seuls des chiffres sont attendus (14 chiffres)."),
    WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "Errors", "{siret_label} invalide : 14 chiffres attendus, {count} saisis."),
    FILLER: QT_TRANSLATE_NOOP(
        "Errors", "{siret_label} invalide : le SIREN 000000000 est un numéro de remplissage, pas "
        "un vrai SIRET."),
    BAD_KEY: QT_TRANSLATE_NOOP(
        "Errors", "{siret_label} invalide : ces 14 chiffres ne forment pas un vrai SIRET (un "
        "chiffre est sans doute faux ou inversé). Vérifiez-le sur une facture ou un extrait "
        "Kbis."),
    "": QT_TRANSLATE_NOOP("Errors", "{siret_label} invalide : {siret}."),
}


@dataclass(frozen=True)
class LabelValue:
    """A label with its validity dates, as edited on the card."""

    name: str
    valid_from: date | None = None
    valid_until: date | None = None


@dataclass(frozen=True)
class Created:
    """A new record's id and what changed."""

    id: int
    changes: Changes


def create_counterparty(engine: Engine, *, values: dict[str, Any]) -> Created:
    """Create a counterparty by hand; every given field counts as hand-edited."""
    if not str(values.get("name") or "").strip():
        raise ValidationError.of(NAME_REQUIRED)
    with Session(engine) as session:
        row = Counterparty(name=str(values["name"]).strip(), source="saisie")
        session.add(row)
        session.flush()
        cid = row.id or 0
        _apply(session, row, values)
        row.edited_fields = sorted(values)
        reindex_counterparties(session, [cid])
        session.commit()
    return Created(cid, Changes(counterparties={cid}))


def update_counterparty(
    engine: Engine, *, counterparty_id: int, values: dict[str, Any],
    edited_fields: list[str] | None = None,
) -> Changes:
    """Write edited values; those changed join ``edited_fields`` unless a list is given (undo).

    A typed phone is stored like the imports' (``+33123456789``) when recognisable. Values given
    with their ``edited_fields`` were read by ``counterparty_values`` and are put back as they
    were: offers or client references imported without a name, or a phone typed otherwise, stay.
    """
    with Session(engine) as session:
        row = _get(session, counterparty_id)
        _check_known(values)
        stored = {field: _read(session, row, field) for field in values}
        # Values put back by an undo were read from the record: write them as they were.
        _apply(session, row, values, checked=edited_fields is None)
        if edited_fields is None:  # only a changed meaning is an edit (not a list's order)
            changed = {f for f in values if not same_meaning(stored[f], _read(session, row, f))}
            row.edited_fields = sorted(set(row.edited_fields) | changed)
        else:
            row.edited_fields = sorted(edited_fields)
        row.updated_at = utcnow()
        session.add(row)
        reindex_counterparties(session, [counterparty_id])
        session.commit()
    return Changes(counterparties={counterparty_id})


def counterparty_values(
    engine: Engine, *, counterparty_id: int, fields: list[str] | tuple[str, ...] = EDITABLE_FIELDS
) -> tuple[dict[str, Any], list[str]]:
    """Current values of some editable fields and the ``edited_fields`` list (to undo an edit)."""
    with Session(engine) as session:
        row = _get(session, counterparty_id)
        values = {f: _read(session, row, f) for f in fields}
        return values, list(row.edited_fields)


def delete_counterparty(engine: Engine, *, counterparty_id: int) -> Changes:
    """Remove a counterparty and everything attached to it (undo of a creation)."""
    with Session(engine) as session:
        session.delete(_get(session, counterparty_id))
        session.flush()
        reindex_counterparties(session, [counterparty_id])
        session.commit()
    return Changes(counterparties={counterparty_id})


def set_favourite(engine: Engine, *, counterparty_id: int, favourite: bool) -> Changes:
    """Mark or unmark a favourite (a user choice imports never touch)."""
    with Session(engine) as session:
        row = _get(session, counterparty_id)
        row.favourite = favourite
        session.add(row)
        session.commit()
    return Changes(counterparties={counterparty_id})


def _get(session: Session, counterparty_id: int) -> Counterparty:
    row = session.get(Counterparty, counterparty_id)
    if row is None:
        raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
    return row


def _read(session: Session, row: Counterparty, field: str) -> Any:
    if field == "sectors":
        query = (select(Sector.slug).join(CounterpartySector)
                 .where(CounterpartySector.counterparty_id == row.id).order_by(Sector.slug))
        return list(session.exec(query))
    if field == "labels":
        labels = session.exec(select(CounterpartyLabel)
                              .where(CounterpartyLabel.counterparty_id == row.id)
                              .order_by(CounterpartyLabel.name, col(CounterpartyLabel.id)))
        return [LabelValue(x.name, x.valid_from, x.valid_until) for x in labels]
    if field in ENTRY_FIELDS:
        return read_entries(getattr(row, field))
    value = getattr(row, field)
    return list(value) if isinstance(value, list) else value


def read_entries(stored: Any) -> list[dict[str, str]]:
    """Offers or client references as the card shows them: trimmed texts, empty entries left out.

    Imports store what the source gave (a missing description is ``None``).
    """
    entries = [_trimmed(item) for item in stored or [] if isinstance(item, dict)]
    return [entry for entry in entries if entry["name"] or entry["description"]]


def _trimmed(item: dict[str, Any]) -> dict[str, str]:
    """An offer or client reference with its name and description as trimmed texts."""
    return {"name": str(item.get("name") or "").strip(),
            "description": str(item.get("description") or "").strip()}


def _check_known(values: dict[str, Any]) -> None:
    if unknown := set(values) - set(EDITABLE_FIELDS):
        raise ValidationError.of(UNKNOWN_FIELDS, fields=", ".join(sorted(unknown)))


def _apply(session: Session, row: Counterparty, values: dict[str, Any], *,
           checked: bool = True) -> None:
    _check_known(values)
    for field, value in values.items():
        if field in ENTRY_FIELDS:
            setattr(row, field, checked_entries(field, value) if checked else list(value))
        elif field == "sectors":
            _write_sectors(session, row.id or 0, value)
        elif field == "labels":
            _write_labels(session, row.id or 0, value)
        elif field == "phone" and checked:
            row.phone = typed_phone(value)
        else:
            _write_scalar(row, field, value)


def _write_scalar(row: Counterparty, field: str, value: Any) -> None:
    writer = _WRITERS.get(field)
    if writer is not None:
        writer(row, value)
        return
    if isinstance(value, str):
        value = value.strip() or (None if field not in ("notes",) else "")
    setattr(row, field, value)


def _write_name(row: Counterparty, value: Any) -> None:
    name = str(value or "").strip()
    if not name:
        raise ValidationError.of(NAME_REQUIRED)
    row.name, row.norm_name = name, fold(name)


def _write_siret(row: Counterparty, value: Any) -> None:
    checked = check_siret(value)
    if checked.status is SiretStatus.INVALID:
        raise invalid_siret(checked, field="siret")
    row.siret, row.siret_status = checked.value, checked.status.value


def invalid_siret(checked: SiretCheck, *, organisation: bool = False, **params: Any
                  ) -> ValidationError:
    """The error saying why ``checked`` is refused (of a counterparty or of the organisation)."""
    count = len(checked.value or "")
    reason = WRONG_LENGTH if checked.reason == WRONG_LENGTH.format(count=count) else checked.reason
    reason = reason if reason in SIRET_PROBLEMS else ""
    return ValidationError.of(
        SIRET_PROBLEMS[reason], count=count, siret=checked.value or "",
        siret_label=ORGANISATION_SIRET if organisation else COUNTERPARTY_SIRET, **params)


def _write_kind(row: Counterparty, value: Any) -> None:
    kind = value if isinstance(value, Kind) else parse_kind(str(value or ""))
    if kind is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Type de structure inconnu : {kind}"),
                                  field="kind", kind=value)
    row.kind = kind.value


def _write_nature(row: Counterparty, value: Any) -> None:
    """A ``Nature`` code, or None when not known."""
    code = str(value or "").strip()
    if code and code not in tuple(Nature):
        raise ValidationError.of(UNKNOWN_NATURE, field="nature", nature=code)
    row.nature = code or None


def _write_post_code(row: Counterparty, value: Any) -> None:
    if value in (None, ""):
        row.post_code = row.department_code = row.region_code = None
        return
    post_code = normalise_post_code(value)
    department = department_for(post_code)
    if post_code is None or department is None:
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Code postal inconnu : {post_code}"),
                                  field="post_code", post_code=value)
    row.post_code, row.department_code = post_code, department.code
    row.region_code = department.region_code


def _write_email(row: Counterparty, value: Any) -> None:
    text = str(value or "").strip()
    if text and ("@" not in text or " " in text):
        raise ValidationError.of(INVALID_EMAIL, field="email", email=text)
    row.email = text or None


def _write_service_types(row: Counterparty, value: Any) -> None:
    codes = [str(v) for v in value or []]
    bad = [c for c in codes if c not in ServiceType.__members__]
    if bad:
        raise ValidationError.of(
            QT_TRANSLATE_NOOP("Errors", "Type de prestation inconnu : {service_types}"),
            field="service_types", service_types=", ".join(bad))
    row.service_types = codes


def _write_headcount(field: str) -> Any:
    def write(row: Counterparty, value: Any) -> None:
        if value is not None and float(value) < 0:
            raise ValidationError.of(
                QT_TRANSLATE_NOOP("Errors", "Un effectif ne peut pas être négatif."), field=field)
        setattr(row, field, None if value is None else float(value))
    return write


_WRITERS = {
    "name": _write_name, "siret": _write_siret, "kind": _write_kind, "nature": _write_nature,
    "post_code": _write_post_code, "email": _write_email, "service_types": _write_service_types,
    "headcount_insertion": _write_headcount("headcount_insertion"),
    "headcount_permanent": _write_headcount("headcount_permanent"),
}


def checked_entries(field: str, entries: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Offers or client references trimmed, each with a name and texts within their limits."""
    cleaned = [_trimmed(item) for item in entries]
    for entry in cleaned:
        name, description = entry["name"], entry["description"]
        problem = ("no_name" if not name else "long_name" if len(name) > ENTRY_NAME_MAX
                   else "long_description" if len(description) > ENTRY_DESCRIPTION_MAX else "")
        if problem:
            raise ValidationError.of(ENTRY_PROBLEMS[field, problem], field=field,
                                      name=_excerpt(name), description=_excerpt(description),
                                      limit=grouped(ENTRY_LIMITS.get(problem, 0)))
    return cleaned


def _excerpt(text: str, length: int = 60) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def _write_sectors(session: Session, counterparty_id: int, slugs: list[str]) -> None:
    found = session.exec(select(Sector).where(col(Sector.slug).in_(slugs)))
    sectors = {s.slug: s.id or 0 for s in found}
    missing = set(slugs) - set(sectors)
    if missing:
        raise ValidationError.of(UNKNOWN_SECTORS, field="sectors",
                                  sectors=", ".join(sorted(missing)))
    session.exec(delete(CounterpartySector)
                 .where(col(CounterpartySector.counterparty_id) == counterparty_id))
    for sector_id in sectors.values():
        session.add(CounterpartySector(counterparty_id=counterparty_id, sector_id=sector_id))


def _write_labels(session: Session, counterparty_id: int, labels: list[LabelValue]) -> None:
    for label in labels:
        if not label.name.strip():
            raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Un label doit avoir un nom."),
                                      field="labels")
        if label.valid_from and label.valid_until and label.valid_until < label.valid_from:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "Label {label} : la fin de validité précède son début."),
                field="labels", label=label.name)
    session.exec(delete(CounterpartyLabel)
                 .where(col(CounterpartyLabel.counterparty_id) == counterparty_id))
    for label in labels:
        session.add(CounterpartyLabel(counterparty_id=counterparty_id, name=label.name.strip(),
                                      valid_from=label.valid_from, valid_until=label.valid_until))
