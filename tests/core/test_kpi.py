"""KPI engine against hand-computed figures on a small fixture."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core import kpi
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import (
    ORGANISATION,
    ContractFact,
    FeedbackFact,
    KindPeriod,
    KpiData,
    Period,
    Scope,
    SpendFact,
    kind_on,
)

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
ALICE, BOB = 1, 2
TEAM = 10


def spend(line_id, euros, day, kind, *, basis="invoiced", person=ALICE, category="Nettoyage",
          dept="69"):
    team = TEAM if person == ALICE else None
    return SpendFact(line_id, euros * 100, day, basis, kind, line_id * 10, person, team,
                         category, dept)


def contract(cid, kind, ckind, start, *, cp=None, end=None, article=None, clause=False,
             planned=None, realised=None, decided=None, previous=None, person=ALICE):
    return ContractFact(
        cid, cp or cid, kind, ckind, start, end, article, clause,
        None if planned is None else Decimal(planned),
        None if realised is None else Decimal(realised), decided, previous, person,
        TEAM if person == ALICE else None)


@pytest.fixture
def data() -> KpiData:
    lines = (
        spend(1, 1000, date(2026, 1, 15), Kind.EI),
        spend(2, 3000, date(2026, 2, 10), Kind.ESAT),
        spend(3, 6000, date(2026, 2, 20), Kind.CLASSIC),
        spend(4, 500, date(2026, 3, 5), Kind.ESS, person=BOB, dept="75"),
        spend(5, 2000, date(2026, 3, 6), Kind.EA, person=BOB, category="Traiteur", dept="75"),
        spend(6, 7000, date(2025, 12, 31), Kind.EI),  # previous year
        spend(7, 800, date(2026, 1, 20), Kind.EI, basis="paid"),
        spend(8, 200, date(2026, 1, 25), Kind.CLASSIC, basis="paid"),
        spend(9, 900, date(2026, 4, 1), Kind.TIH, basis="ordered", person=BOB),
    )
    contracts = (
        contract(1, Kind.EI, "marche_test", date(2025, 6, 1), cp=100, decided=date(2026, 1, 10)),
        contract(2, Kind.EI, "contrat", date(2026, 2, 1), cp=100, previous=1, clause=True,
                 planned="400", realised="100", end=date(2027, 1, 31)),
        contract(3, Kind.ESAT, "marche_test", date(2026, 3, 1), cp=200,
                 decided=date(2026, 6, 1)),
        contract(4, Kind.EA, "marche_reserve", date(2026, 4, 1), cp=300, article="L2113-12",
                 person=BOB),
        contract(5, Kind.CLASSIC, "contrat", date(2026, 5, 1), cp=400, clause=True,
                 planned="100", realised="100"),
        contract(6, Kind.ESAT, "marche_test", date(2024, 1, 1), cp=500, end=date(2024, 6, 1),
                 clause=True, planned="50", realised="50"),
    )
    feedback = (
        FeedbackFact(1, 1, date(2026, 1, 12), "given", Decimal(20), Decimal(5), ALICE, TEAM),
        FeedbackFact(2, 3, date(2026, 6, 2), "given", Decimal(15), Decimal(3), ALICE, TEAM),
        FeedbackFact(3, 4, date(2026, 6, 3), "received", Decimal(5), Decimal(5), BOB, None),
        FeedbackFact(4, 6, date(2024, 6, 3), "given", Decimal(5), Decimal(5), ALICE, TEAM),
    )
    return KpiData(lines, contracts, feedback)


def value(code, data, scope=ORGANISATION, basis="invoiced"):
    return kpi.compute(code, data, YEAR, scope, basis=basis).value


def test_inclusive_spend_counts_insertion_and_handicap_of_the_period_and_basis(data):
    assert value("inclusive_spend", data) == Decimal(6000)  # 1000 + 3000 + 2000
    assert value("insertion_spend", data) == Decimal(1000)
    assert value("handicap_spend", data) == Decimal(5000)
    assert value("ess_spend", data) == Decimal(500)
    assert value("total_spend", data) == Decimal(12500)


def test_each_basis_is_kept_apart(data):
    assert value("inclusive_spend", data, basis="paid") == Decimal(800)
    assert value("inclusive_share", data, basis="paid") == Decimal("80.00")
    assert value("inclusive_spend", data, basis="ordered") == Decimal(900)


def test_inclusive_share_is_inclusive_over_total(data):
    assert value("inclusive_share", data) == Decimal("48.00")  # 6000 / 12500


def test_share_without_spend_is_unknown():
    assert value("inclusive_share", KpiData()) is None


def test_person_and_team_scopes(data):
    assert value("inclusive_spend", data, Scope(person_id=BOB)) == Decimal(2000)
    assert value("total_spend", data, Scope(team_id=TEAM)) == Decimal(10000)


def test_spend_indicator_lists_the_lines_behind_it(data):
    result = kpi.compute("inclusive_spend", data, YEAR)
    assert sorted(result.spend_line_ids) == [1, 2, 5]


def test_splits_by_family_kind_category_department_month(data):
    lines = kpi.spend_lines(data, YEAR)
    assert kpi.split_cents(lines, "family") == {
        "insertion": 100000, "handicap": 500000, "classic": 600000, "ess": 50000}
    assert kpi.split_cents(lines, "kind", inclusive_only=True) == {
        "EI": 100000, "ESAT": 300000, "EA": 200000}
    assert kpi.split_cents(lines, "category")["Traiteur"] == 200000
    assert kpi.split_cents(lines, "department") == {"69": 1000000, "75": 250000}
    assert kpi.split_cents(lines, "month") == {
        "2026-01": 100000, "2026-02": 900000, "2026-03": 250000}


def test_monthly_share_and_cumulative(data):
    lines = kpi.spend_lines(data, YEAR)
    assert kpi.monthly_share(lines) == {
        "2026-01": Decimal("100.00"), "2026-02": Decimal("33.33"), "2026-03": Decimal("80.00")}
    assert kpi.cumulative_daily(lines)[-1] == (date(2026, 3, 6), 600000)


def test_contract_counts(data):
    assert kpi.contract_counts(data, YEAR) == {
        "contracts": 3, "test_contracts": 1, "reserved_contracts": 1, "clause_contracts": 2}
    assert value("contracts", data, Scope(person_id=BOB)) == Decimal(1)


def test_new_suppliers_tested_only_counts_a_first_test_in_the_period(data):
    # cp 100's first test started in 2025; cp 200's in 2026; cp 500's in 2024.
    assert value("new_suppliers_tested", data) == Decimal(1)
    assert kpi.compute("new_suppliers_tested", data, YEAR).contract_ids == (3,)


def test_insertion_hours_of_active_clauses(data):
    assert value("insertion_hours_planned", data) == Decimal(500)
    assert value("insertion_hours", data) == Decimal(200)
    assert value("insertion_hours_rate", data) == Decimal("40.00")


def test_renewal_rate_tests_renewed_over_tests_decided(data):
    assert value("renewal_rate", data) == Decimal("50.00")  # test 1 renewed, test 3 not


def test_quality_score_weighted_mean_of_given_feedback(data):
    assert value("quality_score", data) == Decimal("4.38")  # (20 + 15) / 8
    received = kpi.compute("quality_score", data, YEAR, direction="received")
    assert received.value == Decimal("1.00")


def test_manual_indicator_has_no_computed_value(data):
    assert value("savings", data) is None


def test_kind_in_force_on_a_date():
    periods = [KindPeriod(Kind.ESS, date(2020, 1, 1), date(2025, 12, 31)),
               KindPeriod(Kind.EI, date(2026, 1, 1), None)]
    assert kind_on(Kind.CLASSIC, periods, date(2025, 6, 1)) is Kind.ESS
    assert kind_on(Kind.CLASSIC, periods, date(2026, 6, 1)) is Kind.EI
    assert kind_on(Kind.CLASSIC, periods, date(2019, 6, 1)) is Kind.CLASSIC


def test_year_period_stops_at_as_of():
    period = Period.year(2026, as_of=date(2026, 11, 22))
    assert (period.start, period.end) == (date(2026, 1, 1), date(2026, 11, 22))
    assert Period.year(2025, as_of=date(2026, 11, 22)).end == date(2025, 12, 31)


def test_fiscal_year_starting_in_april():
    period = Period.year(2026, start_month=4)
    assert (period.start, period.end) == (date(2026, 4, 1), date(2027, 3, 31))
