"""Sheet documents built from a real workspace: header, figures, selection by name."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.errors import NotFoundError, ValidationError
from srm_inclusif.core.objective_sheet import SheetMode
from srm_inclusif.storage.services.kpi_data import objective_actuals
from srm_inclusif.storage.services.settings import update_settings
from srm_inclusif.storage.services.sheets import (
    build_sheet,
    build_sheets,
    list_sheet_owners,
    select_owners,
)
from tests.objective_sheet_samples import add_sheet


def test_actuals_sheet_reproduces_worked_example(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 11, 22))
    assert doc.total == Decimal("0.99")
    assert doc.amount_cents == 495_000
    assert doc.header.data_date == date(2026, 11, 22)
    assert [row.objective.label for row in doc.rows][0] == "Économies"
    assert [row.objective.basis for row in doc.rows] == ["", "invoiced", "", ""]


def test_insertion_hours_under_trigger(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin", insertion_hours=Decimal(1100))
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 11, 22))
    assert doc.amount_cents == 438_750


def test_header_has_organisation_team_role_and_fiscal_period(workspace) -> None:
    update_settings(workspace.engine, fiscal_year_start_month=4)
    sheet_id = add_sheet(workspace.engine, name="Camille Martin", team="Achats groupe",
                         role="Acheteuse senior", comment="Revue en juin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.TARGETS)
    head = doc.header
    assert (head.organisation, head.person_name, head.role, head.team) == (
        "Essai SA", "Camille Martin", "Acheteuse senior", "Achats groupe")
    assert (head.period_start, head.period_end) == (date(2026, 4, 1), date(2027, 3, 31))
    assert head.data_date is None
    assert doc.comment == "Revue en juin"
    assert doc.total is None


def test_actuals_mode_needs_a_data_date(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    with pytest.raises(ValidationError):
        build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS)
    with pytest.raises(NotFoundError):
        build_sheet(workspace.engine, sheet_id=9999, mode=SheetMode.TARGETS)


def test_owners_are_listed_by_name_and_selected_without_accents(workspace) -> None:
    add_sheet(workspace.engine, name="Zoé Bernard")
    add_sheet(workspace.engine, name="Élodie Durand")
    add_sheet(workspace.engine, name="Paul Petit", year=2025)
    assert [o.name for o in list_sheet_owners(workspace.engine, year=2026)] == [
        "Élodie Durand", "Zoé Bernard"]
    chosen = select_owners(workspace.engine, year=2026, names=["zoe bernard"])
    assert [o.name for o in chosen] == ["Zoé Bernard"]
    with pytest.raises(NotFoundError, match="Paul Petit"):
        select_owners(workspace.engine, year=2026, names=["Paul Petit"])
    with pytest.raises(NotFoundError):
        select_owners(workspace.engine, year=2031)


def test_select_by_person_id(workspace) -> None:
    add_sheet(workspace.engine, name="Zoé Bernard")
    add_sheet(workspace.engine, name="Élodie Durand")
    zoe = [o for o in list_sheet_owners(workspace.engine, year=2026) if o.name == "Zoé Bernard"]
    chosen = select_owners(workspace.engine, year=2026, person_ids=[zoe[0].person_id])
    assert [o.name for o in chosen] == ["Zoé Bernard"]


def test_computed_actuals_come_with_their_spend_lines_and_contracts(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    add_sheet(workspace.engine, name="Zoé Bernard", supplier="Autre EA")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 11, 22))
    assert doc.rows[1].actual == Decimal(240_000)
    assert doc.rows[2].actual == Decimal(1_500)
    spend = [s for s in doc.sources if s.kind == "spend"]
    assert sorted(s.amount_cents for s in spend) == [9_000_000, 15_000_000]
    assert {s.counterparty for s in doc.sources} == {"Atelier Solidaire"}
    assert [s.description for s in doc.sources if s.kind == "contract"] == [
        "Entretien des espaces verts"]


def test_data_date_limits_the_actuals(workspace) -> None:
    sheet_id = add_sheet(workspace.engine, name="Camille Martin")
    doc = build_sheet(workspace.engine, sheet_id=sheet_id, mode=SheetMode.ACTUALS,
                      as_of=date(2026, 3, 31))
    assert doc.rows[1].actual == Decimal(150_000)


def test_batch_actuals_match_the_objectifs_page(workspace) -> None:
    first = add_sheet(workspace.engine, name="Camille Martin")
    second = add_sheet(workspace.engine, name="Zoé Bernard", insertion_hours=1100,
                       supplier="Autre EA")
    owners = list_sheet_owners(workspace.engine, year=2026)
    docs = build_sheets(workspace.engine, owners=owners, mode=SheetMode.ACTUALS,
                        as_of=date(2026, 11, 22))
    for sheet_id, doc in zip((first, second), docs, strict=True):
        expected = objective_actuals(workspace.engine, sheet_id=sheet_id,
                                     as_of=date(2026, 11, 22))
        assert [row.actual for row in doc.rows] == [item.actual for item in expected]
        spend_ids = {i for item in expected for i in item.spend_line_ids}
        assert {s.record_id for s in doc.sources if s.kind == "spend"} == spend_ids
