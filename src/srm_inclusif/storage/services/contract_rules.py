"""What a contract's fields and a go / no-go date must satisfy: checked by the service, the form.

Each refusal names the field it is about (``field`` parameter: ``title``, ``amount``, ``end``,
``notice``, ``hours``, ``on``), for a form to put the cursor back in it.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from srm_inclusif.core.errors import ValidationError
from srm_inclusif.core.i18n import QT_TRANSLATE_NOOP
from srm_inclusif.core.money import format_eur, implausible
from srm_inclusif.core.numbers import day_text

if TYPE_CHECKING:
    from srm_inclusif.storage.services.contracts import ContractFields

#: A contract amount of a billion euros or more: a slip of zeros, as for a purchase typed.
AMOUNT_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors", "Montant HT : {amount}, un milliard d'euros ou plus. Vérifiez le nombre de zéros.")
DECIDED_BEFORE_START = QT_TRANSLATE_NOOP(
    "Errors", "Date : le {day} précède le début du marché test « {title} » ({start}). "
    "La décision se prend une fois le test commencé.")


def check_contract_fields(values: ContractFields) -> None:
    """Refuse (``ValidationError`` naming the field) what no contract can hold."""
    if not values.title.strip():
        raise ValidationError.of(QT_TRANSLATE_NOOP("Errors", "Donnez un intitulé au contrat."),
                                 field="title")
    _check_amount(values.amount_cents)
    if values.start_date and values.end_date and values.end_date < values.start_date:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "La date de fin précède la date de début."), field="end")
    if values.notice_days < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le préavis ne peut pas être négatif."), field="notice")
    for hours in (values.clause_hours_planned, values.clause_hours_realised):
        if hours is not None and hours < 0:
            raise ValidationError.of(QT_TRANSLATE_NOOP(
                "Errors", "Les heures d'insertion ne peuvent pas être négatives."), field="hours")


def _check_amount(cents: int | None) -> None:
    if cents is None:
        return
    if cents < 0:
        raise ValidationError.of(QT_TRANSLATE_NOOP(
            "Errors", "Le montant HT ne peut pas être négatif."), field="amount")
    if implausible(cents):
        raise ValidationError.of(AMOUNT_TOO_LARGE, field="amount", amount=format_eur(cents))


def check_decision_date(on: date, *, start: date | None, title: str) -> None:
    """Refuse a go / no-go dated before its marché test started (``ValidationError``)."""
    if start is not None and on < start:
        raise ValidationError.of(DECIDED_BEFORE_START, field="on", day=day_text(on),
                                 start=day_text(start), title=title)
