"""The objective sheet document: modes, totals, period and the checksum of frozen figures."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from srm_inclusif.core.objective_sheet import (
    ObjectiveInput,
    SheetHeader,
    SheetMode,
    build_document,
    fiscal_period,
)

D = Decimal


def _header(**changes: object) -> SheetHeader:
    header = SheetHeader("Essai SA", "Camille Martin", "Acheteuse", "Achats", 2026,
                         date(2026, 1, 1), date(2026, 12, 31), date(2026, 11, 22), 500_000)
    return dataclasses.replace(header, **changes)


def _objectives() -> list[ObjectiveInput]:
    rows = [("Économies", "savings", 40, 500_000), ("Achats inclusifs", "inclusive_spend", 30,
            200_000), ("Heures d'insertion", "insertion_hours", 15, 2_000),
            ("Satisfaction fournisseurs", "quality_score", 15, D("4.0"))]
    return [ObjectiveInput(label, code, label, "invoiced", "", None, D(target), D(weight))
            for label, code, weight, target in rows]


def test_worked_example_in_actuals_mode() -> None:
    doc = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS,
                         actuals=[D(450_000), D(240_000), D(1_500), D("4.2")])
    assert [row.achievement for row in doc.rows] == [D("0.9"), D("1.2"), D("0.75"), D("1.05")]
    assert doc.total == D("0.99")
    assert doc.amount_cents == 495_000
    assert doc.weights_total == 100


def test_under_trigger_line_pays_nothing() -> None:
    doc = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS,
                         actuals=[D(450_000), D(240_000), D(1_100), D("4.2")])
    assert doc.rows[2].payout_rate == 0
    assert doc.amount_cents == 438_750


def test_targets_mode_has_no_figures_nor_checksum() -> None:
    doc = build_document(_header(data_date=None), _objectives(), mode=SheetMode.TARGETS)
    assert all(row.actual is None and row.weighted is None for row in doc.rows)
    assert doc.total is None
    assert doc.amount_cents is None
    assert doc.checksum is None


def test_missing_actual_counts_zero_and_says_so() -> None:
    doc = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS,
                         actuals=[D(450_000), None, D(1_500), D("4.2")])
    assert doc.rows[1].note
    assert doc.total == D("0.63")


def test_checksum_changes_with_any_figure_and_is_stable() -> None:
    actuals = [D(450_000), D(240_000), D(1_500), D("4.2")]
    doc = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS, actuals=actuals)
    same = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS,
                          actuals=[D("450000.00"), *actuals[1:]])
    other = build_document(_header(), _objectives(), mode=SheetMode.ACTUALS,
                           actuals=[D(450_001), *actuals[1:]])
    later = build_document(_header(data_date=date(2026, 12, 31)), _objectives(),
                           mode=SheetMode.ACTUALS, actuals=actuals)
    assert doc.checksum is not None
    assert len(doc.checksum) == 19
    assert doc.checksum == same.checksum
    assert len({doc.checksum, other.checksum, later.checksum}) == 3


@pytest.mark.parametrize(("month", "start", "end"), [
    (1, date(2026, 1, 1), date(2026, 12, 31)),
    (4, date(2026, 4, 1), date(2027, 3, 31)),
    (3, date(2026, 3, 1), date(2027, 2, 28)),
])
def test_fiscal_period(month: int, start: date, end: date) -> None:
    assert fiscal_period(2026, month) == (start, end)
