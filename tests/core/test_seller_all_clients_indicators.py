"""A structure inclusive's objectives count all her clients, mostly ordinary companies.

Her sales are « Ventes totales »; her contracts, marchés test and new clients tested have
indicators of their own that count every counterparty, whatever its kind. A buyer's list,
default and counts are as before.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core import kpi
from srm_inclusif.core.indicators import (
    INDICATORS,
    default_indicator,
    indicator,
    offered_indicators,
)
from srm_inclusif.core.kinds import Kind
from srm_inclusif.core.kpi_facts import ContractFact, KpiData, Period, Scope, SpendFact
from srm_inclusif.core.vocabulary import ContractKind, Profile, use_profile_words

YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))
HOTELS = 7  # an ordinary hotel group, her client


def _contract(cid: int, kind: ContractKind, start: date, counterparty: int = HOTELS,
              cp_kind: Kind = Kind.CLASSIC) -> ContractFact:
    return ContractFact(cid, counterparty, cp_kind, kind.value, start, None, None, False,
                            None, None, None, None, 1, None)


def _sale(sid: int, cents: int, day: date) -> SpendFact:
    return SpendFact(sid, cents, day, "invoiced", Kind.CLASSIC, HOTELS, 1, None, None,
                         None)


#: A 4 800 € marché test with the hotel group in March, then a contract in September, and
#: 4 800 € of sales; an older client (an EI) whose first test was in 2025.
DATA = KpiData(
    spend=(_sale(1, 300_000, date(2026, 4, 10)), _sale(2, 180_000, date(2026, 5, 12))),
    contracts=(
        _contract(10, ContractKind.MARCHE_TEST, date(2026, 3, 1)),
        _contract(11, ContractKind.CONTRAT, date(2026, 9, 1)),
        _contract(12, ContractKind.MARCHE_TEST, date(2025, 6, 1), 8, Kind.EI),
        _contract(13, ContractKind.MARCHE_TEST, date(2026, 10, 1), 8, Kind.EI),
    ),
)


@pytest.fixture
def seller() -> Iterator[None]:
    use_profile_words(Profile.STRUCTURE_INCLUSIVE)
    yield
    use_profile_words(Profile.ACHETEUR)


def _value(code: str) -> Decimal | None:
    return kpi.compute(code, DATA, YEAR).value


def test_her_sales_contracts_tests_and_new_clients_count_her_ordinary_client() -> None:
    assert _value("total_spend") == Decimal("4800.00")
    assert _value("all_contracts") == 3  # the hotels' test and contract, the EI's second test
    assert _value("all_test_contracts") == 2
    assert _value("new_counterparties_tested") == 1  # the EI was first tested in 2025
    result = kpi.compute("new_counterparties_tested", DATA, YEAR)
    assert result.contract_ids == (10,)


def test_the_buyers_counts_keep_counting_inclusive_structures_only() -> None:
    assert _value("contracts") == 1  # the EI's test
    assert _value("test_contracts") == 1
    assert _value("new_suppliers_tested") == 0
    assert _value("inclusive_spend") == 0
    assert kpi.contract_counts(DATA, YEAR) == {
        "contracts": 1, "test_contracts": 1, "reserved_contracts": 0, "clause_contracts": 0}


def test_a_person_scope_counts_only_her_contracts() -> None:
    assert kpi.compute("all_contracts", DATA, YEAR, Scope(person_id=2)).value == 0


@pytest.mark.usefixtures("seller")
def test_her_list_starts_with_her_indicators_in_her_words() -> None:
    labels = [item.label for item in offered_indicators()][:6]
    assert labels == ["Ventes totales", "Contrats avec des clients",
                      "Marchés test avec des clients", "Nouveaux clients en marché test",
                      "Note de satisfaction des clients",
                      "Taux de renouvellement après marché test"]
    assert default_indicator() == "total_spend"
    assert {i.code for i in offered_indicators()} == {i.code for i in INDICATORS}
    after_hers = [i.code for i in offered_indicators()][11:]
    assert after_hers == ["inclusive_spend", "insertion_spend", "handicap_spend", "ess_spend",
                          "inclusive_share", "contracts", "test_contracts",
                          "new_suppliers_tested", "savings", "manual"]
    assert indicator("new_counterparties_tested").unit == "clients"
    assert indicator("all_contracts").french_label == "Contrats avec des clients"


def test_the_buyers_list_and_default_are_unchanged() -> None:
    codes = [item.code for item in offered_indicators()]
    assert codes == [
        "inclusive_spend", "insertion_spend", "handicap_spend", "ess_spend", "total_spend",
        "inclusive_share", "contracts", "test_contracts", "reserved_contracts",
        "clause_contracts", "new_suppliers_tested", "quality_score", "insertion_hours_planned",
        "insertion_hours", "insertion_hours_rate", "renewal_rate", "savings", "manual"]
    assert default_indicator() == "inclusive_spend"
    assert offered_indicators(Profile.STRUCTURE_INCLUSIVE)[0].code == "total_spend"
    assert indicator("all_contracts").label == "Contrats avec tous les fournisseurs"
