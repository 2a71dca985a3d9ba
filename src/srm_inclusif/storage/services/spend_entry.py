"""Purchases typed by hand: list, add, edit and delete the spend lines of one counterparty.

A hand line has the source ``HAND_SOURCE`` and no import batch. Its amount is read as the imports
read theirs (``money.read_amount``: HT, a TTC amount refused, never converted). Invoiced and paid
amounts are facts: they cannot be dated after today. An ordered amount may be (an order placed
now for a delivery dated ahead is recorded at that date).

Undo pairs: ``add_spend_line`` / ``delete_spend_line``; ``update_spend_line`` and
``delete_spend_line`` / ``restore_spend_line`` with the row from ``spend_line_row``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import (
    AMBIGUOUS,
    TAX_INCLUDED,
    TOO_LARGE,
    format_eur,
    implausible,
    read_amount,
    to_cents,
)
from srm_inclusif.core.numbers import day_text
from srm_inclusif.core.vocabulary import SPEND_BASIS_LABELS, SpendBasis
from srm_inclusif.storage.changes import Changes
from srm_inclusif.storage.services.counterparty_edit import COUNTERPARTY_GONE, Created
from srm_inclusif.storage.services.counterparty_query import standing_order
from srm_inclusif.storage.tables import Contract, Counterparty, Person, Relationship, SpendLine

#: The source of a line typed by hand (the counterparties typed by hand say the same).
HAND_SOURCE = "saisie"
#: The longest invoice number a line keeps (the column's size).
INVOICE_LENGTH = 80

LINE_GONE = QT_TRANSLATE_NOOP(
    "Errors", "Cet achat n'existe plus (supprimé entre-temps ?). La liste a été relue.")
AMOUNT_UNREADABLE = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : « {text} » n'est pas un montant. Tapez-le en euros hors taxes, "
    "par exemple 1 234,56.")
AMOUNT_WITH_TAX = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : « {text} » est un montant TTC. Les achats se comptent hors taxes : "
    "tapez le montant HT de la facture.")
AMOUNT_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : « {text} » est ambigu (milliers ou décimales ?). Tapez-le sans "
    "séparateur de milliers ou avec deux décimales, par exemple 1234 ou 1 234,00.")
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : {amount} pour un seul achat, un milliard d'euros ou plus. "
    "Vérifiez le nombre de zéros.")
AMOUNT_ZERO = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : un achat de 0 € ne compte pas. Tapez le montant HT ; un avoir "
    "se tape en négatif (-250,00).")
DATE_AHEAD = QT_TRANSLATE_NOOP(
    "Errors", "Date : le {day} est après aujourd'hui ({today}). Un achat « {basis_label} » est "
    "daté du jour où il l'a été ; seul un achat « Commandé » peut être daté plus tard.")
INVOICE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "N° de facture : {length} caractères, {limit} au plus.")
CONTRACT_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors", "Contrat : « {title} » n'est pas un contrat de cette structure.")
BUYER_GONE = QT_TRANSLATE_NOOP(
    "Errors", "Acheteur : cette personne n'existe plus. Choisissez-en une autre ou aucune.")

#: The template of each reason ``read_amount`` gives for refusing an amount.
_AMOUNT_REFUSALS = {TAX_INCLUDED: AMOUNT_WITH_TAX, AMBIGUOUS: AMOUNT_AMBIGUOUS}


@dataclass(frozen=True)
class SpendValues:
    """What the user gives for one purchase (amount HT in cents)."""

    spend_date: date
    amount_cents: int
    basis: SpendBasis = SpendBasis.INVOICED
    invoice_number: str = ""
    contract_id: int | None = None
    person_id: int | None = None


@dataclass(frozen=True)
class SpendEntry:
    """One spend line of a counterparty as listed, with the names of its contract and buyer."""

    id: int
    spend_date: date
    amount_cents: int
    basis: SpendBasis
    invoice_number: str
    contract_id: int | None
    contract_title: str
    person_id: int | None
    buyer_name: str
    #: ``HAND_SOURCE``, or the file (or format) an import read the line from.
    source: str

    @property
    def by_hand(self) -> bool:
        """Typed by hand rather than imported."""
        return self.source == HAND_SOURCE

    @property
    def values(self) -> SpendValues:
        """The line's values, as the form edits them."""
        return SpendValues(self.spend_date, self.amount_cents, self.basis, self.invoice_number,
                           self.contract_id, self.person_id)


def typed_amount(text: str) -> int:
    """The amount HT typed (``1 234,56``, ``1234.56 € HT``) in cents; refused as imports refuse.

    Raises:
        ValidationError: naming the field: unreadable, TTC, ambiguous, a billion or more, zero.
    """
    amount = read_amount(text.strip())
    if isinstance(amount, str):
        if amount == TOO_LARGE:
            raise ValidationError.of(AMOUNT_TOO_LARGE, amount=text.strip())
        raise ValidationError.of(_AMOUNT_REFUSALS.get(amount, AMOUNT_UNREADABLE),
                                 text=text.strip())
    cents = to_cents(amount)
    if implausible(cents):
        raise ValidationError.of(AMOUNT_TOO_LARGE, amount=format_eur(cents))
    if cents == 0:
        raise ValidationError.of(AMOUNT_ZERO)
    return cents


def list_spend_lines(engine: Engine, *, counterparty_id: int) -> list[SpendEntry]:
    """The spend lines of a counterparty, newest first (the last typed first on one day)."""
    query = (select(SpendLine, Contract.title, Person.name)
             .outerjoin(Contract, col(Contract.id) == SpendLine.contract_id)
             .outerjoin(Person, col(Person.id) == SpendLine.person_id)
             .where(SpendLine.counterparty_id == counterparty_id)
             .order_by(col(SpendLine.spend_date).desc(), col(SpendLine.id).desc()))
    with Session(engine) as session:
        return [_entry(line, title, buyer) for line, title, buyer in session.exec(query)]


def contract_choices(engine: Engine, *, counterparty_id: int) -> list[tuple[int, str]]:
    """The contracts a line of this counterparty may belong to: (id, title), newest first."""
    query = (select(Contract.id, Contract.title)
             .join(Relationship, col(Relationship.id) == Contract.relationship_id)
             .where(Relationship.counterparty_id == counterparty_id)
             .order_by(col(Contract.start_date).desc(), col(Contract.id).desc()))
    with Session(engine) as session:
        return [(contract_id or 0, title) for contract_id, title in session.exec(query)]


@dataclass(frozen=True)
class ContractPeriod:
    """A contract's title and dates, as a purchase dated outside them is told."""

    title: str
    start: date | None
    end: date | None


def period_missed(engine: Engine, *, contract_id: int | None, day: date) -> ContractPeriod | None:
    """The contract's period when a purchase of ``day`` falls outside it, else None.

    A date the contract does not have (no start, no end) leaves that side open.
    """
    if contract_id is None:
        return None
    with Session(engine) as session:
        contract = session.get(Contract, contract_id)
    if contract is None:
        return None
    before = contract.start_date is not None and day < contract.start_date
    after = contract.end_date is not None and day > contract.end_date
    if not (before or after):
        return None
    return ContractPeriod(contract.title, contract.start_date, contract.end_date)


def relationship_owner(engine: Engine, *, counterparty_id: int) -> int | None:
    """Who follows the counterparty (« Responsable »), None when nobody does.

    The owner of the relationship the Fournisseurs list shows (the most advanced still going,
    then the latest moved), else of its latest stopped one.
    """
    query = (select(Relationship.person_id)
             .where(Relationship.counterparty_id == counterparty_id,
                    col(Relationship.person_id).is_not(None))
             .order_by(*standing_order()))
    with Session(engine) as session:
        return session.exec(query).first()


def yearly_totals(lines: list[SpendEntry]) -> list[tuple[int, SpendBasis, int]]:
    """Total cents per year and basis, newest year first (bases are never added together)."""
    totals: dict[tuple[int, SpendBasis], int] = {}
    for line in lines:
        key = (line.spend_date.year, line.basis)
        totals[key] = totals.get(key, 0) + line.amount_cents
    order = list(SpendBasis)
    return [(year, basis, cents) for (year, basis), cents in sorted(
        totals.items(), key=lambda item: (-item[0][0], order.index(item[0][1])))]


def add_spend_line(engine: Engine, *, counterparty_id: int, values: SpendValues,
                   today: date) -> Created:
    """Record a purchase typed by hand."""
    with Session(engine) as session:
        if session.get(Counterparty, counterparty_id) is None:
            raise NotFoundError.of(COUNTERPARTY_GONE, id=counterparty_id)
        line = SpendLine(counterparty_id=counterparty_id, amount_cents=0, spend_date=today,
                         source=HAND_SOURCE)
        _write(session, line, values, today)
        session.commit()
        return Created(line.id or 0, _changes(line))


def update_spend_line(engine: Engine, *, line_id: int, values: SpendValues,
                      today: date) -> Changes:
    """Change a purchase's values; an imported line keeps its source (its file)."""
    with Session(engine) as session:
        line = _line(session, line_id)
        _write(session, line, values, today)
        session.commit()
        return _changes(line)


def spend_line_row(engine: Engine, *, line_id: int) -> dict[str, Any]:
    """Every column of a line, taken before it is changed or deleted (for undo)."""
    with Session(engine) as session:
        return _line(session, line_id).model_dump()


def delete_spend_line(engine: Engine, *, line_id: int) -> Changes:
    """Remove a purchase."""
    with Session(engine) as session:
        line = _line(session, line_id)
        changes = _changes(line)
        session.delete(line)
        session.commit()
        return changes


def restore_spend_line(engine: Engine, *, row: dict[str, Any]) -> Changes:
    """Put a line back as ``spend_line_row`` took it, with its id (undo of an edit or deletion).

    Written as it was, unchecked: the line was valid when taken, or came from an import.
    """
    with Session(engine) as session:
        line = session.merge(SpendLine(**row))
        session.commit()
        return _changes(line)


def _write(session: Session, line: SpendLine, values: SpendValues, today: date) -> None:
    """Check the values against the line's counterparty and write them on the line."""
    _check_date(values, today)
    invoice = values.invoice_number.strip()
    if len(invoice) > INVOICE_LENGTH:
        raise ValidationError.of(INVOICE_TOO_LONG, length=len(invoice), limit=INVOICE_LENGTH)
    _check_contract(session, values.contract_id, line.counterparty_id)
    if values.person_id is not None and session.get(Person, values.person_id) is None:
        raise ValidationError.of(BUYER_GONE)
    if values.amount_cents == 0:
        raise ValidationError.of(AMOUNT_ZERO)
    line.spend_date, line.amount_cents = values.spend_date, values.amount_cents
    line.basis, line.invoice_number = values.basis.value, invoice or None
    line.contract_id, line.person_id = values.contract_id, values.person_id
    session.add(line)
    session.flush()


def _check_date(values: SpendValues, today: date) -> None:
    if values.spend_date > today and values.basis is not SpendBasis.ORDERED:
        raise ValidationError.of(
            DATE_AHEAD, day=day_text(values.spend_date), today=day_text(today),
            basis_label=SPEND_BASIS_LABELS[values.basis])


def _check_contract(session: Session, contract_id: int | None, counterparty_id: int) -> None:
    """A line's contract is one of its counterparty's."""
    if contract_id is None:
        return
    query = (select(Contract.title, Relationship.counterparty_id)
             .join(Relationship, col(Relationship.id) == Contract.relationship_id)
             .where(Contract.id == contract_id))
    found = session.exec(query).first()
    if found is None:
        raise ValidationError.of(CONTRACT_ELSEWHERE, title=f"#{contract_id}")
    if found[1] != counterparty_id:
        raise ValidationError.of(CONTRACT_ELSEWHERE, title=found[0])


def _line(session: Session, line_id: int) -> SpendLine:
    line = session.get(SpendLine, line_id)
    if line is None:
        raise NotFoundError.of(LINE_GONE)
    return line


def _changes(line: SpendLine) -> Changes:
    """Spend only: the register of counterparties shows none (and rescans on its changes)."""
    return Changes(spend={line.id or 0})


def _entry(line: SpendLine, contract_title: str | None, buyer: str | None) -> SpendEntry:
    return SpendEntry(line.id or 0, line.spend_date, line.amount_cents, SpendBasis(line.basis),
                      line.invoice_number or "", line.contract_id, contract_title or "",
                      line.person_id, buyer or "", line.source or "")
