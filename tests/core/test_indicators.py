"""The indicator catalogue: every indicator of DOMAIN.md section 4 is there, with its unit."""

from __future__ import annotations

from datetime import date

import pytest

from srm_inclusif.core import kpi
from srm_inclusif.core.indicators import INDICATORS, Needs, indicator, is_known
from srm_inclusif.core.kpi_facts import KpiData, Period


def test_codes_are_unique_and_labels_french():
    codes = [i.code for i in INDICATORS]
    assert len(codes) == len(set(codes))
    assert indicator("inclusive_share").label == "Part des achats inclusifs"


@pytest.mark.parametrize(("code", "unit", "needs"), [
    ("inclusive_spend", "€", Needs.SPEND), ("inclusive_share", "%", Needs.SPEND),
    ("contracts", "contrats", Needs.CONTRACTS), ("test_contracts", "contrats", Needs.CONTRACTS),
    ("reserved_contracts", "contrats", Needs.CONTRACTS),
    ("clause_contracts", "contrats", Needs.CONTRACTS),
    ("new_suppliers_tested", "structures", Needs.CONTRACTS),
    ("quality_score", "/ 5", Needs.FEEDBACK), ("insertion_hours", "h", Needs.CONTRACTS),
    ("insertion_hours_planned", "h", Needs.CONTRACTS),
    ("insertion_hours_rate", "%", Needs.CONTRACTS), ("renewal_rate", "%", Needs.CONTRACTS),
    ("total_spend", "€", Needs.SPEND), ("savings", "€", Needs.MANUAL),
])
def test_domain_indicators(code, unit, needs):
    assert is_known(code)
    assert (indicator(code).unit, indicator(code).needs) == (unit, needs)


def test_only_spend_indicators_use_a_basis():
    assert {i.code for i in INDICATORS if i.uses_basis} == {
        "inclusive_spend", "insertion_spend", "handicap_spend", "ess_spend", "total_spend",
        "inclusive_share"}


def test_unknown_code_is_manual():
    assert indicator("made_up").is_manual
    assert not is_known("made_up")


@pytest.mark.parametrize("item", [i for i in INDICATORS if not i.is_manual],
                         ids=lambda i: i.code)
def test_every_computed_indicator_is_computed_by_the_engine(item):
    period = Period(date(2026, 1, 1), date(2026, 12, 31))
    result = kpi.compute(item.code, KpiData(), period)
    empty_is_zero = item.unit in ("€", "contrats", "structures", "clients", "h")
    assert (result.value == 0) if empty_is_zero else result.value is None
