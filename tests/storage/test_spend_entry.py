"""Purchases typed by hand: listed with the imported ones, added, changed, deleted, put back."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import Session

from srm_inclusif.core import kpi
from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.vocabulary import SpendBasis
from srm_inclusif.storage.services.kpi_data import load_kpi_data
from srm_inclusif.storage.services.spend_entry import (
    HAND_SOURCE,
    SpendValues,
    add_spend_line,
    delete_spend_line,
    list_spend_lines,
    restore_spend_line,
    spend_line_row,
    typed_amount,
    update_spend_line,
    yearly_totals,
)
from srm_inclusif.storage.tables import Contract, Counterparty, Relationship, SpendLine
from tests.support import folded, raised

TODAY = date(2026, 11, 22)


@pytest.fixture
def esat(workspace) -> tuple[int, int]:  # noqa: ANN001
    """« ESAT du Parc » with a marché test, and one line an import brought: (id, contract id)."""
    with Session(workspace.engine) as session:
        supplier = Counterparty(name="ESAT du Parc", kind="ESAT")
        other = Counterparty(name="Atelier Voisin", kind="EA")
        session.add_all([supplier, other])
        session.flush()
        relationship = Relationship(counterparty_id=supplier.id)
        elsewhere = Relationship(counterparty_id=other.id)
        session.add_all([relationship, elsewhere])
        session.flush()
        test = Contract(relationship_id=relationship.id, title="Marché test espaces verts")
        session.add_all([test, Contract(relationship_id=elsewhere.id, title="Traiteur")])
        session.add(SpendLine(counterparty_id=supplier.id, amount_cents=120_000,
                              spend_date=date(2025, 6, 30), basis="paid",
                              source="achats_2025.xlsx"))
        session.commit()
        return supplier.id or 0, test.id or 0


def _typed(amount: str = "3 500,50", day: date = date(2026, 10, 1),
           **values: object) -> SpendValues:
    return SpendValues(day, typed_amount(amount), **values)  # type: ignore[arg-type]


def test_a_purchase_typed_by_hand_is_listed_first_with_its_contract_and_source(
        workspace, esat) -> None:  # noqa: ANN001
    supplier, contract = esat
    add_spend_line(workspace.engine, counterparty_id=supplier, today=TODAY,
                   values=_typed(contract_id=contract, invoice_number=" F-2026-118 "))
    newest, imported = list_spend_lines(workspace.engine, counterparty_id=supplier)
    assert (newest.amount_cents, newest.basis, newest.invoice_number, newest.contract_title) == (
        350_050, SpendBasis.INVOICED, "F-2026-118", "Marché test espaces verts")
    assert (newest.by_hand, newest.source) == (True, HAND_SOURCE)
    assert (imported.by_hand, imported.source) == (False, "achats_2025.xlsx")


def test_a_hand_purchase_counts_in_the_inclusive_spend(workspace, esat) -> None:  # noqa: ANN001
    supplier, _contract = esat
    add_spend_line(workspace.engine, counterparty_id=supplier, today=TODAY,
                   values=_typed("24 000", basis=SpendBasis.PAID))
    data = load_kpi_data(workspace.engine, start=date(2026, 1, 1), end=date(2026, 12, 31))
    assert kpi.total_cents(data.spend, kpi.is_inclusive) == 2_400_000


def test_totals_per_year_and_basis_newest_year_first(workspace, esat) -> None:  # noqa: ANN001
    supplier, _contract = esat
    for amount, basis in (("1 000", SpendBasis.INVOICED), ("500,50", SpendBasis.INVOICED),
                          ("200", SpendBasis.ORDERED)):
        add_spend_line(workspace.engine, counterparty_id=supplier, today=TODAY,
                       values=_typed(amount, basis=basis))
    totals = yearly_totals(list_spend_lines(workspace.engine, counterparty_id=supplier))
    assert totals == [(2026, SpendBasis.ORDERED, 20_000), (2026, SpendBasis.INVOICED, 150_050),
                      (2025, SpendBasis.PAID, 120_000)]


def test_an_edit_changes_the_line_and_putting_the_row_back_undoes_it(
        workspace, esat) -> None:  # noqa: ANN001
    supplier, _contract = esat
    line = add_spend_line(workspace.engine, counterparty_id=supplier, today=TODAY,
                          values=_typed()).id
    before = spend_line_row(workspace.engine, line_id=line)
    update_spend_line(workspace.engine, line_id=line, today=TODAY,
                      values=_typed("3 050,50", basis=SpendBasis.PAID))
    assert list_spend_lines(workspace.engine, counterparty_id=supplier)[0].amount_cents == 305_050
    restore_spend_line(workspace.engine, row=before)
    newest = list_spend_lines(workspace.engine, counterparty_id=supplier)[0]
    assert (newest.amount_cents, newest.basis) == (350_050, SpendBasis.INVOICED)


def test_a_deleted_line_comes_back_with_its_id_and_source(workspace, esat) -> None:  # noqa: ANN001
    supplier, _contract = esat
    imported = list_spend_lines(workspace.engine, counterparty_id=supplier)[0]
    row = spend_line_row(workspace.engine, line_id=imported.id)
    delete_spend_line(workspace.engine, line_id=imported.id)
    assert list_spend_lines(workspace.engine, counterparty_id=supplier) == []
    restore_spend_line(workspace.engine, row=row)
    assert list_spend_lines(workspace.engine, counterparty_id=supplier) == [imported]
    assert raised(NotFoundError, delete_spend_line, workspace.engine, line_id=999).message


@pytest.mark.parametrize(("typed", "said"), [
    ("douze", "Montant HT : « douze » n'est pas un montant"),
    ("1 200,00 € TTC", "Montant HT : « 1 200,00 € TTC » est un montant TTC"),
    ("1.234", "Montant HT : « 1.234 » est ambigu"),
    ("0,00", "Montant HT : un achat de 0 € ne compte pas"),
    ("2 000 000 000", "Montant HT : 2 000 000 000 € pour un seul achat"),
])
def test_a_refused_amount_names_the_field_and_why(typed: str, said: str) -> None:
    assert folded(raised(ValidationError, typed_amount, typed).message).startswith(said)


def test_amounts_read_as_the_imports_read_them() -> None:
    assert [typed_amount(text) for text in ("1 234,56", "1234.56 € HT", "-250,00", "24000")] == [
        123_456, 123_456, -25_000, 2_400_000]


def test_only_an_ordered_amount_may_be_dated_after_today(workspace, esat) -> None:  # noqa: ANN001
    supplier, _contract = esat
    ahead = date(2026, 12, 15)
    error = raised(ValidationError, add_spend_line, workspace.engine, counterparty_id=supplier,
                   today=TODAY, values=_typed(day=ahead))
    assert error.message.startswith("Date : le 15/12/2026 est après aujourd'hui (22/11/2026). "
                                    "Un achat « Facturé »")
    add_spend_line(workspace.engine, counterparty_id=supplier, today=TODAY,
                   values=_typed(day=ahead, basis=SpendBasis.ORDERED))
    assert list_spend_lines(workspace.engine, counterparty_id=supplier)[0].spend_date == ahead


def test_a_contract_of_another_structure_is_refused(workspace, esat) -> None:  # noqa: ANN001
    supplier, contract = esat
    error = raised(ValidationError, add_spend_line, workspace.engine, counterparty_id=supplier,
                   today=TODAY, values=_typed(contract_id=contract + 1))
    assert error.message == "Contrat : « Traiteur » n'est pas un contrat de cette structure."
    assert len(list_spend_lines(workspace.engine, counterparty_id=supplier)) == 1
