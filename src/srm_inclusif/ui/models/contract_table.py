"""Table model of contracts: title, counterparty, kind, amount HT, dates, decision, clause hours."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication

from srm_inclusif.core.money import amount_text
from srm_inclusif.core.numbers import day_text, trimmed
from srm_inclusif.core.vocabulary import ContractKind, Decision, profile_in_use
from srm_inclusif.storage.services.contracts import ContractRow
from srm_inclusif.ui.lifecycle.fields import decimal_text
from srm_inclusif.ui.models.record_table import RecordTableModel

(
    COL_TITLE,
    COL_COUNTERPARTY,
    COL_KIND,
    COL_AMOUNT,
    COL_START,
    COL_END,
    COL_DECISION,
    COL_HOURS,
    COL_RATE,
    COL_FEEDBACK,
) = range(10)


def _date(value: Any) -> str:
    return day_text(value) if value else "—"


def _hours(row: ContractRow) -> str:
    """Hours done of hours planned: ``251 / 1 200`` (``251 / 1,200``), ``833,5 / 1 000``.

    The column's title says they are hours: an « h » more in every cell took from the titles
    the room they need to show whole on a 1280 × 720 screen in English. « — » without a clause;
    hours done not filled in are unknown, not none: « — / 200 », as « % réalisé » says « — ».
    """
    if row.clause_hours_planned is None:
        return "—"
    planned = trimmed(Decimal(str(row.clause_hours_planned)), 1)
    if row.clause_hours_realised is None:
        return f"— / {planned}"
    return f"{trimmed(Decimal(str(row.clause_hours_realised)), 1)} / {planned}"


def _amount(cents: int | None) -> str:
    """An amount HT as the relationship panel writes it: cents shown when there are some."""
    return "" if cents is None else amount_text(cents)


class ContractTableModel(RecordTableModel):
    """One row per contract; the counterparty column in the profile's word unless told."""

    def __init__(self, parent: Any = None, *, counterparty_header: str = "") -> None:
        super().__init__(
            [
                (
                    QCoreApplication.translate("ContractTableModel", "Intitulé"),
                    lambda r: r.title,
                    str,
                ),
                (
                    counterparty_header or profile_in_use().counterparty_label,
                    lambda r: r.counterparty_name,
                    str,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Type"),
                    lambda r: r.kind,
                    lambda k: ContractKind(k).label,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Montant HT"),
                    lambda r: r.amount_cents,
                    _amount,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Début"),
                    lambda r: r.start_date,
                    _date,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Fin"),
                    lambda r: r.end_date,
                    _date,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Go / no‑go"),
                    lambda r: r.decision or "",
                    lambda d: Decision(d).label if d else "",
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Heures d'insertion"),
                    lambda r: r,
                    _hours,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "% réalisé"),
                    lambda r: r.realisation_rate,
                    decimal_text,
                ),
                (
                    QCoreApplication.translate("ContractTableModel", "Retours"),
                    lambda r: r.feedback_count,
                    str,
                ),
            ],
            parent,
        )

    def contract_at(self, row: int) -> ContractRow:
        """The contract shown on a row."""
        return self.row_at(row)  # type: ignore[no-any-return]
