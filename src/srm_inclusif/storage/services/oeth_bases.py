"""Purchases of a year from EA, ESAT and TIH on each basis: the OETH deduction counts paid ones."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy.engine import Engine

from srm_inclusif.storage.services.kpi_data import load_kpi_data


def oeth_cents_by_basis(engine: Engine, *, year: int) -> dict[str, int]:
    """Amount (cents) bought in the calendar year from EA, ESAT and TIH, by basis code.

    The kind is the one on each line's date, as for the deduction (``oeth_purchases``); a basis
    without such purchases is absent.
    """
    data = load_kpi_data(engine, start=date(year, 1, 1), end=date(year, 12, 31), monthly=True)
    totals: dict[str, int] = defaultdict(int)
    for line in data.spend:
        if line.kind.counts_for_oeth:
            totals[line.basis] += line.amount_cents
    return dict(totals)
